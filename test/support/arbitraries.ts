import fc from "fast-check";
import {
  areaInputSchema,
  CRITERIA,
  EXTENTS,
  PRODUCTION_MODES,
  TASK_AREAS,
  type AreaInput,
  type AreaInputDraft,
  type Criterion,
  type MunicipalityDraft,
} from "../../src/domain/model";

/**
 * fast-check arbitraries of valid inputs (docs/input.md). Every value passes `areaInputSchema`; the
 * parsed `AreaInput` (defaults filled in) is what `areaInputArb` yields. Names include text that a
 * spreadsheet could mistake for a formula or a structured-reference token, so every consumer
 * (sheets, adapters, the oracle) meets them.
 */

/** Names that must stay text and survive as table headers and in formulas (common brief). */
export const TRICKY_TEXTS = [
  '=HYPERLINK("x")',
  "+1",
  "@SUM(A1)",
  "-5",
  "=1+1",
  "O'Kunta",
  "Kunta [A]",
  "#1 kunta",
  'Kunta "lainaus"',
  "Kunta, kaupunki",
  "100",
  "TRUE",
] as const;

const REAL_NAMES = [
  "Kerava",
  "Sipoo",
  "Kannonkoski",
  "Karstula",
  "Kinnula",
  "Kivijärvi",
  "Kyyjärvi",
  "Pihtipudas",
  "Viitasaari",
  "Mänttä-Vilppula",
  "Pedersöre",
  "Närpes",
  "Ii",
  "Utsjoki",
] as const;

/** Printable text with Finnish and Swedish letters and the characters formulas treat specially. */
const textUnit = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzäöåABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÅ0123456789 -'\"[]#@=+,.&()!:;/",
);

/** Text as zod keeps it: trimmed, 1–`max` characters. */
const plainText = (max: number) =>
  fc
    .string({ unit: textUnit, minLength: 1, maxLength: max })
    .filter((text) => text.trim() !== "")
    .map((text) => text.trim());

const nameArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_TEXTS) },
  { weight: 3, arbitrary: fc.constantFrom(...REAL_NAMES) },
  { weight: 3, arbitrary: plainText(30) },
);

/** Whole euros and cents, up to `max` euros. */
const euros = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((cents) => cents / 100);

/** k non-negative integers summing to `total`, from k − 1 cut points. */
const partition = (k: number, total: number) =>
  fc.array(fc.integer({ min: 0, max: total }), { minLength: k - 1, maxLength: k - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), total];
    return points.slice(1).map((point, i) => point - (points[i] as number));
  });

/** Ascending distinct years from `from`, each with a total. */
const planningYears = (minLength: number, maxLength: number) =>
  fc
    .tuple(
      fc.integer({ min: 2024, max: 2030 }),
      fc.array(fc.tuple(fc.integer({ min: 1, max: 2 }), euros(20_000_000)), { minLength, maxLength }),
    )
    .map(([start, steps]) => {
      let year = start;
      return steps.map(([step, total]) => ({ year: (year += step), total }));
    });

const fieldArb = (criterion: Criterion): fc.Arbitrary<number> => {
  switch (criterion) {
    case "unemployed":
    case "broadUnemployed":
      // Yearly averages of monthly counts need not be whole (model.ts).
      return fc.integer({ min: 0, max: 500_000 }).map((tenths) => tenths / 10);
    default:
      return fc.integer({ min: 0, max: 200_000 });
  }
};

function municipalityArb(name: string, weighted: ReadonlySet<Criterion>): fc.Arbitrary<MunicipalityDraft> {
  const fields = {
    ...(Object.fromEntries(CRITERIA.map((criterion) => [criterion, fieldArb(criterion)])) as Record<
      Criterion,
      fc.Arbitrary<number>
    >),
    stateShare: euros(5_000_000),
  };
  const required: Criterion[] = ["labourForce", ...weighted];
  return fc
    .record(fields, { requiredKeys: required })
    .map((figures) => ({ name, ...figures }) as MunicipalityDraft);
}

export interface AreaArbOptions {
  readonly minMunicipalities?: number;
  readonly maxMunicipalities?: number;
}

