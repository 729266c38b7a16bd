import { CRITERIA, type Criterion } from "./criteria";
import type { MunicipalityDraft } from "./model";
import { REGIONS } from "./regions.data";
import type { Problem } from "./result";

/**
 * Member rows: what a row of municipal figures is, one rule for every reader — the CSV import
 * (src/domain/csv.ts), the pane's "Use selection" (src/taskpane/gridInput.ts) and the custom
 * functions (src/functions/cells.ts). Here live the header words, the words of total
 * (aggregate) rows, the required fields and how a cell reads as a number, so a header, a total
 * line or a blank cell means the same whichever way the figures arrive.
 *
 * Columns are recognised by their header words, in Finnish, Swedish and English.
 * Headers are matched after folding (lower case, no diacritics, one kind of dash and space, years
 * and dates removed), so "Työvoima 2021", "TYOVOIMA" and "Työvoima (31.12.2022)" all mean the
 * labour force. Rules are tried in order and the first match decides; rates, shares, changes and
 * "outside the labour force" are recognised first and deliberately map to nothing, because
 * "Työttömyysaste, %" (unemployment rate) must never be read as a count of unemployed people.
 */

/**
 * The municipality fields a column can hold: every field of the input model's municipality
 * (src/domain/model.ts `municipalitySchema`), the name, the criteria, then the state share. This
 * module imports no value from the model, so the custom functions can read cells without the
 * schema library; the checks below make the compiler hold the lists to the model.
 */
export const COLUMN_FIELDS = [
  "name",
  "code",
  ...CRITERIA,
  "stateShare",
] as const satisfies readonly (keyof MunicipalityDraft)[];
export type ColumnField = (typeof COLUMN_FIELDS)[number];

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** Fields every municipality must have: exactly the model's required ones. */
export const REQUIRED_FIELDS = [
  "name",
  "labourForce",
] as const satisfies readonly RequiredKeys<MunicipalityDraft>[];
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** Fields held as text: the name and the municipality code ("049" keeps its zero). The rest are numbers. */
export const TEXT_FIELDS = ["name", "code"] as const satisfies readonly ColumnField[];
export type TextField = (typeof TEXT_FIELDS)[number];
export type NumericField = Exclude<ColumnField, TextField>;
export const NUMERIC_FIELDS = COLUMN_FIELDS.filter(
  (field): field is NumericField => !(TEXT_FIELDS as readonly ColumnField[]).includes(field),
);

export const isRequiredField = (field: ColumnField): field is RequiredField =>
  (REQUIRED_FIELDS as readonly ColumnField[]).includes(field);

// Compile-time agreement with the model: every municipality field has a column, every criterion
// is a column, and every field the model requires is in REQUIRED_FIELDS.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees: [
  Same<ColumnField, keyof MunicipalityDraft>,
  Same<Exclude<ColumnField, TextField | "stateShare">, Criterion>,
  Same<RequiredField, RequiredKeys<MunicipalityDraft>>,
] = [true, true, true];
void agrees;

export interface ColumnRecognition {
  /** For each header, in order: the field it holds, or null when not recognised (or blank). */
  readonly fields: readonly (ColumnField | null)[];
  /** Each recognised field's column: the first header that holds it. */
  readonly columnOf: Readonly<Partial<Record<ColumnField, number>>>;
  /** Indices of non-blank headers that hold no field (unknown words, rates, shares, …). */
  readonly unknown: readonly number[];
  /** Later headers holding a field an earlier one already holds ("Työvoima 2021", "Työvoima 2022"). */
  readonly repeated: readonly {
    readonly index: number;
    readonly field: ColumnField;
    readonly first: number;
  }[];
  /** Required fields (`REQUIRED_FIELDS`) that no header holds. */
  readonly missing: readonly ColumnField[];
}

/**
 * A name or header as compared: lower case, no diacritics (ä → a, ö → o, å → a), every dash one
 * hyphen with no space around it, spaces (no-break ones too) one space, trimmed. "Keski-Uusimaa",
 * "KESKI – UUSIMAA" and "keski-uusimaa" fold alike; so do "Närpes" and "Narpes".
 */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .replace(/ ?[-\u2010-\u2015\u2212] ?/g, "-")
    .trim();
}

/** A header folded as a name (`foldName`), dates and years removed. */
export function foldHeader(header: string): string {
  return foldName(header)
    .replace(/\b\d{1,2}\.\d{1,2}\.(\d{4})?/g, " ")
    .replace(/\b(19|20)\d{2}\b(?!-\d)/g, " ")
    .replace(/ +/g, " ")
    .trim();
}

