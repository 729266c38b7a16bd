import { z } from "zod";
import { LABOUR_FORCE_THRESHOLD } from "./labourForce";
import { WEIGHT_TOLERANCE } from "./costShare";
import { MONTHS_PER_YEAR, SIDE_COST_FACTOR } from "./personYears";

/**
 * The input model (DESIGN §3): what the CLI reads as JSON and the pane builds from a selected
 * range or its form. Strict objects throughout — an unknown field is an error, because a typo
 * such as "labourforce" must not be dropped silently.
 */

const count = z.number().finite().nonnegative();
const euros = z.number().finite();
const nonNegativeEuros = z.number().finite().nonnegative();
const fraction = z.number().finite().min(0).max(1);
const text = z.string().trim().min(1).max(255);

/** Numeric municipality fields that can serve as cost-split criteria (costSplit.weights keys). */
export const CRITERIA = [
  "population",
  "workingAge",
  "unemployed",
  "broadUnemployed",
  "labourForce",
  "foreignLanguage",
] as const;
export type Criterion = (typeof CRITERIA)[number];

export const municipalitySchema = z.strictObject({
  name: text,
  /** Residents (asukkaat), e.g. 31.12.2022 (seed 002). */
  population: count.optional(),
  /** Working-age population (työikäiset, 18–64 in the state-share criterion). */
  workingAge: count.optional(),
  /** Unemployed job seekers (työttömät). */
  unemployed: count.optional(),
  /** Broad unemployment (laaja työttömyys): unemployed plus people in services and on pay subsidy. */
  broadUnemployed: count.optional(),
  /** Labour force (työvoima) = employed + unemployed residents. */
  labourForce: count,
  /** Foreign-language speakers (vieraskieliset), a further state-share criterion. */
  foreignLanguage: count.optional(),
  /** The municipality's TE state share (valtionosuus) for the first planning year, euros. */
  stateShare: nonNegativeEuros.optional(),
});
export type Municipality = z.infer<typeof municipalitySchema>;

const planningYear = z.strictObject({ year: z.number().int().min(2000).max(2200), total: nonNegativeEuros });
export type PlanningYear = z.infer<typeof planningYear>;

export const costSplitSchema = z.strictObject({
  /** Euros to split between the members in the first planning year. */
  total: euros,
  /** Criterion → weight; the weights sum to 1 (seed 004: workingAge 0,5 + unemployed 0,5). */
  weights: z.partialRecord(z.enum(CRITERIA), fraction),
  /** Totals for the payment estimates (at least two years); default: `total` for year and year + 1. */
  planningYears: z.array(planningYear).min(1).max(10).optional(),
});
export type CostSplit = z.infer<typeof costSplitSchema>;

