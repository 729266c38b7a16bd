import { WEIGHT_TOLERANCE } from "../domain/costShare";
import type { RangeRef } from "./plan";

/**
 * References inside generated formulas: A1 addresses, quoted sheet names, structured references
 * and string literals. Every formula of every sheet builds its references here, so quoting and
 * escaping rules live in one place.
 */

/** Excel's grid: 1 048 576 rows × 16 384 columns (A…XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column index ${col}`);
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export interface Anchoring {
  /** `$` before the column letters. */
  readonly col?: boolean;
  /** `$` before the row number. */
  readonly row?: boolean;
}

/** A1 address of a 0-based cell; `abs` pins column and/or row with `$`. */
export function a1(row: number, col: number, abs: Anchoring | boolean = false): string {
  const pin = typeof abs === "boolean" ? { col: abs, row: abs } : abs;
  return `${pin.col ? "$" : ""}${columnLetters(col)}${pin.row ? "$" : ""}${row + 1}`;
}

/** A1 address of a range, e.g. B5:B12 (a single cell stays B5). */
export function rangeA1(range: RangeRef, abs = false): string {
  const start = a1(range.row, range.col, abs);
  if (range.rows === 1 && range.cols === 1) return start;
  return `${start}:${a1(range.row + range.rows - 1, range.col + range.cols - 1, abs)}`;
}

/**
 * A sheet name as a formula prefix. Always quoted, with embedded apostrophes doubled, because
 * names such as "Kunnat (2)", "Henkilöstötaulukko" or one that looks like a cell ("A1") need it and
 * Excel and LibreOffice both accept quotes around any name.
 */
export const quoteSheet = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** A reference to a cell or range on another sheet: 'Kunnat (2)'!$B$3. */
export const onSheet = (sheet: string, address: string): string => `${quoteSheet(sheet)}!${address}`;

/** `'Kunnat'!$C$5:$C$9` — what a workbook-scoped defined name or a list source refers to. */
export const sheetRange = (sheet: string, range: RangeRef): string => onSheet(sheet, rangeA1(range, true));

/**
 * A column name inside a structured reference. Excel's grammar (MS-OE376 §3.2.3.1.1) escapes
 * ' [ ] # with a leading apostrophe; every other character is literal inside the inner brackets.
 */
export const escapeColumn = (column: string): string => column.replace(/['[\]#]/g, "'$&");

/** The whole data column of a table: `Kunnat[[Työvoima]]`. */
export const tableColumn = (table: string, column: string): string => `${table}[[${escapeColumn(column)}]]`;

/**
 * The current row's cell of a table column: `Kunnat[[#This Row],[Työvoima]]`. Written out in full
 * rather than as `[@Työvoima]`, a short form LibreOffice does not recalculate.
 */
export const thisRow = (table: string, column: string): string =>
  `${table}[[#This Row],[${escapeColumn(column)}]]`;

/**
 * A string literal inside a formula. Excel limits literals to 255 characters; a longer one is a
 * programming error in a catalog, caught here rather than as a broken workbook.
 */
export function textLiteral(text: string): string {
  if (text.length > 255) throw new RangeError(`formula text longer than 255 characters: ${text}`);
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A number inside a formula, written out without an exponent (1e-9 → 0.000000001): Excel reads
 * "1E-09" too, but the plain decimal is what a user typing the formula would write.
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * The formula test of src/domain/costShare.ts's `sumsToOne`: a sum of weights or shares counts
 * as 100 % within the domain's tolerance.
 */
export const sumsToOneTest = (cell: string): string => `ABS(${cell}-1)<=${numberLiteral(WEIGHT_TOLERANCE)}`;

/** A range of `rows` × `cols` cells starting at (row, col). */
export const range = (row: number, col: number, rows = 1, cols = 1): RangeRef => ({ row, col, rows, cols });
