import { COLUMN_FIELDS, type ColumnField } from "../domain/columns";
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
  | { readonly kind: "missingColumn"; readonly field: "name" | "labourForce" }
  | { readonly kind: "duplicateColumn"; readonly field: ColumnField; readonly columns: readonly string[] }
  | { readonly kind: "emptyName"; readonly at: string }
  | { readonly kind: "totalRow"; readonly at: string; readonly text: string };

export interface GridRead {
  readonly municipalities: readonly RowDraft[];
  /** Sheet row (0-based) of each municipality, to point the input model's issues back at cells. */
  readonly sheetRows: readonly number[];
  readonly issues: readonly GridIssue[];
}

const EXCEL_ERRORS =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** Users often select their sheet's totals row too; it must not count as a municipality. */
const TOTAL_ROW = /^(yhteensä|yht\.?|kaikki|summa|totalt|summa totalt|sammanlagt|total|totals|sum)$/i;

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** A count cell: a finite number ≥ 0; blank = not given; anything else is a located problem. */
function readCount(value: unknown, at: string, isError: boolean): { value?: number; problem?: Problem } {
  if (isError) return { problem: { code: "errorValue", at, text: String(value) } };
  if (isBlank(value)) return {};
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { problem: { code: "notFinite", at } };
    if (value < 0) return { problem: { code: "negative", at, value } };
    return { value };
  }
  if (typeof value === "boolean") return { problem: { code: "boolean", at, value } };
  const text = String(value).trim();
  if (EXCEL_ERRORS.test(text)) return { problem: { code: "errorValue", at, text } };
  return { problem: { code: "notNumber", at, text } };
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
  if (columns.name === undefined) issues.push({ kind: "missingColumn", field: "name" });
  if (columns.labourForce === undefined) issues.push({ kind: "missingColumn", field: "labourForce" });
  return { columns, issues };
}

/** Reads the municipality rows (every row after the header) with the given column mapping. */
export function readGrid(grid: Grid, mapping: ColumnMapping): GridRead {
  const { columns, issues } = fieldColumns(mapping, grid.col);
  const municipalities: RowDraft[] = [];
  const sheetRows: number[] = [];
  if (issues.length > 0) return { municipalities, sheetRows, issues };

  grid.values.forEach((cells, r) => {
    if (r === 0 || cells.every(isBlank)) return;
    const sheetRow = grid.row + r;
    const municipality: RowDraft = {};
    let rowHasData = false;
    for (const [field, c] of Object.entries(columns) as [ColumnField, number][]) {
      const value = cells[c];
      const at = a1(sheetRow, grid.col + c);
      if (field === "name") {
        // A name is user text whatever Excel typed it as (a municipality code 091 is still a name).
        if (!isBlank(value)) municipality.name = String(value).trim();
        continue;
      }
      const read = readCount(value, at, grid.errors?.[r]?.[c] === true);
      if (read.problem) issues.push({ kind: "cell", problem: read.problem });
      if (read.value !== undefined) municipality[field] = read.value;
      if (!isBlank(value)) rowHasData = true;
    }
    const nameAt = a1(sheetRow, grid.col + (columns.name as number));
    if (municipality.name === undefined) {
      if (rowHasData) issues.push({ kind: "emptyName", at: nameAt });
      return;
    }
    if (TOTAL_ROW.test(municipality.name)) {
      issues.push({ kind: "totalRow", at: nameAt, text: municipality.name });
      return;
    }
    municipalities.push(municipality);
    sheetRows.push(sheetRow);
  });
  if (municipalities.length === 0 && issues.length === 0) issues.push({ kind: "noRows" });
  return { municipalities, sheetRows, issues };
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
