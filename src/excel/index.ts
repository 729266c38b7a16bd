/** The Office.js adapter: writes workbook plans into the open workbook (docs/excel.md). */
export { ExcelTarget, type ExcelRun, type ExcelTargetOptions } from "./target";
export { ExcelTargetError } from "./errors";
export { API_USES, REQUIRED_SETS, describeMissingRequirements, missingRequirements } from "./requirements";
export { asEnteredText } from "./cells";
export { columnWidthPoints } from "./write";
