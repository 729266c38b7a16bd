/**
 * The ExcelJS adapter: writes a workbook plan (src/sheets/plan.ts) as an .xlsx file, for the pane's
 * standalone download (loaded with a dynamic import) and the CLI. No Node-only module is imported.
 */
export { planToWorkbook, writeXlsx } from "./workbook";
export { toFileFormula } from "./formulas";
export { StandaloneTarget, NoSelectionError } from "./target";
