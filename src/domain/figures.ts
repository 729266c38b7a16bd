import { STATE_SHARE_LIMIT, STRUCTURAL_CHANGE_LIMIT } from "./budgetRules";
import { exactShares } from "./costShare";
import { labourForceSufficiency } from "./labourForce";
import { CRITERIA, type Criterion } from "./criteria";
import type { AreaInput, Extent, Municipality, ProductionMode, TaskArea } from "./model";
import {
  annualPersonnelCost,
  MONTHS_PER_YEAR,
  personYearsNeeded,
  SIDE_COST_FACTOR,
  staffingTotals,
} from "./personYears";
import type { Result } from "./result";
import { roundHalfAwayFromZero, toCents } from "./rounding";
import {
  BUDGET_TEMPLATE,
  CASELOAD_TEMPLATE,
  SERVICES_TEMPLATE,
  STAFFING_TEMPLATE,
  type TemplateKey,
} from "./templates";

/**
 * The area's key figures: the value of every defined name of the generated workbook
 * (docs/sheets.md, Names), computed with the domain functions. The workbook recalculates the same
 * figures with native formulas in the same order of operations; the oracle test compares the two,
 * and the task pane shows these as its summary.
 *
 * Optional input sections (budget, staffing, caseload, services) that are absent are replaced by
 * the templates of src/domain/templates.ts, so that the sheets generated from them and these
 * figures agree.
 */

/** Text for a sheet: the user's own (always written as text) or a template key to translate. */
export type Text = string | { readonly template: TemplateKey };
const template = (key: TemplateKey): Text => ({ template: key });

// ---------------------------------------------------------------------------------------------
// Sections as the sheets show them, defaults filled in.

/** Numeric municipality fields, in the column order of the Kunnat sheet. */
export const MUNICIPALITY_FIELDS = [...CRITERIA, "stateShare"] as const;
export type MunicipalityField = (typeof MUNICIPALITY_FIELDS)[number];

/**
 * The Kunnat sheet's numeric columns: every field some member has, labour force always, and every
 * cost-split criterion (the split refers to its column even when its weight is 0).
 */
export function municipalityFields(input: AreaInput): MunicipalityField[] {
  const weighted = new Set(Object.keys(input.costSplit.weights));
  return MUNICIPALITY_FIELDS.filter(
    (field) =>
      field === "labourForce" ||
      weighted.has(field) ||
      input.municipalities.some((m) => m[field] !== undefined),
  );
}

/** Cost-split criteria in the Kunnat column order, with their weights. */
export function costCriteria(input: AreaInput): { readonly criterion: Criterion; readonly weight: number }[] {
  return CRITERIA.flatMap((criterion) => {
    const weight = input.costSplit.weights[criterion];
    return weight === undefined ? [] : [{ criterion, weight }];
  });
}

export interface SplitYear {
  readonly year: number;
  readonly total: number;
  /** The split of `costSplit.total` itself, whose column is Kustannusosuudet. */
  readonly main: boolean;
}

/**
 * The cost split's columns: `costSplit.total` for the input year (Kustannusosuudet), then the
 * payment estimates of `costSplit.planningYears`. A planning year equal to the main split in both
 * year and total is that column, not a copy of it; docs/sources.md#planning-years asks for
 * estimates of at least two years, so a lone column is followed by the next year at the same total.
 */
export function costSplitYears(input: AreaInput): SplitYear[] {
  const main: SplitYear = { year: input.year, total: input.costSplit.total, main: true };
  const estimates = (input.costSplit.planningYears ?? [])
    .filter((p) => !(p.year === main.year && p.total === main.total))
    .map((p) => ({ year: p.year, total: p.total, main: false }));
  const years = [main, ...estimates];
  const last = years[years.length - 1] as SplitYear;
  return years.length >= 2 ? years : [...years, { year: last.year + 1, total: last.total, main: false }];
}

export interface BudgetLineView {
  readonly name: Text;
  readonly share?: number;
  readonly note?: Text;
}

