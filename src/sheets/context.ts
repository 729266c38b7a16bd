import type { AreaFigures, Text } from "../domain/figures";
import type { AreaInput } from "../domain/model";
import type { SheetTexts } from "../i18n/sheets";
import type { DefinedName, TableKey } from "./contract";
import { TABLE_NAMES } from "./contract";
import type { SheetDraft } from "./draft";
import type { Naming } from "./naming";
import type { SheetKey } from "./plan";
import { range } from "./refs";

/** What every sheet builder gets: the input, the words of the language and the resolved names. */
export interface SheetContext {
  readonly input: AreaInput;
  /** The input's figures (src/domain/figures.ts): each formula carries the value it computes. */
  readonly figures: AreaFigures;
  readonly texts: SheetTexts;
  readonly naming: Naming;
}

/** Every sheet puts its main table's header on this row (0-based), below title, area and a note. */
export const HEADER_ROW = 4;

export const tableName = (ctx: SheetContext, key: TableKey): string =>
  `${TABLE_NAMES[key]}${ctx.naming.suffix}`;
export const definedName = (ctx: SheetContext, base: DefinedName): string => `${base}${ctx.naming.suffix}`;

/** A user's text as it is, or a template text in the sheet's language. */
export const localText = (ctx: SheetContext, text: Text): string =>
  typeof text === "string" ? text : ctx.texts.templates[text.template];

/**
 * Rows 0–2 of every sheet: title, the area's name (the user's text, written as text) and a note;
 * `width` columns get the title look so that long titles read as one line.
 */
export function heading(draft: SheetDraft, ctx: SheetContext, key: SheetKey, note: string): void {
  draft
    .put(0, 0, [[`${ctx.texts.titles[key]} ${ctx.input.year}`], [ctx.input.area], [note]])
    .look(range(0, 0), { style: "title" })
    .look(range(1, 0), { style: "subtitle" })
    .look(range(2, 0), { style: "note" });
}
