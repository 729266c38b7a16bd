import { fail, ok, type Problem, type Result } from "../domain/result";
import { BLANK, cellNumber, isProblem, rawGrid, shapeText, type RawGrid } from "./cells";

/**
 * Parameter declarations of the custom functions (STYLE §1, after HyperFormula's plugin
 * metadata): each function lists its parameters — a number, a range of numbers, a table of
 * criteria, a weight vector — with defaults and bounds, and the runner (runner.ts) reads Excel's
 * raw arguments through them. A function body then only ever sees clean numbers.
 */

/** Bounds every number of an argument must keep; all given ones apply ("> 0" and "≤ 1" is (0, 1]). */
export interface Bounds {
  /** "≥ n" */
  readonly atLeast?: number;
  /** "> n" */
  readonly above?: number;
  /** "≤ n" */
  readonly atMost?: number;
  /** A whole number, such as years. */
  readonly whole?: boolean;
}

/** The first bound `value` breaks, as a problem without location; undefined when it keeps them all. */
export function breach(value: number, bounds: Bounds): Problem | undefined {
  const { atLeast, above, atMost, whole } = bounds;
  if (atLeast !== undefined && value < atLeast) {
    return atLeast === 0
      ? { code: "negative", value }
      : { code: "tooSmall", value, min: atLeast, inclusive: true };
  }
  if (above !== undefined && value <= above) return { code: "tooSmall", value, min: above, inclusive: false };
  if (atMost !== undefined && value > atMost)
    return { code: "tooLarge", value, max: atMost, inclusive: true };
  if (whole && !Number.isInteger(value)) return { code: "notInteger", value };
  return undefined;
}

/**
 * Bounds as four plain numbers, so that the per-cell check is a few comparisons, not calls. The
 * open ends are ±Number.MAX_VALUE, not ±Infinity, so that an infinite cell fails the fast check.
 */
interface Limits {
  readonly low: number;
  readonly above: number;
  readonly high: number;
  readonly whole: boolean;
}
const limits = (bounds: Bounds): Limits => ({
  low: bounds.atLeast ?? -Number.MAX_VALUE,
  above: bounds.above ?? -Infinity,
  high: bounds.atMost ?? Number.MAX_VALUE,
  whole: bounds.whole ?? false,
});

/** Localized location of an argument, and of a cell inside it. */
export interface Place {
  /** The argument as a whole: "tyovoima". */
  readonly whole: string;
  /** A cell by its row-major index: "tyovoima, rivi 3" (or ", sarake 2", or both). */
  cell(rows: number, cols: number, index: number): string;
  /** "1 × 1 tai 5 × 1 (kuten asiakkaat)": shapes joined with the language's "or", and why. */
  oneOf(shapes: readonly string[], because: Because): string;
}

/** Why a shape is expected: it follows another range, or has one cell per column of a table. */
export type Because = { readonly like: string } | { readonly columnsOf: string; readonly count: number };

/** Finds the place of any parameter of the same function, for messages naming two arguments. */
export type Places = (parameter: string) => Place;

/** A range's cells. */
export interface Cells {
  readonly rows: number;
  readonly cols: number;
  /** Σ of the non-blank numbers, added in row-major order as Excel's SUM does. */
  readonly total: number;
  /** How many cells are not blank. */
  readonly count: number;
  /** The number at a row-major index; NaN for a blank cell (a real NaN is refused while reading). */
  at(index: number): number;
}

/** A table of criteria. */
export interface Table {
  readonly rows: number;
  readonly cols: number;
  /** One array per row; null for a row left entirely blank. */
  readonly data: readonly (readonly number[] | null)[];
  /** The rows that are not blank: the members. */
  readonly members: readonly (readonly number[])[];
  /** Σ of each column over the members, added row by row as it was read. */
  readonly columnTotals: readonly number[];
}

export interface Param<T> {
  /** The JavaScript and Finnish metadata name, e.g. "tyovoima". */
  readonly name: string;
  /** Turns Excel's raw argument into T, or names the problem and where it is. */
  read(raw: unknown, place: Place): Result<T>;
  /** Checks this argument against the others once all are read (e.g. "same shape as asiakkaat"). */
  relate?(value: T, args: ReadonlyMap<string, unknown>, places: Places): Problem | undefined;
}

/** A cell that is not a plain in-bounds number: a number breaking a bound, a blank, or a problem. */
function slowCell(raw: unknown, bounds: Bounds): number | null | Problem {
  const value = cellNumber(raw);
  if (typeof value !== "number") return value;
  return breach(value, bounds) ?? value;
}

