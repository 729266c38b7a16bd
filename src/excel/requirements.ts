import type { Lang } from "../i18n/lang";
import { excelMessages } from "../i18n/excel";

/**
 * Every Office.js member the adapter uses, with the requirement set that introduced it (from the
 * `[Api set: …]` remarks of @types/office-js; test/excel/requirements.test.ts checks both that the
 * sets match and that no member used in src/excel/ is missing here). docs/excel.md prints it.
 */
export const API_USES: readonly {
  readonly member: string;
  readonly set: `ExcelApi ${string}`;
  /** Used only where the host supports its set (`isSetSupported`); the adapter works without it. */
  readonly optional?: true;
}[] = [
  { member: "RequestContext.workbook", set: "ExcelApi 1.1" },
  { member: "RequestContext.application", set: "ExcelApi 1.1" },
  { member: "RequestContext.sync", set: "ExcelApi 1.1" },
  { member: "Workbook.worksheets", set: "ExcelApi 1.1" },
  { member: "Workbook.tables", set: "ExcelApi 1.1" },
  { member: "Workbook.names", set: "ExcelApi 1.1" },
  { member: "Workbook.getSelectedRange", set: "ExcelApi 1.1" },
  { member: "WorksheetCollection.items", set: "ExcelApi 1.1" },
  { member: "WorksheetCollection.load", set: "ExcelApi 1.1" },
  { member: "WorksheetCollection.add", set: "ExcelApi 1.1" },
  { member: "WorksheetCollection.getItem", set: "ExcelApi 1.1" },
  { member: "WorksheetCollection.getItemOrNullObject", set: "ExcelApi 1.4" },
  { member: "WorksheetCollection.getActiveWorksheet", set: "ExcelApi 1.1" },
  { member: "Worksheet.name", set: "ExcelApi 1.1" },
  { member: "Worksheet.load", set: "ExcelApi 1.1" },
  { member: "Worksheet.isNullObject", set: "ExcelApi 1.1" },
  { member: "Worksheet.tables", set: "ExcelApi 1.1" },
  { member: "Worksheet.activate", set: "ExcelApi 1.1" },
  { member: "Worksheet.delete", set: "ExcelApi 1.1" },
  { member: "Worksheet.getRangeByIndexes", set: "ExcelApi 1.7" },
  { member: "Worksheet.freezePanes", set: "ExcelApi 1.7" },
  { member: "WorksheetFreezePanes.freezeAt", set: "ExcelApi 1.7" },
  { member: "WorksheetFreezePanes.freezeRows", set: "ExcelApi 1.7" },
  { member: "WorksheetFreezePanes.freezeColumns", set: "ExcelApi 1.7" },
  { member: "Range.load", set: "ExcelApi 1.1" },
  { member: "Range.isNullObject", set: "ExcelApi 1.1" },
  { member: "Range.address", set: "ExcelApi 1.1" },
  { member: "Range.rowIndex", set: "ExcelApi 1.1" },
  { member: "Range.columnIndex", set: "ExcelApi 1.1" },
  { member: "Range.values", set: "ExcelApi 1.1" },
  { member: "Range.valueTypes", set: "ExcelApi 1.1" },
  { member: "Range.formulas", set: "ExcelApi 1.1" },
  { member: "Range.numberFormat", set: "ExcelApi 1.1" },
  { member: "Range.format", set: "ExcelApi 1.1" },
  { member: "Range.columnHidden", set: "ExcelApi 1.2" },
  { member: "Range.getUsedRangeOrNullObject", set: "ExcelApi 1.4" },
  { member: "Range.dataValidation", set: "ExcelApi 1.8" },
  { member: "RangeFormat.font", set: "ExcelApi 1.1" },
  { member: "RangeFormat.fill", set: "ExcelApi 1.1" },
  { member: "RangeFormat.borders", set: "ExcelApi 1.1" },
  { member: "RangeFormat.wrapText", set: "ExcelApi 1.1" },
  { member: "RangeFormat.verticalAlignment", set: "ExcelApi 1.1" },
  { member: "RangeFormat.columnWidth", set: "ExcelApi 1.2" },
  { member: "RangeFormat.autofitRows", set: "ExcelApi 1.2" },
  { member: "RangeFont.bold", set: "ExcelApi 1.1" },
  { member: "RangeFont.italic", set: "ExcelApi 1.1" },
  { member: "RangeFont.size", set: "ExcelApi 1.1" },
  { member: "RangeFont.color", set: "ExcelApi 1.1" },
  { member: "RangeFill.color", set: "ExcelApi 1.1" },
  { member: "RangeFill.clear", set: "ExcelApi 1.1" },
  { member: "RangeBorderCollection.getItem", set: "ExcelApi 1.1" },
  { member: "RangeBorder.style", set: "ExcelApi 1.1" },
  { member: "RangeBorder.weight", set: "ExcelApi 1.1" },
  { member: "RangeBorder.color", set: "ExcelApi 1.1" },
  { member: "TableCollection.items", set: "ExcelApi 1.1" },
  { member: "TableCollection.load", set: "ExcelApi 1.1" },
  { member: "TableCollection.add", set: "ExcelApi 1.1" },
  { member: "Table.name", set: "ExcelApi 1.1" },
  { member: "Table.style", set: "ExcelApi 1.1" },
  { member: "Table.getRange", set: "ExcelApi 1.1" },
  { member: "NamedItemCollection.items", set: "ExcelApi 1.1" },
  { member: "NamedItemCollection.load", set: "ExcelApi 1.1" },
  { member: "NamedItemCollection.add", set: "ExcelApi 1.4" },
  { member: "NamedItemCollection.getItemOrNullObject", set: "ExcelApi 1.4" },
  { member: "NamedItem.name", set: "ExcelApi 1.1" },
  { member: "NamedItem.isNullObject", set: "ExcelApi 1.1" },
  { member: "NamedItem.delete", set: "ExcelApi 1.4" },
  { member: "DataValidation.rule", set: "ExcelApi 1.8" },
  { member: "DataValidation.ignoreBlanks", set: "ExcelApi 1.8" },
  { member: "DataValidation.errorAlert", set: "ExcelApi 1.8" },
  { member: "Application.calculationMode", set: "ExcelApi 1.1" },
  { member: "Worksheet.charts", set: "ExcelApi 1.1" },
  { member: "ChartCollection.add", set: "ExcelApi 1.1" },
  { member: "Chart.series", set: "ExcelApi 1.1" },
  { member: "Chart.title", set: "ExcelApi 1.1" },
  { member: "Chart.legend", set: "ExcelApi 1.1" },
  { member: "Chart.axes", set: "ExcelApi 1.1" },
  { member: "Chart.setPosition", set: "ExcelApi 1.1" },
  { member: "ChartSeriesCollection.getItemAt", set: "ExcelApi 1.1" },
  { member: "ChartSeriesCollection.add", set: "ExcelApi 1.7" },
  { member: "ChartSeries.name", set: "ExcelApi 1.1" },
  { member: "ChartSeries.setValues", set: "ExcelApi 1.7" },
  { member: "ChartSeries.setXAxisValues", set: "ExcelApi 1.7" },
  { member: "ChartTitle.text", set: "ExcelApi 1.1" },
  { member: "ChartLegend.position", set: "ExcelApi 1.1" },
  { member: "ChartAxes.valueAxis", set: "ExcelApi 1.1" },
  { member: "ChartAxis.numberFormat", set: "ExcelApi 1.8" },
  { member: "Application.load", set: "ExcelApi 1.1" },
  { member: "Worksheet.calculate", set: "ExcelApi 1.6" },
  { member: "Range.conditionalFormats", set: "ExcelApi 1.6" },
  { member: "ConditionalFormatCollection.add", set: "ExcelApi 1.6" },
  { member: "ConditionalFormat.custom", set: "ExcelApi 1.6" },
  { member: "CustomConditionalFormat.rule", set: "ExcelApi 1.6" },
  { member: "CustomConditionalFormat.format", set: "ExcelApi 1.6" },
  { member: "ConditionalFormatRule.formula", set: "ExcelApi 1.6" },
  { member: "ConditionalRangeFormat.font", set: "ExcelApi 1.6" },
  { member: "ConditionalRangeFormat.fill", set: "ExcelApi 1.6" },
  { member: "ConditionalRangeFont.color", set: "ExcelApi 1.6" },
  { member: "ConditionalRangeFill.color", set: "ExcelApi 1.6" },
  { member: "Worksheet.pageLayout", set: "ExcelApi 1.9", optional: true },
  { member: "PageLayout.paperSize", set: "ExcelApi 1.9", optional: true },
  { member: "PageLayout.orientation", set: "ExcelApi 1.9", optional: true },
  { member: "PageLayout.zoom", set: "ExcelApi 1.9", optional: true },
  { member: "PageLayout.setPrintArea", set: "ExcelApi 1.9", optional: true },
  { member: "PageLayout.setPrintTitleRows", set: "ExcelApi 1.9", optional: true },
  { member: "PageLayout.headersFooters", set: "ExcelApi 1.9", optional: true },
  { member: "HeaderFooterGroup.defaultForAllPages", set: "ExcelApi 1.9", optional: true },
  { member: "HeaderFooter.leftHeader", set: "ExcelApi 1.9", optional: true },
  { member: "HeaderFooter.centerHeader", set: "ExcelApi 1.9", optional: true },
  { member: "HeaderFooter.rightHeader", set: "ExcelApi 1.9", optional: true },
  { member: "HeaderFooter.leftFooter", set: "ExcelApi 1.9", optional: true },
  { member: "HeaderFooter.centerFooter", set: "ExcelApi 1.9", optional: true },
  { member: "HeaderFooter.rightFooter", set: "ExcelApi 1.9", optional: true },
];

