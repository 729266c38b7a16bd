import fc from "fast-check";
import {
  areaFigures,
  budgetLineAmount,
  budgetView,
  costSplitYears,
  municipalityFields,
  staffingView,
} from "../../src/domain/figures";
import type { AreaInputDraft } from "../../src/domain/model";
import { staffingTotals } from "../../src/domain/personYears";
import { keravaSipooDraft, kympinDraft, parse, pohjoinenKeskiSuomiDraft } from "./fixtures";

const cents = (euros: number) => Math.round(euros * 100);

describe("labour force (docs/sources.md#threshold)", () => {
  it("adds Kerava 18 875 + Sipoo 11 691 = 30 566 and flags the 30 563 stated in the plan (docs/sources.md#stated-total)", () => {
    const figures = areaFigures(parse(keravaSipooDraft));
    expect(figures.labourForceTotal).toBe(30566);
    expect(figures.labourForceSufficient).toBe(true);
    expect(figures.statedLabourForceDifference).toBe(-3);
  });

  it("finds Kerava alone (18 875) short of 20 000, and no flag without a stated figure", () => {
    const { staffing: _staffing, ...withoutStaffing } = keravaSipooDraft;
    const kerava = parse({ ...withoutStaffing, municipalities: [keravaSipooDraft.municipalities[0]!] });
    const { statedLabourForce: _stated, ...unstated } = keravaSipooDraft;
    expect(areaFigures(kerava).labourForceSufficient).toBe(false);
    expect(areaFigures(parse(unstated)).statedLabourForceDifference).toBeNull();
  });

  it("projects Kympin's 28 616 at −1,2 % for 25 years to ≈ 21 160 (holds) and at −2 % for 18 to ≈ 19 890 (fails)", () => {
    const mild = areaFigures(parse(kympinDraft));
    expect(mild.labourForceProjected).toBeCloseTo(21160.82, 1);
    expect(mild.labourForceSufficient).toBe(true);
    const steep = areaFigures(parse({ ...kympinDraft, labourForceChange: -0.02, projectionYears: 18 }));
    expect(steep.labourForceProjected).toBeCloseTo(19890, -1); // 19 892,2, "≈ 19 890" in docs/sources.md#projection
    expect(steep.labourForceSufficient).toBe(false);
  });
});

