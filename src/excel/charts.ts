import type { ChartPlan, RangeRef } from "../sheets/plan";

/** Excel's chart type for each kind of the plan: a line without markers, clustered horizontal bars. */
const CHART_TYPE: Readonly<Record<ChartPlan["kind"], "Line" | "BarClustered">> = {
  line: "Line",
  bar: "BarClustered",
};

/**
 * Queues a sheet's charts on the caller's batch, without syncing (docs/excel.md#charts). Each chart
 * is made from its first series' cells alone — one column, so Excel has no headers or categories
 * to guess — and then given its categories, its other series, title, legend, value-axis format and
 * the cells it covers, all as references to the sheet's cells: the chart follows the formulas.
 * Series come from `series.add`/`setValues`/`setXAxisValues` (ExcelApi 1.7) and the axis format
 * from `ChartAxis.numberFormat` (ExcelApi 1.8), both within the add-in's required sets.
 */
export function queueCharts(
  worksheet: Excel.Worksheet,
  charts: readonly ChartPlan[],
  at: (range: RangeRef) => Excel.Range,
): void {
  for (const plan of charts) {
    const [first, ...others] = plan.series;
    if (!first) continue;
    const chart = worksheet.charts.add(CHART_TYPE[plan.kind], at(first.values), "Columns");
    const categories = at(plan.categories.range);
    const firstSeries = chart.series.getItemAt(0);
    firstSeries.name = first.name;
    firstSeries.setXAxisValues(categories);
    for (const { name, values } of others) {
      const series = chart.series.add(name);
      series.setValues(at(values));
      series.setXAxisValues(categories);
    }
    chart.title.text = plan.title;
    chart.legend.position = "Bottom";
    chart.axes.valueAxis.numberFormat = plan.valueFormat;
    // The anchor's first and last cells: Excel stretches the chart to cover the last one whole.
    const { row, col, rows, cols } = plan.anchor;
    const cell = (r: number, c: number) => at({ row: r, col: c, rows: 1, cols: 1 });
    chart.setPosition(cell(row, col), cell(row + rows - 1, col + cols - 1));
  }
}
