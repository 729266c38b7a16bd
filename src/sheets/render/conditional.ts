import type { CheckTone } from "../plan";

/**
 * How a check cell looks by its value: Excel's own "Good", "Bad" and "Neutral"-grey cell styles
 * (font and fill), so that a user who knows Excel reads them at once. Both adapters map these to
 * conditional formats — the .xlsx one as `dxf` differential formats, the Office.js one through
 * `ConditionalRangeFormat` — never to static colours, so the colour follows the cell's value.
 */
export interface ToneLook {
  readonly color: string;
  readonly fill: string;
}

export const TONE_LOOK: Readonly<Record<CheckTone, ToneLook>> = {
  pass: { color: "#006100", fill: "#C6EFCE" },
  fail: { color: "#9C0006", fill: "#FFC7CE" },
  none: { color: "#595959", fill: "#EDEDED" },
};
