import { columnWidthPoints } from "../../src/excel/write";
import { isFormula, type Cell, type CellStyle, type WorkbookPlan } from "../../src/sheets/plan";
import { a1, rangeA1 } from "../../src/sheets/refs";
import { DEFAULT_FONT, placeLists, STYLE_LOOK } from "../../src/sheets/render";
import { parseAddress, type FakeExcel } from "../support/fakeExcel";

/**
 * Every difference between what `plan` asks for and what the fake workbook holds, as readable
 * lines (empty when they agree): cells, tables, defined names, number formats, looks, widths,
 * panes and dropdowns. Expectations are computed from the plan independently of the adapter.
 */
export function planDifferences(fake: FakeExcel, plan: WorkbookPlan): string[] {
  const out: string[] = [];
  const sheetNames = fake.sheetNames();
  for (const sheet of plan.sheets) {
    if (!sheetNames.includes(sheet.name)) {
      out.push(`missing sheet ${sheet.name}`);
      continue;
    }
    const where = (address: string) => `${sheet.name}!${address}`;

    const cells = new Map<string, Exclude<Cell, null>>();
    for (const block of sheet.blocks) {
      block.cells.forEach((line, i) =>
        line.forEach((cell, j) => {
          if (cell !== null) cells.set(a1(block.row + i, block.col + j), cell);
        }),
      );
    }
    for (const [address, cell] of cells) {
      const actual = fake.cell(sheet.name, address);
      if (isFormula(cell)) {
        if (actual.formula !== cell.formula)
          out.push(`${where(address)} formula ${actual.formula} ≠ ${cell.formula}`);
      } else if (actual.formula !== null) {
        out.push(`${where(address)} became the formula ${actual.formula}, expected ${JSON.stringify(cell)}`);
      } else if (actual.value !== (cell === "" ? null : cell)) {
        out.push(`${where(address)} holds ${JSON.stringify(actual.value)} ≠ ${JSON.stringify(cell)}`);
      }
    }

    for (const table of sheet.tables) {
      const found = fake.tables().find((t) => t.name === table.name);
      const headers = Array.from({ length: table.range.cols }, (_, j) =>
        cells.get(a1(table.range.row, table.range.col + j)),
      );
      if (!found) out.push(`missing table ${table.name}`);
      else if (found.sheet !== sheet.name || found.address !== rangeA1(table.range)) {
        out.push(
          `table ${table.name} at ${found.sheet}!${found.address}, expected ${where(rangeA1(table.range))}`,
        );
      } else if (found.style !== table.style) out.push(`table ${table.name} style ${found.style}`);
      else if (JSON.stringify(found.columns) !== JSON.stringify(headers)) {
        out.push(`table ${table.name} columns ${found.columns.join("|")} ≠ ${headers.join("|")}`);
      }
    }

    for (const name of sheet.names) {
      const found = fake.names().find((n) => n.name === name.name);
      const target = found && parseAddress(found.formula.slice(1));
      if (!found || !target) out.push(`missing name ${name.name}`);
      else if (target.sheet !== sheet.name || rangeA1(target.rect) !== rangeA1(name.range)) {
        out.push(`name ${name.name} refers to ${found.formula}, expected ${where(rangeA1(name.range))}`);
      } else if (found.comment !== (name.comment ?? ""))
        out.push(`name ${name.name} comment ${found.comment}`);
    }

    // Later formats override earlier ones property by property, as in the .xlsx adapter.
    const formats = new Map<string, { numberFormat?: string; style?: CellStyle; wrap?: boolean }>();
    for (const { range, numberFormat, style, wrap } of sheet.formats) {
      for (let r = range.row; r < range.row + range.rows; r++) {
        for (let c = range.col; c < range.col + range.cols; c++) {
          const previous = formats.get(a1(r, c)) ?? {};
          formats.set(a1(r, c), {
            numberFormat: numberFormat ?? previous.numberFormat,
            style: style ?? previous.style,
            wrap: wrap ?? previous.wrap,
          });
        }
      }
    }
    for (const [address, format] of formats) {
      const { state } = fake.cell(sheet.name, address);
      if (format.numberFormat !== undefined && state.numberFormat !== format.numberFormat) {
        out.push(`${where(address)} number format ${state.numberFormat} ≠ ${format.numberFormat}`);
      }
      if (format.wrap !== undefined && state.wrapText !== format.wrap) out.push(`${where(address)} wrap`);
      if (format.style !== undefined) {
        const look = STYLE_LOOK[format.style];
        const expected = {
          bold: look.bold ?? false,
          italic: look.italic ?? false,
          fontSize: look.size ?? DEFAULT_FONT.size,
          fontColor: (look.color ?? "#000000").toUpperCase(),
          fill: look.fill?.toUpperCase() ?? null,
        };
        const actual = {
          bold: state.bold,
          italic: state.italic,
          fontSize: state.fontSize,
          fontColor: state.fontColor,
          fill: state.fill,
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          out.push(
            `${where(address)} look ${JSON.stringify(actual)} ≠ ${format.style} ${JSON.stringify(expected)}`,
          );
        }
        if (look.borderTop && state.borders.EdgeTop?.style !== "Continuous")
          out.push(`${where(address)} top border`);
        if (look.borderBottom && state.borders.EdgeBottom?.style !== "Continuous") {
          out.push(`${where(address)} bottom border`);
        }
      }
    }

    for (const { col, width } of sheet.columnWidths) {
      if (fake.columnWidth(sheet.name, col) !== columnWidthPoints(width))
        out.push(`${sheet.name} column ${col} width`);
    }
    // Excel fits the rows the plan estimates heights for, and every written cell reads from the top.
    const fitted = new Set(fake.autofitRows(sheet.name));
    for (const { row } of sheet.rowHeights ?? []) {
      if (!fitted.has(row)) out.push(`${sheet.name} row ${row + 1} not fitted to its wrapped text`);
    }
    for (const address of cells.keys()) {
      if (fake.cell(sheet.name, address).state.verticalAlignment !== "Top")
        out.push(`${where(address)} not top-aligned`);
    }
    const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0) ? sheet.freeze : null;
    if (JSON.stringify(fake.frozen(sheet.name)) !== JSON.stringify(freeze))
      out.push(`${sheet.name} frozen panes`);

    for (const { validation, source } of placeLists(sheet)) {
      const { range } = validation;
      for (let r = range.row; r < range.row + range.rows; r++) {
        for (let c = range.col; c < range.col + range.cols; c++) {
          const rule = fake.cell(sheet.name, a1(r, c)).state.validation;
          const listSource =
            source.kind === "inline" ? validation.list.join(",") : `=${rangeA1(source.range, true)}`;
          if (rule?.rule?.list?.source !== listSource) out.push(`${where(a1(r, c))} dropdown source`);
          if (rule?.errorAlert.message !== (validation.errorMessage ?? "")) {
            out.push(`${where(a1(r, c))} dropdown message`);
          }
        }
      }
      if (source.kind === "range") {
        const items = validation.list.map(
          (_, i) => fake.cell(sheet.name, a1(source.range.row + i, source.range.col)).value,
        );
        if (JSON.stringify(items) !== JSON.stringify(validation.list))
          out.push(`${sheet.name} list column items`);
        if (!fake.hiddenColumns(sheet.name).includes(source.range.col))
          out.push(`${sheet.name} list column not hidden`);
      }
    }
  }
  return out;
}
