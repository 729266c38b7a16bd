import { formatByCode } from "../i18n/format";
import type { Lang } from "../i18n/lang";
import { isFormula, type Cell, type CellStyle, type SheetPlan } from "../sheets/plan";

/** A sheet plan laid out as the rows and columns a preview table shows. */
export interface PreviewGrid {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly Cell[])[];
  readonly styles: readonly (readonly (CellStyle | undefined)[])[];
  /** Each cell's number format code (NUMBER_FORMATS), where the plan gives one. */
  readonly numberFormats: readonly (readonly (string | undefined)[])[];
}

const table = <T>(rows: number, cols: number): (T | undefined)[][] =>
  Array.from({ length: rows }, () => Array<T | undefined>(cols).fill(undefined));

/** Later blocks and formats win over earlier ones where they overlap, as when the adapters write them. */
export function previewGrid(sheet: SheetPlan): PreviewGrid {
  let rows = 0;
  let cols = 0;
  for (const block of sheet.blocks) {
    rows = Math.max(rows, block.row + block.cells.length);
    for (const line of block.cells) cols = Math.max(cols, block.col + line.length);
  }
  const cells: Cell[][] = Array.from({ length: rows }, () => Array<Cell>(cols).fill(null));
  const styles = table<CellStyle>(rows, cols);
  const numberFormats = table<string>(rows, cols);
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        (cells[block.row + r] as Cell[])[block.col + c] = cell;
      }),
    );
  }
  for (const format of sheet.formats) {
    const { row, col } = format.range;
    for (let r = row; r < Math.min(rows, row + format.range.rows); r++) {
      for (let c = col; c < Math.min(cols, col + format.range.cols); c++) {
        if (format.style) (styles[r] as (CellStyle | undefined)[])[c] = format.style;
        if (format.numberFormat) (numberFormats[r] as (string | undefined)[])[c] = format.numberFormat;
      }
    }
  }
  return { rows, cols, cells, styles, numberFormats };
}

/** What a preview cell shows and how. */
export interface ShownCell {
  readonly text: string;
  /** A number (a figure or a formula's numeric value): right-aligned, as a sheet aligns it. */
  readonly numeric: boolean;
}

export interface ShowOptions {
  readonly lang: Lang;
  /** FALSE and TRUE in the language, as Excel shows them. */
  readonly booleans: readonly [string, string];
  /** Show formulas as their text instead of their values. */
  readonly formulas?: boolean;
}

/**
 * A cell as the sheet shows it: a formula by the value the plan computed for it (the domain's
 * figure, src/domain/figures.ts), numbers in the cell's number format. With `formulas`, formula
 * cells show their text, as Excel's "Show formulas" does; a formula without a value shows its text too.
 */
export function showCell(cell: Cell, numberFormat: string | undefined, options: ShowOptions): ShownCell {
  const value = isFormula(cell) ? (options.formulas ? cell.formula : (cell.value ?? cell.formula)) : cell;
  if (value === null) return { text: "", numeric: false };
  if (typeof value === "number")
    return { text: formatByCode(options.lang, value, numberFormat), numeric: true };
  if (typeof value === "boolean") return { text: options.booleans[value ? 1 : 0], numeric: false };
  return { text: value, numeric: false };
}

/**
 * Columns a row's only text spans: a title, the area's name or a note stands alone in column A and,
 * as in a sheet, reads across the empty cells to its right; 1 for every other cell.
 */
export function spanOf(line: readonly Cell[]): number {
  return line.length > 1 && typeof line[0] === "string" && line.slice(1).every((cell) => cell === null)
    ? line.length
    : 1;
}
