import type { Block, ChartPlan, RangeRef, SheetPlan, TablePlan } from "./plan";
import { MAX_COLS, MAX_ROWS, rangeA1 } from "./refs";

/**
 * Where the generated sheets' charts go (docs/sheets.md#charts). A chart floats over cells; it is
 * placed below everything a sheet writes, so that it covers no generated or user's cell, leaves
 * the rows and columns next to a table free (Excel grows a table into them), and stays inside the
 * width of the sheet's content, which is what the sheet prints one page wide.
 */

/**
 * A chart as a sheet builder declares it; the draft places it when the sheet is done: below
 * everything, or from `near` (its top-left cell) down to the first rows where it covers nothing.
 */
export type ChartSpec = Omit<ChartPlan, "anchor"> & {
  readonly near?: { readonly row: number; readonly col: number };
};

/** Rows a chart covers: 20 rows of the default 15 pt are about 400 px, tall enough to read. */
export const CHART_ROWS = 20;
/** Widest a chart gets, in characters of the default font (about 800 px). */
const CHART_MAX_WIDTH = 110;
/** Narrowest, for sheets whose content is narrow (about 460 px). */
const CHART_MIN_WIDTH = 64;
/** Excel's default column width in characters (Calibri 11). */
const DEFAULT_WIDTH = 8.43;

const blockRange = (block: Block): RangeRef => ({
  row: block.row,
  col: block.col,
  rows: block.cells.length,
  cols: block.cells[0]?.length ?? 0,
});

/**
 * Anchors for `specs`, each `CHART_ROWS` high. A chart without `near` goes two rows below the
 * lowest block or table (a table also keeps the row below it free) from column A, as wide as the
 * sheet's content (within bounds), charts one below the other a row apart. A chart with `near`
 * starts at its column, as wide as the content to the right allows (within bounds), at the first
 * row from `near.row` down where it covers no block, table, table edge or other chart.
 */
export function placeCharts(
  specs: readonly ChartSpec[],
  blocks: readonly Block[],
  tables: readonly TablePlan[],
  columnWidths: readonly { readonly col: number; readonly width: number }[],
): ChartPlan[] {
  const obstacles: RangeRef[] = [
    ...blocks.map(blockRange),
    ...tables.map((t) => ({ ...t.range, rows: t.range.rows + 1, cols: t.range.cols + 1 })),
  ];
  const bottom = () => Math.max(0, ...obstacles.map((r) => r.row + r.rows));
  const right = Math.max(1, ...obstacles.map((r) => r.col + r.cols));
  const widthOf = (col: number) => columnWidths.find((w) => w.col === col)?.width ?? DEFAULT_WIDTH;
  const columnsFrom = (first: number) => {
    let available = 0;
    for (let col = first; col < right; col++) available += widthOf(col);
    const target = Math.min(CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, available));
    let cols = 0;
    for (let width = 0; width < target; cols++) width += widthOf(first + cols);
    return cols;
  };
  return specs.map(({ near, ...spec }) => {
    const col = near?.col ?? 0;
    const cols = columnsFrom(col);
    let row = near ? near.row : bottom() + 1;
    const at = () => ({ row, col, rows: CHART_ROWS, cols });
    while (obstacles.some((o) => overlaps(o, at()))) row++;
    const anchor = at();
    obstacles.push(anchor);
    return { ...spec, anchor };
  });
}

const overlaps = (a: RangeRef, b: RangeRef): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

const inGrid = (r: RangeRef): boolean =>
  [r.row, r.col, r.rows, r.cols].every(Number.isInteger) &&
  r.row >= 0 &&
  r.col >= 0 &&
  r.rows >= 1 &&
  r.cols >= 1 &&
  r.row + r.rows <= MAX_ROWS &&
  r.col + r.cols <= MAX_COLS;

/** C0 controls, which XML 1.0 cannot hold (a chart part is XML). */
const hasControlCharacter = (text: string): boolean =>
  Array.from(text).some((ch) => (ch.codePointAt(0) as number) < 0x20);

/**
 * What a sheet's charts must satisfy for both adapters to draw them from the same cells: data
 * ranges one column wide and as long as the categories, at least one series, an anchor on the
 * grid that covers no written cell and no table or the row and column next to one (developer
 * messages, English, as the rest of the plan checks).
 */
export function chartProblems(sheet: SheetPlan): string[] {
  const problems: string[] = [];
  const written = sheet.blocks.flatMap((block) =>
    block.cells.flatMap((line, r) =>
      line.flatMap((cell, c) =>
        cell === null ? [] : [{ row: block.row + r, col: block.col + c, rows: 1, cols: 1 }],
      ),
    ),
  );
  (sheet.charts ?? []).forEach((chart, i) => {
    const where = (what: string) => `sheet '${sheet.name}': chart ${i + 1} ${what}`;
    if (chart.title.trim() === "" || hasControlCharacter(chart.title))
      problems.push(where("has a bad title"));
    if (chart.series.length === 0) problems.push(where("has no series"));
    const { range: categories } = chart.categories;
    for (const [what, range] of [
      ["categories", categories],
      ...chart.series.map((s) => [`series '${s.name}'`, s.values] as const),
    ] as const) {
      if (!inGrid(range)) problems.push(where(`${what} are off the sheet`));
      else if (range.cols !== 1) problems.push(where(`${what} ${rangeA1(range)} are not one column`));
      else if (range.rows !== categories.rows)
        problems.push(where(`${what} ${rangeA1(range)} do not match the categories`));
    }
    for (const { name } of chart.series)
      if (name.trim() === "" || hasControlCharacter(name))
        problems.push(where("has a series with a bad name"));
    if (!inGrid(chart.anchor)) {
      problems.push(where("is anchored off the sheet"));
      return;
    }
    const cell = written.find((w) => overlaps(w, chart.anchor));
    if (cell) problems.push(where(`covers the written cell ${rangeA1(cell)}`));
    for (const table of sheet.tables) {
      const grown = { ...table.range, rows: table.range.rows + 1, cols: table.range.cols + 1 };
      if (overlaps(grown, chart.anchor)) problems.push(where(`covers table ${table.name} or its edge`));
    }
    for (const other of (sheet.charts ?? []).slice(0, i))
      if (overlaps(other.anchor, chart.anchor)) problems.push(where("overlaps another chart"));
  });
  return problems;
}

/**
 * Horizontal bars of table columns: one bar group per row of `rows` (labels from `labelCol`), one
 * bar per value column, named as its header.
 */
export function tableBars(
  title: string,
  rows: { readonly first: number; readonly count: number },
  labelCol: number,
  columns: readonly { readonly name: string; readonly col: number }[],
  valueFormat: string,
): ChartSpec {
  const column = (col: number): RangeRef => ({ row: rows.first, col, rows: rows.count, cols: 1 });
  return {
    kind: "bar",
    title,
    categories: { range: column(labelCol), numbers: false },
    series: columns.map(({ name, col }) => ({ name, values: column(col) })),
    valueFormat,
  };
}
