import "./zodConfig";
import { z } from "zod";
import {
  MAX_CASELOAD,
  MAX_EUROS,
  MAX_MUNICIPALITIES,
  MAX_PERSONS,
  MAX_PROJECTION_YEARS,
  MAX_YEARLY_CHANGE,
  MIN_YEARLY_CHANGE,
} from "./bounds";
import {
  MAX_PLANNING_YEARS,
  MIN_PLANNING_YEARS,
  STATE_SHARE_LIMIT,
  STRUCTURAL_CHANGE_LIMIT,
} from "./budgetRules";
import { CRITERIA, type Criterion } from "./criteria";
import { DEFAULT_PROJECTION, LABOUR_FORCE_THRESHOLD } from "./labourForce";
import { sumsToOne } from "./costShare";
import { MONTHS_PER_YEAR, SIDE_COST_FACTOR } from "./personYears";

/**
 * The input model (docs/input.md): what the CLI reads as JSON and the pane builds from a selected
 * range or its form. Strict objects throughout — an unknown field is an error, because a typo
 * such as "labourforce" must not be dropped silently.
 *
 * Cross-field rules (weights sum to 1, criteria present, names unique, …) are raised in the
 * superRefine below as custom issues whose `message` is a key of `src/i18n/input.ts` and whose
 * `params` fill it in; `parseAreaInput` (src/domain/parse.ts) turns every issue into a localized
 * message with its JSON path. Zod runs them only once the shapes are right, so a user sees type
 * errors first and cross-field errors after fixing those.
 *
 * Upper bounds are sanity limits, not rules of law (bounds.ts): the custom functions share them.
 */

/** Residents, job seekers and other people counted at a date: whole numbers. */
const persons = z.number().int().nonnegative().max(MAX_PERSONS);
/**
 * Unemployment figures are often yearly averages of monthly counts (Statistics Finland and the
 * ministry's employment bulletin), which need not be whole numbers.
 */
const averagePersons = z.number().nonnegative().max(MAX_PERSONS);
const nonNegativeEuros = z.number().nonnegative().max(MAX_EUROS);
/**
 * Person-years (HTV): decimals, e.g. 21,3 (the Kerava–Sipoo staffing table,
 * docs/sources.md#person-years).
 */
const personYears = z.number().nonnegative().max(100_000);
const fraction = z.number().min(0).max(1);
/**
 * A workbook cell cannot hold C0 control characters (ExcelJS drops them silently and a table
 * header with one makes Excel repair the file), so they are refused here, with their position.
 * Notes may keep tabs and line breaks.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above
const NOTE_CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const withoutControl = (pattern: RegExp) => (value: string, ctx: z.RefinementCtx) => {
  const index = value.search(pattern);
  if (index >= 0) {
    ctx.addIssue({
      code: "custom",
      message: "controlCharacter",
      params: { position: index + 1, code: value.charCodeAt(index) },
    });
  }
};
/**
 * Nor can a workbook hold U+FFFE or U+FFFF (not XML characters: the file's sharedStrings.xml is
 * then not well-formed, and LibreOffice drops every string after it) or half a surrogate pair
 * (written as U+FFFD without a word). The other Unicode noncharacters (U+FDD0–U+FDEF, U+nFFFE,
 * U+nFFFF) are never text either. The position counts characters, as a person does.
 */
const INVALID_CHARACTER = /[\p{Noncharacter_Code_Point}\p{Cs}]/u;
const withoutInvalid = (value: string, ctx: z.RefinementCtx) => {
  const index = value.search(INVALID_CHARACTER);
  if (index < 0) return;
  const code = value.codePointAt(index) as number;
  ctx.addIssue({
    code: "custom",
    message: "invalidCharacter",
    params: {
      position: [...value.slice(0, index)].length + 1,
      code: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
      surrogate: code >= 0xd800 && code <= 0xdfff,
    },
  });
};
const text = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .superRefine(withoutControl(CONTROL_CHARACTER))
  .superRefine(withoutInvalid);
const note = z
  .string()
  .max(1000)
  .superRefine(withoutControl(NOTE_CONTROL_CHARACTER))
  .superRefine(withoutInvalid);