/** Excel's own rows, when every cell is a plain in-bounds number: nothing is copied. */
function matrixCells(
  matrix: readonly (readonly unknown[])[],
  rows: number,
  cols: number,
  total: number,
): Cells {
  const at =
    cols === 1
      ? (index: number) => (matrix[index] as readonly number[])[0] as number
      : (index: number) => (matrix[Math.floor(index / cols)] as readonly number[])[index % cols] as number;
  return { rows, cols, total, count: rows * cols, at };
}

/**
 * Column sums of a 2-D argument whose every cell is a plain number within the bounds, in one pass
 * that checks the shape as it goes — nearly every call. Undefined when any row or cell needs the
 * general path (blanks, rich values, problems, not a rectangle).
 *
 * The pass does as little per cell as it can: a type check, the sum and the running least and
 * greatest cell; the bounds are checked on those once at the end. A NaN or an infinite cell
 * leaves its column's sum not finite, so it is caught there too. The rare whole-number bound
 * takes a second look at the cells only when there is one.
 */
function plainColumnTotals(raw: unknown, limits: Limits): number[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || !Array.isArray(raw[0])) return undefined;
  const rows = raw as readonly unknown[];
  const cols = (rows[0] as unknown[]).length;
  if (cols === 0) return undefined;
  const plain = cols === 1 ? singleColumnTotal(rows) : columnTotals(rows, cols);
  return plain !== undefined && withinLimits(rows, plain, limits) ? plain.totals : undefined;
}

/** Column sums of cells that are all numbers, and the least and greatest of those cells. */
interface PlainSums {
  readonly totals: number[];
  readonly least: number;
  readonly greatest: number;
}

/** The sum and the least cell of a single column, the commonest range; undefined if not plain. */
function singleColumnTotal(rows: readonly unknown[]): PlainSums | undefined {
  let least = Infinity;
  let greatest = -Infinity;
  let total = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== 1) return undefined;
    const cell: unknown = row[0];
    if (typeof cell !== "number") return undefined;
    if (cell < least) least = cell;
    if (cell > greatest) greatest = cell;
    total += cell;
  }
  return { totals: [total], least, greatest };
}

/** Column sums and the least cell of a rectangle of numbers; undefined if not plain. */
function columnTotals(rows: readonly unknown[], cols: number): PlainSums | undefined {
  const totals = new Array<number>(cols);
  let least = Infinity;
  let greatest = -Infinity;
  // Column by column, each into a local sum (row by row, as a column SUM adds): far faster than
  // adding into an array slot per cell. The first column's pass also checks every row's shape.
  for (let c = 0; c < cols; c++) {
    let total = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (c === 0 && (!Array.isArray(row) || row.length !== cols)) return undefined;
      const cell: unknown = (row as unknown[])[c];
      if (typeof cell !== "number") return undefined;
      if (cell < least) least = cell;
      if (cell > greatest) greatest = cell;
      total += cell;
    }
    totals[c] = total;
  }
  return { totals, least, greatest };
}

/** Whether plain cells keep the bounds: checked on their least and greatest, whole numbers on a second look. */
function withinLimits(
  rows: readonly unknown[],
  { totals, least, greatest }: PlainSums,
  { low, above, high, whole }: Limits,
): boolean {
  if (!totals.every(Number.isFinite) || !(least >= low && least > above && greatest <= high)) return false;
  return !whole || rows.every((row) => (row as number[]).every((cell) => cell % 1 === 0));
}

const sum = (values: readonly number[]): number => values.reduce((acc, value) => acc + value, 0);

/** Reads every cell of a grid, checking each number against the bounds; blanks become NaN. */
function readCells(grid: RawGrid, bounds: Bounds, place: Place): Result<Cells> {
  const { matrix, rows, cols } = grid;
  const values = new Array<number>(rows * cols);
  let count = 0;
  let total = 0;
  for (let r = 0, index = 0; r < rows; r++) {
    const row = matrix[r] as readonly unknown[];
    for (let c = 0; c < cols; c++, index++) {
      const value = slowCell(row[c], bounds);
      if (value === BLANK) {
        values[index] = NaN;
      } else if (typeof value === "number") {
        values[index] = value;
        total += value;
        count++;
      } else {
        return fail({ ...value, at: place.cell(rows, cols, index) });
      }
    }
  }
  return ok({ rows, cols, total, count, at: (index) => values[index] as number });
}