export interface BudgetView {
  readonly lines: readonly BudgetLineView[];
  readonly planningYears: readonly { readonly year: number; readonly total: number }[];
  readonly stateShareLimit: number;
  readonly unemploymentBenefit?: number;
  readonly broadUnemploymentGrowth?: number;
  readonly structuralChangeLimit: number;
  /**
   * True when the input had no budget and the Kerava–Sipoo frame stands in
   * (docs/sources.md#budget-frame).
   */
  readonly template: boolean;
}

export function budgetView(input: AreaInput): BudgetView {
  const budget = input.budget;
  if (budget) {
    return {
      lines: budget.lines.map((line) => ({
        name: line.name,
        ...(line.share !== undefined ? { share: line.share } : {}),
        ...(line.note !== undefined && line.note !== "" ? { note: line.note } : {}),
      })),
      planningYears: budget.planningYears,
      stateShareLimit: budget.stateShareLimit,
      ...(budget.unemploymentBenefit !== undefined
        ? { unemploymentBenefit: budget.unemploymentBenefit }
        : {}),
      ...(budget.broadUnemploymentGrowth !== undefined
        ? { broadUnemploymentGrowth: budget.broadUnemploymentGrowth }
        : {}),
      structuralChangeLimit: budget.structuralChangeLimit,
      template: false,
    };
  }
  return {
    lines: BUDGET_TEMPLATE.map((line) => ({
      name: template(line.name),
      ...("share" in line ? { share: line.share } : {}),
      ...("note" in line ? { note: template(line.note) } : {}),
    })),
    planningYears: [
      { year: input.year, total: input.costSplit.total },
      { year: input.year + 1, total: input.costSplit.total },
    ],
    stateShareLimit: STATE_SHARE_LIMIT,
    structuralChangeLimit: STRUCTURAL_CHANGE_LIMIT,
    template: true,
  };
}

export interface StaffingRowView {
  readonly title: Text;
  /** Person-years by member, in municipality order; null where the input names none. */
  readonly htv: readonly (number | null)[];
  readonly monthlySalary?: number;
  readonly clientService: boolean;
  readonly note?: Text;
}

export interface StaffingView {
  readonly rows: readonly StaffingRowView[];
  readonly sideCostFactor: number;
  readonly monthsPerYear: number;
  readonly template: boolean;
}

/** Person-years of one staffing row by member; the model keys them by the members' exact names. */
const htvByMember = (municipalities: readonly Municipality[], htv: Readonly<Record<string, number>>) =>
  municipalities.map((m) =>
    Object.prototype.hasOwnProperty.call(htv, m.name) ? (htv[m.name] as number) : null,
  );

export function staffingView(input: AreaInput): StaffingView {
  const staffing = input.staffing;
  if (staffing) {
    return {
      rows: staffing.rows.map((row) => ({
        title: row.title,
        htv: htvByMember(input.municipalities, row.htv),
        ...(row.monthlySalary !== undefined ? { monthlySalary: row.monthlySalary } : {}),
        clientService: row.clientService,
        ...(row.note !== undefined && row.note !== "" ? { note: row.note } : {}),
      })),
      sideCostFactor: staffing.sideCostFactor,
      monthsPerYear: staffing.monthsPerYear,
      template: false,
    };
  }
  return {
    rows: STAFFING_TEMPLATE.map((row) => ({
      title: template(row.title),
      htv: input.municipalities.map(() => null),
      clientService: row.clientService,
    })),
    sideCostFactor: SIDE_COST_FACTOR,
    monthsPerYear: MONTHS_PER_YEAR,
    template: true,
  };
}

export interface CaseloadGroupView {
  readonly name: Text;
  /** Null in the template: no clients entered yet, counted as 0. */
  readonly clients: number | null;
  readonly caseload: number;
  readonly portfolioShare: number;
}

export interface CaseloadView {
  readonly groups: readonly CaseloadGroupView[];
  readonly template: boolean;
}

export function caseloadView(input: AreaInput): CaseloadView {
  if (input.caseload) {
    return {
      groups: input.caseload.groups.map((g) => ({ ...g })),
      template: false,
    };
  }
  return {
    groups: CASELOAD_TEMPLATE.map((g) => ({
      name: template(g.name),
      clients: null,
      caseload: g.caseload,
      portfolioShare: 1,
    })),
    template: true,
  };
}

