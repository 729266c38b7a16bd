import { isRequiredField, type ColumnField } from "../domain/members";
import type { CustomIssue } from "../domain/model";
import { MAX_REPORTED_PROBLEMS } from "../domain/bounds";
import { formatPath } from "../domain/path";
import type { Expected, Found, InputIssue, InputProblem, SyntaxExpected, SyntaxHint } from "../domain/parse";
import { formatNumber, quote } from "./format";
import type { Catalog, Lang } from "./lang";
import { describeProblem } from "./problems";

/**
 * Messages about the user's input — JSON files, CSV files and the figures the pane reads — in
 * fi/sv/en. Each says what was found and what was expected; the caller puts where in front
 * (`municipalities[1].labourForce: …`, `rivi 4, sarake Työvoima: …`).
 */

/** Municipality fields as people call them (messages and the pane's column-mapping dropdown). */
export const fieldLabels: Catalog<Record<ColumnField, string>> = {
  fi: {
    name: "kunta",
    population: "asukkaat",
    workingAge: "työikäiset (18–64)",
    unemployed: "työttömät",
    broadUnemployed: "laaja työttömyys",
    labourForce: "työvoima",
    foreignLanguage: "vieraskieliset",
    stateShare: "valtionosuus",
  },
  sv: {
    name: "kommun",
    population: "invånare",
    workingAge: "personer i arbetsför ålder (18–64)",
    unemployed: "arbetslösa",
    broadUnemployed: "bred arbetslöshet",
    labourForce: "arbetskraft",
    foreignLanguage: "främmandespråkiga",
    stateShare: "statsandel",
  },
  en: {
    name: "municipality",
    population: "population",
    workingAge: "working-age population (18–64)",
    unemployed: "unemployed",
    broadUnemployed: "broad unemployment",
    labourForce: "labour force",
    foreignLanguage: "foreign-language speakers",
    stateShare: "state share",
  },
};

/** Header words that work, one per language, for "column missing" messages. */
const headerExamples: Record<ColumnField, string> = {
  name: "Kunta, Kommun, Municipality",
  population: "Asukkaat, Invånare, Population",
  workingAge: "Työikäiset, Arbetsför ålder, Working-age",
  unemployed: "Työttömät, Arbetslösa, Unemployed",
  broadUnemployed: "Laaja työttömyys, Bred arbetslöshet, Broad unemployment",
  labourForce: "Työvoima, Arbetskraft, Labour force",
  foreignLanguage: "Vieraskieliset, Främmandespråkiga, Foreign-language speakers",
  stateShare: "Valtionosuus, Statsandel, State share",
};

export const fieldLabel = (lang: Lang, field: ColumnField): string => fieldLabels[lang][field];

interface Words {
  found: (found: Found, lang: Lang) => string;
  expected: Record<Expected, string>;
  /** "found X, expected Y" in the language's order. */
  foundExpected: (found: string, expected: string) => string;
  missing: (expected: string) => string;
  syntaxExpected: Record<SyntaxExpected, string>;
  char: (found: string | null, lang: Lang) => string;
  syntax: (found: string, expected: string) => string;
  hint: Record<SyntaxHint, string>;
  numberHint: (value: number) => string;
  location: (line: number, column: string | undefined) => string;
  messages: {
    [K in Exclude<InputProblem["kind"], "number" | "type" | "syntax" | "custom">]: (
      problem: Extract<InputProblem, { kind: K }>,
      lang: Lang,
    ) => string;
  };
  custom: { [K in CustomIssue]: (params: Record<string, unknown>, lang: Lang) => string };
}

const n = (lang: Lang, value: unknown): string =>
  typeof value === "number" ? formatNumber(lang, value) : "?";
const percent = (lang: Lang, value: unknown): string =>
  typeof value === "number" ? `${formatNumber(lang, value * 100, 2)} %` : "?";
const str = (value: unknown): string => (typeof value === "string" ? value : String(value));
const year = (value: unknown): string => (typeof value === "number" ? String(value) : "?");
const isField = (value: unknown): value is ColumnField =>
  typeof value === "string" && Object.hasOwn(fieldLabels.fi, value);