function readGrid(raw: unknown, bounds: Bounds, place: Place): Result<Cells> {
  const totals = plainColumnTotals(raw, limits(bounds));
  if (totals !== undefined) {
    const matrix = raw as readonly (readonly number[])[];
    return ok(matrixCells(matrix, matrix.length, totals.length, sum(totals)));
  }
  const grid = rawGrid(raw);
  return isProblem(grid) ? fail({ ...grid, at: place.whole }) : readCells(grid, bounds, place);
}

const isBlank = (cells: Cells): boolean => cells.count === 0;

/** The non-blank numbers of a range, in row-major order. */
export function filled(cells: Cells): number[] {
  const numbers: number[] = [];
  for (let i = 0; i < cells.rows * cells.cols; i++) {
    const value = cells.at(i);
    if (!Number.isNaN(value)) numbers.push(value);
  }
  return numbers;
}

/** The value at `index` of a range that is either 1 × 1 (the same for every cell) or full-size. */
export const broadcast = (cells: Cells, index: number): number =>
  cells.rows * cells.cols === 1 ? cells.at(0) : cells.at(index);

/** One number for all: a 1 × 1 range. */
const single = (value: number): Cells => ({ rows: 1, cols: 1, total: value, count: 1, at: () => value });

interface NumberOptions {
  readonly bounds?: Bounds;
  /** Used when the argument is omitted or blank; no default means the argument is required. */
  readonly fallback?: number;
}

/** One number. A blank cell counts as omitted, so an optional argument then takes its default. */
export function number(name: string, { bounds = {}, fallback }: NumberOptions = {}): Param<number> {
  return {
    name,
    read(raw, place) {
      const grid = rawGrid(raw);
      if (isProblem(grid)) return fail({ ...grid, at: place.whole });
      if (grid.rows * grid.cols > 1) {
        const actual = shapeText(grid.rows, grid.cols);
        return fail({ code: "shape", expected: shapeText(1, 1), actual, at: place.whole });
      }
      const cells = readCells(grid, bounds, place);
      if (!cells.ok) return cells;
      if (cells.value.count === 1) return ok(cells.value.at(0));
      return fallback === undefined ? fail({ code: "missing", at: place.whole }) : ok(fallback);
    },
  };
}

interface RangeOptions extends NumberOptions {
  /** Another range this one follows cell by cell; 1 × 1 applies to every cell of it. */
  readonly like?: string;
}

/**
 * A number or a range of numbers; blank cells are skipped. An all-blank range is omitted when
 * there is a default, otherwise #N/A: there is nothing to compute from.
 */
export function range(name: string, { bounds = {}, fallback, like }: RangeOptions = {}): Param<Cells> {
  return {
    name,
    read(raw, place) {
      const cells = readGrid(raw, bounds, place);
      if (!cells.ok || !isBlank(cells.value)) return cells;
      if (fallback !== undefined) return ok(single(fallback));
      return fail({ code: "empty", at: place.whole });
    },
    relate(cells, args, places) {
      if (like === undefined) return undefined;
      const leader = args.get(like) as Cells;
      const one = cells.rows * cells.cols === 1;
      if (!one && (cells.rows !== leader.rows || cells.cols !== leader.cols)) {
        const place = places(name);
        return {
          code: "shape",
          expected: place.oneOf([shapeText(1, 1), shapeText(leader.rows, leader.cols)], {
            like: places(like).whole,
          }),
          actual: shapeText(cells.rows, cells.cols),
          at: place.whole,
        };
      }
      const size = leader.rows * leader.cols;
      if (one || cells.count === size) return undefined;
      // A group with clients needs its caseload: a blank one is missing data, not a zero.
      for (let i = 0; i < size; i++) {
        if (!Number.isNaN(leader.at(i)) && Number.isNaN(cells.at(i))) {
          return { code: "missing", at: places(name).cell(cells.rows, cells.cols, i) };
        }
      }
      return undefined;
    },
  };
}

interface TableOptions {
  readonly bounds?: Bounds;
  /** Another table whose columns (criteria) this one must have. */
  readonly columnsOf?: string;
}

/**
 * Rows of criteria. A row left entirely blank is skipped (room for a future member); a row with
 * some cells blank is missing data (#N/A), because a share cannot be computed from half a row.
 */
