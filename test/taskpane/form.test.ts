import { BUDGET_TEMPLATE, STAFFING_TEMPLATE } from "../../src/domain/templates";
import type { AreaInputDraft } from "../../src/domain/model";
import { parseAreaInput } from "../../src/domain/parse";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { sampleDraft } from "../sheets/fixtures";
import { LANGS } from "../../src/i18n/lang";
import { sheetTexts } from "../../src/i18n/sheets";
import {
  applyForm,
  budgetYears,
  formFromDraft,
  relocalizeForm,
  resizeBudget,
  weightSum,
} from "../../src/taskpane/form";
import { gridBase } from "../../src/taskpane/gridBase";

const parsed = (draft: AreaInputDraft) => {
  const result = parseAreaInput(draft);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe("the parameter form", () => {
  describe.each(SAMPLE_IDS)("sample %s", (id) => {
    const sample = sampleDraft(id);
    it.each(LANGS)("left untouched in %s, gives exactly the sample's input (as the CLI reads it)", (lang) => {
      const form = formFromDraft(sample, lang);
      const { draft, problems } = applyForm(sample, form, lang);
      expect(problems).toEqual({});
      expect(parsed(draft)).toEqual(parsed(sample));
    });
  });

  it("shows numbers the way the language writes them, and weights and changes as percentages", () => {
    const sample = sampleDraft("kympin");
    const fi = formFromDraft(sample, "fi");
    const en = formFromDraft(sample, "en");
    expect(fi.yearlyChange).toBe("−1,2");
    expect(en.yearlyChange).toBe("-1.2");
    expect(fi.costTotal).not.toMatch(/[.,]\d{3}/);
    expect(formFromDraft(sampleDraft("kerava-sipoo"), "fi").costTotal).toBe("7\u00a0300\u00a0000");
    expect(formFromDraft(sampleDraft("kerava-sipoo"), "en").costTotal).toBe("7300000");
    expect(formFromDraft(sampleDraft("kerava-sipoo"), "sv").weights.workingAge).toBe("50");
  });

  it("accepts a decimal comma and a decimal point alike", () => {
    const sample = sampleDraft("kerava-sipoo");
    const form = formFromDraft(sample, "en");
    const comma = applyForm(sample, { ...form, sideCostFactor: "1,3", yearlyChange: "-0,5" }, "en").draft;
    const point = applyForm(sample, { ...form, sideCostFactor: "1.3", yearlyChange: "-0.5" }, "fi").draft;
    expect(comma.staffing?.sideCostFactor).toBe(1.3);
    expect(point.staffing?.sideCostFactor).toBe(1.3);
    expect(comma.labourForceChange).toBe(-0.005);
    expect(point.labourForceChange).toBe(-0.005);
  });

  it("turns weight percentages into fractions without binary noise, and keeps an explicit 0", () => {
    const sample = sampleDraft("kerava-sipoo");
    const form = formFromDraft(sample, "fi");
    const weights = { ...form.weights, workingAge: "33,3", unemployed: "66,7", population: "0" };
    const { draft } = applyForm(sample, { ...form, weights }, "fi");
    expect(draft.costSplit.weights).toEqual({ population: 0, workingAge: 0.333, unemployed: 0.667 });
    expect(weightSum({ ...form, weights })).toBe(100);
  });

  it("reports a field that cannot be read and leaves the live sum unknown", () => {
    const sample = sampleDraft("kerava-sipoo");
    const form = formFromDraft(sample, "fi");
    const bad = { ...form, weights: { ...form.weights, workingAge: "puolet" }, costTotal: "" };
    expect(weightSum(bad)).toBeUndefined();
    expect(applyForm(sample, bad, "fi").problems).toEqual({
      weights: { code: "notNumber", text: "puolet" },
      costTotal: { code: "required" },
    });
  });

  it("checks percentages in the percent the user typed", () => {
    const sample = sampleDraft("kerava-sipoo");
    const form = formFromDraft(sample, "fi");
    expect(applyForm(sample, { ...form, yearlyChange: "-100" }, "fi").problems).toEqual({
      yearlyChange: { code: "tooSmall", value: -100, min: -100, inclusive: false },
    });
    expect(
      applyForm(sample, { ...form, weights: { ...form.weights, unemployed: "150" } }, "fi").problems,
    ).toEqual({
      weights: { code: "tooLarge", value: 150, max: 100, inclusive: true },
    });
  });

  it("moves the budget's planning years with the first year and adds years after the last", () => {
    const sample = sampleDraft("kerava-sipoo");
    const form = formFromDraft(sample, "fi");
    const later = { ...form, year: "2027", budgetTotals: resizeBudget(form.budgetTotals, 3) };
    expect(budgetYears(sample, later)).toEqual([2027, 2028, 2029]);
    const { draft } = applyForm(sample, later, "fi");
    expect(draft.budget?.planningYears).toEqual([
      { year: 2027, total: 7_300_000 },
      { year: 2028, total: 7_300_000 },
      { year: 2029, total: 7_300_000 },
    ]);
  });

  it("re-renders the numbers when the language changes, without changing their values", () => {
    const sample = sampleDraft("kympin");
    const fi = formFromDraft(sample, "fi");
    const en = relocalizeForm(fi, "fi", "en");
    expect(en).toEqual(formFromDraft(sample, "en"));
    expect(parsed(applyForm(sample, en, "en").draft)).toEqual(parsed(sample));
  });

  describe("with the user's own municipalities (no budget, staffing or caseload given)", () => {
    const base = gridBase(
      [{ name: "Kerava", labourForce: 18875, population: 38000 }],
      ["name", "labourForce", "population"],
      2026,
    );
    const form = { ...formFromDraft(base, "fi"), area: "Testialue", costTotal: "100 000" };

    it("starts from the per-capita split when there is no working-age and unemployed column", () => {
      expect(base.costSplit.weights).toEqual({ population: 1 });
      expect(formFromDraft(base, "fi").costTotal).toBe("");
    });

    it("leaves the sections to the sheets' templates while their fields are untouched", () => {
      const { draft, problems } = applyForm(base, form, "fi");
      expect(problems).toEqual({});
      expect(draft.budget).toBeUndefined();
      expect(draft.staffing).toBeUndefined();
      expect(draft.caseload).toBeUndefined();
    });

    it("writes a section out from its template once the user changes one of its parameters", () => {
      const edited = {
        ...form,
        budgetTotals: ["120 000", ""],
        monthsPerYear: "12",
        caseloads: form.caseloads.map((g, i) => (i === 0 ? { ...g, clients: "500" } : g)),
      };
      const { draft, problems } = applyForm(base, edited, "sv");
      expect(problems).toEqual({});
      const texts = sheetTexts.sv.templates;
      expect(draft.budget?.lines.map((line) => line.name)).toEqual(BUDGET_TEMPLATE.map((l) => texts[l.name]));
      expect(draft.budget?.planningYears).toEqual([
        { year: 2026, total: 120_000 },
        { year: 2027, total: 100_000 },
      ]);
      expect(draft.staffing?.rows.map((row) => row.title)).toEqual(
        STAFFING_TEMPLATE.map((r) => texts[r.title]),
      );
      expect(draft.staffing?.monthsPerYear).toBe(12);
      expect(draft.caseload?.groups[0]).toMatchObject({ clients: 500, caseload: 130 });
      expect(parseAreaInput(draft).ok).toBe(true);
    });
  });
});