/** A criterion key as written in the JSON, with its name in the user's language. */
const criterion = (lang: Lang, value: unknown): string =>
  isField(value) ? `${quote(lang, value)} (${fieldLabel(lang, value)})` : quote(lang, str(value));
/** Up to eight names; an area of 40 members needs no 40-name list in every message. */
const names = (lang: Lang, value: unknown): string => {
  if (!Array.isArray(value)) return "";
  const shown = value.slice(0, 8).map((name) => quote(lang, str(name)));
  return value.length > 8 ? `${shown.join(", ")}, …` : shown.join(", ");
};

const words: Catalog<Words> = {
  fi: {
    found: (f, l) => {
      switch (f.type) {
        case "missing":
          return "ei arvoa";
        case "null":
          return "null";
        case "string":
          return `teksti ${quote(l, f.value)}`;
        case "number":
          return `luku ${formatNumber(l, f.value)}`;
        case "boolean":
          return `totuusarvo ${f.value}`;
        case "array":
          return `lista (${f.length} alkiota)`;
        case "object":
          return "objekti { … }";
      }
    },
    expected: {
      number: "lukua",
      int: "kokonaislukua",
      string: "tekstiä",
      boolean: "totuusarvoa true tai false",
      array: "listaa [ … ]",
      object: "objektia { … }",
      value: "arvoa",
    },
    foundExpected: (found, expected) => `${found}, odotettiin ${expected}`,
    missing: (expected) => `pakollinen kenttä puuttuu, odotettiin ${expected}`,
    syntaxExpected: {
      value: "arvoa (luku, teksti, true, false, null, lista tai objekti)",
      key: "kentän nimeä lainausmerkeissä",
      colon: "kaksoispistettä ”:”",
      commaOrObjectEnd: "pilkkua ”,” tai aaltosulkua ”}”",
      commaOrArrayEnd: "pilkkua ”,” tai hakasulkua ”]”",
      end: "tekstin loppua",
      stringEnd: 'lainausmerkkiä ”"”, joka päättää tekstin',
      escape: 'kenoviivan jälkeen jotakin merkeistä " \\ / b f n r t u',
      hex: "heksadesimaalinumeroa (0–9, a–f)",
      digit: "numeroa",
    },
    char: (c, l) =>
      c === null
        ? "tekstin loppu"
        : c === "\n" || c === "\r"
          ? "rivinvaihto"
          : c === "\t"
            ? "sarkain"
            : quote(l, c),
    syntax: (found, expected) => `löytyi ${found}, odotettiin ${expected}`,
    hint: {
      spaceInNumber: " – luvussa ei saa olla välilyöntejä (18875, ei 18 875)",
      decimalComma: " – desimaalierotin on piste (0.5, ei 0,5)",
      trailingComma: " – poista ylimääräinen pilkku ennen sulkua",
      singleQuote: ' – JSONissa tekstit ja kenttien nimet kirjoitetaan lainausmerkkeihin "…"',
      comment: " – JSON ei salli kommentteja",
    },
    numberHint: (value) =>
      ` (JSON-luku kirjoitetaan ilman lainausmerkkejä ja välilyöntejä: ${JSON.stringify(value)})`,
    location: (line, column) => (column === undefined ? `rivi ${line}` : `rivi ${line}, sarake ${column}`),
    messages: {
      count: (p, l) =>
        `${n(l, p.found)} alkiota, odotettiin ${p.atLeast ? "vähintään" : "enintään"} ${n(l, p.limit)}`,
      length: (p) =>
        `${p.found === 0 ? "tyhjä teksti" : `${p.found} merkkiä`}, odotettiin ` +
        `${p.atLeast ? "vähintään" : "enintään"} ${p.limit} ${p.limit === 1 ? "merkki" : "merkkiä"}`,
      notOneOf: (p, l) =>
        `${words.fi.found(p.found, l)}, odotettiin yhtä arvoista ${p.values.map((v) => quote(l, v)).join(", ")}`,
      unknownField: (p, l) =>
        `tuntematon kenttä ${quote(l, p.key)}` +
        (p.suggestion ? ` – tarkoititko ${quote(l, p.suggestion)}?` : ""),
      reservedKey: (p, l) => `avain ${quote(l, p.key)} on varattu eikä sitä voi lukea; nimeä se toisin`,
      invalid: () => "virheellinen arvo",
      emptyText: () => "tyhjä teksti, odotettiin JSON-objektia { … }",
      duplicateKey: (p, l) =>
        `kenttä ${quote(l, p.key)} esiintyy useammin kuin kerran; kukin kenttä saa esiintyä vain kerran`,
      tooDeep: (p) => `sisäkkäisiä tasoja on yli ${p.limit}`,
      inputTooLarge: (p, l) =>
        `syöte on yli ${n(l, p.limit / 1024 / 1024)} Mt; näin suurta syötettä ei lueta`,
      keyTooLong: (p, l) =>
        `kentän nimi ${quote(l, p.key)} on ${formatNumber(l, p.found)} merkkiä pitkä, odotettiin enintään ${p.limit}`,
      moreDuplicateKeys: (p, l) =>
        `ja ${formatNumber(l, p.count)} muuta kenttää, jotka esiintyvät useammin kuin kerran`,
      csvNoHeader: () =>
        "otsikkoriviä ei löytynyt: odotettiin riviä, jolla on kunnan nimen ja työvoiman sarakkeet (esim. Kunta;Työvoima)",
      csvNoRows: () => "otsikkorivin jälkeen ei ole yhtään kuntariviä",
      csvTooManyRows: (p, l) =>
        `kuntarivejä on yli ${formatNumber(l, p.limit)}; työllisyysalueeseen kuuluu enintään ${formatNumber(l, p.limit)} kuntaa, joten loppua ei lueta`,
      csvMissingColumn: (p) =>
        `sarake puuttuu: ${fieldLabel("fi", p.field)} (otsikko kuten ${headerExamples[p.field]})`,
      csvRepeatedColumn: (p, l) =>
        `toinen sarake tiedolle ${quote(l, fieldLabel("fi", p.field))} (ensimmäinen: ${quote(l, p.first)}); ` +
        "jätä vain yksi",
      csvUnknownColumn: () => "otsikkoa ei tunnistettu, sarake ohitettiin",
      csvExtraCells: (p) => `rivillä on ${p.found} kenttää, otsikkorivillä ${p.expected}`,
      csvUnterminatedQuote: () => "lainausmerkki jäi sulkematta",
      csvEmptyName: () => "kunnan nimi puuttuu",
      csvEmptyCell: (p) => `tyhjä solu, ${fieldLabel("fi", p.field)} on pakollinen`,
      csvNotAvailable: (p, l) =>
        `${quote(l, p.text)} (tieto puuttuu tilastosta), ` +
        (isRequiredField(p.field) ? "odotettiin lukua" : "jätettiin tyhjäksi"),
      csvNumberTooLarge: (p, l) => `luvussa on ${n(l, p.digits)} numeroa: se on liian suuri`,
      csvDash: (_, l) =>
        `${quote(l, "-")} ei ole luku; kirjoita 0, jos tarkoitus on nolla, tai jätä solu tyhjäksi`,
      csvAmbiguousNumber: (p, l) =>
        `${quote(l, p.text)} on epäselvä luku: tässä tiedostossa desimaalierotin on ` +
        `${p.decimal === "," ? "pilkku (esim. 0,5)" : "piste (esim. 0.5)"}; kirjoita tuhannet ilman erotinta tai välilyönnillä`,
      csvTotalRow: (p, l) => `summarivi ${quote(l, p.name)} ohitettiin`,
      csvNote: (p, l) => `huomautusrivi ohitettiin: ${quote(l, p.text)}`,
      csvBothSources: () => "kunnat on annettu sekä JSONissa että CSV-tiedostossa; poista toinen",
    },
    custom: {
      controlCharacter: (p) =>
        `sisältää ohjausmerkin (koodi ${str(p.code)}) kohdassa ${str(p.position)}; työkirjan solu ei voi sisältää sitä`,
      invalidCharacter: (p) =>
        `sisältää kohdassa ${str(p.position)} merkin ${str(p.code)}, joka ei ole ` +
        `${p.surrogate ? "kokonainen merkki (puolikas merkkipari)" : "tekstimerkki (Unicoden ei-merkki)"}; työkirja ei voi sisältää sitä`,
      duplicateName: (p, l) =>
        `nimi ${quote(l, str(p.name))} on jo käytössä (${quote(l, str(p.first))}); ` +
        "kuntien nimien on oltava erilaiset (isoja ja pieniä kirjaimia ei eroteta)",
      weightsSum: (p, l) => describeProblem(l, { code: "weightsSum", sum: Number(p.sum) }),
      criterionMissing: (p, l) =>
        `puuttuu, mutta kustannusjako käyttää perustetta ${criterion(l, p.criterion)} painolla ${n(l, p.weight)}`,
      zeroCriterion: (p, l) =>
        `perusteen ${criterion(l, p.criterion)} summa kaikissa kunnissa on 0, vaikka sen paino ei ole 0`,
      unknownMunicipality: (p, l) =>
        `${quote(l, str(p.name))} ei ole alueen kunta; kunnat ovat ${names(l, p.known)}` +
        (typeof p.suggestion === "string" ? ` – tarkoititko ${quote(l, p.suggestion)}?` : ""),
      budgetSharesSum: (p, l) => `rivien osuudet ovat yhteensä ${percent(l, p.sum)}, odotettiin 100 %`,
      yearsOrder: (p) =>
        `vuosi ${year(p.year)} ei ole edellistä vuotta ${year(p.previous)} myöhäisempi; ` +
        "suunnitteluvuosien on oltava nousevassa järjestyksessä",
    },
  },
  sv: {
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
        `${words.sv.found(p.found, l)}, ett av värdena ${p.values.map((v) => quote(l, v)).join(", ")} förväntades`,
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
      csvNumberTooLarge: (p, l) => `talet har ${n(l, p.digits)} siffror: det är för stort`,
      csvDash: (_, l) => `${quote(l, "-")} är inget tal; skriv 0 om det betyder noll, eller lämna cellen tom`,
      csvAmbiguousNumber: (p, l) =>
        `${quote(l, p.text)} är ett tvetydigt tal: i den här filen är decimaltecknet ` +
        `${p.decimal === "," ? "komma (t.ex. 0,5)" : "punkt (t.ex. 0.5)"}; skriv tusental utan avgränsare eller med mellanslag`,
      csvTotalRow: (p, l) => `summaraden ${quote(l, p.name)} hoppades över`,
      csvNote: (p, l) => `anmärkningsraden hoppades över: ${quote(l, p.text)}`,
      csvBothSources: () => "kommunerna anges både i JSON och i CSV-filen; ta bort det ena",
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
  },
  en: {
    found: (f, l) => {
      switch (f.type) {
        case "missing":
          return "no value";
        case "null":
          return "null";
        case "string":
          return `text ${quote(l, f.value)}`;
        case "number":
          return `number ${formatNumber(l, f.value)}`;
        case "boolean":
          return `logical value ${f.value}`;
        case "array":
          return `a list (${f.length} items)`;
        case "object":
          return "an object { … }";
      }
    },
    expected: {
      number: "a number",
      int: "a whole number",
      string: "text",
      boolean: "true or false",
      array: "a list [ … ]",
      object: "an object { … }",
      value: "a value",
    },
    foundExpected: (found, expected) => `${found}, expected ${expected}`,
    missing: (expected) => `required field is missing, expected ${expected}`,
    syntaxExpected: {
      value: "a value (number, text, true, false, null, list or object)",
      key: "a field name in double quotes",
      colon: "a colon ':'",
      commaOrObjectEnd: "a comma ',' or a closing brace '}'",
      commaOrArrayEnd: "a comma ',' or a closing bracket ']'",
      end: "the end of the text",
      stringEnd: "a double quote '\"' ending the text",
      escape: 'after a backslash one of " \\ / b f n r t u',
      hex: "a hexadecimal digit (0–9, a–f)",
      digit: "a digit",
    },
    char: (c, l) =>
      c === null
        ? "the end of the text"
        : c === "\n" || c === "\r"
          ? "a line break"
          : c === "\t"
            ? "a tab"
            : quote(l, c),
    syntax: (found, expected) => `found ${found}, expected ${expected}`,
    hint: {
      spaceInNumber: " – numbers may not contain spaces (18875, not 18 875)",
      decimalComma: " – the decimal separator is a point (0.5, not 0,5)",
      trailingComma: " – remove the extra comma before the bracket",
      singleQuote: ' – JSON text and field names use double quotes "…"',
      comment: " – JSON does not allow comments",
    },
    numberHint: (value) => ` (write JSON numbers without quotes or spaces: ${JSON.stringify(value)})`,
    location: (line, column) => (column === undefined ? `line ${line}` : `line ${line}, column ${column}`),
    messages: {
      count: (p, l) =>
        `${n(l, p.found)} items, expected ${p.atLeast ? "at least" : "at most"} ${n(l, p.limit)}`,
      length: (p) =>
        `${p.found === 0 ? "empty text" : `${p.found} characters`}, expected ` +
        `${p.atLeast ? "at least" : "at most"} ${p.limit} ${p.limit === 1 ? "character" : "characters"}`,
      notOneOf: (p, l) =>
        `${words.en.found(p.found, l)}, expected one of ${p.values.map((v) => quote(l, v)).join(", ")}`,
      unknownField: (p, l) =>
        `unknown field ${quote(l, p.key)}` +
        (p.suggestion ? ` – did you mean ${quote(l, p.suggestion)}?` : ""),
      reservedKey: (p, l) => `the key ${quote(l, p.key)} is reserved and cannot be read; rename it`,
      invalid: () => "invalid value",
      emptyText: () => "empty text, expected a JSON object { … }",
      duplicateKey: (p, l) =>
        `field ${quote(l, p.key)} occurs more than once; each field may occur only once`,
      tooDeep: (p) => `nested more than ${p.limit} levels deep`,
      inputTooLarge: (p, l) =>
        `the input is over ${n(l, p.limit / 1024 / 1024)} MB; input this large is not read`,
      keyTooLong: (p, l) =>
        `the field name ${quote(l, p.key)} is ${formatNumber(l, p.found)} characters long, expected at most ${p.limit}`,
      moreDuplicateKeys: (p, l) => `and ${formatNumber(l, p.count)} more fields that occur more than once`,
      csvNoHeader: () =>
        "no header row found: expected a row with columns for the municipality's name and its labour force " +
        "(e.g. Municipality;Labour force)",
      csvNoRows: () => "no municipality lines after the header",
      csvTooManyRows: (p, l) =>
        `more than ${formatNumber(l, p.limit)} municipality lines; an employment area has at most ${formatNumber(l, p.limit)} municipalities, so the rest is not read`,
      csvMissingColumn: (p) =>
        `column missing: ${fieldLabel("en", p.field)} (a header such as ${headerExamples[p.field]})`,
      csvRepeatedColumn: (p, l) =>
        `a second column for ${quote(l, fieldLabel("en", p.field))} (the first: ${quote(l, p.first)}); keep only one`,
      csvUnknownColumn: () => "header not recognised, column skipped",
      csvExtraCells: (p) => `the line has ${p.found} fields, the header ${p.expected}`,
      csvUnterminatedQuote: () => "a quotation mark is never closed",
      csvEmptyName: () => "the municipality's name is missing",
      csvEmptyCell: (p) => `empty cell, ${fieldLabel("en", p.field)} is required`,
      csvNotAvailable: (p, l) =>
        `${quote(l, p.text)} (not available in the statistics), ` +
        (isRequiredField(p.field) ? "expected a number" : "left empty"),
      csvNumberTooLarge: (p, l) => `the number has ${n(l, p.digits)} digits: it is too large`,
      csvDash: (_, l) => `${quote(l, "-")} is not a number; write 0 if it means nil, or leave the cell empty`,
      csvAmbiguousNumber: (p, l) =>
        `${quote(l, p.text)} is an ambiguous number: in this file the decimal separator is a ` +
        `${p.decimal === "," ? "comma (e.g. 0,5)" : "point (e.g. 0.5)"}; write thousands without a separator or with a space`,
      csvTotalRow: (p, l) => `total line ${quote(l, p.name)} skipped`,
      csvNote: (p, l) => `note line skipped: ${quote(l, p.text)}`,
      csvBothSources: () => "municipalities are given both in the JSON and in the CSV file; remove one",
    },
    custom: {
      controlCharacter: (p) =>
        `contains a control character (code ${str(p.code)}) at position ${str(p.position)}; a workbook cell cannot hold it`,
      invalidCharacter: (p) =>
        `contains ${str(p.code)} at position ${str(p.position)}, which is not ` +
        `${p.surrogate ? "a whole character (half a surrogate pair)" : "a text character (a Unicode noncharacter)"}; a workbook cannot hold it`,
      duplicateName: (p, l) =>
        `the name ${quote(l, str(p.name))} is already used (${quote(l, str(p.first))}); ` +
        "municipality names must differ (ignoring case)",
      weightsSum: (p, l) => describeProblem(l, { code: "weightsSum", sum: Number(p.sum) }),
      criterionMissing: (p, l) =>
        `missing, but the cost split uses criterion ${criterion(l, p.criterion)} with weight ${n(l, p.weight)}`,
      zeroCriterion: (p, l) =>
        `criterion ${criterion(l, p.criterion)} sums to 0 over all municipalities although its weight is not 0`,
      unknownMunicipality: (p, l) =>
        `${quote(l, str(p.name))} is not a municipality of the area; the municipalities are ${names(l, p.known)}` +
        (typeof p.suggestion === "string" ? ` – did you mean ${quote(l, p.suggestion)}?` : ""),
      budgetSharesSum: (p, l) => `the lines' shares add up to ${percent(l, p.sum)}, expected 100 %`,
      yearsOrder: (p) =>
        `year ${year(p.year)} does not come after the previous year ${year(p.previous)}; planning years must ascend`,
    },
  },
};

