import type { PrintTexts } from "../i18n/print";
import { HEADER_ROW, type SheetContext } from "./context";
import { cellAt } from "./draft";
import type { PrintPlan, SheetPlan } from "./plan";
import { usedExtent } from "./render/extent";
import { DEFAULT_FONT, STYLE_LOOK } from "./render/looks";

/**
 * Printable width of A4 in points with Excel's "Normal" margins (0.7" left and right): 595 − 2 × 50.4
 * upright, 842 − 2 × 50.4 on its side.
 */
const A4_WIDTH = { portrait: 595 - 100.8, landscape: 842 - 100.8 } as const;

/** Excel's default column width, 8.43 characters (64 px). */
const DEFAULT_WIDTH = 8.43;

/**
 * A column width in characters as printed points: 7 px per character of Calibri 11 and 5 px of
 * padding (ECMA-376 Part 1 §18.3.1.13), 0.75 pt per pixel. Close enough to choose an orientation.
 */
const printedPoints = (width: number): number => (Math.trunc(width * 7) + 5) * 0.75;

/** Ordinary text is narrower than the digits a column width counts (a generous estimate). */
const TEXT_PER_DIGIT = 0.9;

/**
 * Columns the print area must span so that text running on past its cell (a sheet's title, a long
 * note below a table: not wrapped, the cells to its right empty) is printed whole, not cut at the
 * area's edge.
 */
function spilledColumns(sheet: SheetPlan, widthOf: (col: number) => number): number {
  const wrapped = sheet.formats.filter((f) => f.wrap);
  const inside = (row: number, col: number, r: { row: number; col: number; rows: number; cols: number }) =>
    row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
  const sizeAt = (row: number, col: number) => {
    const style = sheet.formats.filter((f) => f.style && inside(row, col, f.range)).pop()?.style;
    return (style && STYLE_LOOK[style].size) ?? DEFAULT_FONT.size;
  };
  let cols = 0;
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = block.row + r;
        let col = block.col + c;
        if (typeof cell !== "string" || wrapped.some((f) => inside(row, col, f.range))) return;
        const needed = (cell.length * TEXT_PER_DIGIT * sizeAt(row, col)) / DEFAULT_FONT.size + 1;
        let room = widthOf(col);
        const empty = (at: number) => {
          const next = cellAt(sheet.blocks, row, at);
          return next === undefined || next === null || next === "";
        };
        while (room < needed && empty(col + 1)) room += widthOf(++col);
        cols = Math.max(cols, col + 1);
      }),
    );
  }
  return cols;
}

/** Text for a header or footer: "&" doubled (Excel's escape), cut with "…" to fit `max` characters. */
export function headerText(text: string, max: number): string {
  const escape = (raw: string) => raw.replace(/&/g, "&&");
  if (escape(text).length <= max) return escape(text);
  let kept = Array.from(text);
  while (kept.length > 0 && escape(kept.join("")).length > max - 1) kept = kept.slice(0, -1);
  return `${escape(kept.join("").trimEnd())}…`;
}

/** Room left for the area's name in the header (Excel's 255 less the title, codes and date). */
const AREA_ROOM = 100;

/**
 * How a sheet prints: A4 one page wide, upright when its columns fit at full size and on its side
 * otherwise; the table's header row repeated on every page; the plan's cells as the print area;
 * the area's name, the sheet's title and the date at the head of each page, the source of the
 * figures and "page x / y" at its foot.
 */
export function printPlan(sheet: SheetPlan, ctx: SheetContext, words: PrintTexts): PrintPlan {
  const widths = new Map(sheet.columnWidths.map(({ col, width }) => [col, width]));
  const widthOf = (col: number) => widths.get(col) ?? DEFAULT_WIDTH;
  const used = usedExtent(sheet);
  const rows = used.rows;
  const cols = Math.max(used.cols, spilledColumns(sheet, widthOf));
  let width = 0;
  for (let col = 0; col < cols; col++) width += printedPoints(widthOf(col));
  return {
    paper: "A4",
    orientation: width <= A4_WIDTH.portrait ? "portrait" : "landscape",
    pagesWide: 1,
    area: { row: 0, col: 0, rows: Math.max(rows, 1), cols: Math.max(cols, 1) },
    titleRows: { row: HEADER_ROW, rows: 1 },
    header: {
      left: headerText(ctx.input.area, AREA_ROOM),
      center: headerText(`${ctx.texts.titles[sheet.key]} ${ctx.input.year}`, AREA_ROOM),
      right: "&D",
    },
    footer: { left: headerText(words.source, AREA_ROOM * 1.5), center: "", right: words.pageOf("&P", "&N") },
  };
}
