import { projectLabourForce } from "../domain/labourForce";
import { chartTexts } from "../i18n/charts";
import type { SheetContext } from "./context";
import type { SheetDraft } from "./draft";
import { formula, NUMBER_FORMATS, type Cell } from "./plan";
import { a1, range } from "./refs";

/**
 * Years the Kunnat sheet projects at least: a chart of today's figure alone shows nothing, and ten
 * years is the horizon plans discuss besides the Kympin plan's 25 (docs/sources.md#projection).
 */
export const MIN_PROJECTION_YEARS = 10;

/** Cells of the Kunnat summary that the projection reads, as A1 addresses on the same sheet. */
export interface ProjectionInputs {
  readonly total: string;
  readonly yearlyChange: string;
  readonly threshold: string;
}

/**
 * The Kunnat sheet's year-by-year projection from `row` down in columns `col`…`col` + 2 — a
 * heading, a header row, then one row per year from the input's year: the year, the projected
 * labour force by the compound rule of projectLabourForce (src/domain/labourForce.ts: total ×
 * (1 + change)^years, docs/sources.md#projection) and the threshold — and a line chart of the two
 * against the years. Every cell is a formula over the summary's cells, so the rows and the chart
 * follow an edited member, change or threshold; the first year is the one cell to edit for other
 * years. Rows: max(projection years, 10) + 1, so the years asked for are always shown.
 */
export function putProjection(
  draft: SheetDraft,
  ctx: SheetContext,
  row: number,
  col: number,
  inputs: ProjectionInputs,
): void {
  const words = chartTexts[ctx.naming.lang];
  const t = ctx.texts.municipalities;
  const years = Math.max(ctx.input.projectionYears, MIN_PROJECTION_YEARS) + 1;
  const first = row + 2;
  const firstYear = a1(first, col, true);
  const { input, figures } = ctx;
  const rows = Array.from({ length: years }, (_, i): Cell[] => {
    const year = a1(first + i, col);
    return [
      i === 0 ? input.year : formula(`=1+${a1(first + i - 1, col)}`, input.year + i),
      // The same order of operations as projectLabourForce: total × (1 + change)^years.
      formula(
        `=${inputs.total}*(1+${inputs.yearlyChange})^(${year}-${firstYear})`,
        projectLabourForce(figures.labourForceTotal, input.labourForceChange, i),
      ),
      formula(`=${inputs.threshold}`, input.threshold),
    ];
  });
  draft
    .putRow(row, col, [words.projection])
    .putRow(row + 1, col, [words.year, t.projected, t.threshold])
    .put(first, col, rows)
    .look(range(row, col), { style: "subtitle" })
    .look(range(row + 1, col, 1, 3), { style: "header", wrap: true })
    .look(range(first, col), { format: "year", style: "input" })
    .look(range(first + 1, col, years - 1, 1), { format: "year" })
    .look(range(first, col + 1, years, 2), { format: "count" })
    .chart({
      // Beside the block, one column apart.
      near: { row, col: col + 4 },
      kind: "line",
      title: words.labourForce(ctx.input.area),
      categories: { range: range(first, col, years, 1), numbers: true },
      series: [
        { name: t.projected, values: range(first, col + 1, years, 1) },
        { name: t.threshold, values: range(first, col + 2, years, 1) },
      ],
      valueFormat: NUMBER_FORMATS.count,
    });
}
