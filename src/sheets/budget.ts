import { sumsToOne } from "../domain/costShare";
import { budgetView } from "../domain/figures";
import { type SheetContext, definedName, HEADER_ROW, heading, localText, tableName } from "./context";
import { SheetDraft, uniqueHeaders } from "./draft";
import { municipalitiesLayout } from "./municipalities";
import { formula, NUMBER_FORMATS, type Cell, type SheetPlan } from "./plan";
import { chartTexts } from "../i18n/charts";
import { tableBars } from "./charts";
import { a1, range, tableColumn, sumsToOneTest, textLiteral, thisRow } from "./refs";

/**
 * Budjettikehys: budget lines as shares of the frame for each planning year
 * (docs/sources.md#budget-frame: 7 300 000 € → 3 650 000 / 1 825 000 / 1 460 000 / 365 000 €), the
 * first year's total as Budjetti_Yhteensa, and three checks: the frame against the members' TE
 * state share (docs/sources.md#state-share-limit: at most 95 %), the unemployment-benefit
 * responsibility as a separate item outside the frame (docs/sources.md#unemployment-benefit), and
 * the structural-change rule (docs/sources.md#structural-change: up to 20 % growth in broad
 * unemployment is covered by reallocation; above it the service plan is revised and a supplementary
 * budget made).
 */
