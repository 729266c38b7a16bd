import type { RangeRef, SheetPlan, WorkbookPlan } from "../sheets/plan";
import { rangeA1 } from "../sheets/refs";
import {
  DEFAULT_FONT,
  placeLists,
  STYLE_LOOK,
  usedExtent,
  type BorderLook,
  type Look,
} from "../sheets/render";
import { asEnteredText, blockWrites } from "./cells";
import { queueCharts } from "./charts";
import { queueChecks } from "./conditional";
import { queuePrint } from "./print";

/**
 * After the batch: the first table whose range is not the plan's, or undefined. Excel's AutoCorrect
 * can grow a table over a row written right below it (Excel applies AutoCorrect options to API
 * edits too, OfficeDev/office-js#6745), and every plan has a totals row there.
 */
export type TableCheck = () => { readonly name: string; readonly address: string } | undefined;

/**
 * How the workbook calculates, as `Application.calculationMode` reads (the user's setting, which
 * generation leaves as it is).
 */
export type CalculationMode = Excel.Application["calculationMode"];

/**
 * Queues the whole plan on `context` without syncing: the caller sends it in one batch. Nothing
 * here reads the workbook or touches anything but the sheets and names this batch adds.
 *
 * The sheets show computed figures when the batch ends, in the user's calculation mode.
 * Calculation is not suspended (`suspendApiCalculationUntilNextSync` would leave the recalculation
 * to the add-in, costing a round trip): in automatic mode Excel calculates each formula as it
 * arrives. In manual mode the new sheets are calculated once, in workbook order so that Kunnat is
 * ready before the sheets that refer to it, without switching the mode and without recalculating
 * the user's own sheets.
 *
 * Order matters where Excel checks what a write refers to: a table is made from header text
 * already in its first row, a formula's structured reference must name an existing table, and
 * defined names exist before the formulas that use them.
 */
export function queueWorkbook(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  calculationMode: CalculationMode,
  onFormats?: () => void,
  /** Whether the host has ExcelApi 1.9's `pageLayout`; without it the sheets print with Excel's defaults. */
  pageLayout = false,
): TableCheck {
  const sheets = plan.sheets.map((sheet) => {
    const worksheet = context.workbook.worksheets.add(sheet.name);
    const at = (range: RangeRef) => worksheet.getRangeByIndexes(range.row, range.col, range.rows, range.cols);
    const writes = blockWrites(sheet).map((write) => ({ write, range: at(write) }));
    return { sheet, worksheet, at, writes, lists: placeLists(sheet) };
  });

  for (const { writes } of sheets) {
    for (const { write, range } of writes) if (write.values) range.values = write.values;
  }
  for (const { at, lists } of sheets) {
    for (const { validation, source } of lists) {
      if (source.kind === "range")
        at(source.range).values = validation.list.map((item) => [asEnteredText(item)]);
    }
  }
  const tables: { name: string; expected: string; placed: Excel.Range }[] = [];
  for (const { sheet, worksheet, at } of sheets) {
    for (const { range, name, style } of sheet.tables) {
      const table = worksheet.tables.add(at(range), true);
      table.name = name;
      table.style = style;
      tables.push({ name, expected: rangeA1(range), placed: table.getRange() });
    }
  }
  for (const { sheet, at } of sheets) {
    for (const { name, range, comment } of sheet.names) {
      if (comment === undefined) context.workbook.names.add(name, at(range));
      else context.workbook.names.add(name, at(range), comment);
    }
  }
  for (const { writes } of sheets) {
    for (const { write, range } of writes) if (write.formulas) range.formulas = write.formulas;
  }
  if (calculationMode === "Manual") for (const { worksheet } of sheets) worksheet.calculate(true);

  // Each table's final range arrives with the batch's answer, for `TableCheck` (no extra sync).
  for (const { placed } of tables) placed.load("address");

  onFormats?.();
  for (const { sheet, worksheet, at, lists } of sheets) {
    queueFormats(sheet, at);
    for (const { col, width, count } of widthRuns(sheet)) {
      at({ row: 0, col, rows: 1, cols: count }).format.columnWidth = columnWidthPoints(width);
    }
    // Excel fits rows to wrapped text itself, exactly and so that they keep fitting when the user
    // edits them; the plan's estimated heights are for files, which no engine fits on opening.
    // One call per wrapped range: the count follows the layout, not the data.
    for (const { range, wrap } of sheet.formats) if (wrap) at(range).format.autofitRows();
    for (const { source } of lists) {
      if (source.kind === "range") at({ ...source.range, row: 0, rows: 1 }).columnHidden = true;
    }
    const { rows = 0, cols = 0 } = sheet.freeze ?? {};
    if (rows > 0 && cols > 0) worksheet.freezePanes.freezeAt(at({ row: 0, col: 0, rows, cols }));
    else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
    else if (cols > 0) worksheet.freezePanes.freezeColumns(cols);
    queueChecks(sheet, at);
    if (pageLayout) queuePrint(sheet, worksheet, at);
    for (const { validation, source } of lists) {
      const dataValidation = at(validation.range).dataValidation;
      dataValidation.rule = {
        list: {
          inCellDropDown: true,
          source: source.kind === "inline" ? validation.list.join(",") : at(source.range),
        },
      };
      // "Each cell accepts only one of the list, or nothing" (SheetPlan), as the .xlsx adapter writes it.
      dataValidation.ignoreBlanks = true;
      dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "",
        message: validation.errorMessage ?? "",
      };
    }
    queueCharts(worksheet, sheet.charts ?? [], at);
  }
  return () => {
    const moved = tables.find(({ expected, placed }) => placed.address.split("!").pop() !== expected);
    return moved && { name: moved.name, address: moved.placed.address.split("!").pop() ?? "" };
  };
}

