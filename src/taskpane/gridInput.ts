import { MAX_MUNICIPALITIES } from "../domain/bounds";
import {
  cellAsNumber,
  COLUMN_FIELDS,
  isAggregateRow,
  isBlankCell,
  memberName,
  municipalityCodeText,
  REQUIRED_FIELDS,
  type ColumnField,
  type RequiredField,
} from "../domain/members";
import type { MunicipalityDraft } from "../domain/model";
import type { Problem } from "../domain/result";
import { a1, columnLetters } from "../sheets/refs";

/**
 * Municipality rows read from a grid: the user's selected range (a header row, then one row per
 * municipality) or a pasted CSV. Cells keep the types Excel gave them, so text in a numeric column
 * — "18 875" typed as text — is an error named by its cell address, never read as a number or a 0.
 */

/** What each column of the grid holds, by column index; null = not used. */
export type ColumnMapping = readonly (ColumnField | null)[];

/** A rectangle of cell values placed on a sheet at 0-based (row, col), header row first. */
export interface Grid {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly unknown[])[];
  /** True where the cell holds an Excel error (#N/A, …), whose text is its entry in `values`. */
  readonly errors?: readonly (readonly boolean[])[];
}

/** A row as read: the input model decides what is missing (a blank labour-force cell, say). */
export type RowDraft = Partial<MunicipalityDraft>;

/** Something wrong with the grid as a whole or with one cell, as data (worded in src/i18n/ui.ts). */
export type GridIssue =
  | { readonly kind: "cell"; readonly problem: Problem }
  | { readonly kind: "noRows" }
  | { readonly kind: "missingColumn"; readonly field: RequiredField }
  | { readonly kind: "duplicateColumn"; readonly field: ColumnField; readonly columns: readonly string[] }
  | { readonly kind: "emptyName"; readonly at: string }
  /** The first row past the member limit: reading stops there, and this is the only issue. */
  | { readonly kind: "tooManyRows"; readonly at: string; readonly limit: number };

/** A row left out on purpose, said out loud: a total row selected along with the data. */
export interface SkippedRow {
  readonly at: string;
  readonly text: string;
}

export interface GridRead {
  readonly municipalities: readonly RowDraft[];
  /** Sheet row (0-based) of each municipality, to point the input model's issues back at cells. */
  readonly sheetRows: readonly number[];
  readonly issues: readonly GridIssue[];
  /** Total (aggregate) rows skipped: never members, and the pane says so. */
  readonly skipped: readonly SkippedRow[];
}

/** A count cell (src/domain/members.ts `cellAsNumber`, and ≥ 0); blank = not given; else a located problem. */
function readCount(value: unknown, at: string, isError: boolean): { value?: number; problem?: Problem } {
  if (isError) return { problem: { code: "errorValue", at, text: String(value) } };
  const read = cellAsNumber(value);
  if (read === null) return {};
  if (typeof read !== "number") return { problem: { ...read, at } };
  if (read < 0) return { problem: { code: "negative", at, value: read } };
  return { value: read };
}

/** Where each field sits in the grid (its first column), or the mapping's own issues. */
export function fieldColumns(
  mapping: ColumnMapping,
  firstCol: number,
): { columns: Partial<Record<ColumnField, number>>; issues: GridIssue[] } {
  const columns: Partial<Record<ColumnField, number>> = {};
  const issues: GridIssue[] = [];
  for (const field of COLUMN_FIELDS) {
    const at = mapping.flatMap((mapped, index) => (mapped === field ? [index] : []));
    if (at.length > 1) {
      issues.push({ kind: "duplicateColumn", field, columns: at.map((c) => columnLetters(firstCol + c)) });
    }
    if (at[0] !== undefined) columns[field] = at[0];
  }
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] === undefined) issues.push({ kind: "missingColumn", field });
  }
  return { columns, issues };
}

/** Reads the municipality rows (every row after the header) with the given column mapping. */
export function readGrid(grid: Grid, mapping: ColumnMapping): GridRead {
  const { columns, issues } = fieldColumns(mapping, grid.col);
  const municipalities: RowDraft[] = [];
  const sheetRows: number[] = [];
  const skipped: SkippedRow[] = [];
  if (issues.length > 0) return { municipalities, sheetRows, issues, skipped };

  const nameColumn = columns.name as number;
  let rows = 0;
  for (let r = 1; r < grid.values.length; r++) {
    const cells = grid.values[r] as readonly unknown[];
    if (cells.every(isBlankCell)) continue;
    const sheetRow = grid.row + r;
    // Every row but a total is a municipality (or a mistake in one): past the limit, stop reading.
    if (!isAggregateRow(String(cells[nameColumn] ?? "")) && ++rows > MAX_MUNICIPALITIES) {
      const at = a1(sheetRow, grid.col + nameColumn);
      return {
        municipalities,
        sheetRows,
        issues: [{ kind: "tooManyRows", at, limit: MAX_MUNICIPALITIES }],
        skipped,
      };
    }
    const municipality: RowDraft = {};
    let rowHasData = false;
    for (const [field, c] of Object.entries(columns) as [ColumnField, number][]) {
      const value = cells[c];
      const at = a1(sheetRow, grid.col + c);
      if (field === "name") {
        // A name is user text whatever Excel typed it as (a municipality code 091 is still a name).
        if (!isBlankCell(value)) municipality.name = memberName(String(value));
        continue;
      }
      if (field === "code") {
        // Text too: Excel may hold "049" as the number 49 (src/domain/members.ts municipalityCodeText).
        const code = municipalityCodeText(value);
        if (code !== undefined) municipality.code = code;
        continue;
      }
      const read = readCount(value, at, grid.errors?.[r]?.[c] === true);
      if (read.problem) issues.push({ kind: "cell", problem: read.problem });
      if (read.value !== undefined) municipality[field] = read.value;
      if (!isBlankCell(value)) rowHasData = true;
    }
    const nameAt = a1(sheetRow, grid.col + (columns.name as number));
    if (municipality.name === undefined) {
      if (rowHasData) issues.push({ kind: "emptyName", at: nameAt });
      continue;
    }
    // Users often select their sheet's total row too: it is never a member.
    if (isAggregateRow(String(cells[columns.name as number]))) {
      skipped.push({ at: nameAt, text: String(cells[columns.name as number]).trim() });
      continue;
    }
    municipalities.push(municipality);
    sheetRows.push(sheetRow);
  }
  if (municipalities.length === 0 && issues.length === 0) issues.push({ kind: "noRows" });
  return { municipalities, sheetRows, issues, skipped };
}

/** The cell of a municipality's field, for an input-model issue at municipalities[index][field]. */
export function cellOfField(
  grid: Grid,
  read: GridRead,
  mapping: ColumnMapping,
  index: number,
  field: string,
): string | undefined {
  const row = read.sheetRows[index];
  const col = mapping.indexOf(field as ColumnField);
  if (row === undefined) return undefined;
  return col >= 0 ? a1(row, grid.col + col) : a1(row, grid.col);
}
