import { caseloadView, staffingView } from "../domain/figures";
import { type SheetContext, definedName, HEADER_ROW, heading, localText, tableName } from "./context";
import { SheetDraft, uniqueHeaders } from "./draft";
import { formula, type Cell, type SheetPlan } from "./plan";
import { a1, range, rangeA1, tableColumn, textLiteral, thisRow } from "./refs";
import { longestWord, MAX_WORD_WIDTH } from "./rowHeights";

/**
 * Henkilöstötaulukko: titles × members in person-years with row and column totals
 * (docs/sources.md#person-years: 45 + 14,7 = 59,7 HTV, Htv_Yhteensa), the annual personnel cost per
 * title (docs/sources.md#personnel-cost: monthly salary × 1,25 × 12,5, 3 600 € → 56 250 €), and
 * beside it the need from client numbers (Σ clients / (caseload × share),
 * docs/sources.md#person-years-need: 3 762 / 130 = 28,94 HTV, Htv_Tarve) against the client-service
 * person-years of the table.
 *
 * Member columns carry the municipalities' names as headers; formulas reach them by A1 ranges, so
 * no user text ever becomes part of a formula.
 */
export function buildStaffing(ctx: SheetContext): SheetPlan {
  const { input, texts } = ctx;
  const t = texts.staffing;
  const view = staffingView(input);
  const table = tableName(ctx, "staffing");
  const groupsTable = tableName(ctx, "caseload");
  const n = input.municipalities.length;
  const rowsCount = view.rows.length;
  const draft = new SheetDraft();
  heading(draft, ctx, "staffing", texts.common.inputsNote);

  const totalCol = n + 1;
  const clientCol = n + 2;
  const salaryCol = n + 3;
  const annualCol = n + 4;
  const costCol = n + 5;
  const noteCol = n + 6;
  const firstRow = HEADER_ROW + 1;
  // One blank row between each table and the totals below it, so that no table can grow into them.
  const totalRow = firstRow + rowsCount + 1;

  // The cost parameters and the caseload block sit right of the table.
  const sideCol = noteCol + 2;
  const factorAt = a1(HEADER_ROW + 1, sideCol + 1, true);
  const monthsAt = a1(HEADER_ROW + 2, sideCol + 1, true);

  const fixed = [t.title, t.totalHtv, t.clientService, t.monthlySalary, t.annualCost, t.totalCost, t.note];
  const headers = [
    t.title,
    ...uniqueHeaders(
      input.municipalities.map((m) => m.name),
      fixed,
    ),
    t.totalHtv,
    t.clientService,
    t.monthlySalary,
    t.annualCost,
    t.totalCost,
    t.note,
  ];
  const salary = thisRow(table, t.monthlySalary);
  const unknown = textLiteral(texts.common.unknown);
  const annual = thisRow(table, t.annualCost);
  const rows = view.rows.map((row, i): Cell[] => [
    localText(ctx, row.title),
    ...row.htv,
    formula(`=SUM(${rangeA1(range(firstRow + i, 1, 1, n))})`),
    row.clientService ? texts.common.yes : texts.common.no,
    row.monthlySalary ?? null,
    // docs/sources.md#personnel-cost: monthly salary × side-cost factor × months, in
    // annualPersonnelCost's order. Without a salary the cost is not known: "—", never a 0 that
    // reads like a figure.
    formula(`=IF(ISNUMBER(${salary}),${salary}*${factorAt}*${monthsAt},${unknown})`),
    formula(`=IF(ISNUMBER(${annual}),${annual}*${thisRow(table, t.totalHtv)},${unknown})`),
    row.note === undefined ? null : localText(ctx, row.note),
  ]);
  draft
    .putRow(HEADER_ROW, 0, headers)
    .put(firstRow, 0, rows)
    .putRow(totalRow, 0, [
      texts.common.total,
      ...input.municipalities.map((_m, j) =>
        formula(`=SUM(${rangeA1(range(firstRow, 1 + j, rowsCount, 1))})`),
      ),
      formula(`=SUM(${tableColumn(table, t.totalHtv)})`),
      null,
      null,
      null,
      // A total over some rows only would understate the cost: "—" until every row has its salary.
      formula(
        `=IF(COUNT(${tableColumn(table, t.totalCost)})<ROWS(${tableColumn(table, t.totalCost)}),` +
          `${unknown},SUM(${tableColumn(table, t.totalCost)}))`,
      ),
      null,
    ])
    .table(table, range(HEADER_ROW, 0, rowsCount + 1, noteCol + 1))
    .look(range(HEADER_ROW, 0, 1, noteCol + 1), { style: "header", wrap: true })
    .look(range(firstRow, 0, rowsCount, 1), { format: "text" })
    .look(range(firstRow, 1, rowsCount, n), { format: "personYears", style: "input" })
    .look(range(firstRow, totalCol, rowsCount, 1), { format: "personYears" })
    .look(range(totalRow, totalCol), { format: "personYears" })
    .look(range(totalRow, 1, 1, n), { format: "personYears" })
    .look(range(firstRow, clientCol, rowsCount, 1), { style: "input" })
    .look(range(firstRow, salaryCol, rowsCount, 1), { format: "euros", style: "input" })
    .look(range(firstRow, annualCol, rowsCount, 2), { format: "eurosOrText" })
    .look(range(totalRow, annualCol, 1, 2), { format: "eurosOrText" })
    .look(range(firstRow, noteCol, rowsCount, 1), { wrap: true })
    .look(range(totalRow, 0, 1, noteCol + 1), { style: "total" })
    .dropdown(
      range(firstRow, clientCol, rowsCount, 1),
      [texts.common.yes, texts.common.no],
      texts.common.listError,
    )
    .width(0, 40)
    .width(totalCol, 12)
    .width(clientCol, 12)
    .width(salaryCol, 14)
    .width(annualCol, 16)
    .width(costCol, 16)
    .width(noteCol, 40)
    .name(definedName(ctx, "Htv_Yhteensa"), range(totalRow, totalCol))
    .freezePanes(HEADER_ROW + 1, 1);
  // One width for every member column, wide enough for the longest word of any name, so that no
  // name breaks mid-word and the columns stay one uniform run.
  const memberWidth = Math.max(11, Math.max(0, ...headers.slice(1, 1 + n).map(longestWord)) + 2);
  for (let j = 0; j < n; j++) draft.width(1 + j, Math.min(MAX_WORD_WIDTH, memberWidth));

  draft
    .putRow(HEADER_ROW, sideCol, [t.costTitle, texts.common.value])
    .put(HEADER_ROW + 1, sideCol, [
      [t.sideCostFactor, view.sideCostFactor],
      [t.monthsPerYear, view.monthsPerYear],
    ])
    .look(range(HEADER_ROW, sideCol, 1, 2), { style: "header" })
    .look(range(HEADER_ROW + 1, sideCol + 1, 2, 1), { format: "factor", style: "input" });

  // Caseload (asiakassalkku): HTV need per client group, docs/sources.md#caseload.
  const caseload = caseloadView(input);
  const g = caseload.groups.length;
  const titleRow = HEADER_ROW + 4;
  const groupHeaderRow = titleRow + 1;
  const groupFirst = groupHeaderRow + 1;
  const needTotalRow = groupFirst + g + 1;
  const needCol = sideCol + 4;
  const need = (row: number) => a1(row, needCol);
  const groupHeaders = [t.group, t.clients, t.caseload, t.portfolioShare, t.need];
  draft
    .putRow(titleRow, sideCol, [t.caseloadTitle])
    .putRow(groupHeaderRow, sideCol, groupHeaders)
    .put(
      groupFirst,
      sideCol,
      caseload.groups.map((group): Cell[] => [
        localText(ctx, group.name),
        group.clients,
        group.caseload,
        group.portfolioShare,
        // Same order as personYearsNeeded: clients / (caseload × share).
        formula(
          `=${thisRow(groupsTable, t.clients)}/(${thisRow(groupsTable, t.caseload)}*${thisRow(groupsTable, t.portfolioShare)})`,
        ),
      ]),
    )
    .put(needTotalRow, sideCol, [
      [
        texts.common.total,
        formula(`=SUM(${tableColumn(groupsTable, t.clients)})`),
        null,
        null,
        formula(`=SUM(${tableColumn(groupsTable, t.need)})`),
      ],
      [
        t.clientServiceHtv,
        null,
        null,
        null,
        formula(
          `=SUMIF(${tableColumn(table, t.clientService)},${textLiteral(texts.common.yes)},${tableColumn(table, t.totalHtv)})`,
        ),
      ],
      [t.surplus, null, null, null, formula(`=${need(needTotalRow + 1)}-${need(needTotalRow)}`)],
      // The sign test rounds to 1e-9 HTV: sums of tenths carry binary noise (0,1 + 0,2 is 0,30000000000000004).
      [
        texts.common.check,
        null,
        null,
        null,
        formula(
          `=IF(ROUND(${need(needTotalRow + 2)},9)>=0,${textLiteral(texts.common.ok)},${textLiteral(t.shortfall)})`,
        ),
      ],
    ])
    .table(groupsTable, range(groupHeaderRow, sideCol, g + 1, 5))
    .look(range(titleRow, sideCol), { style: "subtitle" })
    .look(range(groupHeaderRow, sideCol, 1, 5), { style: "header", wrap: true })
    .look(range(groupFirst, sideCol, g, 1), { format: "text" })
    .look(range(groupFirst, sideCol + 1, g, 2), { format: "count" })
    .look(range(needTotalRow, sideCol + 1), { format: "count" })
    .look(range(groupFirst, sideCol + 1, g, 3), { style: "input" })
    .look(range(groupFirst, sideCol + 3, g, 1), { format: "percentWhole" })
    .look(range(groupFirst, needCol, g, 1), { format: "personYears" })
    .look(range(needTotalRow, needCol, 3, 1), { format: "personYears" })
    .look(range(needTotalRow, sideCol, 1, 5), { style: "total" })
    .check(range(needTotalRow + 3, needCol), { kind: "text", pass: [texts.common.ok], fail: [t.shortfall] })
    .width(sideCol, 42)
    .width(sideCol + 1, 12)
    .width(sideCol + 2, 12)
    .width(sideCol + 3, 12)
    .width(needCol, 12)
    .name(definedName(ctx, "Htv_Tarve"), range(needTotalRow, needCol));

  let noteRow = totalRow + 2;
  if (view.template) {
    draft.putRow(noteRow, 0, [t.templateNote]).look(range(noteRow, 0), { style: "note" });
    noteRow += 1;
  }
  if (caseload.template) {
    draft.putRow(noteRow, 0, [t.caseloadTemplateNote]).look(range(noteRow, 0), { style: "note" });
  }
  return draft.done("staffing", ctx.naming.sheet.staffing);
}
