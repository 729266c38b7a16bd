import type { Block, FormatPlan, SheetPlan } from "./plan";

/**
 * Heights for rows whose wrapped text needs more than one line. Excel grows a row for wrapped text
 * only when the user edits it, and LibreOffice not at all on loading an .xlsx, so without this a
 * long note or header shows as one clipped line (or, in LibreOffice, spills over the next rows).
 *
 * The estimate is deliberately generous: a column of width w (in widths of the digit "0" of the
 * default font, Calibri 11) is taken to hold w − 1 characters a line — ordinary text is narrower
 * than digits, bold headers about as wide — and Calibri 11 needs 15 points a line.
 */
export const LINE_HEIGHT = 15;
/** Excel's default column width (characters) for columns the plan leaves alone. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** A wrapped column never grows wider than this to fit a single word (it breaks instead). */
export const MAX_WORD_WIDTH = 30;

/** Characters past its column's width up to which a text might still show on one line. */
const NEARLY_FITS = 4;

/** Pieces a line may break between: words, and the parts of "Ekosysteemi-/kumppanuuspalvelu". */
const breakable = (text: string): string[] =>
  text
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=[-/–])/))
    .filter(Boolean);

/** Characters of the longest piece of `text` a wrapped line cannot break. */
export const longestWord = (text: string): number =>
  Math.max(0, ...breakable(text).map((word) => word.length));

/** Cells of `blocks` holding text in a wrapped range of `formats`. */
function wrappedTexts(
  blocks: readonly Block[],
  formats: readonly FormatPlan[],
): { row: number; col: number; text: string }[] {
  const wrapped = formats.filter((format) => format.wrap);
  const isWrapped = (row: number, col: number): boolean =>
    wrapped.some(
      ({ range }) =>
        row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols,
    );
  const texts: { row: number; col: number; text: string }[] = [];
  for (const block of blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = block.row + r;
        const col = block.col + c;
        if (typeof cell === "string" && cell !== "" && isWrapped(row, col))
          texts.push({ row, col, text: cell });
      }),
    );
  }
  return texts;
}

/**
 * Widths that keep every word of wrapped text whole: a header such as "Asiakaspalvelu" in a
 * column narrower than the word would wrap as "Asiakaspalve/lu". Two characters of slack cover
 * bold headers; only columns that are too narrow are returned.
 */
export function wordFittingWidths(
  blocks: readonly Block[],
  formats: readonly FormatPlan[],
  columnWidths: SheetPlan["columnWidths"],
): Map<number, number> {
  const widthOf = new Map(columnWidths.map(({ col, width }) => [col, width]));
  const wider = new Map<number, number>();
  for (const { col, text } of wrappedTexts(blocks, formats)) {
    const current = wider.get(col) ?? widthOf.get(col) ?? DEFAULT_COLUMN_WIDTH;
    // A text just about as long as its column may or may not wrap, depending on the font: when it
    // does not, it fills the cell and runs into its neighbour ("I arbetsför ålder" beside
    // "Arbetslösa"). Such a text gets room for one line with a margin.
    const nearlyFits = text.length >= current - 2 && text.length <= current + NEARLY_FITS;
    const needed = Math.min(MAX_WORD_WIDTH, Math.max(longestWord(text), nearlyFits ? text.length : 0) + 2);
    if (needed > current) wider.set(col, needed);
  }
  return wider;
}

/** Lines `text` takes when wrapped at word boundaries into lines of `capacity` characters. */
export function wrappedLines(text: string, capacity: number): number {
  const width = Math.max(1, Math.floor(capacity));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    lines++;
    for (const word of breakable(paragraph)) {
      if (used > 0 && used + 1 + word.length <= width) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than a line breaks where it must.
      lines += Math.ceil(word.length / width) - 1;
      used = word.length % width || width;
    }
  }
  return lines;
}

/** The row heights (points) a sheet's wrapped text cells need, for rows needing more than one line. */
export function wrappedRowHeights(
  blocks: readonly Block[],
  formats: readonly FormatPlan[],
  columnWidths: SheetPlan["columnWidths"],
): { row: number; height: number }[] {
  const widthOf = new Map(columnWidths.map(({ col, width }) => [col, width]));
  const lines = new Map<number, number>();
  for (const { row, col, text } of wrappedTexts(blocks, formats)) {
    const needed = wrappedLines(text, (widthOf.get(col) ?? DEFAULT_COLUMN_WIDTH) - 1);
    if (needed > (lines.get(row) ?? 1)) lines.set(row, needed);
  }
  return [...lines].sort(([a], [b]) => a - b).map(([row, count]) => ({ row, height: count * LINE_HEIGHT }));
}
