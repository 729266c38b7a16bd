import type { AreaInput } from "../domain/model";
import type { Lang } from "../i18n/lang";
import { printTexts } from "../i18n/print";
import { sheetTexts } from "../i18n/sheets";
import { buildBudget } from "./budget";
import type { SheetContext } from "./context";
import { DEFINED_NAMES, NAMES_OF_SHEET, TABLE_NAMES } from "./contract";
import { buildCostSplit } from "./costSplit";
import { buildMunicipalities } from "./municipalities";
import { EMPTY_WORKBOOK, type ExistingNames, resolveNaming } from "./naming";
import { SHEET_KEYS, type SheetKey, type SheetPlan, type WorkbookPlan } from "./plan";
import { printPlan } from "./print";
import { buildServices } from "./services";
import { buildStaffing } from "./staffing";

export interface WorkbookPlanOptions {
  readonly lang: Lang;
  /** What the target workbook already holds; nothing of it is reused or overwritten. */
  readonly existing?: ExistingNames;
  /** Sheets to generate (default all); Kunnat is always included, the others refer to it. */
  readonly sheets?: readonly SheetKey[];
}

const BUILDERS: Readonly<Record<SheetKey, (ctx: SheetContext) => SheetPlan>> = {
  municipalities: buildMunicipalities,
  costSplit: buildCostSplit,
  budget: buildBudget,
  staffing: buildStaffing,
  services: buildServices,
};

/** The sheets a generation writes, in workbook order, Kunnat first. */
export function selectedSheets(sheets: readonly SheetKey[] = SHEET_KEYS): SheetKey[] {
  return SHEET_KEYS.filter((key) => key === "municipalities" || sheets.includes(key));
}

/** Every defined name and table name the selected sheets create, before suffixing. */
export function nameBases(sheets: readonly SheetKey[]): string[] {
  return sheets.flatMap((key) => [
    ...NAMES_OF_SHEET[key].names,
    ...NAMES_OF_SHEET[key].tables.map((table) => TABLE_NAMES[table]),
  ]);
}

/**
 * The whole generated workbook as data (docs/sheets.md). `input` is already parsed and validated
 * with its defaults filled in (src/domain/model.ts). Sheet names step around existing sheets
 * ("Kunnat (2)"); all names and tables of this generation share one suffix ("", "_2", …).
 */
export function buildWorkbookPlan(input: AreaInput, options: WorkbookPlanOptions): WorkbookPlan {
  const keys = selectedSheets(options.sheets);
  const texts = sheetTexts[options.lang];
  const naming = resolveNaming(
    options.lang,
    texts.sheetNames,
    nameBases(keys),
    options.existing ?? EMPTY_WORKBOOK,
  );
  const ctx: SheetContext = { input, texts, naming };
  const withPrint = (sheet: SheetPlan): SheetPlan => ({
    ...sheet,
    print: printPlan(sheet, ctx, printTexts[options.lang]),
  });
  return { sheets: keys.map((key) => withPrint(BUILDERS[key](ctx))) };
}

export { DEFINED_NAMES, TABLE_NAMES };
