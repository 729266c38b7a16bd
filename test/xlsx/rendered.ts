import ExcelJS from "exceljs";
import { isFormula, type Cell, type SheetPlan, type WorkbookPlan } from "../../src/sheets/plan";
import { rangeA1 } from "../../src/sheets/refs";
import { toFileFormula } from "../../src/xlsx/formulas";
import { placeLists, STYLE_LOOK } from "../../src/sheets/render";
import type { CellFormat } from "../../src/xlsx/styles";

/**
 * Compares a workbook read back with ExcelJS against the plan it was written from, feature by
 * feature, and returns every difference (empty when the file renders the whole plan). Independent
 * of the adapter's internals except the documented rules: formulas in file form, STYLE_LOOK, and
 * list placement.
 */

interface Untyped {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  tables: Record<
    string,
    { table: { tableRef: string; columns: { name: string }[]; style: { theme: string } } }
  >;
}

const at = (sheet: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell =>
  sheet.getRow(row + 1).getCell(col + 1);

function planCells(sheet: SheetPlan): Map<string, { row: number; col: number; cell: Exclude<Cell, null> }> {
  const cells = new Map<string, { row: number; col: number; cell: Exclude<Cell, null> }>();
  for (const block of sheet.blocks) {
    block.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (cell !== null)
          cells.set(`${block.row + i},${block.col + j}`, { row: block.row + i, col: block.col + j, cell });
      }),
    );
  }
  return cells;
}

function planFormats(sheet: SheetPlan): Map<string, CellFormat & { row: number; col: number }> {
  const formats = new Map<string, CellFormat & { row: number; col: number }>();
  for (const { range, numberFormat, style, wrap } of sheet.formats) {
    for (let row = range.row; row < range.row + range.rows; row++) {
      for (let col = range.col; col < range.col + range.cols; col++) {
        const previous = formats.get(`${row},${col}`);
        formats.set(`${row},${col}`, {
          row,
          col,
          numberFormat: numberFormat ?? previous?.numberFormat,
          style: style ?? previous?.style,
          wrap: wrap ?? previous?.wrap,
        });
      }
    }
  }
  return formats;
}

/** "'Kunnat (2)'!$B$9" and "Kunnat!$B$9" → ["Kunnat (2)", "$B$9"]. */
function parseReference(reference: string): [string, string] {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference);
  if (!match) return ["", reference];
  return [match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] as string), match[3] as string];
}

