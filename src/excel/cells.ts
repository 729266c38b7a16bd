import { isFormula, type Block, type SheetPlan } from "../sheets/plan";

/**
 * Plan text as Office.js must write it to stay text. Excel parses text arriving through
 * `Range.values` or `Range.formulas` as if the user had typed it: @types/office-js, Range.values,
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula", and typed "18 875", "1.1.2025" or "TRUE" become numbers,
 * dates and booleans. A leading apostrophe is Excel's quote prefix: the rest stays text and the
 * apostrophe is not part of the value (OfficeDev/office-js#6687: a cell entered as "'=AVERAGE(…)"
 * holds the string, and `formulas` reads it back without the quote). Every plan string gets one,
 * so a municipality called "=HYPERLINK("x")", "+1" or "@SUM(A1)" lands as text.
 */
export const asEnteredText = (text: string): string => `'${text}`;

/** A block as at most two whole-range writes: its constants and its formulas. */
export interface BlockWrite {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  /** Constants, null where the cell is a formula, empty, or written by a later block. */
  readonly values?: (string | number | boolean | null)[][];
  /** Formulas, null elsewhere. */
  readonly formulas?: (string | null)[][];
}

/**
 * The writes of a sheet's blocks. Null in a 2-D array leaves that cell as it is (Microsoft,
 * "Blank and null values in Excel add-ins"), which lets constants and formulas of one block go in
 * two writes, and makes a later block win where blocks overlap, as in the .xlsx adapter.
 */
export function blockWrites(sheet: SheetPlan): BlockWrite[] {
  const owner = new Map<string, Block>();
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        if (cell !== null) owner.set(`${block.row + i},${block.col + j}`, block);
      }),
    );
  }
  return sheet.blocks.flatMap((block) => {
    const rows = block.cells.length;
    const cols = block.cells[0]?.length ?? 0;
    if (rows === 0 || cols === 0) return [];
    const owns = (i: number, j: number) => owner.get(`${block.row + i},${block.col + j}`) === block;
    // "" would clear the cell; a new sheet's cell is empty already.
    const values = block.cells.map((cells, i) =>
      cells.map((cell, j) => {
        if (cell === null || cell === "" || isFormula(cell) || !owns(i, j)) return null;
        return typeof cell === "string" ? asEnteredText(cell) : cell;
      }),
    );
    const formulas = block.cells.map((cells, i) =>
      cells.map((cell, j) => (cell !== null && isFormula(cell) && owns(i, j) ? cell.formula : null)),
    );
    const any = (grid: unknown[][]) => grid.some((line) => line.some((cell) => cell !== null));
    const write: BlockWrite = { row: block.row, col: block.col, rows, cols };
    return [
      {
        ...write,
        ...(any(values) ? { values } : {}),
        ...(any(formulas) ? { formulas } : {}),
      },
    ];
  });
}
