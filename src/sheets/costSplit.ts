import { sumsToOne } from "../domain/costShare";
import { costCriteria, costSplitYears } from "../domain/figures";
import { type SheetContext, definedName, HEADER_ROW, heading, tableName } from "./context";
import { SheetDraft, uniqueHeaders } from "./draft";
import { municipalitiesLayout } from "./municipalities";
import { formula, NUMBER_FORMATS, type Cell, type SheetPlan } from "./plan";
import { chartTexts } from "../i18n/charts";
import { tableBars } from "./charts";
import { a1, onSheet, range, rangeA1, tableColumn, sumsToOneTest, textLiteral, thisRow } from "./refs";

/**
 * Kustannusjako: the split of `costSplit.total` (Kustannusosuudet) and the payment estimates of the
 * planning years by the weighted criteria of docs/sources.md#cost-split.
 *
 * Lead's decision: every share is ROUND(total × fraction, 2), fraction = Σⱼ IF(wⱼ=0, 0,
 * wⱼ·ownⱼ/Σallⱼ) in the order of exactShare (src/domain/costShare.ts), and a visible Pyöristysero
 * line holds ROUND(total, 2) − Σ shares. Largest remainder inside formulas would depend on how
 * Excel, LibreOffice and JS break ties between floating remainders; an open difference line does
 * not, and docs/sources.md#cent-rounding shows any rounding difference openly (Pohjoinen
 * Keski-Suomi: Σ 65 000,01, −0,01).
 */
