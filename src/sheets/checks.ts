import type { ConditionalRule, RangeRef } from "./plan";
import { a1, textLiteral } from "./refs";

/**
 * What a check cell's values mean. A text check passes on one of `pass`, has nothing to check on
 * one of `none` (a figure not given), and fails on any other text — which is the reason itself,
 * e.g. "Painot eivät ole yhteensä 100 %". A boolean check is TRUE or FALSE (Excel shows TOSI /
 * EPÄTOSI, SANT / FALSKT in its own language).
 */
export type CheckValues =
  | {
      readonly kind: "text";
      readonly pass: readonly string[];
      readonly none?: readonly string[];
      /**
       * The reasons the formula gives when the check fails. Any text but `pass` and `none` reads as
       * a failure; these are listed so that the row is made tall enough for the longest one.
       */
      readonly fail: readonly string[];
    }
  | { readonly kind: "boolean" };

/** Every text a check cell can show (a boolean shows TRUE or FALSE in Excel's language: short). */
export const checkTexts = (values: CheckValues): readonly string[] =>
  values.kind === "text" ? [...values.pass, ...(values.none ?? []), ...values.fail] : [];

/**
 * The conditional-format rules of a check over `range`, written for its top-left cell. An error
 * value (a reference broken by an edit) reads as a failure. The rules exclude each other, so they
 * need neither priorities nor "stop if true".
 */
export function checkRules(range: RangeRef, values: CheckValues): ConditionalRule[] {
  const cell = a1(range.row, range.col);
  const guarded = (onError: boolean, test: string) =>
    `=IF(ISERROR(${cell}),${onError ? "TRUE" : "FALSE"},${test})`;
  if (values.kind === "boolean") {
    return [
      { tone: "pass", formula: guarded(false, `${cell}=TRUE`) },
      { tone: "fail", formula: guarded(true, `${cell}=FALSE`) },
    ];
  }
  const none = values.none ?? [];
  const isOneOf = (texts: readonly string[]) =>
    `OR(${texts.map((t) => `${cell}=${textLiteral(t)}`).join(",")})`;
  const known = [...values.pass, ...none].map((t) => `${cell}<>${textLiteral(t)}`);
  return [
    { tone: "pass", formula: guarded(false, isOneOf(values.pass)) },
    ...(none.length > 0 ? [{ tone: "none" as const, formula: guarded(false, isOneOf(none)) }] : []),
    { tone: "fail", formula: guarded(true, `AND(${cell}<>"",${known.join(",")})`) },
  ];
}
