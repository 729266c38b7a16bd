import fc from "fast-check";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { sampleInput } from "./fixtures";
import { LANGS } from "../../src/i18n/lang";
import { buildWorkbookPlan } from "../../src/sheets";
import { chartProblems, placeCharts } from "../../src/sheets/charts";
import { isFormula, type SheetPlan } from "../../src/sheets/plan";
import { usedExtent } from "../../src/sheets/render";
import { areaInputArb } from "../support/arbitraries";
import { cellAt } from "./planTools";

const cases = SAMPLE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const));
const sheetOf = (sheets: readonly SheetPlan[], key: SheetPlan["key"]) =>
  sheets.find((s) => s.key === key) as SheetPlan;

describe("charts of the generated sheets", () => {
  test.each(cases)(
    "%s in %s: Kunnat, Kustannusjako and Budjettikehys each have one, clear of every cell",
    (id, lang) => {
      const plan = buildWorkbookPlan(sampleInput(id, lang), { lang });
      const withCharts = plan.sheets.filter((s) => (s.charts ?? []).length > 0).map((s) => s.key);
      expect(withCharts).toEqual(["municipalities", "costSplit", "budget"]);
      for (const sheet of plan.sheets) expect(chartProblems(sheet)).toEqual([]);
    },
  );

  test("random valid inputs: charts stay clear of cells and tables, inside the content's width", () => {
    fc.assert(
      fc.property(areaInputArb(), fc.constantFrom(...LANGS), (input, lang) => {
        for (const sheet of buildWorkbookPlan(input, { lang }).sheets) {
          expect(chartProblems(sheet)).toEqual([]);
          const { cols } = usedExtent({ ...sheet, charts: [] });
          for (const { anchor } of sheet.charts ?? [])
            expect(anchor.col + anchor.cols).toBeLessThanOrEqual(Math.max(cols, 10));
        }
      }),
      { seed: 1111, numRuns: 40 },
    );
  });

  test("every series and category cell is a formula or a number of the sheet, so the chart follows edits", () => {
    for (const id of SAMPLE_IDS) {
      for (const sheet of buildWorkbookPlan(sampleInput(id), { lang: "fi" }).sheets) {
        for (const chart of sheet.charts ?? []) {
          for (const { values } of chart.series) {
            for (let r = 0; r < values.rows; r++) {
              const cell = cellAt(sheet, values.row + r, values.col);
              expect(cell !== null && cell !== undefined && isFormula(cell)).toBe(true);
            }
          }
        }
      }
    }
  });
});

describe("Kunnat's year-by-year projection", () => {
  test.each(SAMPLE_IDS)("%s: one row a year from the input's year, at least ten years ahead", (id) => {
    const input = sampleInput(id);
    const kunnat = sheetOf(buildWorkbookPlan(input, { lang: "fi" }).sheets, "municipalities");
    const [chart] = kunnat.charts ?? [];
    expect(chart?.kind).toBe("line");
    const years = chart!.categories.range;
    expect(years.rows).toBe(Math.max(input.projectionYears, 10) + 1);
    expect(cellAt(kunnat, years.row, years.col)).toBe(input.year);
    expect(chart!.title).toContain(input.area);
  });
});

describe("chartProblems", () => {
  const kunnat = sheetOf(
    buildWorkbookPlan(sampleInput("kerava-sipoo"), { lang: "fi" }).sheets,
    "municipalities",
  );
  const chart = kunnat.charts![0]!;
  const table = kunnat.tables[0]!;

  test("a chart over a written cell, a table's edge or off the sheet is refused", () => {
    const over = (anchor: typeof chart.anchor) =>
      chartProblems({ ...kunnat, charts: [{ ...chart, anchor }] });
    expect(over({ row: 0, col: 0, rows: 2, cols: 2 })).toEqual([
      expect.stringContaining("covers the written cell A1"),
    ]);
    const below = { row: table.range.row + table.range.rows, col: 0, rows: 1, cols: 1 };
    expect(over(below).join()).toContain(`covers table ${table.name}`);
    expect(over({ row: -1, col: 0, rows: 2, cols: 2 })).toEqual([expect.stringContaining("off the sheet")]);
  });

  test("series must be one column as long as the categories", () => {
    const values = { ...chart.series[0]!.values, rows: chart.series[0]!.values.rows - 1 };
    const problems = chartProblems({ ...kunnat, charts: [{ ...chart, series: [{ name: "x", values }] }] });
    expect(problems).toEqual([expect.stringContaining("do not match the categories")]);
    expect(chartProblems({ ...kunnat, charts: [{ ...chart, series: [] }] })).toEqual([
      expect.stringContaining("has no series"),
    ]);
  });

  test("placed charts stack below the lowest block or table, a blank row apart", () => {
    const { anchor: _placed, ...spec } = chart;
    const placed = placeCharts([spec, spec], kunnat.blocks, kunnat.tables, kunnat.columnWidths);
    const bottom = usedExtent({ ...kunnat, charts: [] }).rows;
    expect(placed[0]!.anchor.row).toBe(bottom + 1);
    expect(placed[1]!.anchor.row).toBe(placed[0]!.anchor.row + placed[0]!.anchor.rows + 1);
  });
});
