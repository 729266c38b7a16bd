import type ExcelJS from "exceljs";
import type { PrintPlan } from "../sheets/plan";
import { a1 } from "../sheets/refs";
import { headerFooterCode } from "../sheets/render";

/** ECMA-376 Part 1 §18.18.43 ST_PaperSize: 9 is A4 (210 × 297 mm). */
const PAPER_SIZE = { A4: 9 } as const;

/**
 * The plan's print settings as ExcelJS writes them: `<pageSetup>` with fit to `pagesWide` pages
 * across and 0 ("as many as needed") down, `<pageSetUpPr fitToPage>`, the print area and title rows
 * as the sheet's `_xlnm.Print_Area` and `_xlnm.Print_Titles` names, and `<headerFooter>`.
 */
export function renderPrint(worksheet: ExcelJS.Worksheet, print: PrintPlan): void {
  const { area, titleRows } = print;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER_SIZE[print.paper] as ExcelJS.PaperSize,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.pagesWide,
    fitToHeight: 0,
    // ExcelJS splits this at ":" and puts "$" before each half, so a one-cell area is still written
    // as a range and the rows come with their own "$": 'Kunnat'!$A$1:$H$14, as Excel writes it.
    printArea: `${a1(area.row, area.col, { row: true })}:${a1(area.row + area.rows - 1, area.col + area.cols - 1, { row: true })}`,
    printTitlesRow: `${titleRows.row + 1}:${titleRows.row + titleRows.rows}`,
  };
  worksheet.headerFooter = {
    oddHeader: headerFooterCode(print.header),
    oddFooter: headerFooterCode(print.footer),
  };
}