/** One problem as a sentence in `lang` (without its location). */
export function describeInputProblem(lang: Lang, problem: InputProblem): string {
  const w = words[lang];
  switch (problem.kind) {
    case "number": {
      const message = describeProblem(lang, problem.problem);
      return problem.suggestion === undefined ? message : message + w.numberHint(problem.suggestion);
    }
    case "type":
      return problem.found.type === "missing"
        ? w.missing(w.expected[problem.expected])
        : w.foundExpected(w.found(problem.found, lang), w.expected[problem.expected]);
    case "syntax":
      return (
        w.syntax(w.char(problem.found, lang), w.syntaxExpected[problem.expected]) +
        (problem.hint ? w.hint[problem.hint] : "")
      );
    case "custom":
      return w.custom[problem.key](problem.params, lang);
    default:
      return (w.messages[problem.kind] as (p: InputProblem, l: Lang) => string)(problem, lang);
  }
}

/** "rivi 4, sarake Työvoima" / "rad 4, kolumn Arbetskraft" / "line 4, column Labour force". */
export function describeLocation(
  lang: Lang,
  at: {
    readonly line: number;
    readonly column?: number | undefined;
    readonly columnName?: string | undefined;
  },
): string {
  const column = at.columnName ?? (at.column === undefined ? undefined : String(at.column));
  return words[lang].location(at.line, column);
}