const calendarYear = z.number().int().min(2000).max(2200);
/** A municipality code: exactly 3 digits, as text, so that "049" keeps its leading zero. */
export const MUNICIPALITY_CODE_PATTERN = /^\d{3}$/;
const municipalityCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!MUNICIPALITY_CODE_PATTERN.test(value)) {
      ctx.addIssue({ code: "custom", message: "municipalityCode", params: { value } });
    }
  })
  .meta({ pattern: MUNICIPALITY_CODE_PATTERN.source });

// The criteria live in a module without zod, so that the pane can name them before loading it.
export { CRITERIA, type Criterion } from "./criteria";

export const municipalitySchema = z
  .strictObject({
    name: text.describe("Municipality (kunta). Unique in the area; always stored as text."),
    /**
     * Statistics Finland's municipality code (kuntanumero), 3 digits with leading zeros ("049"),
     * as in the classification (docs/sources.md#employment-areas-2025). Optional: an area being
     * planned may list a municipality by name only.
     */
    code: municipalityCode
      .optional()
      .describe('Statistics Finland\'s municipality code (kuntanumero): 3 digits as text, e.g. "049".'),
    /** Residents (asukkaat), e.g. 31.12.2022 (docs/sources.md#cost-split). */
    population: persons.optional().describe("Residents (asukkaat, väkiluku)."),
    /** Working-age population (työikäiset, 18–64 in the state-share criterion). */
    workingAge: persons.optional().describe("Working-age population, 18–64 (työikäiset)."),
    /** Unemployed job seekers (työttömät). */
    unemployed: averagePersons.optional().describe("Unemployed job seekers (työttömät); may be an average."),
    /** Broad unemployment (laaja työttömyys): unemployed plus people in services and on pay subsidy. */
    broadUnemployed: averagePersons
      .optional()
      .describe("Broad unemployment (laaja työttömyys): unemployed plus people in services."),
    /** Labour force (työvoima) = employed + unemployed residents. */
    labourForce: persons.describe("Labour force (työvoima) = employed + unemployed residents."),
    /** Foreign-language speakers (vieraskieliset), a further state-share criterion. */
    foreignLanguage: persons.optional().describe("Foreign-language speakers (vieraskieliset)."),
    /** The municipality's TE state share (valtionosuus) for the first planning year, euros. */
    stateShare: nonNegativeEuros
      .optional()
      .describe("The municipality's TE state share (valtionosuus), euros, first planning year."),
  })
  .describe("A member municipality and its figures.");
export type Municipality = z.infer<typeof municipalitySchema>;

const planningYear = z
  .strictObject({ year: calendarYear, total: nonNegativeEuros })
  .describe("A planning year and its total in euros.");
export type PlanningYear = z.infer<typeof planningYear>;

export const costSplitSchema = z
  .strictObject({
    /** Euros to split between the members in the first planning year. */
    total: nonNegativeEuros.describe("Euros to split between the members in the first planning year."),
    /**
     * Criterion → weight; the weights sum to 1 (docs/sources.md#state-share-criteria: workingAge
     * 0,5 + unemployed 0,5).
     */
    weights: z
      .partialRecord(z.enum(CRITERIA), fraction)
      .describe(
        "Criterion → weight as a fraction; the weights sum to 1 (e.g. workingAge 0.5, unemployed 0.5).",
      ),
    /** Totals for the payment estimates (at least two years); default: `total` for year and year + 1. */
    planningYears: z
      .array(planningYear)
      .min(1)
      .max(MAX_PLANNING_YEARS)
      .optional()
      .describe("Totals for the payment estimates, years ascending; default: total for year and year + 1."),
  })
  .describe("Cost split (kustannusjako) between the member municipalities.");
export type CostSplit = z.infer<typeof costSplitSchema>;

