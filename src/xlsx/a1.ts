import type { RangeRef } from "../sheets/plan";

/** Excel's grid: 1 048 576 rows × 16 384 columns (A…XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Column letters of a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "B3" for row 2, column 1 (0-based). */
export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** "$B$3" — absolute, as defined names and validation sources want it. */
export const absoluteAddress = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;

/** "B3:D9", or "B3" for a single cell. */
export function rangeAddress(range: RangeRef): string {
  const topLeft = cellAddress(range.row, range.col);
  if (range.rows === 1 && range.cols === 1) return topLeft;
  return `${topLeft}:${cellAddress(range.row + range.rows - 1, range.col + range.cols - 1)}`;
}

/** "$B$3:$D$9", or "$B$3" for a single cell. */
export function absoluteRangeAddress(range: RangeRef): string {
  const topLeft = absoluteAddress(range.row, range.col);
  if (range.rows === 1 && range.cols === 1) return topLeft;
  return `${topLeft}:${absoluteAddress(range.row + range.rows - 1, range.col + range.cols - 1)}`;
}

/**
 * A sheet name as a formula or defined name refers to it: always quoted, quotes doubled
 * (`'Kunnat (2)'`, `'Kuntien ''lista'''`), which Excel and LibreOffice accept for any name.
 */
export const quotedSheetName = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** `'Kunnat'!$C$5:$C$9` — what a workbook-scoped defined name refers to. */
export const sheetRangeReference = (sheet: string, range: RangeRef): string =>
  `${quotedSheetName(sheet)}!${absoluteRangeAddress(range)}`;
