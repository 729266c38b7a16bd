import { fail, ok, type Problem, type Result } from "../domain/result";
import { BLANK, cellNumber, isProblem, rawGrid, shapeText, type RawGrid } from "./cells";

/**
 * Parameter declarations of the custom functions (STYLE §1, after HyperFormula's plugin
 * metadata): each function lists its parameters — a number, a range of numbers, a table of
 * criteria, a weight vector — with defaults and bounds, and the runner (runner.ts) reads Excel's
 * raw arguments through them. A function body then only ever sees clean numbers.
 */

/** A bound on one number; answers the problem (without location) or undefined when it holds. */
export type Rule = (value: number) => Problem | undefined;

export const nonNegative: Rule = (value) => (value >= 0 ? undefined : { code: "negative", value });

export const greaterThan =
  (min: number): Rule =>
  (value) =>
    value > min ? undefined : { code: "tooSmall", value, min, inclusive: false };

export const atMost =
  (max: number): Rule =>
  (value) =>
    value <= max ? undefined : { code: "tooLarge", value, max, inclusive: true };

export const wholeNumber: Rule = (value) =>
  Number.isInteger(value) ? undefined : { code: "notInteger", value };

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

/** A range's cells in row-major order; BLANK where the cell was empty. */
export interface Cells {
  readonly rows: number;
  readonly cols: number;
  readonly values: readonly (number | null)[];
}

/** A table of criteria: one array per row, BLANK for a row left entirely empty. */
export interface Table {
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly (readonly number[] | null)[];
}

export interface Param<T> {
  /** The JavaScript and Finnish metadata name, e.g. "tyovoima". */
  readonly name: string;
  /** Turns Excel's raw argument into T, or names the problem and where it is. */
  read(raw: unknown, place: Place): Result<T>;
  /** Checks this argument against the others once all are read (e.g. "same shape as asiakkaat"). */
  relate?(value: T, args: ReadonlyMap<string, unknown>, places: Places): Problem | undefined;
}

/** Reads every cell of a grid, applying the rules to each number. */
function readCells(grid: RawGrid, rules: readonly Rule[], place: Place): Result<Cells> {
  const { matrix, rows, cols } = grid;
  const values = new Array<number | null>(rows * cols);
  let index = 0;
  for (let r = 0; r < rows; r++) {
    const row = matrix[r] as readonly unknown[];
    for (let c = 0; c < cols; c++, index++) {
      const raw = row[c];
      // Plain finite numbers are nearly every cell: keep them off the general path.
      const value = typeof raw === "number" && raw - raw === 0 ? raw : cellNumber(raw);
      if (typeof value === "number") {
        for (const rule of rules) {
          const problem = rule(value);
          if (problem) return fail({ ...problem, at: place.cell(rows, cols, index) });
        }
      } else if (value !== BLANK) {
        return fail({ ...value, at: place.cell(rows, cols, index) });
      }
      values[index] = value;
    }
  }
  return ok({ rows, cols, values });
}

function readGrid(raw: unknown, rules: readonly Rule[], place: Place): Result<Cells> {
  const grid = rawGrid(raw);
  return isProblem(grid) ? fail({ ...grid, at: place.whole }) : readCells(grid, rules, place);
}

const isBlank = (cells: Cells): boolean => cells.values.every((value) => value === BLANK);

/** The non-blank numbers of a range, in row-major order. */
export function filled(cells: Cells): number[] {
  const numbers: number[] = [];
  for (const value of cells.values) if (value !== BLANK) numbers.push(value);
  return numbers;
}

/** The value at `index` of a range that is either 1 × 1 (the same for every cell) or full-size. */
export const broadcast = (cells: Cells, index: number): number | null =>
  cells.values.length === 1 ? (cells.values[0] as number | null) : (cells.values[index] as number | null);

interface NumberOptions {
  readonly rules?: readonly Rule[];
  /** Used when the argument is omitted or blank; no default means the argument is required. */
  readonly fallback?: number;
}

/** One number. A blank cell counts as omitted, so an optional argument then takes its default. */
export function number(name: string, { rules = [], fallback }: NumberOptions = {}): Param<number> {
  return {
    name,
    read(raw, place) {
      const grid = rawGrid(raw);
      if (isProblem(grid)) return fail({ ...grid, at: place.whole });
      if (grid.rows * grid.cols > 1) {
        return fail({
          code: "shape",
          expected: shapeText(1, 1),
          actual: shapeText(grid.rows, grid.cols),
          at: place.whole,
        });
      }
      const cells = readCells(grid, rules, place);
      if (!cells.ok) return cells;
      const value = cells.value.values[0] ?? BLANK;
      if (value !== BLANK) return ok(value);
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
export function range(name: string, { rules = [], fallback, like }: RangeOptions = {}): Param<Cells> {
  return {
    name,
    read(raw, place) {
      const cells = readGrid(raw, rules, place);
      if (!cells.ok || !isBlank(cells.value)) return cells;
      if (fallback !== undefined) return ok({ rows: 1, cols: 1, values: [fallback] });
      return fail({ code: "empty", at: place.whole });
    },
    relate(cells, args, places) {
      if (like === undefined) return undefined;
      const leader = args.get(like) as Cells;
      const single = cells.values.length === 1;
      if (!single && (cells.rows !== leader.rows || cells.cols !== leader.cols)) {
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
      if (single) return undefined;
      // A group with clients needs its caseload: a blank one is missing data, not a zero.
      const index = leader.values.findIndex((value, i) => value !== BLANK && cells.values[i] === BLANK);
      return index < 0
        ? undefined
        : { code: "missing", at: places(name).cell(cells.rows, cells.cols, index) };
    },
  };
}

interface TableOptions {
  readonly rules?: readonly Rule[];
  /** Another table whose columns (criteria) this one must have. */
  readonly columnsOf?: string;
}

/**
 * Rows of criteria. A row left entirely blank is skipped (room for a future member); a row with
 * some cells blank is missing data (#N/A), because a share cannot be computed from half a row.
 */
export function table(name: string, { rules = [], columnsOf }: TableOptions = {}): Param<Table> {
  return {
    name,
    read(raw, place) {
      const read = readGrid(raw, rules, place);
      if (!read.ok) return read;
      const { rows, cols, values } = read.value;
      const data: (number[] | null)[] = [];
      let members = 0;
      for (let r = 0; r < rows; r++) {
        const row = values.slice(r * cols, (r + 1) * cols);
        const blanks = row.filter((value) => value === BLANK).length;
        if (blanks === cols) {
          data.push(null);
          continue;
        }
        if (blanks > 0)
          return fail({ code: "missing", at: place.cell(rows, cols, r * cols + row.indexOf(BLANK)) });
        data.push(row as number[]);
        members++;
      }
      return members === 0 ? fail({ code: "empty", at: place.whole }) : ok({ rows, cols, data });
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
  readonly rules?: readonly Rule[];
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
  { rules = [], oneForEachColumnOf }: VectorOptions,
): Param<Cells | undefined> {
  return {
    name,
    read(raw, place) {
      const read = readGrid(raw, rules, place);
      if (!read.ok) return read;
      const cells = read.value;
      if (isBlank(cells)) return ok(undefined);
      const index = cells.values.indexOf(BLANK);
      return index < 0 ? ok(cells) : fail({ code: "missing", at: place.cell(cells.rows, cells.cols, index) });
    },
    relate(cells, args, places) {
      if (cells === undefined) return undefined;
      const k = (args.get(oneForEachColumnOf) as Table).cols;
      if ((cells.rows === 1 || cells.cols === 1) && cells.values.length === k) return undefined;
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