export const budgetLineSchema = z.strictObject({
  name: text,
  /** Share of the frame as a fraction (0,25 = 25 %); omitted where the plan prints "–". */
  share: fraction.optional(),
  note: z.string().max(1000).optional(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const budgetSchema = z.strictObject({
  lines: z.array(budgetLineSchema).min(1).max(100),
  /** The frame's total per planning year (at least two; the first is Budjetti_Yhteensa). */
  planningYears: z.array(planningYear).min(2).max(10),
  /** The frame may count at most this share of the members' TE state share (seed 004: 95 %). */
  stateShareLimit: fraction.default(0.95),
  /** The members' unemployment-benefit cost responsibility, a separate item outside the frame. */
  unemploymentBenefit: nonNegativeEuros.optional(),
  /** Growth of broad unemployment as a decimal (0,31 = +31 %), for the structural-change rule. */
  broadUnemploymentGrowth: z.number().finite().min(-1).optional(),
  /** Growth up to this is covered by reallocation; above it the service plan is revised (seed 000 §6). */
  structuralChangeLimit: fraction.default(0.2),
});
export type Budget = z.infer<typeof budgetSchema>;

export const staffingRowSchema = z.strictObject({
  title: text,
  /** Person-years (HTV) by municipality name; a member left out has 0. */
  htv: z.record(z.string(), count),
  /** Monthly salary in euros, for the annual personnel cost. */
  monthlySalary: nonNegativeEuros.optional(),
  /** Counts as client-service HTV, compared with the need from clients and caseload. */
  clientService: z.boolean().default(false),
  note: z.string().max(1000).optional(),
});
export type StaffingRow = z.infer<typeof staffingRowSchema>;

export const staffingSchema = z.strictObject({
  rows: z.array(staffingRowSchema).min(1).max(200),
  /** Employer's side costs as a factor of salary (seed 002: 1,25). */
  sideCostFactor: z.number().finite().positive().default(SIDE_COST_FACTOR),
  /** Months paid a year including holiday pay (seed 002: 12,5). */
  monthsPerYear: z.number().finite().positive().max(24).default(MONTHS_PER_YEAR),
});
export type Staffing = z.infer<typeof staffingSchema>;

export const caseloadGroupSchema = z.strictObject({
  name: text,
  clients: count,
  /** Clients per full-time person-year (seed 004: target at most 130). */
  caseload: z.number().finite().positive(),
  /** Share of a full caseload (seed 000: 0,8 for advisers who also do front-desk work). */
  portfolioShare: z.number().finite().gt(0).max(1).default(1),
});
export type CaseloadGroup = z.infer<typeof caseloadGroupSchema>;

/** Production modes of the service production matrix (seed 000, section D), in column order. */
export const PRODUCTION_MODES = ["own", "inHouse", "otherAuthority", "purchased", "ecosystem"] as const;
export type ProductionMode = (typeof PRODUCTION_MODES)[number];
/** Extent words: Kokonaan, Pääasiassa, Valtaosin, Osittain. */
export const EXTENTS = ["entirely", "mainly", "mostly", "partly"] as const;
export type Extent = (typeof EXTENTS)[number];
/** Service-map task areas I–VI (seed 000, section B). */
export const TASK_AREAS = ["I", "II", "III", "IV", "V", "VI"] as const;
export type TaskArea = (typeof TASK_AREAS)[number];

const productionCell = z.strictObject({
  extent: z.enum(EXTENTS).optional(),
  note: z.string().max(1000).optional(),
});
export type ProductionCell = z.infer<typeof productionCell>;

export const serviceRowSchema = z.strictObject({
  service: text,
  taskArea: z.enum(TASK_AREAS).optional(),
  htv: count.optional(),
  modes: z.partialRecord(z.enum(PRODUCTION_MODES), productionCell).default({}),
});
export type ServiceRow = z.infer<typeof serviceRowSchema>;

export const areaInputSchema = z
  .strictObject({
    area: text,
    year: z.number().int().min(2000).max(2200),
    municipalities: z.array(municipalitySchema).min(1).max(400),
    threshold: z.number().finite().positive().default(LABOUR_FORCE_THRESHOLD),
    labourForceChange: z.number().finite().gt(-1).default(0),
    projectionYears: z.number().int().nonnegative().max(100).default(0),
    /** A total labour force as printed in the source, checked against the sum (seed 000: 30 563 vs 30 566). */
    statedLabourForce: count.optional(),
    costSplit: costSplitSchema,
    budget: budgetSchema.optional(),
    staffing: staffingSchema.optional(),
    caseload: z.strictObject({ groups: z.array(caseloadGroupSchema).min(1).max(100) }).optional(),
    services: z.strictObject({ rows: z.array(serviceRowSchema).min(1).max(200) }).optional(),
  })
  .superRefine((input, ctx) => {
    const names = new Set<string>();
    input.municipalities.forEach((m, i) => {
      const key = m.name.toLocaleLowerCase("fi");
      if (names.has(key))
        ctx.addIssue({ code: "custom", path: ["municipalities", i, "name"], message: "duplicateName" });
      names.add(key);
    });
    const weights = Object.entries(input.costSplit.weights) as [Criterion, number][];
    const sum = weights.reduce((acc, [, w]) => acc + w, 0);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
      ctx.addIssue({
        code: "custom",
        path: ["costSplit", "weights"],
        message: "weightsSum",
        params: { sum },
      });
    }
    for (const [criterion, weight] of weights) {
      if (weight === 0) continue;
      input.municipalities.forEach((m, i) => {
        if (m[criterion] === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["municipalities", i, criterion],
            message: "criterionMissing",
            params: { criterion },
          });
        }
      });
      if (input.municipalities.every((m) => (m[criterion] ?? 0) === 0)) {
        ctx.addIssue({
          code: "custom",
          path: ["costSplit", "weights", criterion],
          message: "zeroCriterion",
          params: { criterion },
        });
      }
    }
    input.staffing?.rows.forEach((row, i) => {
      for (const name of Object.keys(row.htv)) {
        if (!names.has(name.toLocaleLowerCase("fi"))) {
          ctx.addIssue({
            code: "custom",
            path: ["staffing", "rows", i, "htv", name],
            message: "unknownMunicipality",
            params: { name },
          });
        }
      }
    });
    const shares = input.budget?.lines.reduce((acc, line) => acc + (line.share ?? 0), 0);
    if (shares !== undefined && Math.abs(shares - 1) > WEIGHT_TOLERANCE) {
      ctx.addIssue({
        code: "custom",
        path: ["budget", "lines"],
        message: "budgetSharesSum",
        params: { sum: shares },
      });
    }
  });

/** A validated input with every default filled in. */
export type AreaInput = z.infer<typeof areaInputSchema>;
/** An input as written by a user: optional fields may be missing. */
export type AreaInputDraft = z.input<typeof areaInputSchema>;