export function buildBudget(ctx: SheetContext): SheetPlan {
  const { input, figures, texts } = ctx;
  const t = texts.budget;
  const amounts = figures.budgetYears;
  const view = budgetView(input);
  const table = tableName(ctx, "budget");
  const years = view.planningYears;
  const n = view.lines.length;
  const draft = new SheetDraft();
  heading(draft, ctx, "budget", texts.common.inputsNote);

  const lineCol = 1;
  const shareCol = 2;
  const yearCol = (y: number) => 3 + y;
  const noteCol = yearCol(years.length);
  const frameRow = HEADER_ROW - 1;
  const firstRow = HEADER_ROW + 1;
  // One blank row between the table and its totals, so that the table cannot grow into them.
  const totalRow = firstRow + n + 1;
  const differenceRow = totalRow + 1;
  const frameAt = (y: number) => a1(frameRow, yearCol(y), { row: true });

  const headers = uniqueHeaders([t.number, t.line, t.share, ...years.map((y) => t.year(y.year)), t.note]);
  const share = thisRow(table, t.share);
  draft
    .putRow(frameRow, lineCol, [t.frame, null, ...years.map((y) => y.total)])
    .putRow(HEADER_ROW, 0, headers)
    .put(
      firstRow,
      0,
      view.lines.map((line, i): Cell[] => [
        i + 1,
        localText(ctx, line.name),
        line.share ?? null,
        // A line without a share (the Kerava–Sipoo plan's "–", docs/sources.md#budget-frame) counts
        // 0 until the user gives it one.
        ...years.map((_y, y) =>
          formula(`=IF(ISNUMBER(${share}),ROUND(${frameAt(y)}*${share},2),0)`, amounts[y]?.lines[i]),
        ),
        line.note === undefined ? null : localText(ctx, line.note),
      ]),
    )
    .putRow(totalRow, 0, [
      null,
      texts.common.total,
      formula(`=SUM(${tableColumn(table, t.share)})`, figures.budgetSharesSum),
      ...years.map((_y, y) =>
        formula(`=SUM(${tableColumn(table, headers[yearCol(y)] as string)})`, amounts[y]?.total),
      ),
      formula(
        `=IF(${sumsToOneTest(a1(totalRow, shareCol))},` +
          `${textLiteral(texts.common.ok)},${textLiteral(t.sharesBad)})`,
        sumsToOne(figures.budgetSharesSum) ? texts.common.ok : t.sharesBad,
      ),
    ])
    .putRow(differenceRow, lineCol, [
      t.frameDifference,
      null,
      ...years.map((y, i) =>
        formula(`=${frameAt(i)}-${a1(totalRow, yearCol(i))}`, y.total - (amounts[i]?.total ?? 0)),
      ),
    ])
    .table(table, range(HEADER_ROW, 0, n + 1, noteCol + 1))
    .look(range(frameRow, lineCol), { style: "subtitle" })
    .look(range(frameRow, yearCol(0), 1, years.length), { format: "euros", style: "input" })
    .look(range(HEADER_ROW, 0, 1, noteCol + 1), { style: "header", wrap: true })
    .look(range(firstRow, lineCol, n, 1), { format: "text", wrap: true })
    .look(range(firstRow, shareCol, n, 1), { format: "percent", style: "input" })
    .look(range(totalRow, shareCol), { format: "percent" })
    .look(range(firstRow, yearCol(0), n, years.length), { format: "euros" })
    .look(range(totalRow, yearCol(0), 2, years.length), { format: "euros" })
    .look(range(firstRow, noteCol, n, 1), { wrap: true })
    .look(range(totalRow, 0, 1, noteCol), { style: "total" })
    .check(range(totalRow, noteCol), { kind: "text", pass: [texts.common.ok], fail: [t.sharesBad] })
    .width(0, 6)
    .width(lineCol, 48)
    .width(shareCol, 10)
    .width(noteCol, 40)
    .name(definedName(ctx, "Budjetti_Yhteensa"), range(totalRow, yearCol(0)))
    .freezePanes(HEADER_ROW + 1, 2)
    .chart(
      tableBars(
        chartTexts[ctx.naming.lang].budgetLines,
        { first: firstRow, count: n },
        lineCol,
        years.map((_y, y) => ({ name: headers[yearCol(y)] as string, col: yearCol(y) })),
        NUMBER_FORMATS.wholeEuros,
      ),
    );
  for (let y = 0; y < years.length; y++) draft.width(yearCol(y), 16);

  // Checks below the table: labels in the line column, values in the first year's column.
  const valueCol = yearCol(0);
  const value = (row: number) => a1(row, valueCol);
  const firstYearTotal = a1(totalRow, valueCol);
  let row = differenceRow + 2;

  const kunnat = municipalitiesLayout(ctx);
  const stateShareGiven = kunnat.fields.includes("stateShare");
  const stateShare = row + 1;
  const limit = row + 2;
  const maxFrame = row + 3;
  draft
    .putRow(row, lineCol, [t.stateShareTitle])
    .put(stateShare, lineCol, [
      [
        t.stateShareTotal,
        null,
        stateShareGiven
          ? formula(
              `=SUM(${tableColumn(tableName(ctx, "municipalities"), kunnat.header("stateShare"))})`,
              figures.stateShareTotal ?? 0,
            )
          : texts.common.notGiven,
      ],
      [t.stateShareLimit, null, view.stateShareLimit],
      // limit × state share to the cent, and the total to the cent: a frame exactly at the limit
      // (the Kympin plan budgets the whole 95 %) must not fail on a sum's last binary digit, which
      // Excel, LibreOffice and JS may round differently.
      [
        t.maxFrame,
        null,
        formula(
          `=IF(ISNUMBER(${value(stateShare)}),ROUND(${value(limit)}*${value(stateShare)},2),"")`,
          figures.maxBudget ?? "",
        ),
      ],
      [
        texts.common.check,
        null,
        formula(
          `=IF(ISNUMBER(${value(stateShare)}),IF(ROUND(${firstYearTotal},2)<=${value(maxFrame)},` +
            `${textLiteral(texts.common.ok)},${textLiteral(t.stateShareOver)}),${textLiteral(texts.common.notGiven)})`,
          figures.budgetWithinStateShare === null
            ? texts.common.notGiven
            : figures.budgetWithinStateShare
              ? texts.common.ok
              : t.stateShareOver,
        ),
      ],
    ])
    .look(range(row, lineCol), { style: "subtitle" })
    .look(range(stateShare, valueCol), { format: "euros", ...(stateShareGiven ? {} : { style: "input" }) })
    .look(range(limit, valueCol), { format: "percent", style: "input" })
    .look(range(maxFrame, valueCol), { format: "euros" })
    .check(range(maxFrame + 1, valueCol), {
      kind: "text",
      pass: [texts.common.ok],
      none: [texts.common.notGiven],
      fail: [t.stateShareOver],
    });
  row = maxFrame + 3;

  draft
    .put(row, lineCol, [
      [t.benefitTitle, null, null],
      [t.benefitAmount, null, view.unemploymentBenefit ?? null],
    ])
    .putRow(row + 2, lineCol, [t.benefitNote])
    .look(range(row, lineCol), { style: "subtitle" })
    .look(range(row + 1, valueCol), { format: "euros", style: "input" })
    .look(range(row + 2, lineCol), { style: "note", wrap: true });
  row += 4;

  const growth = row + 1;
  const growthLimit = row + 2;
  draft
    .put(row, lineCol, [
      [t.structuralTitle, null, null],
      [t.growth, null, view.broadUnemploymentGrowth ?? null],
      [t.growthLimit, null, view.structuralChangeLimit],
      [
        t.action,
        null,
        formula(
          `=IF(ISNUMBER(${value(growth)}),IF(${value(growth)}<=${value(growthLimit)},` +
            `${textLiteral(t.reallocate)},${textLiteral(t.revise)}),${textLiteral(t.noGrowth)})`,
          { reallocate: t.reallocate, supplementaryBudget: t.revise, none: t.noGrowth }[
            figures.structuralChange ?? "none"
          ],
        ),
      ],
    ])
    .look(range(row, lineCol), { style: "subtitle" })
    .look(range(growth, valueCol, 2, 1), { format: "percent", style: "input" })
    .check(range(growthLimit + 1, valueCol), {
      kind: "text",
      pass: [t.reallocate],
      none: [t.noGrowth],
      fail: [t.revise],
    });
  row = growthLimit + 3;

  if (view.template)
    draft.putRow(row, lineCol, [t.templateNote]).look(range(row, lineCol), { style: "note" });
  return draft.done("budget", ctx.naming.sheet.budget);
}