const versionOf = (set: string): number[] =>
  set
    .replace(/^ExcelApi /, "")
    .split(".")
    .map(Number);
const newer = (a: string, b: string): boolean => {
  const [am = 0, an = 0] = versionOf(a);
  const [bm = 0, bn = 0] = versionOf(b);
  return am !== bm ? am > bm : an > bn;
};

/** The requirement sets the adapter needs, oldest first: "ExcelApi 1.1" … "ExcelApi 1.8". */
export const REQUIRED_SETS: readonly string[] = [
  ...new Set(API_USES.filter((use) => !use.optional).map((use) => use.set)),
].sort((a, b) => (newer(a, b) ? 1 : newer(b, a) ? -1 : 0));

/** Page layout (print settings, headers and footers): written only where the host has it. */
export const PAGE_LAYOUT_SET = "ExcelApi 1.9";

/** What `Office.context.requirements` offers; a parameter so that tests can pass their own. */
export interface RequirementSupport {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function officeRequirements(): RequirementSupport | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.requirements;
}

/** Whether this Excel can take the sheets' print settings (`Worksheet.pageLayout`, ExcelApi 1.9). */
export function supportsPageLayout(requirements = officeRequirements()): boolean {
  const [name = "", version] = PAGE_LAYOUT_SET.split(" ");
  return requirements?.isSetSupported(name, version) ?? false;
}

/**
 * The requirement sets this Excel lacks, e.g. ["ExcelApi 1.7", "ExcelApi 1.8"]; empty when the
 * adapter can run. Outside Office every set is missing.
 */
export function missingRequirements(requirements = officeRequirements()): string[] {
  return REQUIRED_SETS.filter((set) => {
    const [name = "", version] = set.split(" ");
    return !requirements?.isSetSupported(name, version);
  });
}

/** The sentence the pane shows when sets are missing, in the user's language. */
export const describeMissingRequirements = (lang: Lang, missing: readonly string[]): string =>
  excelMessages[lang].missingRequirements(missing);