function sheetDifferences(plan: SheetPlan, sheet: ExcelJS.Worksheet, out: string[]): void {
  const where = (what: string) => out.push(`${plan.name}: ${what}`);

  for (const { row, col, cell } of planCells(plan).values()) {
    const file = at(sheet, row, col);
    const address = file.address;
    if (typeof cell === "string") {
      if (file.type !== ExcelJS.ValueType.String || file.value !== cell) {
        where(`${address} should be text ${JSON.stringify(cell)}, is ${JSON.stringify(file.value)}`);
      }
    } else if (typeof cell === "number") {
      if (file.type !== ExcelJS.ValueType.Number || file.value !== cell)
        where(`${address} should be ${cell}`);
    } else if (typeof cell === "boolean") {
      if (file.type !== ExcelJS.ValueType.Boolean || file.value !== cell)
        where(`${address} should be ${cell}`);
    } else if (isFormula(cell)) {
      if (file.type !== ExcelJS.ValueType.Formula || file.formula !== toFileFormula(cell.formula)) {
        where(
          `${address} should be formula ${toFileFormula(cell.formula)}, is ${JSON.stringify(file.value)}`,
        );
      }
    }
  }

  for (const format of planFormats(plan).values()) {
    const file = at(sheet, format.row, format.col);
    const address = file.address;
    if ((file.numFmt ?? undefined) !== format.numberFormat) {
      where(`${address} number format ${file.numFmt} instead of ${format.numberFormat}`);
    }
    if (Boolean(file.alignment?.wrapText) !== Boolean(format.wrap))
      where(`${address} wrap ${file.alignment?.wrapText}`);
    const look = format.style ? STYLE_LOOK[format.style] : {};
    if (Boolean(file.font?.bold) !== Boolean(look.bold))
      where(`${address} bold ${file.font?.bold} (${format.style})`);
    if (Boolean(file.font?.italic) !== Boolean(look.italic)) where(`${address} italic (${format.style})`);
    const fill =
      file.fill?.type === "pattern" && file.fill.pattern === "solid" ? file.fill.fgColor?.argb : undefined;
    if (fill !== (look.fill && `FF${look.fill.slice(1)}`)) where(`${address} fill ${fill} (${format.style})`);
    if (Boolean(file.border?.top) !== Boolean(look.borderTop))
      where(`${address} top border (${format.style})`);
  }

  for (const { col, width } of plan.columnWidths) {
    if (sheet.getColumn(col + 1).width !== width)
      where(`column ${col} width ${sheet.getColumn(col + 1).width}`);
  }
  const tall = new Set((plan.rowHeights ?? []).map(({ row }) => row));
  for (const { row, height } of plan.rowHeights ?? []) {
    if (sheet.getRow(row + 1).height !== height) where(`row ${row} height ${sheet.getRow(row + 1).height}`);
  }
  for (const { row, col } of planCells(plan).values()) {
    const file = at(sheet, row, col);
    if (tall.has(row) && file.alignment?.vertical !== "top")
      where(`${file.address} not top-aligned in a tall row`);
  }

  const frozen = (sheet.views ?? []).find((view) => view.state === "frozen") as
    { xSplit?: number; ySplit?: number } | undefined;
  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0) ? plan.freeze : undefined;
  if (freeze && (frozen?.xSplit ?? 0) !== freeze.cols) where(`frozen columns ${frozen?.xSplit}`);
  if (freeze && (frozen?.ySplit ?? 0) !== freeze.rows) where(`frozen rows ${frozen?.ySplit}`);
  if (!freeze && frozen) where("frozen panes the plan does not ask for");

  const tables = (sheet as unknown as Untyped).tables;
  for (const table of plan.tables) {
    const file = tables[table.name]?.table;
    if (!file) {
      where(`table ${table.name} missing`);
      continue;
    }
    if (file.tableRef !== rangeA1(table.range)) where(`table ${table.name} covers ${file.tableRef}`);
    const headers = Array.from(
      { length: table.range.cols },
      (_, j) => at(sheet, table.range.row, table.range.col + j).value,
    );
    if (JSON.stringify(file.columns.map((c) => c.name)) !== JSON.stringify(headers)) {
      where(`table ${table.name} columns differ from its header cells`);
    }
    if (file.style.theme !== table.style) where(`table ${table.name} style ${file.style.theme}`);
  }
  if (Object.keys(tables).length !== plan.tables.length)
    where(`${Object.keys(tables).length} tables in the file`);

  const validations = (sheet as unknown as Untyped).dataValidations.model;
  for (const { validation, source } of placeLists(plan)) {
    const { range } = validation;
    for (let row = range.row; row < range.row + range.rows; row++) {
      for (let col = range.col; col < range.col + range.cols; col++) {
        const address = at(sheet, row, col).address;
        const file = validations[address];
        if (file?.type !== "list" || file.formulae?.[0] !== source.formula) {
          where(`${address} dropdown ${JSON.stringify(file)}`);
        }
      }
    }
    if (source.kind === "range") {
      const items = validation.list.map((_, i) => at(sheet, source.range.row + i, source.range.col).value);
      if (JSON.stringify(items) !== JSON.stringify(validation.list))
        where(`list in ${source.formula} differs`);
      if (!sheet.getColumn(source.range.col + 1).hidden) where(`list column ${source.formula} is not hidden`);
    }
  }
}

export function renderingDifferences(plan: WorkbookPlan, workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  const names = workbook.worksheets.map((sheet) => sheet.name);
  if (JSON.stringify(names) !== JSON.stringify(plan.sheets.map((sheet) => sheet.name))) {
    out.push(`sheets ${names.join(", ")}`);
  }
  const fileNames = new Map(workbook.definedNames.model.map(({ name, ranges }) => [name, ranges]));
  for (const sheet of plan.sheets) {
    const file = workbook.getWorksheet(sheet.name);
    if (!file) continue;
    sheetDifferences(sheet, file, out);
    for (const { name, range } of sheet.names) {
      const ranges = fileNames.get(name) ?? [];
      const [target, address] = parseReference(ranges[0] ?? "");
      if (ranges.length !== 1 || target !== sheet.name || address !== rangeA1(range, true)) {
        out.push(`name ${name} refers to ${ranges.join(",")}`);
      }
      fileNames.delete(name);
    }
  }
  if (fileNames.size > 0) out.push(`names not in the plan: ${[...fileNames.keys()].join(", ")}`);
  return out;
}
