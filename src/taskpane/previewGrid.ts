import type { Cell, CellStyle, SheetPlan } from "../sheets/plan";

/** A sheet plan laid out as the rows and columns a preview table shows. */
export interface PreviewGrid {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly Cell[])[];
  readonly styles: readonly (readonly (CellStyle | undefined)[])[];
}

/** Later blocks and formats win over earlier ones where they overlap, as when the adapters write them. */
export function previewGrid(sheet: SheetPlan): PreviewGrid {
  let rows = 0;
  let cols = 0;
  for (const block of sheet.blocks) {
    rows = Math.max(rows, block.row + block.cells.length);
    for (const line of block.cells) cols = Math.max(cols, block.col + line.length);
  }
  const cells: Cell[][] = Array.from({ length: rows }, () => Array<Cell>(cols).fill(null));
  const styles: (CellStyle | undefined)[][] = Array.from({ length: rows }, () =>
    Array<CellStyle | undefined>(cols).fill(undefined),
  );
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        (cells[block.row + r] as Cell[])[block.col + c] = cell;
      }),
    );
  }
  for (const format of sheet.formats) {
    if (!format.style) continue;
    const { row, col } = format.range;
    for (let r = row; r < Math.min(rows, row + format.range.rows); r++) {
      for (let c = col; c < Math.min(cols, col + format.range.cols); c++) {
        (styles[r] as (CellStyle | undefined)[])[c] = format.style;
      }
    }
  }
  return { rows, cols, cells, styles };
}
