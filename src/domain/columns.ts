import { CRITERIA } from "./model";

/**
 * Recognising municipality columns by their header words, in Finnish, Swedish and English — one
 * dictionary for the CSV import (src/domain/csv.ts) and the pane's "Use selection", so a header
 * that works in one works in the other.
 *
 * Headers are matched after folding (lower case, no diacritics, one kind of dash and space, years
 * and dates removed), so "Työvoima 2021", "TYOVOIMA" and "Työvoima (31.12.2022)" all mean the
 * labour force. Rules are tried in order and the first match decides; rates, shares, changes and
 * "outside the labour force" are recognised first and deliberately map to nothing, because
 * "Työttömyysaste, %" (unemployment rate) must never be read as a count of unemployed people.
 */

/** The municipality fields a column can hold (src/domain/model.ts `municipalitySchema`). */
export const COLUMN_FIELDS = ["name", ...CRITERIA, "stateShare"] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** Columns without which no municipality can be built (docs/input.md: name and labourForce). */
export const REQUIRED_COLUMNS: readonly ColumnField[] = ["name", "labourForce"];

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
  /** Required fields (`REQUIRED_COLUMNS`) that no header holds. */
  readonly missing: readonly ColumnField[];
}

/** Lower case, no diacritics (ä → a, ö → o, å → a), dashes and spaces unified, dates and years removed. */
export function foldHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\b\d{1,2}\.\d{1,2}\.(\d{4})?/g, " ")
    .replace(/\b(19|20)\d{2}\b(?!\s*-\s*\d)/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

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
      /aste\b|\brate\b|\bratio\b|osuus|\bandel\b|share of|suhde|muutos|forandring|\bchange\b|ulkopuol|utanfor|outside|\btyolli|sysselsatt|\bemployed\b|\bkeski-?ika|average age/,
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
    field: "name",
    pattern:
      /^(kunta|kunnan nimi|kunnat|kotikunta|alue|alueet|alueen nimi|alue ?\/ ?kunta|kunta ?\/ ?alue|kommun|kommunens namn|kommuner|omrade|region|municipality|municipalities|municipality name|area|area name|name|nimi|namn)\b/,
  },
];

/** The field a single header holds, or null. */
export function recogniseHeader(header: string): ColumnField | null {
  const folded = foldHeader(header);
  if (folded === "") return null;
  for (const rule of RULES) if (rule.pattern.test(folded)) return rule.field;
  return null;
}

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
  const missing = REQUIRED_COLUMNS.filter((field) => columnOf[field] === undefined);
  return { fields, columnOf, unknown, repeated, missing };
}
