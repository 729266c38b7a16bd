import { isRequiredField } from "../../domain/members";
import { formatNumber, quote } from "../format";
import { fieldLabel, messageHelpers, type InputWords } from "../input";
import { describeProblem } from "../problems";

const { n, percent, str, year, criterion, names, headerExamples } = messageHelpers;

/** Messages about the user's input in Swedish (input.ts holds the Finnish and the shape all three share). */
export const inputWords: InputWords = {
  found: (f, l) => {
    switch (f.type) {
      case "missing":
        return "inget värde";
      case "null":
        return "null";
      case "string":
        return `texten ${quote(l, f.value)}`;
      case "number":
        return `talet ${formatNumber(l, f.value)}`;
      case "boolean":
        return `sanningsvärdet ${f.value}`;
      case "array":
        return `en lista (${f.length} element)`;
      case "object":
        return "ett objekt { … }";
    }
  },
  expected: {
    number: "ett tal",
    int: "ett heltal",
    string: "text",
    boolean: "ett sanningsvärde true eller false",
    array: "en lista [ … ]",
    object: "ett objekt { … }",
    value: "ett värde",
  },
  foundExpected: (found, expected) => `${found}, ${expected} förväntades`,
  missing: (expected) => `obligatoriskt fält saknas, ${expected} förväntades`,
  syntaxExpected: {
    value: "ett värde (tal, text, true, false, null, lista eller objekt)",
    key: "ett fältnamn inom citattecken",
    colon: "kolon ”:”",
    commaOrObjectEnd: "kommatecken ”,” eller klammerparentes ”}”",
    commaOrArrayEnd: "kommatecken ”,” eller hakparentes ”]”",
    end: "slutet av texten",
    stringEnd: 'ett citattecken ”"” som avslutar texten',
    escape: 'efter omvänt snedstreck ett av tecknen " \\ / b f n r t u',
    hex: "en hexadecimal siffra (0–9, a–f)",
    digit: "en siffra",
  },
  char: (c, l) =>
    c === null
      ? "slutet av texten"
      : c === "\n" || c === "\r"
        ? "en radbrytning"
        : c === "\t"
          ? "en tabb"
          : quote(l, c),
  syntax: (found, expected) => `hittade ${found}, ${expected} förväntades`,
  hint: {
    spaceInNumber: " – ett tal får inte innehålla mellanslag (18875, inte 18 875)",
    decimalComma: " – decimaltecknet är punkt (0.5, inte 0,5)",
    trailingComma: " – ta bort det överflödiga kommatecknet före parentesen",
    singleQuote: ' – i JSON skrivs texter och fältnamn inom citattecken "…"',
    comment: " – JSON tillåter inte kommentarer",
  },
  numberHint: (value) => ` (ett JSON-tal skrivs utan citattecken och mellanslag: ${JSON.stringify(value)})`,
  location: (line, column) => (column === undefined ? `rad ${line}` : `rad ${line}, kolumn ${column}`),
  messages: {
    count: (p, l) =>
      `${n(l, p.found)} element, ${p.atLeast ? "minst" : "högst"} ${n(l, p.limit)} förväntades`,
    length: (p) =>
      `${p.found === 0 ? "tom text" : `${p.found} tecken`}, ${p.atLeast ? "minst" : "högst"} ${p.limit} tecken förväntades`,
    notOneOf: (p, l) =>
      `${inputWords.found(p.found, l)}, ett av värdena ${p.values.map((v) => quote(l, v)).join(", ")} förväntades`,
    unknownField: (p, l) =>
      `okänt fält ${quote(l, p.key)}` + (p.suggestion ? ` – menade du ${quote(l, p.suggestion)}?` : ""),
    reservedKey: (p, l) => `nyckeln ${quote(l, p.key)} är reserverad och kan inte läsas; byt namn på den`,
    invalid: () => "ogiltigt värde",
    emptyText: () => "tom text, ett JSON-objekt { … } förväntades",
    duplicateKey: (p, l) =>
      `fältet ${quote(l, p.key)} förekommer mer än en gång; varje fält får förekomma bara en gång`,
    tooDeep: (p) => `mer än ${p.limit} nivåer inuti varandra`,
    inputTooLarge: (p, l) => `indata är över ${n(l, p.limit / 1024 / 1024)} MB; så stor indata läses inte`,
    keyTooLong: (p, l) =>
      `fältnamnet ${quote(l, p.key)} är ${formatNumber(l, p.found)} tecken långt, högst ${p.limit} förväntades`,
    moreDuplicateKeys: (p, l) => `och ${formatNumber(l, p.count)} fält till som förekommer mer än en gång`,
    csvNoHeader: () =>
      "ingen rubrikrad hittades: en rad med kolumner för kommunens namn och arbetskraften förväntades " +
      "(t.ex. Kommun;Arbetskraft)",
    csvNoRows: () => "inga kommunrader efter rubrikraden",
    csvTooManyRows: (p, l) =>
      `fler än ${formatNumber(l, p.limit)} kommunrader; ett sysselsättningsområde har högst ${formatNumber(l, p.limit)} kommuner, så resten läses inte`,
    csvMissingColumn: (p) =>
      `kolumnen saknas: ${fieldLabel("sv", p.field)} (rubrik som ${headerExamples[p.field]})`,
    csvRepeatedColumn: (p, l) =>
      `en andra kolumn för ${quote(l, fieldLabel("sv", p.field))} (den första: ${quote(l, p.first)}); ` +
      "behåll bara en",
    csvUnknownColumn: () => "rubriken känns inte igen, kolumnen hoppades över",
    csvExtraCells: (p) => `raden har ${p.found} fält, rubrikraden ${p.expected}`,
    csvUnterminatedQuote: () => "ett citattecken stängs aldrig",
    csvEmptyName: () => "kommunens namn saknas",
    csvEmptyCell: (p) => `tom cell, ${fieldLabel("sv", p.field)} är obligatorisk`,
    csvNotAvailable: (p, l) =>
      `${quote(l, p.text)} (uppgift saknas i statistiken), ` +
      (isRequiredField(p.field) ? "ett tal förväntades" : "lämnades tom"),
    csvDash: (_, l) => `${quote(l, "-")} är inget tal; skriv 0 om det betyder noll, eller lämna cellen tom`,
    csvAmbiguousNumber: (p, l) =>
      `${quote(l, p.text)} är ett tvetydigt tal: i den här filen är decimaltecknet ` +
      `${p.decimal === "," ? "komma (t.ex. 0,5)" : "punkt (t.ex. 0.5)"}; skriv tusental utan avgränsare eller med mellanslag`,
    csvTotalRow: (p, l) => `summaraden ${quote(l, p.name)} hoppades över`,
    csvNote: (p, l) => `anmärkningsraden hoppades över: ${quote(l, p.text)}`,
    csvBothSources: () => "kommunerna anges både i JSON och i CSV-filen; ta bort det ena",
    statfinEmpty: () => "filen är tom",
    statfinNoRegionColumn: () =>
      "ingen rubrikrad hittades: Statistikcentralens rubrikrad med en kolumn för området (Område, Alue eller Region) förväntades",
    statfinAggregateOnly: (p, l) =>
      `filen har bara summarader (${formatNumber(l, p.count)}, t.ex. HELA LANDET eller ett landskap) och inga kommuners siffror; välj kommunerna i tabellen`,
    statfinUnrecognised: (p, l) =>
      `uppgiften ${quote(l, p.label)} känns inte igen; ange vilken kolumn den hör till, eller lämna bort den`,
    statfinTwice: (p, l) =>
      `uppgiften ${fieldLabel("sv", p.field)} (${p.period}) för ${quote(l, p.name)} finns redan: ` +
      `${p.firstFile}, rad ${p.firstLine}, kolumn ${p.firstColumn}; behåll bara den ena`,
    statfinYearMissing: (p, l) =>
      `året ${quote(l, p.year)} finns inte i filen; åren är ${p.available.map((y) => quote(l, y)).join(", ")}`,
    statfinPartialYear: (p) =>
      `medeltalet för ${p.year} räknades av bara ${p.months} månader, eftersom de andra inte finns i filen`,
    statfinMixedPeriods: (p) =>
      `siffrorna gäller olika tidpunkter (${p.periods.join(", ")}); välj ett år om de ska gälla samma år`,
    statfinMemberMissing: (p, l) => `inga siffror för områdets kommun ${quote(l, p.name)} hittades i filerna`,
    statfinIgnoredRows: (p, l) =>
      `${formatNumber(l, p.count)} rader gällde kommuner utanför området och hoppades över`,
    statfinAggregateRows: (p, l) =>
      `${formatNumber(l, p.count)} summarader (t.ex. HELA LANDET, landskap) hoppades över`,
    statfinNoValue: (p, l) => `${quote(l, p.name)} saknar ${fieldLabel("sv", p.field)}, som är obligatorisk`,
    statfinIncomplete: (p, l) =>
      `${fieldLabel("sv", p.field)} för ${quote(l, p.name)} är en summa av klasser, av vilka ${names(l, p.missing)} saknas; välj alla klasser i tabellen`,
    statfinUnusedCategories: (p, l) =>
      `${formatNumber(l, p.count)} klasser används inte (t.ex. ${p.examples.map((e) => quote(l, e)).join(", ")}) och hoppades över`,
  },
  custom: {
    controlCharacter: (p) =>
      `innehåller ett styrtecken (kod ${str(p.code)}) på plats ${str(p.position)}; en cell i arbetsboken kan inte innehålla det`,
    invalidCharacter: (p) =>
      `innehåller på plats ${str(p.position)} tecknet ${str(p.code)}, som inte är ` +
      `${p.surrogate ? "ett helt tecken (ett halvt surrogatpar)" : "ett texttecken (ett icke-tecken i Unicode)"}; arbetsboken kan inte innehålla det`,
    duplicateName: (p, l) =>
      `namnet ${quote(l, str(p.name))} används redan (${quote(l, str(p.first))}); ` +
      "kommunernas namn måste vara olika (stora och små bokstäver räknas lika)",
    municipalityCode: (p, l) =>
      `kommunnumret ${quote(l, str(p.value))} är inte tre siffror; skriv det som text med inledande nollor, t.ex. "049"`,
    duplicateCode: (p, l) =>
      `kommunnumret ${quote(l, str(p.code))} har redan kommunen ${quote(l, str(p.first))}; kommunnumren måste vara olika`,
    weightsSum: (p, l) => describeProblem(l, { code: "weightsSum", sum: Number(p.sum) }),
    criterionMissing: (p, l) =>
      `saknas, men kostnadsfördelningen använder grunden ${criterion(l, p.criterion)} med vikten ${n(l, p.weight)}`,
    zeroCriterion: (p, l) =>
      `grunden ${criterion(l, p.criterion)} summerar till 0 över alla kommuner fast dess vikt inte är 0`,
    unknownMunicipality: (p, l) =>
      `${quote(l, str(p.name))} är inte en kommun i området; kommunerna är ${names(l, p.known)}` +
      (typeof p.suggestion === "string" ? ` – menade du ${quote(l, p.suggestion)}?` : ""),
    budgetSharesSum: (p, l) => `radernas andelar är sammanlagt ${percent(l, p.sum)}, 100 % förväntades`,
    yearsOrder: (p) =>
      `året ${year(p.year)} kommer inte efter föregående år ${year(p.previous)}; ` +
      "planeringsåren ska vara i stigande ordning",
  },
};