/**
 * Where an issue is, as the user finds it: "rivi 4, sarake Työvoima" for a text position (a CSV
 * cell keeps its header's name), `municipalities[1].labourForce` for a JSON value, "" for the
 * whole input.
 */
export function issueWhere(lang: Lang, issue: InputIssue): string {
  if (issue.line !== undefined) {
    return describeLocation(lang, { line: issue.line, column: issue.column, columnName: issue.columnName });
  }
  return formatPath(issue.segments ?? []);
}

/** What an issue is, in `lang` (without where). */
export const issueMessage = (lang: Lang, issue: InputIssue): string =>
  describeInputProblem(lang, issue.problem);

/** "where: what", or just what for the whole input. */
export function issueLine(lang: Lang, issue: InputIssue): string {
  const where = issueWhere(lang, issue);
  const message = issueMessage(lang, issue);
  return where === "" ? message : `${where}: ${message}`;
}

const more: Catalog<(count: string) => string> = {
  fi: (count) => `… ja ${count} muuta ongelmaa`,
  sv: (count) => `… och ${count} problem till`,
  en: (count) => `… and ${count} more problems`,
};

/**
 * The first `MAX_REPORTED_PROBLEMS` of a list of worded problems and, past them, one line saying
 * how many more there are: a million duplicate keys need not print a million lines. `word` is
 * called only for the problems listed.
 */
