import {
  isFormula,
  type Cell,
  type CellStyle,
  type RangeRef,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/sheets/plan";
import { a1, rangeA1 } from "../../src/sheets/refs";
import { parseAddress, type FakeExcel } from "../support/fakeExcel";

/**
 * What each plan style looks like in Excel, written out here rather than read from the code that
 * renders it, so that a change of look is a deliberate change of this table too. Unset font
 * properties are Excel's defaults (regular Calibri 11, automatic black, no fill).
 */
const EXPECTED_LOOK: Readonly<
  Record<
    CellStyle,
    { bold: boolean; italic: boolean; fontSize: number; fontColor: string; fill: string | null }
  >
> = {
  title: { bold: true, italic: false, fontSize: 14, fontColor: "#1F3864", fill: null },
  subtitle: { bold: true, italic: false, fontSize: 12, fontColor: "#1F3864", fill: null },
  header: { bold: true, italic: false, fontSize: 11, fontColor: "#000000", fill: "#D9E1F2" },
  input: { bold: false, italic: false, fontSize: 11, fontColor: "#000000", fill: "#FFF2CC" },
  total: { bold: true, italic: false, fontSize: 11, fontColor: "#000000", fill: null },
  // A check's colour is conditional (EXPECTED_TONE), so its static look is plain bold.
  flag: { bold: true, italic: false, fontSize: 11, fontColor: "#000000", fill: null },
  note: { bold: false, italic: true, fontSize: 11, fontColor: "#595959", fill: null },
};

/** Check colours by tone: Excel's "Good", "Bad" and a neutral grey (font, fill). */
const EXPECTED_TONE = {
  pass: { fontColor: "#006100", fill: "#C6EFCE" },
  fail: { fontColor: "#9C0006", fill: "#FFC7CE" },
  none: { fontColor: "#595959", fill: "#EDEDED" },
} as const;

/** Header cells are underlined, totals overlined; no other style draws a border. */
const EXPECTED_BORDER: Readonly<Record<CellStyle, "EdgeTop" | "EdgeBottom" | null>> = {
  title: null,
  subtitle: null,
  header: "EdgeBottom",
  input: null,
  total: "EdgeTop",
  flag: null,
  note: null,
};

/**
 * A plan column width (characters of Calibri 11, as an .xlsx `<col width>`) in the points Excel
 * reports: ECMA-376 Part 1 §18.3.1.13 gives ⌊7·width + 126/256⌋ pixels for a 7-pixel maximum digit
 * width, and a pixel is 0.75 pt at 96 dpi. Excel's default 8.43 (stored as 9.140625) is 48 pt.
 */
const widthInPoints = (width: number): number => Math.floor(7 * width + 126 / 256) * 0.75;

/** The highest column any part of the sheet's plan uses; hidden list columns must lie beyond it. */
function lastPlanColumn(sheet: SheetPlan): number {
  const ends = [
    ...sheet.blocks.map((block) => block.col + (block.cells[0]?.length ?? 0) - 1),
    ...[...sheet.formats, ...sheet.tables, ...sheet.names, ...sheet.validations].map(
      ({ range }) => range.col + range.cols - 1,
    ),
    ...sheet.columnWidths.map(({ col }) => col),
  ];
  return Math.max(-1, ...ends);
}

/** Can Excel hold the list inline in the validation: ≤ 255 characters, no item it would split or trim? */
const fitsInline = (list: readonly string[]): boolean =>
  list.join(",").length <= 255 &&
  list.every((item) => item !== "" && !/[,"]/.test(item) && item.trim() === item);

/**
 * Every difference between what `plan` asks for and what the fake workbook holds, as readable
 * lines (empty when they agree): cells, tables, defined names, number formats, looks, widths,
 * panes and dropdowns. Expectations are derived from the plan and Excel's rules here, without the
 * adapter's code or the look and list tables the adapters share.
 */
export function planDifferences(
  fake: FakeExcel,
  plan: WorkbookPlan,
  /** Whether the host had ExcelApi 1.9, so that print settings were written. */
  options: { readonly pageLayout: boolean } = { pageLayout: true },
): string[] {
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

    // Charts: the plan's type, title and series, every range a reference to this sheet's cells.
    const ref = (range: RangeRef) => `${sheet.name}!${rangeA1(range)}`;
    // The fake quotes a sheet name only where Excel must; compare sheet and cells unquoted.
    const unquoted = (address: string | null) => {
      const parsed = address === null ? undefined : parseAddress(address);
      return parsed ? `${parsed.sheet ?? ""}!${rangeA1(parsed.rect)}` : address;
    };
    const charts = fake.charts(sheet.name).map((c) =>
      JSON.stringify({
        ...c,
        series: c.series.map((s) => ({ ...s, values: unquoted(s.values), xValues: unquoted(s.xValues) })),
      }),
    );
    const expectedCharts = (sheet.charts ?? []).map((chart, i) =>
      JSON.stringify({
        sheet: sheet.name,
        name: `Chart ${i + 1}`,
        type: chart.kind === "line" ? "Line" : "BarClustered",
        title: chart.title,
        legend: "Bottom",
        series: chart.series.map((s) => ({
          name: s.name,
          values: ref(s.values),
          xValues: ref(chart.categories.range),
        })),
        valueAxisFormat: chart.valueFormat,
        position: rangeA1(chart.anchor),
      }),
    );
    if (JSON.stringify(charts) !== JSON.stringify(expectedCharts))
      out.push(`${sheet.name} charts ${charts.join(", ")} ≠ ${expectedCharts.join(", ")}`);

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
        const expected = EXPECTED_LOOK[format.style];
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
        for (const edge of ["EdgeTop", "EdgeBottom"] as const) {
          const drawn = state.borders[edge]?.style === "Continuous";
          if (drawn !== (EXPECTED_BORDER[format.style] === edge))
            out.push(`${where(address)} ${edge} border ${drawn ? "drawn" : "missing"}`);
        }
      }
    }

    for (const { col, width } of sheet.columnWidths) {
      const points = fake.columnWidth(sheet.name, col);
      if (points !== widthInPoints(width))
        out.push(`${sheet.name} column ${col} width ${points} pt, expected ${widthInPoints(width)}`);
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

    // Each validated cell offers exactly the plan's list: inline when Excel can hold it so,
    // otherwise from a hidden column of the same sheet, right of everything the plan uses.
    const listColumns = new Map<number, string>();
    sheet.validations.forEach(({ range, list, errorMessage }, v) => {
      const sources = new Set<string>();
      for (let r = range.row; r < range.row + range.rows; r++) {
        for (let c = range.col; c < range.col + range.cols; c++) {
          const rule = fake.cell(sheet.name, a1(r, c)).state.validation;
          sources.add(String(rule?.rule?.list?.source));
          if (rule?.errorAlert.message !== (errorMessage ?? ""))
            out.push(`${where(a1(r, c))} dropdown message`);
        }
      }
      if (sources.size !== 1) return void out.push(`validation ${v}: cells differ in their dropdown source`);
      const [source] = [...sources] as [string];
      if (fitsInline(list)) {
        if (source !== list.join(",")) out.push(`validation ${v}: inline list ${source} ≠ ${list.join(",")}`);
        return;
      }
      const target = source.startsWith("=") ? parseAddress(source.slice(1)) : null;
      const rect = target?.rect;
      if (!rect || (target.sheet !== undefined && target.sheet !== sheet.name) || rect.cols !== 1) {
        return void out.push(`validation ${v}: list source ${source} is not one column of ${sheet.name}`);
      }
      const items = Array.from(
        { length: rect.rows },
        (_, i) => fake.cell(sheet.name, a1(rect.row + i, rect.col)).value,
      );
      if (JSON.stringify(items) !== JSON.stringify(list))
        out.push(`validation ${v}: list column holds ${JSON.stringify(items)}`);
      if (!fake.hiddenColumns(sheet.name).includes(rect.col))
        out.push(`validation ${v}: list column not hidden`);
      if (rect.col <= lastPlanColumn(sheet)) out.push(`validation ${v}: list column inside the plan's area`);
      const other = listColumns.get(rect.col);
      if (other !== undefined && other !== JSON.stringify(list))
        out.push(`validation ${v}: list column shared with another list`);
      listColumns.set(rect.col, JSON.stringify(list));
    });

    // Each check rule is one custom conditional format over the check's range, with its tone's colours.
    const expectedFormats = (sheet.checks ?? [])
      .flatMap(({ range, rules }) =>
        rules.map(({ tone, formula }) => ({
          type: "Custom",
          formula,
          ...EXPECTED_TONE[tone],
          address: rangeA1(range),
        })),
      )
      .map((f) => JSON.stringify(f))
      .sort();
    const actualFormats = fake
      .conditionalFormats(sheet.name)
      .map((f) => JSON.stringify(f))
      .sort();
    if (JSON.stringify(actualFormats) !== JSON.stringify(expectedFormats))
      out.push(`${sheet.name} conditional formats ${actualFormats.join(" ")} ≠ ${expectedFormats.join(" ")}`);

    // Where the host has ExcelApi 1.9, the print settings; elsewhere Excel's defaults stay.
    if (sheet.print && options.pageLayout) {
      const { print } = sheet;
      const layout = fake.pageLayout(sheet.name);
      const expected = {
        paperSize: "A4",
        orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        headersFooters: {
          leftHeader: print.header.left,
          centerHeader: print.header.center,
          rightHeader: print.header.right,
          leftFooter: print.footer.left,
          centerFooter: print.footer.center,
          rightFooter: print.footer.right,
        },
        printArea: rangeA1(print.area),
        printTitleRows: `${print.titleRows.row + 1}:${print.titleRows.row + print.titleRows.rows}`,
      };
      if (JSON.stringify(layout) !== JSON.stringify(expected))
        out.push(`${sheet.name} page layout ${JSON.stringify(layout)} ≠ ${JSON.stringify(expected)}`);
    } else if (
      fake.pageLayout(sheet.name).paperSize !== "Letter" ||
      fake.pageLayout(sheet.name).printArea !== null
    ) {
      out.push(`${sheet.name} page layout set on a host without ExcelApi 1.9`);
    }
  }
  return out;
}