describe("cost split (docs/sources.md#cent-rounding, lead's rounding decision)", () => {
  it("splits the Pohjoinen Keski-Suomi 65 000 € by residents: 4 462,27 for Kannonkoski, Σ 65 000,01, difference −0,01, total 65 000,00", () => {
    const figures = areaFigures(parse(pohjoinenKeskiSuomiDraft));
    expect(figures.costShares).toEqual([4462.27, 12887.48, 5464.43, 3741.41, 4205.57, 13312.96, 20925.89]);
    expect(figures.costSharesSum).toBe(65000.01);
    expect(figures.roundingDifference).toBe(-0.01);
    expect(figures.costTotal).toBe(65000);
  });

  it("gives every payment-estimate year its own rounding difference", () => {
    const base = pohjoinenKeskiSuomiDraft;
    const planningYears = [
      { year: 2024, total: 65000 },
      { year: 2025, total: 100000 },
    ];
    const [main, estimate] = areaFigures(
      parse({ ...base, costSplit: { ...base.costSplit, planningYears } }),
    ).costSplitYears;
    expect(main).toMatchObject({ year: 2024, main: true, splitTotal: 65000, roundingDifference: -0.01 });
    expect(estimate).toMatchObject({ year: 2025, main: false, total: 100000, splitTotal: 100000 });
    // 100 000 € by residents also rounds up to 100 000,01 (6 865,03 + 19 826,89 + …).
    expect(estimate?.roundingDifference).toBe(-0.01);
  });

  it("estimates at least two planning years: default year and year + 1, a lone one extended, the main split not repeated", () => {
    const years = (draft: AreaInputDraft) =>
      costSplitYears(parse(draft)).map(({ year, total, main }) => [year, total, main]);
    const base = { ...pohjoinenKeskiSuomiDraft, year: 2025 };
    expect(years({ ...base, costSplit: { total: 65000, weights: { population: 1 } } })).toEqual([
      [2025, 65000, true],
      [2026, 65000, false],
    ]);
    expect(
      years({ ...base, costSplit: { ...base.costSplit, planningYears: [{ year: 2025, total: 65000 }] } }),
    ).toEqual([
      [2025, 65000, true],
      [2026, 65000, false],
    ]);
    expect(
      years({ ...base, costSplit: { ...base.costSplit, planningYears: [{ year: 2026, total: 70000 }] } }),
    ).toEqual([
      [2025, 65000, true],
      [2026, 70000, false],
    ]);
    // A planning year that disagrees with the main split keeps its own column: nothing is dropped.
    expect(
      years({
        ...base,
        costSplit: {
          ...base.costSplit,
          planningYears: [
            { year: 2025, total: 64000 },
            { year: 2026, total: 66000 },
          ],
        },
      }),
    ).toEqual([
      [2025, 65000, true],
      [2025, 64000, false],
      [2026, 66000, false],
    ]);
  });

  it("reconciles to the total to the cent for any members, criteria and weights", () => {
    const member = fc.record({
      population: fc.integer({ min: 1, max: 700_000 }),
      unemployed: fc.integer({ min: 0, max: 60_000 }),
      labourForce: fc.integer({ min: 0, max: 400_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 5_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (members, totalCents, weightPercent) => {
          const withUnemployed = members.some((m) => m.unemployed > 0);
          const w = withUnemployed ? weightPercent / 100 : 0;
          const input = parse({
            area: "Testialue",
            year: 2025,
            municipalities: members.map((m, i) => ({ name: `Kunta ${i + 1}`, ...m })),
            costSplit: { total: totalCents / 100, weights: { population: 1 - w, unemployed: w } },
          });
          const figures = areaFigures(input);
          for (const split of figures.costSplitYears) {
            expect(cents(split.splitTotal)).toBe(totalCents);
            expect(cents(split.sharesSum) + cents(split.roundingDifference)).toBe(totalCents);
            // Each share is off its exact value by at most half a cent.
            expect(Math.abs(cents(split.roundingDifference))).toBeLessThanOrEqual(
              Math.ceil(members.length / 2),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("budget frame (docs/sources.md#budget-frame)", () => {
  it("takes 50 / 25 / 20 / 5 % of 7 300 000 €: 3 650 000 / 1 825 000 / 1 460 000 / 365 000 €", () => {
    expect([0.5, 0.25, 0.2, 0.05].map((share) => budgetLineAmount(7_300_000, share))).toEqual([
      3_650_000, 1_825_000, 1_460_000, 365_000,
    ]);
    expect(budgetLineAmount(7_300_000, undefined)).toBe(0);
    const figures = areaFigures(parse(keravaSipooDraft));
    expect(figures.budgetTotal).toBe(7_300_000);
    expect(figures.budgetYears.map((y) => y.year)).toEqual([2025, 2026]);
  });

  it("stands the Kerava–Sipoo frame in for a missing budget, with costSplit.total as the frame for two years", () => {
    const { budget: _budget, ...withoutBudget } = pohjoinenKeskiSuomiDraft;
    const input = parse({ ...withoutBudget, year: 2025 });
    const view = budgetView(input);
    expect(view.template).toBe(true);
    expect(view.lines.map((line) => line.share)).toEqual([undefined, 0.5, undefined, 0.25, 0.2, 0.05]);
    expect(view.planningYears).toEqual([
      { year: 2025, total: 65000 },
      { year: 2026, total: 65000 },
    ]);
    expect(areaFigures(input).budgetTotal).toBe(65000);
  });

  it("checks the first year against 95 % of the members' TE state share (docs/sources.md#state-share-limit), or says it was not given", () => {
    const withShares = (a: number, b: number) =>
      areaFigures(
        parse({
          ...keravaSipooDraft,
          municipalities: keravaSipooDraft.municipalities.map((m, i) => ({
            ...m,
            stateShare: i === 0 ? a : b,
          })),
        }),
      );
    // 95 % of 7 684 211 € is 7 300 000,45 €: the frame fits; a euro less of state share and it does not.
    expect(withShares(5_000_000, 2_684_211)).toMatchObject({
      stateShareTotal: 7_684_211,
      budgetWithinStateShare: true,
    });
    expect(withShares(5_000_000, 2_684_209).budgetWithinStateShare).toBe(false);
    expect(areaFigures(parse(keravaSipooDraft)).budgetWithinStateShare).toBeNull();
  });

  it("lets a frame exactly at the limit pass although 0,95 × 7 684 000,20 is 7 299 800,1899999995 in binary", () => {
    const atLimit = areaFigures(
      parse({
        ...keravaSipooDraft,
        municipalities: keravaSipooDraft.municipalities.map((m, i) => ({
          ...m,
          stateShare: i === 0 ? 7_684_000.2 : 0,
        })),
        budget: {
          lines: [{ name: "Kaikki", share: 1 }],
          planningYears: [
            { year: 2025, total: 7_299_800.19 },
            { year: 2026, total: 7_299_800.19 },
          ],
        },
      }),
    );
    expect(0.95 * 7_684_000.2 < 7_299_800.19).toBe(true);
    expect(atLimit.budgetWithinStateShare).toBe(true);
  });

  it("applies the structural-change rule (docs/sources.md#structural-change): ≤ 20 % reallocate, above it a supplementary budget", () => {
    const withGrowth = (growth: number) =>
      areaFigures(
        parse({
          ...keravaSipooDraft,
          budget: { ...keravaSipooDraft.budget!, broadUnemploymentGrowth: growth },
        }),
      ).structuralChange;
    expect(withGrowth(0.2)).toBe("reallocate");
    expect(withGrowth(0.31)).toBe("supplementaryBudget"); // Kerava in covid: +31 %
    expect(areaFigures(parse(pohjoinenKeskiSuomiDraft)).structuralChange).toBeNull();
  });
});

describe("staffing and caseload (docs/sources.md#caseload)", () => {
  it("totals the Kerava–Sipoo staffing table (docs/sources.md#person-years): Kerava 45, Sipoo 14,7, area 59,7 HTV", () => {
    const input = parse(keravaSipooDraft);
    const totals = staffingTotals(staffingView(input).rows.map((row) => row.htv.map((h) => h ?? 0)));
    expect(totals.columnTotals[0]).toBeCloseTo(45, 9);
    expect(totals.columnTotals[1]).toBeCloseTo(14.7, 9);
    const figures = areaFigures(input);
    expect(figures.htvTotal).toBeCloseTo(59.7, 9);
    // Client service: the two expert rows and the leading experts, 29 + 9 + 5.
    expect(figures.clientServiceHtv).toBeCloseTo(43, 9);
  });

  it("costs the Pohjoinen Keski-Suomi coordinator (docs/sources.md#personnel-cost) at 56 250 € a year: 0,8 HTV × 4 500 € × 1,25 × 12,5 (the 3 600 € of an 80 % post)", () => {
    expect(areaFigures(parse(pohjoinenKeskiSuomiDraft)).personnelCost).toBe(56_250);
  });

  it("knows no personnel cost while a title has no salary: Kerava–Sipoo's plan gives none", () => {
    const rows = keravaSipooDraft.staffing?.rows ?? [];
    expect(areaFigures(parse(keravaSipooDraft)).personnelCost).toBeNull();
    const salaried = (count: number) =>
      parse({
        ...keravaSipooDraft,
        staffing: { rows: rows.map((row, i) => (i < count ? { ...row, monthlySalary: 4000 } : row)) },
      });
    expect(areaFigures(salaried(rows.length - 1)).personnelCost).toBeNull();
    // 59,7 HTV × 4 000 € × 1,25 × 12,5 = 3 731 250 €.
    expect(areaFigures(salaried(rows.length)).personnelCost).toBeCloseTo(3_731_250, 6);
  });

  it("needs 3 762 / 130 = 28,94 HTV for Kympin's job seekers (docs/sources.md#person-years-need)", () => {
    const figures = areaFigures(parse(kympinDraft));
    expect(figures.htvNeed).toBeCloseTo(28.94, 2);
    expect(figures.htvNeed).toBe(3762 / 130);
    // docs/sources.md#person-years-need: about 30 HTV of client-service staff transfer, so 30 HTV
    // suffices at the strictest target.
    expect(figures.htvSurplus).toBeCloseTo(30 - 3762 / 130, 9);
    expect(figures.htvSufficient).toBe(true);
  });

  it("counts an empty template as 0 HTV and 0 need", () => {
    const { staffing: _staffing, caseload: _caseload, ...withoutStaffing } = keravaSipooDraft;
    const figures = areaFigures(parse(withoutStaffing));
    expect([figures.htvTotal, figures.htvNeed, figures.clientServiceHtv]).toEqual([0, 0, 0]);
  });
});

describe("the Kunnat columns", () => {
  it("are the fields some member has, labour force always, and every weighted criterion", () => {
    expect(municipalityFields(parse(pohjoinenKeskiSuomiDraft))).toEqual(["population", "labourForce"]);
    const zeroWeight = parse({
      ...pohjoinenKeskiSuomiDraft,
      costSplit: { total: 1, weights: { population: 1, foreignLanguage: 0 } },
    });
    expect(municipalityFields(zeroWeight)).toEqual(["population", "labourForce", "foreignLanguage"]);
  });
});