export function listProblems<T>(lang: Lang, problems: readonly T[], word: (problem: T) => string): string[] {
  const listed = problems.slice(0, MAX_REPORTED_PROBLEMS).map(word);
  const rest = problems.length - listed.length;
  return rest > 0 ? [...listed, moreProblems(lang, rest)] : listed;
}

/** "… ja 999 900 muuta ongelmaa". */
export const moreProblems = (lang: Lang, count: number): string => more[lang](formatNumber(lang, count));

/** The input's sections as the pane names them (the CLI's users edit JSON and read its paths). */
const sectionNames: Catalog<{ readonly [section: string]: string | ((n: number) => string) }> = {
  fi: {
    municipalities: "Kunnat",
    costSplit: "Kustannusjako",
    budget: "Budjettikehys",
    staffing: "Henkilöstötaulukko",
    caseload: "Asiakasmäärät",
    services: "Palvelutuotanto",
    item: (n) => `rivi ${n}`,
  },
  sv: {
    municipalities: "Kommuner",
    costSplit: "Kostnadsfördelning",
    budget: "Budgetram",
    staffing: "Personaltabell",
    caseload: "Klientantal",
    services: "Serviceproduktion",
    item: (n) => `rad ${n}`,
  },
  en: {
    municipalities: "Municipalities",
    costSplit: "Cost split",
    budget: "Budget frame",
    staffing: "Staffing table",
    caseload: "Caseloads",
    services: "Service production",
    item: (n) => `row ${n}`,
  },
};

