import { isRequiredField, type ColumnField } from "../domain/members";
import type { CustomIssue } from "../domain/model";
import { MAX_REPORTED_PROBLEMS } from "../domain/bounds";
import { formatPath } from "../domain/path";
import type { Expected, Found, InputIssue, InputProblem, SyntaxExpected, SyntaxHint } from "../domain/parse";
import { formatNumber, quote } from "./format";
import { finnishFirst, type Catalog, type Lang } from "./lang";
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
    code: "kuntanumero",
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
    code: "kommunnummer",
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
    code: "municipality code",
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
  code: "Kuntanumero, Kommunnummer, Municipality code",
  population: "Asukkaat, Invånare, Population",
  workingAge: "Työikäiset, Arbetsför ålder, Working-age",
  unemployed: "Työttömät, Arbetslösa, Unemployed",
  broadUnemployed: "Laaja työttömyys, Bred arbetslöshet, Broad unemployment",
  labourForce: "Työvoima, Arbetskraft, Labour force",
  foreignLanguage: "Vieraskieliset, Främmandespråkiga, Foreign-language speakers",
  stateShare: "Valtionosuus, Statsandel, State share",
};

export const fieldLabel = (lang: Lang, field: ColumnField): string => fieldLabels[lang][field];

export interface InputWords {
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
/** What the Swedish and English messages (sv/input.ts, en/input.ts) word their values with. */
export const messageHelpers = { n, percent, str, year, criterion, names, headerExamples };

/** Swedish and English are installed by loadLanguage (languages.ts) before anyone asks for them. */
export const inputWords: Catalog<InputWords> = finnishFirst({
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
        `${inputWords.fi.found(p.found, l)}, odotettiin yhtä arvoista ${p.values.map((v) => quote(l, v)).join(", ")}`,
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
      csvDash: (_, l) =>
        `${quote(l, "-")} ei ole luku; kirjoita 0, jos tarkoitus on nolla, tai jätä solu tyhjäksi`,
      csvAmbiguousNumber: (p, l) =>
        `${quote(l, p.text)} on epäselvä luku: tässä tiedostossa desimaalierotin on ` +
        `${p.decimal === "," ? "pilkku (esim. 0,5)" : "piste (esim. 0.5)"}; kirjoita tuhannet ilman erotinta tai välilyönnillä`,
      csvTotalRow: (p, l) => `summarivi ${quote(l, p.name)} ohitettiin`,
      csvNote: (p, l) => `huomautusrivi ohitettiin: ${quote(l, p.text)}`,
      csvBothSources: () => "kunnat on annettu sekä JSONissa että CSV-tiedostossa; poista toinen",
      statfinEmpty: () => "tiedosto on tyhjä",
      statfinNoRegionColumn: () =>
        "otsikkoriviä ei löytynyt: odotettiin Tilastokeskuksen taulukon otsikkoriviä, jossa on alueen sarake (Alue, Område tai Region)",
      statfinAggregateOnly: (p, l) =>
        `tiedostossa on vain summarivejä (${formatNumber(l, p.count)}, esim. KOKO MAA tai maakunta), ei yhdenkään kunnan lukuja; valitse taulukkoon kunnat`,
      statfinUnrecognised: (p, l) =>
        `tietoa ${quote(l, p.label)} ei tunnistettu; kerro, mihin sarakkeeseen se kuuluu, tai jätä se pois`,
      statfinTwice: (p, l) =>
        `kunnan ${quote(l, p.name)} tieto ${fieldLabel("fi", p.field)} (${p.period}) on jo annettu: ` +
        `${p.firstFile}, rivi ${p.firstLine}, sarake ${p.firstColumn}; jätä vain toinen`,
      statfinYearMissing: (p, l) =>
        `vuotta ${quote(l, p.year)} ei ole tiedostossa; vuodet ovat ${p.available.map((y) => quote(l, y)).join(", ")}`,
      statfinPartialYear: (p) =>
        `vuoden ${p.year} keskiarvo laskettiin vain ${p.months} kuukaudesta, koska muita kuukausia ei ole tiedostossa`,
      statfinMixedPeriods: (p) =>
        `luvut ovat eri ajankohdilta (${p.periods.join(", ")}); valitse vuosi, jos niiden pitää olla samalta vuodelta`,
      statfinMemberMissing: (p, l) => `alueen kunnalle ${quote(l, p.name)} ei löytynyt lukuja tiedostoista`,
      statfinIgnoredRows: (p, l) =>
        `${formatNumber(l, p.count)} riviä koski kuntia, jotka eivät kuulu alueeseen; ne ohitettiin`,
      statfinAggregateRows: (p, l) =>
        `${formatNumber(l, p.count)} summariviä (esim. KOKO MAA, maakunnat) ohitettiin`,
      statfinNoValue: (p, l) =>
        `kunnalle ${quote(l, p.name)} ei ole lukua ${fieldLabel("fi", p.field)}, joka on pakollinen`,
      statfinIncomplete: (p, l) =>
        `kunnan ${quote(l, p.name)} tieto ${fieldLabel("fi", p.field)} on summa luokista, joista puuttuu ${names(l, p.missing)}; valitse taulukkoon kaikki luokat`,
      statfinUnusedCategories: (p, l) =>
        `${formatNumber(l, p.count)} luokkaa ei käytetä (esim. ${p.examples.map((e) => quote(l, e)).join(", ")}); ne ohitettiin`,
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
      municipalityCode: (p, l) =>
        `kuntanumero ${quote(l, str(p.value))} ei ole kolme numeroa; kirjoita se tekstinä etunollineen, esim. "049"`,
      duplicateCode: (p, l) =>
        `kuntanumero ${quote(l, str(p.code))} on jo kunnalla ${quote(l, str(p.first))}; kuntanumeroiden on oltava erilaiset`,
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
});

/** One problem as a sentence in `lang` (without its location). */
export function describeInputProblem(lang: Lang, problem: InputProblem): string {
  const w = inputWords[lang];
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
  return inputWords[lang].location(at.line, column);
}

/**
 * Where an issue is, as the user finds it: "rivi 4, sarake Työvoima" for a text position (a CSV
 * cell keeps its header's name), `municipalities[1].labourForce` for a JSON value, "" for the
 * whole input.
 */
export function issueWhere(lang: Lang, issue: InputIssue): string {
  const where =
    issue.line !== undefined
      ? describeLocation(lang, { line: issue.line, column: issue.column, columnName: issue.columnName })
      : formatPath(issue.segments ?? []);
  if (issue.file === undefined) return where;
  return where === "" ? issue.file : `${issue.file}, ${where}`;
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