function queueFormats(sheet: SheetPlan, at: (range: RangeRef) => Excel.Range): void {
  // Every cell reads from the top, so a row grown for a wrapped note keeps its label beside the
  // note's first line (one call for the plan's whole area).
  const { rows, cols } = usedExtent(sheet);
  at({ row: 0, col: 0, rows: Math.max(1, rows), cols: Math.max(1, cols) }).format.verticalAlignment = "Top";
  for (const { range, numberFormat, style, wrap } of sheet.formats) {
    const target = at(range);
    if (numberFormat !== undefined) {
      target.numberFormat = Array.from({ length: range.rows }, () =>
        Array<string>(range.cols).fill(numberFormat),
      );
    }
    if (style !== undefined) applyLook(target, STYLE_LOOK[style], range.rows);
    if (wrap !== undefined) target.format.wrapText = wrap;
  }
}

/**
 * Sets every property of the look, defaults included, so that where formats overlap the last
 * style wins whole, as each cell's single style does in the .xlsx adapter.
 */
function applyLook(range: Excel.Range, look: Look, rows: number): void {
  const { font, fill, borders } = range.format;
  font.bold = look.bold ?? false;
  font.italic = look.italic ?? false;
  font.size = look.size ?? DEFAULT_FONT.size;
  font.color = look.color ?? "#000000";
  if (look.fill !== undefined) fill.color = look.fill;
  else fill.clear();
  const line = (index: "EdgeTop" | "EdgeBottom" | "InsideHorizontal", border: BorderLook | undefined) => {
    const edge = borders.getItem(index);
    if (!border) {
      edge.style = "None";
      return;
    }
    edge.style = "Continuous";
    edge.weight = border.weight === "medium" ? "Medium" : "Thin";
    edge.color = border.color;
  };
  line("EdgeTop", look.borderTop);
  line("EdgeBottom", look.borderBottom);
  // The .xlsx adapter gives every cell of the range its border; between rows that is one line each.
  if (rows > 1) line("InsideHorizontal", look.borderTop ?? look.borderBottom);
}

/** Column widths as runs of equal width, one write each; a later width for a column wins. */
function widthRuns(sheet: SheetPlan): { col: number; width: number; count: number }[] {
  const widths = new Map<number, number>();
  for (const { col, width } of sheet.columnWidths) widths.set(col, width);
  const runs: { col: number; width: number; count: number }[] = [];
  for (const [col, width] of [...widths].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.col + last.count === col) last.count++;
    else runs.push({ col, width, count: 1 });
  }
  return runs;
}

/**
 * A column width of the plan (characters of the default font, as an .xlsx `<col width>` holds it
 * and the .xlsx adapter writes it) in the points `RangeFormat.columnWidth` takes. ECMA-376 Part 1
 * §18.3.1.13: pixels = Truncate(((256 × width + Truncate(128 / 7)) / 256) × 7), 7 px being the
 * maximum digit width of Calibri 11; 0.75 pt per pixel at 96 dpi.
 */
export function columnWidthPoints(width: number): number {
  const digit = 7;
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / digit)) / 256) * digit);
  return pixels * 0.75;
}
