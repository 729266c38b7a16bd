/**
 * What the two adapters share when they render a plan — the Office.js one (src/excel) and the
 * ExcelJS one (src/xlsx) — so that a workbook generated in Excel and a file from the CLI agree.
 * Neither adapter imports the other; both import this.
 */
export { PlanError, assertWritable, isValidName, planProblems } from "./check";
export { usedExtent } from "./extent";
export {
  POST_2019_FUNCTIONS,
  formulaTokens,
  functionsIn,
  usesAtShorthand,
  type FormulaToken,
} from "./formulas";
export {
  INLINE_LIST_LIMIT,
  inlineListFormula,
  placeLists,
  type ListPlacement,
  type ListSource,
} from "./lists";
export { DEFAULT_FONT, STYLE_LOOK, type BorderLook, type Look } from "./looks";
export { TONE_LOOK, type ToneLook } from "./conditional";
export { HEADER_FOOTER_LIMIT, headerFooterCode } from "./print";
