import { fail, ok, type Result } from "./result";
import { allocateCents, roundHalfAwayFromZero } from "./rounding";

/**
 * Cost or funding share (kustannusosuus) of a member municipality.
 *
 * Share = total × Σⱼ wⱼ · ownⱼ / Σᵢ allᵢⱼ — a weighted mix of the municipality's part of each
 * criterion. The state share uses working-age population 50 % and unemployed 50 %
 * (docs/sources.md#state-share-criteria); cost splits use residents or need criteria
 * (docs/sources.md#cost-split), so criteria and weights are inputs.
 */

/**
 * Weights may miss 1 by this much and still count as summing to 1
 * (docs/sources.md#weight-tolerance).
 */
export const WEIGHT_TOLERANCE = 1e-9;

/** Does a sum of weights or shares (as fractions) count as 1? The one test every layer uses. */
export const sumsToOne = (sum: number): boolean => Math.abs(sum - 1) <= WEIGHT_TOLERANCE;

/** Equal weights for `k` criteria, the default of KUSTANNUSOSUUS. */
export const equalWeights = (k: number): number[] => Array.from({ length: k }, () => 1 / k);

/**
 * Σ of each criterion column over the members, row by row (the order of a column SUM), checking
 * that every value is a finite number ≥ 0 and every row has one value per weight.
 */
export function criterionTotals(criteria: readonly (readonly number[])[], k: number): Result<number[]> {
  if (criteria.length === 0) return fail({ code: "empty" });
  const columnTotals = new Array<number>(k).fill(0);
  for (let i = 0; i < criteria.length; i++) {
    const row = criteria[i] as readonly number[];
    if (row.length !== k) return fail({ code: "weightsCount", expected: row.length, actual: k });
    for (let j = 0; j < k; j++) {
      const value = row[j] as number;
      if (!Number.isFinite(value)) return fail({ code: "notFinite" });
      if (value < 0) return fail({ code: "negative", value });
      columnTotals[j] = (columnTotals[j] as number) + value;
    }
  }
  return ok(columnTotals);
}

/**
 * Checks weights (one per criterion, each ≥ 0, summing to 1) against the members' criterion
 * totals: a criterion that sums to 0 cannot carry weight.
 */
export function checkWeights(columnTotals: readonly number[], weights: readonly number[]): Result<void> {
  if (columnTotals.length !== weights.length) {
    return fail({ code: "weightsCount", expected: columnTotals.length, actual: weights.length });
  }
  for (const weight of weights) {
    if (!Number.isFinite(weight)) return fail({ code: "notFinite" });
    if (weight < 0) return fail({ code: "negative", value: weight });
  }
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (!sumsToOne(sum)) return fail({ code: "weightsSum", sum });
  const zero = columnTotals.findIndex((total, j) => total === 0 && (weights[j] as number) > 0);
  if (zero >= 0) return fail({ code: "zeroCriterion", column: zero + 1 });
  return ok(undefined);
}

/** Checks the criteria of all members and the weights; the criterion totals on success. */
export function checkCostSplit(
  criteria: readonly (readonly number[])[],
  weights: readonly number[],
): Result<number[]> {
  const totals = criterionTotals(criteria, weights.length);
  if (!totals.ok) return totals;
  const checked = checkWeights(totals.value, weights);
  return checked.ok ? totals : checked;
}

/**
 * Exact (unrounded) share of a municipality whose criteria are `own`, given the column totals of
 * all members. A criterion with weight 0 does not count, even when its column sums to 0.
 */
export function exactShare(
  total: number,
  own: readonly number[],
  columnTotals: readonly number[],
  weights: readonly number[],
): number {
  return total * weightedFraction(own, columnTotals, weights);
}

/** A member's part of the whole, Σⱼ wⱼ · ownⱼ / Σallⱼ, in criterion order, weight-0 criteria skipped. */
export function weightedFraction(
  own: readonly number[],
  columnTotals: readonly number[],
  weights: readonly number[],
): number {
  let part = 0;
  for (let j = 0; j < weights.length; j++) {
    const weight = weights[j] as number;
    if (weight > 0) part += (weight * (own[j] as number)) / (columnTotals[j] as number);
  }
  return part;
}

/** Every member's exact share, in input order. */
export function exactShares(
  total: number,
  criteria: readonly (readonly number[])[],
  weights: readonly number[],
): Result<number[]> {
  if (!Number.isFinite(total)) return fail({ code: "notFinite", at: "total" });
  const checked = checkCostSplit(criteria, weights);
  if (!checked.ok) return checked;
  return ok(criteria.map((own) => exactShare(total, own, checked.value, weights)));
}

/**
 * One member's share rounded to cents, half away from zero (docs/sources.md#cent-rounding:
 * Kannonkoski 4 462,27 €).
 */
export function roundedShare(
  total: number,
  own: readonly number[],
  criteria: readonly (readonly number[])[],
  weights: readonly number[],
): Result<number> {
  if (!Number.isFinite(total)) return fail({ code: "notFinite", at: "total" });
  if (own.length !== weights.length)
    return fail({ code: "weightsCount", expected: own.length, actual: weights.length });
  const checked = checkCostSplit(criteria, weights);
  if (!checked.ok) return checked;
  return ok(roundHalfAwayFromZero(exactShare(total, own, checked.value, weights)));
}

/**
 * Several municipalities' shares, each rounded on its own exactly as `roundedShare` rounds it; the
 * criteria are checked once, so m rows against n members cost O((m + n) · k), not O(m · n · k).
 */
export function roundedShares(
  total: number,
  owns: readonly (readonly number[])[],
  criteria: readonly (readonly number[])[],
  weights: readonly number[],
): Result<number[]> {
  const totals = criterionTotals(criteria, weights.length);
  return totals.ok ? roundedSharesOfTotals(total, owns, totals.value, weights) : totals;
}

/**
 * `roundedShares` for a caller that already holds the members' criterion totals (the custom
 * function adds them up while it reads the range, so the member table is walked only once).
 */
export function roundedSharesOfTotals(
  total: number,
  owns: readonly (readonly number[])[],
  columnTotals: readonly number[],
  weights: readonly number[],
): Result<number[]> {
  if (!Number.isFinite(total)) return fail({ code: "notFinite", at: "total" });
  for (const own of owns) {
    if (own.length !== weights.length)
      return fail({ code: "weightsCount", expected: own.length, actual: weights.length });
  }
  const checked = checkWeights(columnTotals, weights);
  if (!checked.ok) return checked;
  return ok(owns.map((own) => roundHalfAwayFromZero(exactShare(total, own, columnTotals, weights))));
}

/**
 * All members' shares reconciled to the total: largest remainder, so the column sums to the total
 * to the cent and each share is within a cent of its exact value.
 */
export function reconciledShares(
  total: number,
  criteria: readonly (readonly number[])[],
  weights: readonly number[],
): Result<number[]> {
  const exact = exactShares(total, criteria, weights);
  if (!exact.ok) return exact;
  return ok(allocateCents(total, exact.value).map((cents) => cents / 100));
}
