import type { RangeRef, SheetPlan, ValidationPlan } from "../plan";
import { rangeA1 } from "../refs";
import { usedExtent } from "./extent";

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