export function buildCostSplit(ctx: SheetContext): SheetPlan {
  const { input, figures, texts } = ctx;
  const t = texts.costSplit;
  const kunnat = municipalitiesLayout(ctx);
  const kunnatSheet = ctx.naming.sheet.municipalities;
  const kunnatTable = tableName(ctx, "municipalities");
  const table = tableName(ctx, "costSplit");
  const criteria = costCriteria(input);
  const years = costSplitYears(input);
  const n = input.municipalities.length;
  const k = criteria.length;
  const draft = new SheetDraft();
  heading(draft, ctx, "costSplit", texts.common.inputsNote);

  const fractionCol = k + 1;
  const yearCol = (y: number) => k + 2 + y;
  const lastCol = yearCol(years.length - 1);
  const amountRow = HEADER_ROW - 1;
  const firstRow = HEADER_ROW + 1;
  // One blank row between the table and its sums, so that the table cannot grow into them.
  const sumRow = firstRow + n + 1;
  const differenceRow = sumRow + 1;
  const totalRow = sumRow + 2;

  // The weights block, right of the table: one editable weight per criterion, the criterion's
  // total over all members beside it.
  const weightCol = lastCol + 3;
  const labelCol = weightCol - 1;
  const allCol = weightCol + 1;
  const weightRow = (j: number) => HEADER_ROW + 1 + j;
  const weightsSumRow = weightRow(k);
  const weightAt = (j: number) => a1(weightRow(j), weightCol, true);
  const weightsSum = criteria.reduce((sum, c) => sum + c.weight, 0);
  const allAt = (j: number) => a1(weightRow(j), allCol, true);
  draft
    .putRow(HEADER_ROW, labelCol, [t.criterion, t.weight, t.allMembers])
    .put(
      weightRow(0),
      labelCol,
      criteria.map(({ criterion, weight }) => [
        kunnat.header(criterion),
        weight,
        formula(
          `=SUM(${tableColumn(kunnatTable, kunnat.header(criterion))})`,
          figures.memberTotals[criterion],
        ),
      ]),
    )
    .put(weightsSumRow, labelCol, [
      [t.weightsSum, formula(`=SUM(${rangeA1(range(weightRow(0), weightCol, k, 1))})`, weightsSum), null],
      [
        texts.common.check,
        formula(
          `=IF(${sumsToOneTest(a1(weightsSumRow, weightCol))},` +
            `${textLiteral(texts.common.ok)},${textLiteral(t.weightsBad)})`,
          sumsToOne(weightsSum) ? texts.common.ok : t.weightsBad,
        ),
        null,
      ],
      // The share rows refer to Kunnat row by row; a member added to the Kunnat table later would
      // count in the criteria totals but have no share, so the split says it must be regenerated.
      [
        t.membersCheck,
        formula(
          `=IF(ROWS(${tableColumn(table, texts.fields.name)})=ROWS(${tableColumn(kunnatTable, texts.fields.name)}),` +
            `${textLiteral(texts.common.ok)},${textLiteral(t.membersChanged)})`,
          // As generated, the split has a row for every member.
          texts.common.ok,
        ),
        null,
      ],
    ])
    .look(range(HEADER_ROW, labelCol, 1, 3), { style: "header", wrap: true })
    .look(range(weightRow(0), weightCol, k, 1), { format: "percent", style: "input" })
    .look(range(weightRow(0), allCol, k, 1), { format: "count" })
    .look(range(weightsSumRow, weightCol), { format: "percent", style: "total" })
    .check(range(weightsSumRow + 1, weightCol, 2, 1), {
      kind: "text",
      pass: [texts.common.ok],
      fail: [t.weightsBad, t.membersChanged],
    })
    .width(labelCol, 24)
    .width(weightCol, 12)
    .width(allCol, 16);

  // The amounts to split, one editable cell above each year's column.
  draft
    .putRow(amountRow, 0, [
      t.amount,
      ...Array.from({ length: fractionCol }, (): Cell => null),
      ...years.map((y) => y.total),
    ])
    .look(range(amountRow, 0), { style: "subtitle" })
    .look(range(amountRow, yearCol(0), 1, years.length), { format: "euros", style: "input" });

  const fractionHeader = t.fraction;
  const headers = uniqueHeaders([
    texts.fields.name,
    ...criteria.map(({ criterion }) => t.criterionShare(kunnat.header(criterion))),
    fractionHeader,
    ...years.map((y) => (y.main ? t.mainYear(y.year) : t.estimateYear(y.year))),
  ]);
  const ownAt = (i: number, j: number) =>
    onSheet(kunnatSheet, a1(kunnat.row(i), kunnat.col((criteria[j] as (typeof criteria)[number]).criterion)));
  const splits = figures.costSplitYears;
  const part = (i: number, j: number) => figures.costCriteria[j]?.parts[i] as number;
  const rows = input.municipalities.map((m, i): Cell[] => [
    formula(`=${onSheet(kunnatSheet, a1(kunnat.row(i), 0))}`, m.name),
    ...criteria.map((_c, j) => formula(`=IF(${allAt(j)}=0,0,${ownAt(i, j)}/${allAt(j)})`, part(i, j))),
    // Same terms and order as exactShare: (w × own) / Σall, a criterion with weight 0 skipped.
    formula(
      `=${criteria.map((_c, j) => `IF(${weightAt(j)}=0,0,${weightAt(j)}*${ownAt(i, j)}/${allAt(j)})`).join("+")}`,
      figures.costFractions[i],
    ),
    ...years.map((_y, y) =>
      formula(
        `=ROUND(${a1(amountRow, yearCol(y), { row: true })}*${thisRow(table, fractionHeader)},2)`,
        splits[y]?.shares[i],
      ),
    ),
  ]);
  const columnSum = (col: number, value: number | undefined) =>
    formula(`=SUM(${tableColumn(table, headers[col] as string)})`, value);
  const sumOf = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0);
  draft
    .putRow(HEADER_ROW, 0, headers)
    .put(firstRow, 0, rows)
    .putRow(sumRow, 0, [
      t.sharesSum,
      ...criteria.map((_c, j) => columnSum(j + 1, sumOf(figures.costCriteria[j]?.parts ?? []))),
      columnSum(fractionCol, sumOf(figures.costFractions)),
      ...years.map((_y, y) => columnSum(yearCol(y), splits[y]?.sharesSum)),
    ])
    .put(differenceRow, 0, [
      [
        t.roundingDifference,
        ...Array.from({ length: fractionCol }, (): Cell => null),
        ...years.map((_y, y) =>
          formula(
            `=ROUND(ROUND(${a1(amountRow, yearCol(y), { row: true })},2)-${a1(sumRow, yearCol(y))},2)`,
            splits[y]?.roundingDifference,
          ),
        ),
      ],
      [
        t.splitTotal,
        ...Array.from({ length: fractionCol }, (): Cell => null),
        ...years.map((_y, y) =>
          formula(
            `=ROUND(${a1(sumRow, yearCol(y))}+${a1(differenceRow, yearCol(y))},2)`,
            splits[y]?.splitTotal,
          ),
        ),
      ],
    ])
    .put(totalRow + 2, 0, [[t.roundingNote], [t.customFunctionNote]])
    .table(table, range(HEADER_ROW, 0, n + 1, lastCol + 1))
    .look(range(HEADER_ROW, 0, 1, lastCol + 1), { style: "header", wrap: true })
    .look(range(firstRow, 1, n, fractionCol), { format: "percent" })
    .look(range(sumRow, 1, 1, fractionCol), { format: "percent" })
    .look(range(firstRow, yearCol(0), n, years.length), { format: "euros" })
    .look(range(sumRow, yearCol(0), 3, years.length), { format: "euros" })
    .look(range(sumRow, 0, 1, lastCol + 1), { style: "total" })
    .look(range(totalRow, 0, 1, lastCol + 1), { style: "total" })
    .look(range(totalRow + 2, 0, 2, 1), { style: "note" })
    .width(0, 26)
    .freezePanes(HEADER_ROW + 1, 1);
  for (let col = 1; col <= lastCol; col++) draft.width(col, col < yearCol(0) ? 14 : 18);

  const main = years.findIndex((y) => y.main);
  return draft
    .name(definedName(ctx, "Kustannusosuudet"), range(firstRow, yearCol(main), n, 1))
    .name(definedName(ctx, "Kustannus_Yhteensa"), range(totalRow, yearCol(main)))
    .chart(
      tableBars(
        chartTexts[ctx.naming.lang].costShares,
        { first: firstRow, count: n },
        0,
        years.map((_y, y) => ({ name: headers[yearCol(y)] as string, col: yearCol(y) })),
        NUMBER_FORMATS.wholeEuros,
      ),
    )
    .done("costSplit", ctx.naming.sheet.costSplit);
}