export function table(name: string, { bounds = {}, columnsOf }: TableOptions = {}): Param<Table> {
  return {
    name,
    read(raw, place) {
      const plain = plainColumnTotals(raw, limits(bounds));
      if (plain !== undefined) {
        // Excel's own rows hold only valid numbers: they are the members, as they are.
        const rows = raw as readonly (readonly number[])[];
        return ok({ rows: rows.length, cols: plain.length, data: rows, members: rows, columnTotals: plain });
      }
      const grid = rawGrid(raw);
      if (isProblem(grid)) return fail({ ...grid, at: place.whole });
      const { matrix, rows, cols } = grid;
      const { low, above, high, whole } = limits(bounds);
      let data: (readonly number[] | null)[] | undefined;
      let blankRows = 0;
      for (let r = 0; r < rows; r++) {
        const row = matrix[r] as readonly unknown[];
        let plain = true;
        for (let c = 0; c < cols; c++) {
          const cell = row[c];
          if (
            typeof cell !== "number" ||
            !(cell >= low && cell > above && cell <= high && (!whole || cell % 1 === 0))
          ) {
            plain = false;
            break;
          }
        }
        if (plain) {
          // Excel's own row array holds only valid numbers: keep it, without copying.
          if (data) data.push(row as readonly number[]);
          continue;
        }
        data ??= matrix.slice(0, r) as (readonly number[])[];
        const values: (number | null)[] = [];
        for (let c = 0; c < cols; c++) {
          const value = slowCell(row[c], bounds);
          if (isProblem(value)) return fail({ ...value, at: place.cell(rows, cols, r * cols + c) });
          values.push(value);
        }
        const blank = values.indexOf(BLANK);
        if (blank < 0) {
          data.push(values as number[]);
        } else if (values.every((value) => value === BLANK)) {
          data.push(null);
          blankRows++;
        } else {
          return fail({ code: "missing", at: place.cell(rows, cols, r * cols + blank) });
        }
      }
      const all = data ?? (matrix as readonly (readonly number[])[]);
      if (blankRows === rows) return fail({ code: "empty", at: place.whole });
      const members = blankRows === 0 ? (all as (readonly number[])[]) : all.filter((row) => row !== null);
      const columnTotals = new Array<number>(cols).fill(0);
      for (const member of members) for (let c = 0; c < cols; c++) columnTotals[c]! += member[c] as number;
      return ok({ rows, cols, data: all, members, columnTotals });
    },
    relate(value, args, places) {
      if (columnsOf === undefined) return undefined;
      const other = args.get(columnsOf) as Table;
      if (value.cols === other.cols) return undefined;
      const place = places(name);
      return {
        code: "shape",
        expected: place.oneOf([shapeText(value.rows, other.cols)], {
          columnsOf: places(columnsOf).whole,
          count: other.cols,
        }),
        actual: shapeText(value.rows, value.cols),
        at: place.whole,
      };
    },
  };
}

interface VectorOptions {
  readonly bounds?: Bounds;
  /** The table with one column per element of this vector. */
  readonly oneForEachColumnOf: string;
}

/**
 * An optional row or column with one number per column of another table, such as weights per
 * criterion. All blank (or omitted) is undefined, for the caller's default; a blank among numbers
 * is missing data, because skipping it would shift every later weight onto the wrong criterion.
 */
export function vector(
  name: string,
  { bounds = {}, oneForEachColumnOf }: VectorOptions,
): Param<Cells | undefined> {
  return {
    name,
    read(raw, place) {
      const read = readGrid(raw, bounds, place);
      if (!read.ok) return read;
      const cells = read.value;
      if (isBlank(cells)) return ok(undefined);
      for (let i = 0; i < cells.rows * cells.cols; i++) {
        if (Number.isNaN(cells.at(i)))
          return fail({ code: "missing", at: place.cell(cells.rows, cells.cols, i) });
      }
      return ok(cells);
    },
    relate(cells, args, places) {
      if (cells === undefined) return undefined;
      const k = (args.get(oneForEachColumnOf) as Table).cols;
      if ((cells.rows === 1 || cells.cols === 1) && cells.rows * cells.cols === k) return undefined;
      const place = places(name);
      return {
        code: "shape",
        expected: place.oneOf([shapeText(1, k), shapeText(k, 1)], {
          columnsOf: places(oneForEachColumnOf).whole,
          count: k,
        }),
        actual: shapeText(cells.rows, cells.cols),
        at: place.whole,
      };
    },
  };
}