/** Valid inputs as a user writes them (optional fields may be missing). */
export function areaInputDraftArb(options: AreaArbOptions = {}): fc.Arbitrary<AreaInputDraft> {
  const { minMunicipalities = 1, maxMunicipalities = 12 } = options;
  const names = fc.uniqueArray(nameArb, {
    minLength: minMunicipalities,
    maxLength: maxMunicipalities,
    // The model folds case with the Finnish locale when it checks names for repeats.
    selector: (name) => name.toLocaleLowerCase("fi"),
  });
  const weights = fc
    .subarray([...CRITERIA], { minLength: 1, maxLength: 3 })
    .chain((criteria) => fc.tuple(fc.constant(criteria), partition(criteria.length, 100)));

  return fc.tuple(names, weights).chain(([memberNames, [criteria, parts]]) => {
    const weightOf = Object.fromEntries(criteria.map((c, i) => [c, (parts[i] as number) / 100]));
    const weighted = new Set(criteria.filter((c) => (weightOf[c] as number) > 0));
    const municipalities = fc
      .tuple(...memberNames.map((name) => municipalityArb(name, weighted)))
      .map((members) => {
        // A weighted criterion may not be 0 for every member (the split would divide by 0).
        for (const criterion of weighted) {
          if (members.every((m) => (m[criterion] ?? 0) === 0))
            (members[0] as MunicipalityDraft)[criterion] = 1;
        }
        return members;
      });

    const staffing = fc.record(
      {
        rows: fc.array(
          fc.record(
            {
              title: plainText(40),
              // Person-years by member name, for some of the members (a member left out has 0).
              htv: fc
                .subarray(memberNames)
                .chain((members) =>
                  fc
                    .tuple(
                      ...members.map(() => fc.integer({ min: 0, max: 300 }).map((tenths) => tenths / 10)),
                    )
                    .map((values) => Object.fromEntries(members.map((member, i) => [member, values[i]]))),
                ),
              monthlySalary: fc.integer({ min: 2000, max: 8000 }),
              clientService: fc.boolean(),
              note: plainText(60),
            },
            { requiredKeys: ["title", "htv"] },
          ),
          { minLength: 1, maxLength: 6 },
        ),
        sideCostFactor: fc.constantFrom(1, 1.25, 1.3),
        monthsPerYear: fc.constantFrom(12, 12.5),
      },
      { requiredKeys: ["rows"] },
    );

    return fc.record(
      {
        area: plainText(60),
        year: fc.integer({ min: 2024, max: 2030 }),
        municipalities,
        threshold: fc.constantFrom(20_000, 15_000, 30_000),
        labourForceChange: fc.integer({ min: -50, max: 30 }).map((tenthPercent) => tenthPercent / 1000),
        projectionYears: fc.integer({ min: 0, max: 40 }),
        statedLabourForce: fc.integer({ min: 0, max: 2_000_000 }),
        costSplit: fc.record(
          {
            total: euros(20_000_000),
            weights: fc.constant(weightOf),
            planningYears: planningYears(1, 4),
          },
          { requiredKeys: ["total", "weights"] },
        ),
        budget: budgetArb,
        staffing,
        caseload: fc.record({ groups: fc.array(caseloadGroupArb, { minLength: 1, maxLength: 4 }) }),
        services: fc.record({ rows: fc.array(serviceRowArb, { minLength: 1, maxLength: 6 }) }),
      },
      { requiredKeys: ["area", "year", "municipalities", "costSplit"] },
    ) as fc.Arbitrary<AreaInputDraft>;
  });
}

const budgetArb = fc
  .array(fc.record({ name: plainText(50), note: plainText(80) }, { requiredKeys: ["name"] }), {
    minLength: 1,
    maxLength: 8,
  })
  .chain((lines) =>
    fc.tuple(
      fc.constant(lines),
      partition(lines.length, 100),
      // Lines without a share are printed "–" (the Kerava–Sipoo line 1,
      // docs/sources.md#budget-frame); the first line always has one.
      fc.array(fc.boolean(), { minLength: lines.length, maxLength: lines.length }),
    ),
  )
  .chain(([lines, parts, withoutShare]) =>
    fc.record(
      {
        lines: fc.constant(
          lines.map((line, i) =>
            i > 0 && withoutShare[i] && parts[i] === 0
              ? line
              : { ...line, share: (parts[i] as number) / 100 },
          ),
        ),
        planningYears: planningYears(2, 4),
        stateShareLimit: fc.constantFrom(0.95, 0.9, 1),
        unemploymentBenefit: euros(5_000_000),
        broadUnemploymentGrowth: fc.integer({ min: -50, max: 60 }).map((percent) => percent / 100),
        structuralChangeLimit: fc.constantFrom(0.2, 0.1),
      },
      { requiredKeys: ["lines", "planningYears"] },
    ),
  );

const caseloadGroupArb = fc.record(
  {
    name: plainText(40),
    clients: fc.integer({ min: 0, max: 20_000 }),
    caseload: fc.integer({ min: 50, max: 250 }),
    portfolioShare: fc.constantFrom(1, 0.8, 0.4, 0.65),
  },
  { requiredKeys: ["name", "clients", "caseload"] },
);

const productionCellArb = fc.record(
  { extent: fc.constantFrom(...EXTENTS), note: plainText(40) },
  { requiredKeys: [] },
);

const serviceRowArb = fc.record(
  {
    service: plainText(60),
    taskArea: fc.constantFrom(...TASK_AREAS),
    htv: fc.integer({ min: 0, max: 200 }).map((tenths) => tenths / 10),
    modes: fc.record(Object.fromEntries(PRODUCTION_MODES.map((mode) => [mode, productionCellArb])), {
      requiredKeys: [],
    }),
  },
  { requiredKeys: ["service"] },
);

/** Valid inputs, parsed: defaults filled in, exactly what the sheets and figures receive. */
export const areaInputArb = (options: AreaArbOptions = {}): fc.Arbitrary<AreaInput> =>
  areaInputDraftArb(options).map((draft) => areaInputSchema.parse(draft));
