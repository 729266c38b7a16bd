import type { RangeRef, SheetPlan, ValidationPlan } from "../sheets/plan";
import { rangeA1 } from "../sheets/refs";

/**
 * Where a dropdown's list comes from. Excel stores a short list inline in the validation formula
 * ("Kokonaan,Pääasiassa"), but that formula may hold at most 255 characters, uses "," as the item
 * separator and trims spaces. A list that does not fit goes to a hidden column of the same sheet,
 * right of everything the plan uses, and the validation refers to that range. Both adapters place
 * lists with this function, so a workbook from Excel and one from the CLI agree.
 */
export type ListSource =
  | { readonly kind: "inline"; readonly formula: string }
  | { readonly kind: "range"; readonly range: RangeRef; readonly formula: string };

export interface ListPlacement {
  readonly validation: ValidationPlan;
  readonly source: ListSource;
}

/** Excel's limit on a list written into the validation itself (MS-XLSX, and Excel's own dialog). */
export const INLINE_LIST_LIMIT = 255;

/** The inline formula `"a,b,c"`, or null when the items cannot be written inline faithfully. */
export function inlineListFormula(list: readonly string[]): string | null {
  const faithful = list.every((item) => item !== "" && !/[,"]/.test(item) && item.trim() === item);
  const joined = list.join(",");
  return faithful && joined.length <= INLINE_LIST_LIMIT ? `"${joined}"` : null;
}

/** The number of rows and columns the plan uses, counting every block, format, table and name. */
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
  for (const { col } of sheet.columnWidths) cols = Math.max(cols, col + 1);
  return { rows, cols };
}

/** Each validation of the sheet with its list source; range lists get one hidden column each. */
export function placeLists(sheet: SheetPlan): ListPlacement[] {
  let nextCol = usedExtent(sheet).cols + 1;
  return sheet.validations.map((validation) => {
    const formula = inlineListFormula(validation.list);
    if (formula !== null) return { validation, source: { kind: "inline", formula } };
    const range = { row: 0, col: nextCol++, rows: validation.list.length, cols: 1 };
    return { validation, source: { kind: "range", range, formula: rangeA1(range, true) } };
  });
}
