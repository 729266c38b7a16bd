import { municipalityFields, type MunicipalityField } from "../domain/figures";
import { type SheetContext, definedName, HEADER_ROW, heading, tableName } from "./context";
import { SheetDraft } from "./draft";
import { formula, type Cell, type SheetPlan } from "./plan";
import { putProjection } from "./projection";
import { a1, range, tableColumn, textLiteral } from "./refs";

/**
 * Where things are on the Kunnat sheet. The other sheets refer to its cells (cost-split criteria,
 * municipality names, the state share), so the layout is computed once, here.
 */
export interface MunicipalitiesLayout {
  readonly fields: readonly MunicipalityField[];
  /** Column of the municipality codes (text), when some member has one: beside the name. */
  readonly codeCol: number | undefined;
  /** Column of a numeric field; the name is in column 0. */
  readonly col: (field: MunicipalityField) => number;
  /** Table header of a numeric field, as the table's structured references spell it. */
  readonly header: (field: MunicipalityField) => string;
  /** Sheet row of the i-th municipality (input order). */
  readonly row: (i: number) => number;
  /** The totals row, one blank row below the table so that the table cannot grow into it. */
  readonly totalsRow: number;
  /** Column of the labour-force summary's labels; its values are one to the right. */
  readonly summaryCol: number;
}

export function municipalitiesLayout(ctx: SheetContext): MunicipalitiesLayout {
  const fields = municipalityFields(ctx.input);
  const codeCol = ctx.input.municipalities.some((m) => m.code !== undefined) ? 1 : undefined;
  const firstField = codeCol === undefined ? 1 : 2;
  return {
    fields,
    codeCol,
    col: (field) => fields.indexOf(field) + firstField,
    header: (field) => ctx.texts.fields[field],
    row: (i) => HEADER_ROW + 1 + i,
    totalsRow: HEADER_ROW + 2 + ctx.input.municipalities.length,
    summaryCol: fields.length + firstField + 1,
  };
}

/** Summary rows below the summary header, in order. */
const SUMMARY = ["threshold", "yearlyChange", "years", "total", "projected", "sufficient", "stated"] as const;

/**
 * Kunnat: the members with every numeric field of the input, a totals row, and the labour-force
 * sufficiency check of Act 380/2023 (≥ 20 000, docs/sources.md#threshold) over editable threshold,
 * yearly change and years. The stated total of the source is compared with the table by formula
 * (docs/sources.md#stated-total: the Kerava–Sipoo plan states 30 563, its own table adds up to
 * 30 566).
 */