/**
 * Where a problem is, for a person rather than a JSON editor: "Kunnat, rivi 3, työvoima" for
 * `municipalities[2].labourForce`. Paths it cannot name stay JSON paths.
 */
export function issueWhereForPeople(lang: Lang, issue: InputIssue): string {
  const segments = issue.segments ?? [];
  if (issue.line !== undefined || segments.length === 0) return issueWhere(lang, issue);
  const names = sectionNames[lang];
  const item = names.item as (n: number) => string;
  const [section, ...rest] = segments;
  const name = typeof section === "string" && Object.hasOwn(names, section) ? names[section] : undefined;
  if (typeof name !== "string") return issueWhere(lang, issue);
  const parts = [name];
  for (const segment of rest) {
    if (typeof segment === "number") parts.push(item(segment + 1));
    // "rows" and "groups" only hold the numbered items.
    else if (segment !== "rows" && segment !== "groups") {
      parts.push(section === "municipalities" && isField(segment) ? fieldLabel(lang, segment) : segment);
    }
  }
  return parts.join(", ");
}

/** "where: what" for the pane. */
export function issueLineForPeople(lang: Lang, issue: InputIssue): string {
  const where = issueWhereForPeople(lang, issue);
  const message = issueMessage(lang, issue);
  return where === "" ? message : `${where}: ${message}`;
}