/** The municipality's (or PxWeb's region's) column. */
const NAME_HEADER =
  /^(kunta|kunnan nimi|kunnat|kotikunta|alue|alueet|alueen nimi|alue ?\/ ?kunta|kunta ?\/ ?alue|kommun|kommunens namn|kommuner|omrade|region|municipality|municipalities|municipality name|area|area name|name|nimi|namn)\b/;

/** null: a known header that is deliberately not imported. Order matters: the first match wins. */
const RULES: readonly { readonly field: ColumnField | null; readonly pattern: RegExp }[] = [
  { field: null, pattern: /%|prosent|percent|procent/ },
  {
    field: "stateShare",
    pattern: /valtionosuu|statsandel|state share|state subsid|central government transfer/,
  },
  {
    field: null,
    pattern:
      /aste\b|\brate\b|\bratio\b|osuus|\bandel\b|share of|suhde|muutos|forandring|\bchange\b|ulkopuol|utanfor|outside|\btyolli|sysselsatt|\bemployed\b|\bkeski-?ika|medelalder|average age|mean age/,
  },
  { field: "broadUnemployed", pattern: /laaja.{0,4}tyottom|bred arbetslos|broad(ly)? unemploy/ },
  {
    field: "foreignLanguage",
    pattern:
      /vieraskiel|frammande ?sprak|frammandesprak|frammande modersmal|foreign[- ]?language|foreign speakers/,
  },
  { field: "workingAge", pattern: /tyoika|1[58] ?- ?64|arbetsfor|working[- ]?age|aged 1[58]/ },
  { field: "unemployed", pattern: /tyottom|arbetslos|unemploy/ },
  { field: "labourForce", pattern: /tyovoima|arbetskraft|labou?r ?force/ },
  {
    field: "population",
    pattern:
      /asukka|asukasluku|asukasmaara|vakiluku|vakimaara|vaesto|invanare|folkmangd|befolkning|population|residents|inhabitants/,
  },
  {
    field: "code",
    pattern:
      /^(kuntanumero|kuntanro|kunnan numero|kuntakoodi|kunnan koodi|kunta-?koodi|kommunnummer|kommunnr|kommunkod|kommunens (nummer|kod)|municipality (code|number|no)|municipal code|koodi|kod|code)\b/,
  },
  { field: "name", pattern: NAME_HEADER },
];

/**
 * What the rules say of a header: the field it holds, null for a known header deliberately not
 * imported (a rate, a share, the employed), undefined for words no rule knows.
 */
export function headerRule(header: string): ColumnField | null | undefined {
  const folded = foldHeader(header);
  if (folded === "") return undefined;
  for (const rule of RULES) if (rule.pattern.test(folded)) return rule.field;
  return undefined;
}

/** The field a single header holds, or null. */
export const recogniseHeader = (header: string): ColumnField | null => headerRule(header) ?? null;

// ---------------------------------------------------------------------------------------------
// Statistics Finland's table dimensions (PxWeb exports, src/domain/statfin/)

/**
 * What a PxWeb table's dimension column holds, from its header in Finnish, Swedish or English:
 * the region (Alue, Område, Region), the main type of activity (tyokay 115b: Pääasiallinen
 * toiminta), age (Ikä, Ålder, Age), sex (Sukupuoli, Kön, Sex) or, for any other header (Tiedot,
 * Uppgifter, Information), the variable itself.
 */
export type PxDimension = "region" | "activity" | "age" | "sex" | "variable";

export function pxDimension(header: string): PxDimension {
  const folded = foldHeader(header);
  if (/toiminta|verksamhet|activity/.test(folded)) return "activity";
  if (/^(ika|ikaryhma|ikaluokka|alder|aldersgrupp|age|age group)\b/.test(folded)) return "age";
  if (/^(sukupuoli|kon|sex|gender)\b/.test(folded)) return "sex";
  return NAME_HEADER.test(folded) ? "region" : "variable";
}

/**
 * A dimension's total category: "SSS Yhteensä", "Yhteensä", "Sukupuolet yhteensä", "Totalt",
 * "Båda könen", "Total", "Both sexes", "Kaikki ikäluokat". The row words of `isAggregateRow`
 * count too.
 */
