import type { Lang } from "../i18n/lang";
import type { SheetKey } from "./plan";

/**
 * What already exists in the target workbook. Generation never renames, clears or overwrites any
 * of it: our sheets, tables and names step around what is there (docs/sheets.md, Names).
 */
export interface ExistingNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
}

export const EMPTY_WORKBOOK: ExistingNames = { sheets: [], tables: [], names: [] };

/** Excel compares sheet, table and defined names without regard to case. */
const folded = (names: readonly string[]): Set<string> =>
  new Set(names.map((name) => name.toLocaleUpperCase("fi")));

/** Sheet names: the first of `Base`, `Base (2)`, `Base (3)`, … that is free (each sheet on its own). */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  for (let k = 1; ; k++) {
    const candidate = k === 1 ? base : `${base} (${k})`;
    if (!taken.has(candidate.toLocaleUpperCase("fi"))) return candidate;
  }
}

/**
 * Defined names and table names of one generation share one suffix: none the first time, then
 * `_2`, `_3`, … — the smallest for which every name of the set is free, so `Tyovoima_Yhteensa_2`
 * and `Kustannusosuudet_2` belong together. Table and defined names share one namespace in Excel.
 */
export function freeNameSuffix(bases: readonly string[], existing: ExistingNames): string {
  const taken = folded([...existing.names, ...existing.tables]);
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? "" : `_${k}`;
    if (bases.every((base) => !taken.has(`${base}${suffix}`.toLocaleUpperCase("fi")))) return suffix;
  }
}

/** The resolved names one generation uses; built once, passed to every sheet builder. */
export interface Naming {
  readonly lang: Lang;
  /** Resolved name of each sheet, e.g. "Kunnat" or "Kunnat (2)". */
  readonly sheet: Readonly<Record<SheetKey, string>>;
  /** Appended to every defined name and table name of this generation ("" or "_2", …). */
  readonly suffix: string;
}

/** Resolves sheet names and the name suffix against what the workbook already holds. */
export function resolveNaming(
  lang: Lang,
  baseSheetNames: Readonly<Record<SheetKey, string>>,
  nameBases: readonly string[],
  existing: ExistingNames = EMPTY_WORKBOOK,
): Naming {
  const takenSheets = folded(existing.sheets);
  const sheet = {} as Record<SheetKey, string>;
  for (const key of Object.keys(baseSheetNames) as SheetKey[]) {
    const name = freeSheetName(baseSheetNames[key], takenSheets);
    takenSheets.add(name.toLocaleUpperCase("fi"));
    sheet[key] = name;
  }
  return { lang, sheet, suffix: freeNameSuffix(nameBases, existing) };
}
