import ExcelJS from "exceljs";
import { isFormula, type Cell, type SheetPlan, type WorkbookPlan } from "../sheets/plan";
import { cellAddress, MAX_COLS, rangeAddress, sheetRangeReference } from "./a1";
import { assertWritable } from "./check";
import { toFileFormula } from "./formulas";
import { excelStyle, type CellFormat } from "./styles";
import { placeLists } from "./validation";

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

/** The plan's cells by position; a later block wins where blocks overlap. */
function cellGrid(sheet: SheetPlan): Map<number, Exclude<Cell, null>> {
  const grid = new Map<number, Exclude<Cell, null>>();
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        if (cell !== null) grid.set(key(block.row + i, block.col + j), cell);
      }),
    );
  }
  return grid;
}

/** Each formatted cell's final format: later formats of the plan override earlier ones, per property. */
function formatGrid(sheet: SheetPlan): Map<number, CellFormat> {
  const grid = new Map<number, CellFormat>();
  for (const { range, numberFormat, style, wrap } of sheet.formats) {
    for (let row = range.row; row < range.row + range.rows; row++) {
      for (let col = range.col; col < range.col + range.cols; col++) {
        const previous = grid.get(key(row, col));
        grid.set(key(row, col), {
          numberFormat: numberFormat ?? previous?.numberFormat,
          style: style ?? previous?.style,
          wrap: wrap ?? previous?.wrap,
        });
      }
    }
  }
  return grid;
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

  const cells = cellGrid(sheet);
  for (const [position, cell] of cells) {
    at(Math.floor(position / MAX_COLS), position % MAX_COLS).value = cellValue(cell);
  }

  // One style object per distinct format, shared by its cells; ExcelJS dedupes them into xfs.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [position, format] of formatGrid(sheet)) {
    const styleKey = `${format.numberFormat ?? ""}\u0000${format.style ?? ""}\u0000${format.wrap ? 1 : 0}`;
    let style = styles.get(styleKey);
    if (!style) styles.set(styleKey, (style = excelStyle(format)));
    at(Math.floor(position / MAX_COLS), position % MAX_COLS).style = style;
  }

  for (const table of sheet.tables) {
    const { row, col, rows, cols } = table.range;
    const value = (r: number, c: number) => {
      const cell = cells.get(key(r, c));
      return cell === undefined ? null : cellValue(cell);
    };
    worksheet.addTable({
      name: table.name,
      ref: cellAddress(row, col),
      headerRow: true,
      totalsRow: false,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      // Header cells are checked to be unique text, so the column names equal them (Excel repairs
      // a table whose column names differ from its header cells).
      columns: Array.from({ length: cols }, (_, j) => ({
        name: fileText(cells.get(key(row, col + j)) as string),
        filterButton: true,
      })),
      rows: Array.from({ length: rows - 1 }, (_, i) =>
        Array.from({ length: cols }, (_, j) => value(row + 1 + i, col + j)),
      ),
    });
  }

  for (const { name, range } of sheet.names) {
    workbook.definedNames.add(sheetRangeReference(sheet.name, range), name);
  }

  for (const { validation, source } of placeLists(sheet)) {
    if (source.kind === "range") {
      validation.list.forEach(
        (item, i) => (at(source.range.row + i, source.range.col).value = fileText(item)),
      );
      worksheet.getColumn(source.range.col + 1).hidden = true;
    }
    (worksheet as unknown as DataValidationsOf).dataValidations.add(rangeAddress(validation.range), {
      type: "list",
      allowBlank: true,
      formulae: [source.formula],
      showErrorMessage: true,
      errorStyle: "stop",
      ...(validation.errorMessage !== undefined && { error: validation.errorMessage }),
    });
  }
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

/** The plan as .xlsx file bytes; works in Node and in the browser. */
export async function writeXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  return workbookBytes(planToWorkbook(plan));
}