export const budgetLineSchema = z.strictObject({
  name: text.describe("Budget line (budjettirivi)."),
  /** Share of the frame as a fraction (0,25 = 25 %); omitted where the plan prints "–". */
  share: fraction.optional().describe("Share of the frame as a fraction (0.25 = 25 %); omit for '–'."),
  note: note.optional(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const budgetSchema = z
  .strictObject({
    lines: z.array(budgetLineSchema).min(1).max(100),
    /** The frame's total per planning year (at least two; the first is Budjetti_Yhteensa). */
    planningYears: z
      .array(planningYear)
      .min(MIN_PLANNING_YEARS)
      .max(MAX_PLANNING_YEARS)
      .describe("The frame's total per planning year, at least two, years ascending."),
    /**
     * The frame may count at most this share of the members' TE state share
     * (docs/sources.md#state-share-limit: 95 %).
     */
    stateShareLimit: fraction
      .default(STATE_SHARE_LIMIT)
      .describe(
        `The frame may count at most this share of the members' TE state share (docs/sources.md#state-share-limit: ${STATE_SHARE_LIMIT}).`,
      ),
    /** The members' unemployment-benefit cost responsibility, a separate item outside the frame. */
    unemploymentBenefit: nonNegativeEuros
      .optional()
      .describe(
        "Unemployment-benefit cost responsibility (työttömyysturvan rahoitusvastuu), outside the frame.",
      ),
    /** Growth of broad unemployment as a decimal (0,31 = +31 %), for the structural-change rule. */
    broadUnemploymentGrowth: z
      .number()
      .min(-1)
      .max(10)
      .optional()
      .describe("Growth of broad unemployment as a decimal (0.31 = +31 %)."),
    /**
     * Growth up to this is covered by reallocation; above it the service plan is revised
     * (docs/sources.md#structural-change).
     */
    structuralChangeLimit: fraction
      .default(STRUCTURAL_CHANGE_LIMIT)
      .describe(
        `Growth up to this is covered by reallocation within the budget (docs/sources.md#structural-change: ${STRUCTURAL_CHANGE_LIMIT}).`,
      ),
  })
  .describe("Budget frame (budjettikehys).");
export type Budget = z.infer<typeof budgetSchema>;

export const staffingRowSchema = z.strictObject({
  title: text.describe("Job title (nimike)."),
  /** Person-years (HTV) by municipality name; a member left out has 0. */
  htv: z
    .record(z.string(), personYears)
    .describe("Person-years (HTV) by municipality name, exactly as in municipalities[].name."),
  /**
   * Monthly salary of one full-time person-year in euros. The row's annual personnel cost is HTV ×
   * monthlySalary × sideCostFactor × monthsPerYear. The Pohjoinen Keski-Suomi plan
   * (docs/sources.md#personnel-cost) pays 3 600 € a month for a post at 80 % working time (3 600 ×
   * 1,25 × 12,5 = 56 250 €), i.e. 0,8 HTV at 4 500 € — its 2023 post, 2 700 € at 60 %, is the same
   * 4 500 € full-time salary.
   */
  monthlySalary: z
    .number()
    .nonnegative()
    .max(100_000)
    .optional()
    .describe(
      "Monthly salary of one full-time person-year, euros (annual cost = HTV × salary × factor × months).",
    ),
  /** Counts as client-service HTV, compared with the need from clients and caseload. */
  clientService: z
    .boolean()
    .default(false)
    .describe("Counts as client-service HTV, compared with the caseload need."),
  note: note.optional(),
});
export type StaffingRow = z.infer<typeof staffingRowSchema>;

export const staffingSchema = z
  .strictObject({
    rows: z.array(staffingRowSchema).min(1).max(200),
    /** Employer's side costs as a factor of salary (docs/sources.md#personnel-cost: 1,25). */
    sideCostFactor: z
      .number()
      .min(1)
      .max(3)
      .default(SIDE_COST_FACTOR)
      .describe(
        `Employer's side costs as a factor of salary (docs/sources.md#personnel-cost: ${SIDE_COST_FACTOR}).`,
      ),
    /** Months paid a year including holiday pay (docs/sources.md#personnel-cost: 12,5). */
    monthsPerYear: z
      .number()
      .positive()
      .max(24)
      .default(MONTHS_PER_YEAR)
      .describe(
        `Months paid a year including holiday pay (docs/sources.md#personnel-cost: ${MONTHS_PER_YEAR}).`,
      ),
  })
  .describe("Staffing table (henkilöstötaulukko).");
export type Staffing = z.infer<typeof staffingSchema>;

export const caseloadGroupSchema = z.strictObject({
  name: text.describe("Client group (asiakasryhmä)."),
  clients: persons.describe("Clients (asiakkaat) in the group."),
  /** Clients per full-time person-year (docs/sources.md#caseload: target at most 130). */
  caseload: z
    .number()
    .positive()
    .max(MAX_CASELOAD)
    .describe("Clients per full-time person-year (asiakassalkku), e.g. 130."),
  /**
   * Share of a full caseload (docs/sources.md#caseload: 0,8 for advisers who also do front-desk
   * work).
   */
  portfolioShare: z
    .number()
    .gt(0)
    .max(1)
    .default(1)
    .describe(
      "Share of a full caseload in (0, 1] (docs/sources.md#caseload: 0.8 with front-desk work, 0.4 leading expert).",
    ),
});
export type CaseloadGroup = z.infer<typeof caseloadGroupSchema>;

/**
 * Production modes of the service production matrix (docs/sources.md#service-matrix), in column
 * order.
 */
export const PRODUCTION_MODES = ["own", "inHouse", "otherAuthority", "purchased", "ecosystem"] as const;
export type ProductionMode = (typeof PRODUCTION_MODES)[number];
/** Extent words: Kokonaan, Pääasiassa, Valtaosin, Osittain. */
export const EXTENTS = ["entirely", "mainly", "mostly", "partly"] as const;
export type Extent = (typeof EXTENTS)[number];
/** Service-map task areas I–VI (docs/sources.md#task-areas). */
export const TASK_AREAS = ["I", "II", "III", "IV", "V", "VI"] as const;
export type TaskArea = (typeof TASK_AREAS)[number];

const productionCell = z.strictObject({
  extent: z
    .enum(EXTENTS)
    .optional()
    .describe("entirely = Kokonaan, mainly = Pääasiassa, mostly = Valtaosin, partly = Osittain."),
  note: note.optional().describe("Partner or remark, e.g. 'Keuda'."),
});
export type ProductionCell = z.infer<typeof productionCell>;

export const serviceRowSchema = z.strictObject({
  service: text.describe("Service (palvelu)."),
  taskArea: z
    .enum(TASK_AREAS)
    .optional()
    .describe("Service-map task area I–VI (docs/sources.md#task-areas)."),
  htv: personYears.optional().describe("Person-years (HTV) for the service."),
  modes: z
    .partialRecord(z.enum(PRODUCTION_MODES), productionCell)
    .default({})
    .describe(
      "own = Omana viranomaistyönä, inHouse = Kumppanuusyhteistyö sidosyksiköistä / oma palvelutuotanto, " +
        "otherAuthority = Toisen työvoimaviranomaisen palveluna, purchased = Ostopalveluna, " +
        "ecosystem = Ekosysteemi-/kumppanuuspalveluna.",
    ),
});
export type ServiceRow = z.infer<typeof serviceRowSchema>;

/** Planning years must be distinct and ascending, or "the first planning year" means nothing. */
function checkYearsAscending(
  years: readonly PlanningYear[] | undefined,
  path: readonly (string | number)[],
  ctx: z.RefinementCtx,
): void {
  years?.forEach((entry, i) => {
    const previous = i > 0 ? years[i - 1] : undefined;
    if (previous && entry.year <= previous.year) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "year"],
        message: "yearsOrder",
        params: { year: entry.year, previous: previous.year },
      });
    }
  });
}