export interface ServiceRowView {
  readonly service: Text;
  readonly taskArea?: TaskArea;
  readonly htv?: number;
  readonly modes: Partial<Record<ProductionMode, { readonly extent?: Extent; readonly note?: string }>>;
}

export interface ServicesView {
  readonly rows: readonly ServiceRowView[];
  readonly template: boolean;
}

export function servicesView(input: AreaInput): ServicesView {
  if (input.services) return { rows: input.services.rows, template: false };
  return { rows: SERVICES_TEMPLATE.map((key) => ({ service: template(key), modes: {} })), template: true };
}

// ---------------------------------------------------------------------------------------------
// The figures.

/** One column of the cost split: shares rounded to cents and the difference shown openly. */
export interface SplitFigures {
  readonly year: number;
  readonly total: number;
  readonly main: boolean;
  /** Each member's share, ROUND(total × fraction, 2), input order. */
  readonly shares: readonly number[];
  /**
   * Σ shares, which may miss the total by a few cents (docs/sources.md#cent-rounding: 65 000,01).
   */
  readonly sharesSum: number;
  /** ROUND(total, 2) − Σ shares (docs/sources.md#cent-rounding: −0,01). */
  readonly roundingDifference: number;
  /** Σ shares + difference = the total to the cent. */
  readonly splitTotal: number;
}

export interface BudgetYearFigures {
  readonly year: number;
  readonly frame: number;
  /** Σ of the lines, each ROUND(frame × share, 2). */
  readonly total: number;
}

export interface AreaFigures {
  /** Tyovoima_Yhteensa. */
  readonly labourForceTotal: number;
  /** Tyovoima_Ennuste. */
  readonly labourForceProjected: number;
  /** Tyovoima_Riittaa. */
  readonly labourForceSufficient: boolean;
  /**
   * statedLabourForce − total, or null without a stated figure (docs/sources.md#stated-total:
   * 30 563 − 30 566 = −3).
   */
  readonly statedLabourForceDifference: number | null;
  /** Kustannusosuudet. */
  readonly costShares: readonly number[];
  readonly costSharesSum: number;
  readonly roundingDifference: number;
  /** Kustannus_Yhteensa. */
  readonly costTotal: number;
  /** Every column of the cost split, the main one first. */
  readonly costSplitYears: readonly SplitFigures[];
  /** Htv_Yhteensa. */
  readonly htvTotal: number;
  /** Σ person-years of the staffing rows marked as client service. */
  readonly clientServiceHtv: number;
  /** Htv_Tarve. */
  readonly htvNeed: number;
  /** Client-service person-years − need; negative is a shortfall. */
  readonly htvSurplus: number;
  /** The surplus, rounded to 1e-9 HTV as the sheet's check rounds it, is ≥ 0. */
  readonly htvSufficient: boolean;
  /**
   * Σ annual personnel cost × person-years; null while a row has no monthly salary, whose cost is
   * not known yet (the sheet shows "—" there, never a misleading 0).
   */
  readonly personnelCost: number | null;
  /** Budjetti_Yhteensa. */
  readonly budgetTotal: number;
  readonly budgetYears: readonly BudgetYearFigures[];
  /** Σ of the members' TE state share, or null when no member has one. */
  readonly stateShareTotal: number | null;
  /** First-year total ≤ limit × state share, both to the cent; null without state shares. */
  readonly budgetWithinStateShare: boolean | null;
  /** docs/sources.md#structural-change; null without a growth figure. */
  readonly structuralChange: "reallocate" | "supplementaryBudget" | null;
}

/**
 * A budget line: frame × share rounded to cents (docs/sources.md#budget-frame: 7 300 000 € × 25 % =
 * 1 825 000 €). A line without a share (the plan prints "–") counts 0 until the user gives it one.
 */
export const budgetLineAmount = (frame: number, share: number | undefined): number =>
  share === undefined ? 0 : roundHalfAwayFromZero(frame * share);

