import type { RangeRef, SheetPlan } from "../sheets/plan";

/**
 * Queues the sheet's print settings on `worksheet.pageLayout` (ExcelApi 1.9): A4, the plan's
 * orientation, one page wide and as many tall as needed (`verticalFitToPages` 0, as the .xlsx
 * `fitToHeight="0"`), the print area, the repeated header row, and the header and footer in Excel's
 * codes. The caller queues it only where the host has ExcelApi 1.9 (docs/excel.md#printing).
 */
export function queuePrint(
  sheet: SheetPlan,
  worksheet: Excel.Worksheet,
  at: (range: RangeRef) => Excel.Range,
): void {
  const print = sheet.print;
  if (!print) return;
  const layout = worksheet.pageLayout;
  layout.paperSize = print.paper;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: 0 };
  layout.setPrintArea(at(print.area));
  const { row, rows } = print.titleRows;
  layout.setPrintTitleRows(`$${row + 1}:$${row + rows}`);
  const page = layout.headersFooters.defaultForAllPages;
  page.leftHeader = print.header.left;
  page.centerHeader = print.header.center;
  page.rightHeader = print.header.right;
  page.leftFooter = print.footer.left;
  page.centerFooter = print.footer.center;
  page.rightFooter = print.footer.right;
}
