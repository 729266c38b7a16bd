/** A computation that either produced a value or found a problem with its input. */
export type Result<T, E = Problem> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });

/**
 * Everything that can be wrong with an input, as data. The messages live in `src/i18n/problems.ts`,
 * so the same problem reads naturally in a custom function's tooltip, the pane and the CLI.
 * `at` locates the problem for the user (a cell address, an argument and row, a JSON path); the
 * caller fills it in, because only the caller knows where the value came from.
 */
export type Problem = { readonly at?: string } & (
  | { readonly code: "notNumber"; readonly text: string }
  | { readonly code: "boolean"; readonly value: boolean }
  | { readonly code: "errorValue"; readonly text: string }
  | { readonly code: "notFinite" }
  /** Finite arguments whose result is not (HTV_TARVE(1; 5E-324) divides by almost nothing). */
  | { readonly code: "resultNotFinite" }
  | { readonly code: "negative"; readonly value: number }
  | { readonly code: "notInteger"; readonly value: number }
  | { readonly code: "tooSmall"; readonly value: number; readonly min: number; readonly inclusive: boolean }
  | { readonly code: "tooLarge"; readonly value: number; readonly max: number; readonly inclusive: boolean }
  | { readonly code: "empty" }
  | { readonly code: "missing" }
  | { readonly code: "shape"; readonly expected: string; readonly actual: string }
  | { readonly code: "weightsSum"; readonly sum: number }
  | { readonly code: "weightsCount"; readonly expected: number; readonly actual: number }
  | { readonly code: "zeroCriterion"; readonly column: number }
);

export type ProblemCode = Problem["code"];

/** Adds a location to a problem that does not have one yet (the innermost location wins). */
export const locate = (problem: Problem, at: string): Problem => (problem.at ? problem : { ...problem, at });
