import type { HeaderFooterPlan } from "../plan";

/** Excel keeps at most 255 characters in a header or footer, its three sections and codes together. */
export const HEADER_FOOTER_LIMIT = 255;

/**
 * A header or footer as one string of Excel's codes, as the .xlsx `oddHeader`/`oddFooter` holds it
 * (ECMA-376 Part 1 §18.3.1.39: `&L`, `&C`, `&R` start the sections). An empty section is left out.
 */
export function headerFooterCode(line: HeaderFooterPlan): string {
  return [
    ["&L", line.left],
    ["&C", line.center],
    ["&R", line.right],
  ]
    .filter(([, text]) => text !== "")
    .map(([code, text]) => `${code}${text}`)
    .join("");
}
