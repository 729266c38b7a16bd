import ExcelJS from "exceljs";
import { isFormula, type Cell, type SheetPlan, type WorkbookPlan } from "../sheets/plan";
import { MAX_COLS, a1, rangeA1, sheetRange } from "../sheets/refs";
import { assertWritable, placeLists } from "../sheets/render";
import { addCharts } from "./charts";
import { renderChecks } from "./conditional";
import { toFileFormula } from "./formulas";
import { renderPrint } from "./print";
import { excelStyle, type CellFormat } from "./styles";

/**
 * Text as the file must spell it. Excel reads "_xHHHH_" in text as an escaped character, so a
 * user's literal "_x0041_" would show as "A"; its underscore is escaped as "_x005F_" (ECMA-376
 * ST_Xstring), which Excel, LibreOffice and ExcelJS all read back as the original text. A lookahead,
 * so that in "_x005f_x0041_" the underscore shared by two escapes is escaped once for each.
 */
export const fileText = (text: string): string => text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_");

/** The cell value ExcelJS writes: a string stays a string (t="s"), never a formula. */
function cellValue(cell: Exclude<Cell, null>): ExcelJS.CellValue {
  if (typeof cell === "string") return fileText(cell);
  return isFormula(cell) ? { formula: toFileFormula(cell.formula) } : cell;
}

const key = (row: number, col: number): number => row * MAX_COLS + col;

/**
 * Each formatted cell's final format — later formats of the plan override earlier ones, per
 * property — as an index into the sheet's few distinct formats (a sheet has thousands of formatted
 * cells but a handful of formats; interning keeps this pass allocation-free per cell).
 */
function formatGrid(sheet: SheetPlan): { formats: CellFormat[]; cells: Map<number, number> } {
  const formats: CellFormat[] = [];
  const cells = new Map<number, number>();
  /** (format index before, plan format applied) → format index after. */
  const merged = new Map<number, number>();
  const planFormats = sheet.formats.length;
  sheet.formats.forEach(({ range, numberFormat, style, wrap }, f) => {
    for (let row = range.row; row < range.row + range.rows; row++) {
      for (let col = range.col; col < range.col + range.cols; col++) {
        const previous = cells.get(key(row, col)) ?? -1;
        const mergeKey = (previous + 1) * planFormats + f;
        let index = merged.get(mergeKey);
        if (index === undefined) {
          const before = formats[previous];
          index =
            formats.push({
              numberFormat: numberFormat ?? before?.numberFormat,
              style: style ?? before?.style,
              wrap: wrap ?? before?.wrap,
            }) - 1;
          merged.set(mergeKey, index);
        }
        cells.set(key(row, col), index);
      }
    }
  });
  return { formats, cells };
}

/** ExcelJS 4.4 has `worksheet.dataValidations` (range addresses allowed) but its typings lack it. */
interface DataValidationsOf {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): void {
  const { freeze } = sheet;
  const frozen = freeze && (freeze.rows > 0 || freeze.cols > 0);
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: frozen ? [{ state: "frozen", xSplit: freeze.cols, ySplit: freeze.rows }] : [],
  });
  const at = (row: number, col: number) => worksheet.getRow(row + 1).getCell(col + 1);

  for (const { col, width } of sheet.columnWidths) worksheet.getColumn(col + 1).width = width;
  for (const { row, height } of sheet.rowHeights ?? []) worksheet.getRow(row + 1).height = height;

  // Blocks in plan order, so a later block wins where blocks overlap; null leaves a cell alone.
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) => {
      const row = worksheet.getRow(block.row + i + 1);
      cells.forEach((cell, j) => {
        if (cell !== null) row.getCell(block.col + j + 1).value = cellValue(cell);
      });
    });
  }

  // One style object per distinct format, shared by its cells and never mutated; ExcelJS turns
  // equal styles into one xf.
  const formatted = formatGrid(sheet);
  const styles = formatted.formats.map(excelStyle);
  for (const [position, format] of formatted.cells) {
    at(Math.floor(position / MAX_COLS), position % MAX_COLS).style = styles[format] as Partial<ExcelJS.Style>;
  }
  // A row made tall for wrapped text reads from the top, every cell of it (a fresh style object
  // per cell: the formatted ones share theirs).
  for (const { row } of sheet.rowHeights ?? []) {
    worksheet.getRow(row + 1).eachCell((cell) => {
      cell.style = { ...cell.style, alignment: { ...cell.style.alignment, vertical: "top" } };
    });
  }

  for (const table of sheet.tables) {
    const { row, col, rows, cols } = table.range;
    // ExcelJS's addTable writes the header and rows itself: hand it what the cells already hold.
    const values = (r: number) => Array.from({ length: cols }, (_, j) => at(r, col + j).value);
    worksheet.addTable({
      name: table.name,
      ref: a1(row, col),
      headerRow: true,
      totalsRow: false,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      // Header cells are checked to be unique text, so the column names equal them (Excel repairs
      // a table whose column names differ from its header cells).
      columns: values(row).map((header) => ({ name: header as string, filterButton: true })),
      rows: Array.from({ length: rows - 1 }, (_, i) => values(row + 1 + i)),
    });
  }

  for (const { name, range } of sheet.names) {
    workbook.definedNames.add(sheetRange(sheet.name, range), name);
  }

  for (const { validation, source } of placeLists(sheet)) {
    if (source.kind === "range") {
      validation.list.forEach(
        (item, i) => (at(source.range.row + i, source.range.col).value = fileText(item)),
      );
      worksheet.getColumn(source.range.col + 1).hidden = true;
    }
    (worksheet as unknown as DataValidationsOf).dataValidations.add(rangeA1(validation.range), {
      type: "list",
      allowBlank: true,
      formulae: [source.formula],
      showErrorMessage: true,
      errorStyle: "stop",
      ...(validation.errorMessage !== undefined && { error: validation.errorMessage }),
    });
  }

  renderChecks(worksheet, sheet.checks ?? []);
  if (sheet.print) renderPrint(worksheet, sheet.print);
}

/**
 * The plan as an ExcelJS workbook: every block, format, table, name, validation, width and pane.
 * Throws `PlanError` when the plan would make a file Excel repairs or cannot calculate.
 */
export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  assertWritable(plan);
  const workbook = new ExcelJS.Workbook();
  // Formulas are written without cached results: have Excel calculate them all on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) renderSheet(workbook, sheet);
  return workbook;
}

/** The workbook's .xlsx bytes. ExcelJS gives a Buffer in Node and a Buffer-like Uint8Array in its browser build. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer: ArrayBuffer | ArrayBufferView = await workbook.xlsx.writeBuffer();
  return ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
}

/** The plan as .xlsx file bytes, charts included (src/xlsx/charts.ts); works in Node and in the browser. */
export async function writeXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  return addCharts(await workbookBytes(planToWorkbook(plan)), plan);
}
