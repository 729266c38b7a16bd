import { servicesView } from "../domain/figures";
import { EXTENTS, PRODUCTION_MODES, TASK_AREAS } from "../domain/model";
import { type SheetContext, HEADER_ROW, heading, localText, tableName } from "./context";
import { SheetDraft } from "./draft";
import { formula, type Cell, type SheetPlan } from "./plan";
import { range, tableColumn } from "./refs";

/**
 * Palvelutuotantomatriisi (docs/sources.md#service-matrix): services × the five production modes,
 * each mode an extent chosen from a dropdown (Kokonaan / Pääasiassa / Valtaosin / Osittain) and a
 * note naming the partner; the service map's task area I–VI (section B) with a legend; person-years
 * per service.
 */
export function buildServices(ctx: SheetContext): SheetPlan {
  const { input, figures, texts } = ctx;
  const t = texts.services;
  const view = servicesView(input);
  const table = tableName(ctx, "services");
  const n = view.rows.length;
  const draft = new SheetDraft();
  heading(draft, ctx, "services", texts.common.inputsNote);

  const extentCol = (m: number) => 2 + 2 * m;
  const htvCol = extentCol(PRODUCTION_MODES.length);
  const firstRow = HEADER_ROW + 1;
  // One blank row between the table and its total, so that the table cannot grow into it.
  const totalRow = firstRow + n + 1;
  const headers = [
    t.service,
    t.taskArea,
    ...PRODUCTION_MODES.flatMap((mode) => [t.modes[mode], t.modeNote(t.modes[mode])]),
    t.htv,
  ];
  const rows = view.rows.map((row): Cell[] => [
    localText(ctx, row.service),
    row.taskArea ?? null,
    ...PRODUCTION_MODES.flatMap((mode): Cell[] => {
      const cell = row.modes[mode];
      return [cell?.extent === undefined ? null : t.extents[cell.extent], cell?.note ?? null];
    }),
    row.htv ?? null,
  ]);
  const extents = EXTENTS.map((extent) => t.extents[extent]);
  draft
    .putRow(3, 0, [t.howTo])
    .putRow(HEADER_ROW, 0, headers)
    .put(firstRow, 0, rows)
    .putRow(totalRow, 0, [
      texts.common.total,
      ...Array.from({ length: htvCol - 1 }, (): Cell => null),
      formula(`=SUM(${tableColumn(table, t.htv)})`, figures.servicesHtv),
    ])
    .table(table, range(HEADER_ROW, 0, n + 1, htvCol + 1))
    .look(range(3, 0), { style: "note" })
    .look(range(HEADER_ROW, 0, 1, htvCol + 1), { style: "header", wrap: true })
    .look(range(firstRow, 0, n, 1), { format: "text", wrap: true })
    .look(range(firstRow, 1, n, htvCol), { style: "input" })
    .look(range(firstRow, htvCol, n, 1), { format: "personYears" })
    .look(range(totalRow, htvCol), { format: "personYears" })
    .look(range(totalRow, 0, 1, htvCol + 1), { style: "total" })
    .dropdown(range(firstRow, 1, n, 1), TASK_AREAS, texts.common.listError)
    .width(0, 36)
    .width(1, 11)
    .width(htvCol, 12)
    .freezePanes(HEADER_ROW + 1, 1);
  PRODUCTION_MODES.forEach((_mode, m) => {
    draft
      .dropdown(range(firstRow, extentCol(m), n, 1), extents, texts.common.listError)
      .look(range(firstRow, extentCol(m) + 1, n, 1), { format: "text", wrap: true })
      .width(extentCol(m), 16)
      .width(extentCol(m) + 1, 28);
  });

  const legendCol = htvCol + 2;
  draft
    .putRow(HEADER_ROW - 1, legendCol, [t.legend])
    .putRow(HEADER_ROW, legendCol, [t.taskArea, t.legendName])
    .put(
      firstRow,
      legendCol,
      TASK_AREAS.map((area) => [area, t.taskAreas[area]]),
    )
    .look(range(HEADER_ROW - 1, legendCol), { style: "subtitle" })
    .look(range(HEADER_ROW, legendCol, 1, 2), { style: "header" })
    .width(legendCol, 12)
    .width(legendCol + 1, 34);

  if (view.template) {
    draft.putRow(totalRow + 2, 0, [t.templateNote]).look(range(totalRow + 2, 0), { style: "note" });
  }
  return draft.done("services", ctx.naming.sheet.services);
}
