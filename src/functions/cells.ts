import { cellAsNumber, clip } from "../domain/members";
import type { Problem } from "../domain/result";

/**
 * What Excel hands a custom function, turned into numbers. Ranges arrive as 2-D arrays (a single
 * cell as a bare value or [[x]]); a blank cell as "", null or undefined; an error cell — only when
 * the metadata allows errors — as a CustomFunctions.Error, or as a rich {type: "Error"} value. The
 * runtime is not ours to trust, so every shape is handled, and anything that is not a number is a
 * problem, never a zero: the text "18 875" is text.
 */

/** A blank cell; blanks are skipped, never read as 0 (docs/sources.md#blank-cells). */
export const BLANK = null;

/**
 * One cell: a finite number, BLANK, or the problem with it (still without a location). Plain
 * values read as every reader of member rows reads them (src/domain/members.ts `cellAsNumber`:
 * a cell of spaces is blank); error and rich values are unwrapped first.
 */
export function cellNumber(raw: unknown): number | null | Problem {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : { code: "notFinite" };
  return typeof raw === "object" && raw !== null ? objectCell(raw) : cellAsNumber(raw);
}

const isErrorCode = (value: unknown): value is string => typeof value === "string" && value.startsWith("#");

/** Error values and rich cell values (Excel.CellValue: {type, basicValue, …}). */
function objectCell(raw: object): number | null | Problem {
  const value = raw as Record<string, unknown>;
  // CustomFunctions.Error carries the code ("#DIV/0!") in `code`; rich errors in `basicValue`.
  if (isErrorCode(value.code)) return { code: "errorValue", text: value.code };
  if (value.type === "Error") {
    return { code: "errorValue", text: isErrorCode(value.basicValue) ? value.basicValue : "#VALUE!" };
  }
  if (raw instanceof Error) return { code: "errorValue", text: "#VALUE!" };
  switch (value.type) {
    case "Double":
    case "FormattedNumber":
    case "Boolean":
    case "String":
      return cellNumber(value.basicValue);
    case "Empty":
      return BLANK;
  }
  const text = typeof value.text === "string" ? value.text : value.basicValue;
  return {
    code: "notNumber",
    text: clip(typeof text === "string" ? text : Object.prototype.toString.call(raw)),
  };
}

/** A rectangular view of a raw argument: `matrix[r][c]` for r < rows, c < cols. */
export interface RawGrid {
  readonly matrix: readonly (readonly unknown[])[];
  readonly rows: number;
  readonly cols: number;
}

/** "3 × 2": a shape as the user reads it, rows first like Excel's own "3R × 2C". */
export const shapeText = (rows: number, cols: number): string => `${rows} × ${cols}`;

/**
 * The argument as a grid. A bare value is 1 × 1; a 1-D array (not from Excel, but possible from a
 * caller) is one row; rows of different lengths are a shape problem, not padded with blanks.
 */
export function rawGrid(raw: unknown): RawGrid | Problem {
  if (!Array.isArray(raw)) return { matrix: [[raw]], rows: 1, cols: 1 };
  const rows = raw.length;
  if (rows === 0) return { matrix: [], rows: 0, cols: 0 };
  const first: unknown = raw[0];
  if (!Array.isArray(first)) {
    return raw.some(Array.isArray)
      ? { code: "shape", expected: "2-D", actual: "1-D/2-D" }
      : { matrix: [raw], rows: 1, cols: rows };
  }
  const cols = first.length;
  for (let r = 1; r < rows; r++) {
    const row: unknown = raw[r];
    if (!Array.isArray(row) || row.length !== cols) return unevenRows(raw);
  }
  return { matrix: raw as unknown[][], rows, cols };
}

function unevenRows(raw: readonly unknown[]): Problem {
  if (!raw.every(Array.isArray)) return { code: "shape", expected: "2-D", actual: "1-D/2-D" };
  let shortest = Infinity;
  let longest = 0;
  for (const row of raw as unknown[][]) {
    shortest = Math.min(shortest, row.length);
    longest = Math.max(longest, row.length);
  }
  return {
    code: "shape",
    expected: shapeText(raw.length, longest),
    actual: `${raw.length} × ${shortest}–${longest}`,
  };
}

export const isProblem = (value: unknown): value is Problem =>
  typeof value === "object" && value !== null && "code" in value;