export const areaInputSchema = z
  .strictObject({
    /** Lets editors validate a JSON file against the published schema; not used otherwise. */
    $schema: z.string().optional().describe("Optional reference to this JSON Schema, for editors."),
    area: text.describe("Employment area (työllisyysalue)."),
    year: calendarYear.describe("First planning year."),
    municipalities: z.array(municipalitySchema).min(1).max(MAX_MUNICIPALITIES),
    threshold: z
      .number()
      .positive()
      .max(MAX_PERSONS)
      .default(LABOUR_FORCE_THRESHOLD)
      .describe(
        `Minimum labour force (Act 380/2023: ${LABOUR_FORCE_THRESHOLD}); the area qualifies at exactly this figure.`,
      ),
    /** Bounded on both sides: see MIN_YEARLY_CHANGE and MAX_YEARLY_CHANGE (src/domain/bounds.ts). */
    labourForceChange: z
      .number()
      .gt(MIN_YEARLY_CHANGE)
      .max(MAX_YEARLY_CHANGE)
      .default(DEFAULT_PROJECTION.yearlyChange)
      .describe("Yearly relative change of the labour force as a decimal (−0.012 = −1.2 %)."),
    projectionYears: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_PROJECTION_YEARS)
      .default(DEFAULT_PROJECTION.years)
      .describe("Whole years to project the labour force ahead."),
    /**
     * A total labour force as printed in the source, checked against the sum
     * (docs/sources.md#stated-total: 30 563 vs 30 566).
     */
    statedLabourForce: persons
      .optional()
      .describe("Total labour force as printed in the source plan, checked against the sum."),
    costSplit: costSplitSchema,
    budget: budgetSchema.optional(),
    staffing: staffingSchema.optional(),
    caseload: z
      .strictObject({ groups: z.array(caseloadGroupSchema).min(1).max(100) })
      .optional()
      .describe("Client groups for the person-year need (HTV_TARVE)."),
    services: z
      .strictObject({ rows: z.array(serviceRowSchema).min(1).max(200) })
      .optional()
      .describe("Service production matrix (palvelutuotantomatriisi)."),
  })
  .superRefine((input, ctx) => {
    const names = new Set<string>();
    const folded = new Map<string, string>();
    const codes = new Map<string, string>();
    input.municipalities.forEach((m, i) => {
      // Excel compares table headers and sheet-level names without regard to case.
      const key = m.name.toLocaleLowerCase("fi");
      const first = folded.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["municipalities", i, "name"],
          message: "duplicateName",
          params: { name: m.name, first },
        });
      } else folded.set(key, m.name);
      names.add(m.name);
      if (m.code === undefined) return;
      const holder = codes.get(m.code);
      if (holder !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["municipalities", i, "code"],
          message: "duplicateCode",
          params: { code: m.code, first: holder },
        });
      } else codes.set(m.code, m.name);
    });
    const weights = Object.entries(input.costSplit.weights) as [Criterion, number][];
    const sum = weights.reduce((acc, [, w]) => acc + w, 0);
    if (!sumsToOne(sum)) {
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
            params: { criterion, weight },
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
    checkYearsAscending(input.costSplit.planningYears, ["costSplit", "planningYears"], ctx);
    checkYearsAscending(input.budget?.planningYears, ["budget", "planningYears"], ctx);
    input.staffing?.rows.forEach((row, i) => {
      for (const name of Object.keys(row.htv)) {
        // Exact names: the staffing sheet looks members up by the name the Kunnat sheet shows.
        if (!names.has(name)) {
          ctx.addIssue({
            code: "custom",
            path: ["staffing", "rows", i, "htv", name],
            message: "unknownMunicipality",
            params: { name, known: [...names] },
          });
        }
      }
    });
    const shares = input.budget?.lines.reduce((acc, line) => acc + (line.share ?? 0), 0);
    if (shares !== undefined && !sumsToOne(shares)) {
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
/** A municipality as written by a user (the CSV import and the pane's range reader build these). */
export type MunicipalityDraft = z.input<typeof municipalitySchema>;

/** Message keys of the custom issues above; their texts are in src/i18n/input.ts. */
export const CUSTOM_ISSUES = [
  "duplicateName",
  "municipalityCode",
  "duplicateCode",
  "weightsSum",
  "criterionMissing",
  "zeroCriterion",
  "unknownMunicipality",
  "budgetSharesSum",
  "yearsOrder",
  "controlCharacter",
  "invalidCharacter",
] as const;
export type CustomIssue = (typeof CUSTOM_ISSUES)[number];

/**
 * The input model as a JSON Schema (draft 2020-12) for editors and other tools; `cli schema`
 * prints it. It describes the shapes and bounds; the cross-field rules above (weights sum to 1,
 * criteria present, unique names, ascending years) are checked by `parseAreaInput` only.
 */
export function areaInputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(areaInputSchema, { io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: "Työllisyysalue input (employment area)",
    description:
      "Input of the työllisyysalue Excel add-in and command line (docs/input.md): an employment area's " +
      "member municipalities, cost split, budget frame, staffing, caseload groups and service " +
      "production matrix. Unknown fields are errors. Also checked but not expressible here: " +
      "costSplit.weights and budget line shares sum to 1, every weighted criterion is given for " +
      "every municipality, municipality names and codes are unique, staffing htv keys name members, and " +
      "planning years ascend.",
    ...rest,
  };
}