export function isTotalCategory(label: string): boolean {
  const folded = foldHeader(label);
  return (
    isAggregateRow(label) ||
    /^sss\b|yhteensa$|^totalt?$|^bada konen$|^both sexes$|^kaikki( ikaluokat)?$|^alla( aldrar)?$|^all ages$/.test(
      folded,
    )
  );
}

/**
 * Main types of activity that make up the labour force (työvoima) in Statistics Finland's
 * employment statistics (tyokay 115b): 11 employed (työlliset) and 12 unemployed (työttömät);
 * docs/sources.md#statfin-tables.
 */
export const LABOUR_FORCE_ACTIVITIES: readonly string[] = ["11", "12"];

/** The code of a main type of activity label ("11 Työlliset" → "11"), or undefined. */
export const activityCode = (label: string): string | undefined => /^(\d{2})\b/.exec(label.trim())?.[1];

/**
 * The ages of the working-age criterion of the state share: 18–64 (docs/sources.md#working-age).
 * Single-year ages of vaerak 11re are summed over this band.
 */
export const WORKING_AGE = { from: 18, to: 64 } as const;

/** A single year of age ("18", "100 -", "100+", "18 vuotta"), or undefined for a band or a total. */
export function singleAge(label: string): number | undefined {
  const match = /^(\d{1,3})(\s*(-|\+|vuotta|vuotiaat|ar|years?))?$/.exec(foldHeader(label));
  return match ? Number(match[1]) : undefined;
}

/** An age band of the labour force as a whole (15–74), which counts the labour force like a total. */
export const isLabourForceAges = (label: string): boolean => /^15-74\b/.test(foldHeader(label));

/**
 * Maps a header row to municipality fields. A blank first header with no other name column is
 * taken as the name column: Statistics Finland's PxWeb exports often leave the area column's
 * header empty.
 */
export function recogniseColumns(headers: readonly string[]): ColumnRecognition {
  const fields = headers.map(recogniseHeader);
  if (!fields.includes("name") && headers.length > 1 && (headers[0] ?? "").trim() === "") fields[0] = "name";
  const columnOf: Partial<Record<ColumnField, number>> = {};
  const unknown: number[] = [];
  const repeated: { index: number; field: ColumnField; first: number }[] = [];
  fields.forEach((field, index) => {
    if (field === null) {
      if ((headers[index] ?? "").trim() !== "") unknown.push(index);
      return;
    }
    const first = columnOf[field];
    if (first === undefined) columnOf[field] = index;
    else repeated.push({ index, field, first });
  });
  const missing = REQUIRED_FIELDS.filter((field) => columnOf[field] === undefined);
  return { fields, columnOf, unknown, repeated, missing };
}

// ---------------------------------------------------------------------------------------------
// Total (aggregate) rows

/**
 * Names of rows that sum other rows, in Finnish, Swedish and English, as folded by `foldHeader`
 * (lower case, no diacritics). Importing one as a municipality would count its members twice.
 */
const AGGREGATE_WORDS: ReadonlySet<string> = new Set([
  // Finnish
  "yhteensa",
  "yht",
  "kaikki",
  "kaikki yhteensa",
  "kaikki kunnat",
  "kunnat yhteensa",
  "koko maa",
  "koko alue",
  "alue yht",
  "alue yhteensa",
  "summa",
  "manner-suomi",
  // Swedish
  "totalt",
  "summa totalt",
  "sammanlagt",
  "kommunerna sammanlagt",
  "hela landet",
  "hela omradet",
  "alla kommuner",
  "fasta finland",
  // English
  "total",
  "totals",
  "grand total",
  "sum",
  "all",
  "all municipalities",
  "whole country",
  "entire country",
  "mainland finland",
]);

/**
 * The regions (maakunta, landskap, region), which Statistics Finland's tables list among the
 * municipalities, often without a code ("Uusimaa"): Finnish and Swedish names from the
 * classification (src/domain/regions.data.ts), English ones as Statistics Finland writes them
 * (docs/sources.md#employment-areas-2025). No region shares its name with a municipality
 * (test/domain/members.test.ts holds that to the classification).
 */
const ENGLISH_REGION_NAMES = [
  "Uusimaa",
  "Southwest Finland",
  "Satakunta",
  "Kanta-Häme",
  "Pirkanmaa",
  "Päijät-Häme",
  "Kymenlaakso",
  "South Karelia",
  "South Savo",
  "North Savo",
  "North Karelia",
  "Central Finland",
  "South Ostrobothnia",
  "Ostrobothnia",
  "Central Ostrobothnia",
  "North Ostrobothnia",
  "Kainuu",
  "Lapland",
  "Åland",
];
const REGION_WORDS: ReadonlySet<string> = new Set(
  [...REGIONS.flatMap((region) => [region.fi, region.sv]), ...ENGLISH_REGION_NAMES].map((name) =>
    foldHeader(name),
  ),
);

