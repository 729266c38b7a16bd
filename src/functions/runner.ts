import { fail, type Problem, type ProblemCode, type Result } from "../domain/result";
import { argumentName, functionWords } from "../i18n/functions";
import type { Lang } from "../i18n/lang";
import type { Param, Place, Places } from "./params";

/** The clean value of each declared parameter, in declaration order. */
export type ArgsOf<P extends readonly Param<unknown>[]> = {
  -readonly [I in keyof P]: P[I] extends Param<infer T> ? T : never;
};

/**
 * A custom function as data: its id, its parameters, and a body that only calls the domain.
 * Adding a function is one of these plus its JSDoc wrapper in functions.ts.
 */
export interface FunctionSpec<P extends readonly Param<unknown>[], R> {
  readonly id: string;
  readonly params: P;
  readonly body: (args: ArgsOf<P>) => Result<R>;
  /**
   * Domain problems are about the numbers, not about where they came from: the argument to name
   * for each. A domain `at` ("total", "threshold") is internal and never shown.
   */
  readonly problemsAt?: Partial<Record<ProblemCode, P[number]["name"]>>;
}

export const defineFunction = <const P extends readonly Param<unknown>[], R>(
  spec: FunctionSpec<P, R>,
): FunctionSpec<P, R> => spec;

/** Problems that mean "no data to compute from" (#N/A); every other problem is a bad value (#VALUE!). */
const MISSING_DATA: ReadonlySet<ProblemCode> = new Set<ProblemCode>(["empty", "missing"]);

export const isMissingData = (problem: Problem): boolean => MISSING_DATA.has(problem.code);

/** A result that is not a number Excel can show (#NUM!), whatever the arguments were. */
export const isBadNumber = (problem: Problem): boolean => problem.code === "resultNotFinite";

/** Every number of a result (a number, a logical value, or a spilled matrix) is finite. */
function finiteResult(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (!Array.isArray(value)) return true;
  return value.every(finiteResult);
}

/** Where things are, in the user's language: argument names as Excel shows them there. */
export function placesFor(lang: Lang, functionId: string): Places {
  const words = functionWords[lang];
  return (parameter) => {
    const whole = argumentName(lang, functionId, parameter);
    const place: Place = {
      whole,
      cell(rows, cols, index) {
        if (rows * cols <= 1) return whole;
        const row = Math.floor(index / cols) + 1;
        const column = (index % cols) + 1;
        if (cols === 1) return `${whole}, ${words.row} ${row}`;
        if (rows === 1) return `${whole}, ${words.column} ${column}`;
        return `${whole}, ${words.row} ${row}, ${words.column} ${column}`;
      },
      oneOf(shapes, because) {
        const note =
          "like" in because ? words.like(because.like) : words.columnsOf(because.columnsOf, because.count);
        return `${[...new Set(shapes)].join(` ${words.or} `)} ${note}`;
      },
    };
    return place;
  };
}

/**
 * Reads the raw arguments through the declarations, checks them against each other, then runs the
 * body. Never throws for any input: every problem comes back as data, located and ready to word.
 */
export function evaluate<P extends readonly Param<unknown>[], R>(
  spec: FunctionSpec<P, R>,
  raw: readonly unknown[],
  lang: Lang,
): Result<R> {
  const places = placesFor(lang, spec.id);
  const values: unknown[] = [];
  const byName = new Map<string, unknown>();
  for (const [i, param] of spec.params.entries()) {
    const read = param.read(raw[i], places(param.name));
    if (!read.ok) return read;
    values.push(read.value);
    byName.set(param.name, read.value);
  }
  for (const [i, param] of spec.params.entries()) {
    const problem = param.relate?.(values[i], byName, places);
    if (problem) return fail(problem);
  }
  const result = spec.body(values as ArgsOf<P>);
  if (result.ok) return finiteResult(result.value) ? result : fail({ code: "resultNotFinite" });
  const parameter = spec.problemsAt?.[result.error.code];
  const { at: _internal, ...problem } = result.error;
  return fail(parameter === undefined ? problem : { ...problem, at: places(parameter).whole });
}
