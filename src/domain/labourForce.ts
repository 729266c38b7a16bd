import { MIN_YEARLY_CHANGE } from "./bounds";
import { fail, ok, type Result } from "./result";

/**
 * Labour force (työvoima, työvoiman määrä) = employed + unemployed residents
 * (docs/sources.md#labour-force). Act 380/2023: an employment area (työllisyysalue) needs a labour
 * force of at least 20 000.
 */
export const LABOUR_FORCE_THRESHOLD = 20_000;

export interface ProjectionParams {
  /** Minimum labour force; the area qualifies at exactly this figure (≥, not >). */
  readonly threshold: number;
  /**
   * Relative change per year as a decimal: −0,012 is −1,2 % a year (docs/sources.md#projection).
   */
  readonly yearlyChange: number;
  /** Whole years to project ahead; 0 means today's figure. */
  readonly years: number;
}

export const DEFAULT_PROJECTION: ProjectionParams = {
  threshold: LABOUR_FORCE_THRESHOLD,
  yearlyChange: 0,
  years: 0,
};

/**
 * Compound projection: total × (1 + yearlyChange)^years (docs/sources.md#projection: 28 616 ×
 * 0,988^25 ≈ 21 160).
 */
export function projectLabourForce(total: number, yearlyChange: number, years: number): number {
  return total * (1 + yearlyChange) ** years;
}

export interface Sufficiency {
  readonly total: number;
  readonly projected: number;
  readonly sufficient: boolean;
}

/** Checks the parameters' own bounds, so that callers with already clean numbers stay honest. */
export function checkProjectionParams(params: ProjectionParams): Result<ProjectionParams> {
  const { threshold, yearlyChange, years } = params;
  if (!Number.isFinite(threshold) || !Number.isFinite(yearlyChange) || !Number.isFinite(years)) {
    return fail({ code: "notFinite" });
  }
  if (threshold <= 0)
    return fail({ code: "tooSmall", at: "threshold", value: threshold, min: 0, inclusive: false });
  if (yearlyChange <= MIN_YEARLY_CHANGE) {
    const min = MIN_YEARLY_CHANGE;
    return fail({ code: "tooSmall", at: "yearlyChange", value: yearlyChange, min, inclusive: false });
  }
  if (years < 0) return fail({ code: "negative", at: "years", value: years });
  if (!Number.isInteger(years)) return fail({ code: "notInteger", at: "years", value: years });
  return ok(params);
}

/** The area's labour force: the sum of its members', in member order (the order of the sheet's SUM). */
export const labourForceTotal = (labourForces: readonly number[]): number =>
  labourForces.reduce((sum, value) => sum + value, 0);

/** Does the area's labour force, projected `years` ahead, reach the threshold? */
export function labourForceSufficiency(
  labourForces: readonly number[],
  params: ProjectionParams = DEFAULT_PROJECTION,
): Result<Sufficiency> {
  const checked = checkProjectionParams(params);
  if (!checked.ok) return checked;
  if (labourForces.length === 0) return fail({ code: "empty" });
  for (const value of labourForces) {
    if (!Number.isFinite(value)) return fail({ code: "notFinite" });
    if (value < 0) return fail({ code: "negative", value });
  }
  const total = labourForceTotal(labourForces);
  const projected = projectLabourForce(total, params.yearlyChange, params.years);
  return ok({ total, projected, sufficient: projected >= params.threshold });
}