/** Domain checks cannot fail on a validated input; if one does, that is a bug to surface. */
function valueOf<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`areaFigures: ${what} rejected a validated input (${result.error.code})`);
  return result.value;
}

function splitFigures(input: AreaInput, year: SplitYear): SplitFigures {
  const criteria = costCriteria(input);
  const matrix = input.municipalities.map((m) => criteria.map(({ criterion }) => m[criterion] ?? 0));
  const exact = valueOf(
    exactShares(
      year.total,
      matrix,
      criteria.map((c) => c.weight),
    ),
    "the cost split",
  );
  const shareCents = exact.map(toCents);
  const sumCents = shareCents.reduce((a, b) => a + b, 0);
  const differenceCents = toCents(year.total) - sumCents;
  return {
    ...year,
    shares: shareCents.map((cents) => cents / 100),
    sharesSum: sumCents / 100,
    roundingDifference: differenceCents / 100,
    splitTotal: (sumCents + differenceCents) / 100,
  };
}

export function areaFigures(input: AreaInput): AreaFigures {
  const sufficiency = valueOf(
    labourForceSufficiency(
      input.municipalities.map((m) => m.labourForce),
      { threshold: input.threshold, yearlyChange: input.labourForceChange, years: input.projectionYears },
    ),
    "the labour-force check",
  );

  const splits = costSplitYears(input).map((year) => splitFigures(input, year));
  const main = splits[0] as SplitFigures;

  const staffing = staffingView(input);
  const totals = staffingTotals(staffing.rows.map((row) => row.htv.map((h) => h ?? 0)));
  const clientServiceHtv = staffing.rows.reduce(
    (sum, row, i) => (row.clientService ? sum + (totals.rowTotals[i] as number) : sum),
    0,
  );
  const personnelCost = staffing.rows.reduce<number | null>(
    (sum, row, i) =>
      sum === null || row.monthlySalary === undefined
        ? null
        : sum +
          annualPersonnelCost(row.monthlySalary, staffing.sideCostFactor, staffing.monthsPerYear) *
            (totals.rowTotals[i] as number),
    0,
  );
  const htvNeed = valueOf(
    personYearsNeeded(
      caseloadView(input).groups.map((g) => ({
        clients: g.clients ?? 0,
        caseload: g.caseload,
        portfolioShare: g.portfolioShare,
      })),
    ),
    "the caseload",
  );

  const budget = budgetView(input);
  const budgetYears = budget.planningYears.map(({ year, total: frame }) => ({
    year,
    frame,
    total: budget.lines.reduce((sum, line) => sum + budgetLineAmount(frame, line.share), 0),
  }));
  const budgetTotal = (budgetYears[0] as BudgetYearFigures).total;
  const stateShares = input.municipalities.flatMap((m) => (m.stateShare === undefined ? [] : [m.stateShare]));
  const stateShareTotal = stateShares.length === 0 ? null : stateShares.reduce((a, b) => a + b, 0);
  const growth = budget.broadUnemploymentGrowth;

  return {
    labourForceTotal: sufficiency.total,
    labourForceProjected: sufficiency.projected,
    labourForceSufficient: sufficiency.sufficient,
    statedLabourForceDifference:
      input.statedLabourForce === undefined ? null : input.statedLabourForce - sufficiency.total,
    costShares: main.shares,
    costSharesSum: main.sharesSum,
    roundingDifference: main.roundingDifference,
    costTotal: main.splitTotal,
    costSplitYears: splits,
    htvTotal: totals.grandTotal,
    clientServiceHtv,
    htvNeed,
    htvSurplus: clientServiceHtv - htvNeed,
    htvSufficient: roundHalfAwayFromZero(clientServiceHtv - htvNeed, 9) >= 0,
    personnelCost,
    budgetTotal,
    budgetYears,
    stateShareTotal,
    budgetWithinStateShare:
      stateShareTotal === null
        ? null
        : roundHalfAwayFromZero(budgetTotal) <=
          roundHalfAwayFromZero(budget.stateShareLimit * stateShareTotal),
    structuralChange:
      growth === undefined
        ? null
        : growth <= budget.structuralChangeLimit
          ? "reallocate"
          : "supplementaryBudget",
  };
}