/**
 * Statistics Finland's codes of areas bigger than a municipality, in front of a name: the whole
 * country (SSS), mainland Finland and Åland (MA1, MA2), major regions (SA1), regions (MK01) and
 * sub-regions (SK011). "KU245 Kerava" is a municipality; "MA1 MANNER-SUOMI" is not.
 */
const AGGREGATE_CODE = /^(sss|ma\d|sa\d|mk\d{2}|sk\d{3})(\s|$)/;

/** Statistics Finland's municipality code in front of a name: "KU245 Kerava", "245 Kerava". */
const MUNICIPALITY_CODE = /^(KU)?\d{3}\s+(?=\p{L})/iu;

/**
 * True for a row that sums others ("Yhteensä", "Sammanlagt", "Total", "KOKO MAA",
 * "MA1 MANNER-SUOMI", "Hela landet", "WHOLE COUNTRY", a region such as "Uusimaa" or "Nyland"): such a row is never a member. Readers skip
 * it and tell the user they did.
 */
export function isAggregateRow(name: string): boolean {
  const folded = foldHeader(name).replace(/[\s.:*]+$/, "");
  return AGGREGATE_WORDS.has(folded) || REGION_WORDS.has(folded) || AGGREGATE_CODE.test(folded);
}

/** A member's name as written in a name cell: trimmed, without Statistics Finland's code in front. */
export const memberName = (text: string): string => text.trim().replace(MUNICIPALITY_CODE, "");

/**
 * A municipality-code cell as the model's text code: a number or digits padded to 3 digits (a
 * spreadsheet re-saved in Excel turns "049" into 49), "KU049" without its prefix; undefined when
 * blank. Anything else is returned trimmed as it is, for the input model to refuse with its
 * location.
 */
export function municipalityCodeText(value: unknown): string | undefined {
  if (isBlankCell(value)) return undefined;
  const text = String(value).trim();
  const digits = /^(?:KU)?(\d{1,3})$/i.exec(text);
  return digits ? (digits[1] as string).padStart(3, "0") : text;
}

/** A region label that is only a municipality code: "KU245", "245". */
const CODE_ONLY = /^(KU)?(\d{3})$/i;

/**
 * A region label as Statistics Finland writes it, split into the municipality code and the name,
 * each when present: "KU245 Kerava" and "245 Kerava" → code "245", name "Kerava"; "KU245" and
 * "245" → code "245"; "Kervo" → name "Kervo".
 */
export function splitMemberLabel(label: string): { readonly code?: string; readonly name?: string } {
  const text = label.trim();
  const codeOnly = CODE_ONLY.exec(text);
  if (codeOnly) return { code: codeOnly[2] };
  const prefix = MUNICIPALITY_CODE.exec(text);
  if (!prefix) return text === "" ? {} : { name: text };
  return { code: prefix[0].trim().replace(/^KU/i, ""), name: text.slice(prefix[0].length) };
}

// ---------------------------------------------------------------------------------------------
// A cell as a number

/** Longest piece of user text quoted back in a message (`clip`). */
const QUOTE_LIMIT = 40;

export const clip = (text: string): string =>
  text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;

/** Excel's error values, as text (an error cell read as its text). */
const EXCEL_ERRORS =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** Blank: nothing, or text of spaces only. A blank cell is "not given", never 0. */
export const isBlankCell = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/**
 * A workbook cell as a number: a finite number is itself; a blank cell (`isBlankCell`) is null;
 * anything else — text, even "18 875", a logical value, an error — is the problem with it (still
 * without a location, which only the reader knows). Text is never read as a number: in a
 * workbook, a number stored as text is a cell Excel's own SUM skips.
 */
export function cellAsNumber(value: unknown): number | null | Problem {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : { code: "notFinite" };
    case "string": {
      const text = value.trim();
      if (text === "") return null;
      if (EXCEL_ERRORS.test(text)) return { code: "errorValue", text };
      return { code: "notNumber", text: clip(value) };
    }
    case "boolean":
      return { code: "boolean", value };
    case "undefined":
      return null;
    default:
      return value === null ? null : { code: "notNumber", text: clip(String(value)) };
  }
}