export function buildMunicipalities(ctx: SheetContext): SheetPlan {
  const { input, figures, texts } = ctx;
  const t = texts.municipalities;
  const layout = municipalitiesLayout(ctx);
  const table = tableName(ctx, "municipalities");
  const n = input.municipalities.length;
  const draft = new SheetDraft();
  heading(draft, ctx, "municipalities", texts.common.inputsNote);

  const numberFormat = (field: MunicipalityField) => (field === "stateShare" ? "euros" : "count");
  const { codeCol } = layout;
  const withCode = <T>(code: T): T[] => (codeCol === undefined ? [] : [code]);
  const width = layout.summaryCol - 1;
  draft.putRow(HEADER_ROW, 0, [
    texts.fields.name,
    ...withCode(texts.fields.code),
    ...layout.fields.map(layout.header),
  ]);
  draft.put(
    HEADER_ROW + 1,
    0,
    input.municipalities.map((m) => [
      m.name,
      ...withCode<Cell>(m.code ?? null),
      ...layout.fields.map((field): Cell => m[field] ?? null),
    ]),
  );
  draft.putRow(layout.totalsRow, 0, [
    texts.common.total,
    ...withCode<Cell>(null),
    ...layout.fields.map((field) =>
      formula(`=SUM(${tableColumn(table, layout.header(field))})`, figures.memberTotals[field]),
    ),
  ]);
  draft
    .table(table, range(HEADER_ROW, 0, n + 1, width))
    .look(range(HEADER_ROW, 0, 1, width), { style: "header", wrap: true })
    .look(range(HEADER_ROW + 1, 0, n, 1), { format: "text" })
    .look(range(layout.totalsRow, 0, 1, width), { style: "total" });
  if (codeCol !== undefined) {
    // Text, so that "049" keeps its leading zero (docs/sources.md#employment-areas-2025); the
    // codes are Statistics Finland's, whose licence asks for the source line.
    draft
      .look(range(HEADER_ROW + 1, codeCol, n, 1), { format: "text", style: "input" })
      .width(codeCol, 13)
      .put(HEADER_ROW - 1, 0, [[t.source]])
      .look(range(HEADER_ROW - 1, 0), { style: "note" });
  }
  for (const field of layout.fields) {
    const col = layout.col(field);
    draft
      .look(range(HEADER_ROW + 1, col, n, 1), { format: numberFormat(field), style: "input" })
      .look(range(layout.totalsRow, col), { format: numberFormat(field) })
      .width(col, 15);
  }
  draft.width(0, 26);

  const labelCol = layout.summaryCol;
  const valueCol = labelCol + 1;
  const rowOf = (item: (typeof SUMMARY)[number]) => HEADER_ROW + 1 + SUMMARY.indexOf(item);
  const at = (item: (typeof SUMMARY)[number]) => a1(rowOf(item), valueCol);
  const labourForce = tableColumn(table, layout.header("labourForce"));
  const values: Record<(typeof SUMMARY)[number], Cell> = {
    threshold: input.threshold,
    yearlyChange: input.labourForceChange,
    years: input.projectionYears,
    total: formula(`=SUM(${labourForce})`, figures.labourForceTotal),
    // Compound projection, same order as projectLabourForce: total × (1 + change)^years.
    projected: formula(
      `=${at("total")}*(1+${at("yearlyChange")})^${at("years")}`,
      figures.labourForceProjected,
    ),
    sufficient: formula(`=${at("projected")}>=${at("threshold")}`, figures.labourForceSufficient),
    stated: input.statedLabourForce ?? null,
  };
  const difference = figures.statedLabourForceDifference;
  const differenceRow = rowOf("stated") + 1;
  const checkRow = differenceRow + 1;
  draft
    .putRow(HEADER_ROW, labelCol, [t.sufficiency, texts.common.value])
    .put(
      HEADER_ROW + 1,
      labelCol,
      SUMMARY.map((item) => [t[item], values[item]]),
    )
    .putRow(differenceRow, labelCol, [
      t.statedDifference,
      formula(`=IF(ISNUMBER(${at("stated")}),${at("stated")}-${at("total")},"")`, difference ?? ""),
    ])
    .putRow(checkRow, labelCol, [
      texts.common.check,
      formula(
        `=IF(ISNUMBER(${at("stated")}),IF(${a1(differenceRow, valueCol)}=0,` +
          `${textLiteral(texts.common.ok)},${textLiteral(t.statedMismatch)}),${textLiteral(t.statedNone)})`,
        difference === null ? t.statedNone : difference === 0 ? texts.common.ok : t.statedMismatch,
      ),
    ])
    .look(range(HEADER_ROW, labelCol, 1, 2), { style: "header" })
    .look(range(rowOf("threshold"), valueCol), { format: "count", style: "input" })
    .look(range(rowOf("yearlyChange"), valueCol), { format: "percent", style: "input" })
    .look(range(rowOf("years"), valueCol), { format: "year", style: "input" })
    .look(range(rowOf("total"), valueCol), { format: "count", style: "total" })
    .look(range(rowOf("projected"), valueCol), { format: "count" })
    .look(range(rowOf("sufficient"), valueCol), { style: "total" })
    .check(range(rowOf("sufficient"), valueCol), { kind: "boolean" })
    .look(range(rowOf("stated"), valueCol), { format: "count", style: "input" })
    .look(range(differenceRow, valueCol), { format: "count" })
    .check(range(checkRow, valueCol), {
      kind: "text",
      pass: [texts.common.ok],
      none: [t.statedNone],
      fail: [t.statedMismatch],
    })
    .width(labelCol, 36)
    .width(valueCol, 16)
    .name(definedName(ctx, "Tyovoima_Yhteensa"), range(rowOf("total"), valueCol))
    .name(definedName(ctx, "Tyovoima_Ennuste"), range(rowOf("projected"), valueCol))
    .name(definedName(ctx, "Tyovoima_Riittaa"), range(rowOf("sufficient"), valueCol))
    .freezePanes(HEADER_ROW + 1, 1);
  const pinned = (item: (typeof SUMMARY)[number]) => a1(rowOf(item), valueCol, true);
  // Under the table, in its first columns: the sheet prints no wider than before.
  putProjection(draft, ctx, layout.totalsRow + 2, 0, {
    total: pinned("total"),
    yearlyChange: pinned("yearlyChange"),
    threshold: pinned("threshold"),
  });
  return draft.done("municipalities", ctx.naming.sheet.municipalities);
}
