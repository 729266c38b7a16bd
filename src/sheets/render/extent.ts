import type { RangeRef, SheetPlan } from "../plan";

/** The number of rows and columns the plan uses, counting every block, format, table, name and chart. */
export function usedExtent(sheet: SheetPlan): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const cover = (range: RangeRef) => {
    rows = Math.max(rows, range.row + range.rows);
    cols = Math.max(cols, range.col + range.cols);
  };
  for (const block of sheet.blocks) {
    cover({ row: block.row, col: block.col, rows: block.cells.length, cols: block.cells[0]?.length ?? 0 });
  }
  for (const item of [...sheet.formats, ...sheet.tables, ...sheet.names, ...sheet.validations]) {
    cover(item.range);
  }
  for (const { anchor } of sheet.charts ?? []) cover(anchor);
  for (const { col } of sheet.columnWidths) cols = Math.max(cols, col + 1);
  return { rows, cols };
}
