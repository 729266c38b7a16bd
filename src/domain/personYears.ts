import { fail, ok, type Result } from "./result";

/**
 * Person-years (henkilötyövuosi, HTV) needed to serve clients at a caseload (asiakassalkku, clients
 * per full-time adviser). An adviser who also does front-desk work carries only part of a full
 * caseload — 80 %, a leading expert 40 % (docs/sources.md#caseload) — which is the portfolio share.
 */
export interface CaseloadGroup {
  readonly clients: number;
  /**
   * Clients per full-time person-year, > 0 (the Kympin plan targets at most 130 or 170,
   * docs/sources.md#caseload).
   */
  readonly caseload: number;
  /** Share of a full caseload, in (0, 1]; 1 when the adviser does client work only. */
  readonly portfolioShare: number;
}

/**
 * Σᵢ clientsᵢ / (caseloadᵢ × shareᵢ), unrounded (docs/sources.md#person-years-need: 3 762 / 130 =
 * 28,94 HTV).
 */
export function personYearsNeeded(groups: readonly CaseloadGroup[]): Result<number> {
  if (groups.length === 0) return fail({ code: "empty" });
  let total = 0;
  for (const { clients, caseload, portfolioShare } of groups) {
    if (![clients, caseload, portfolioShare].every(Number.isFinite)) return fail({ code: "notFinite" });
    if (clients < 0) return fail({ code: "negative", at: "clients", value: clients });
    if (caseload <= 0)
      return fail({ code: "tooSmall", at: "caseload", value: caseload, min: 0, inclusive: false });
    if (portfolioShare <= 0) {
      return fail({
        code: "tooSmall",
        at: "portfolioShare",
        value: portfolioShare,
        min: 0,
        inclusive: false,
      });
    }
    if (portfolioShare > 1) {
      return fail({ code: "tooLarge", at: "portfolioShare", value: portfolioShare, max: 1, inclusive: true });
    }
    total += clients / (caseload * portfolioShare);
  }
  return ok(total);
}

/**
 * Annual personnel cost (docs/sources.md#personnel-cost): monthly salary × side-cost factor ×
 * months paid, where 1,25 covers employer's side costs and 12,5 months includes holiday pay: 3 600
 * € → 56 250 €.
 */
export const SIDE_COST_FACTOR = 1.25;
export const MONTHS_PER_YEAR = 12.5;

export function annualPersonnelCost(
  monthlySalary: number,
  sideCostFactor = SIDE_COST_FACTOR,
  months = MONTHS_PER_YEAR,
): number {
  return monthlySalary * sideCostFactor * months;
}

export interface StaffingTotals {
  /** Person-years of each title, summed over the members in column order. */
  readonly rowTotals: number[];
  /** Person-years of each member, summed over the titles. */
  readonly columnTotals: number[];
  /** Σ of the row totals (docs/sources.md#person-years: 45 + 14,7 = 59,7 HTV). */
  readonly grandTotal: number;
}

/**
 * Totals of a staffing table (henkilöstötaulukko): titles × members in HTV. The grand total is the
 * sum of the row totals, the same order in which the generated sheet adds its total column.
 */
export function staffingTotals(rows: readonly (readonly number[])[]): StaffingTotals {
  const rowTotals = rows.map((row) => row.reduce((sum, htv) => sum + htv, 0));
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const columnTotals = Array.from({ length: width }, (_, j) =>
    rows.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  return { rowTotals, columnTotals, grandTotal: rowTotals.reduce((sum, total) => sum + total, 0) };
}
