import { BUDGET_TEMPLATE, CASELOAD_TEMPLATE, STAFFING_TEMPLATE } from "../domain/templates";
import { MIN_PLANNING_YEARS } from "../domain/budgetRules";
import { sumsToOne } from "../domain/costShare";
import { MAX_YEARLY_CHANGE, MIN_YEARLY_CHANGE } from "../domain/bounds";
import { DEFAULT_PROJECTION, LABOUR_FORCE_THRESHOLD } from "../domain/labourForce";
import { CRITERIA, type Criterion } from "../domain/criteria";
import type { AreaInputDraft } from "../domain/model";
import { MONTHS_PER_YEAR, SIDE_COST_FACTOR } from "../domain/personYears";
import type { Problem } from "../domain/result";
import { LOCALE_OF, type Lang } from "../i18n/lang";
import { sheetLabels } from "../i18n/sheetLabels";
import { parseNumberInput } from "./numberInput";

/**
 * The pane's parameter form. Fields hold the text the user typed; `applyForm` writes the numbers
 * into a copy of the base input (a sample, or the municipalities read from a range or CSV), and
 * the input model then validates the whole. Percent fields show percentages (50 = 0,5).
 *
 * A base without a budget, staffing or caseload section gets the sheets' templates (the
 * Kerava–Sipoo plan's budget lines and staffing titles, the caseload client groups;
 * docs/sources.md#budget-frame — src/domain/figures.ts). The form shows the template's parameters;
 * only when the user changes one is the section written out from the template, so an untouched form
 * generates exactly what the same input does in the CLI.
 */
export interface FormState {
  readonly area: string;
  readonly year: string;
  readonly threshold: string;
  /** Yearly labour-force change in percent (−1,2 = labourForceChange −0,012). */
  readonly yearlyChange: string;
  readonly projectionYears: string;
  /** Cost-split weight of each criterion, percent; empty = criterion not used. */
  readonly weights: Readonly<Record<Criterion, string>>;
  readonly costTotal: string;
  /** The budget frame's total for each planning year; empty = the amount to split (template only). */
  readonly budgetTotals: readonly string[];
  readonly sideCostFactor: string;
  readonly monthsPerYear: string;
  /** Clients and caseload (clients per HTV) of each caseload group; empty clients = none yet (template). */
  readonly caseloads: readonly { readonly clients: string; readonly caseload: string }[];
}

/** A form field, to put the input model's issues beside the field they belong to. */
export type FieldId =
  | "area"
  | "year"
  | "threshold"
  | "yearlyChange"
  | "projectionYears"
  | "weights"
  | "costTotal"
  | `budgetTotal.${number}`
  | "planningYears"
  | "sideCostFactor"
  | "monthsPerYear"
  | `clients.${number}`
  | `caseload.${number}`;

/** Numbers as a user of the language types them: "0,5" in Finnish and Swedish, no digit grouping in English. */
export function inputText(lang: Lang, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "";
  return new Intl.NumberFormat(LOCALE_OF[lang], {
    maximumFractionDigits: 10,
    useGrouping: lang !== "en",
  }).format(value);
}

/** ×100 and ÷100 without binary noise: 0,035 → 3,5, not 3,5000000000000004. */
const percent = (fraction: number): number => Number((fraction * 100).toPrecision(12));
const fraction = (percentValue: number): number => Number((percentValue / 100).toPrecision(12));

/** The names of the caseload groups, the template's in the pane's language when the base has none. */
export function caseloadGroupNames(base: AreaInputDraft, lang: Lang): string[] {
  return base.caseload
    ? base.caseload.groups.map((group) => group.name)
    : CASELOAD_TEMPLATE.map((group) => sheetLabels[lang].templates[group.name]);
}

/** The planning years the budget fields stand for, first year first. */
export function budgetYears(base: AreaInputDraft, form: FormState): number[] {
  const first = yearOf(form.year) ?? base.year;
  const shift = first - base.year;
  const own = base.budget?.planningYears ?? [];
  const years: number[] = [];
  form.budgetTotals.forEach((_, i) => {
    // The base's own years (they need not follow each other), moved along with the first year.
    const baseYear = own[i]?.year;
    const previous = years[i - 1];
    years.push(baseYear !== undefined ? baseYear + shift : previous !== undefined ? previous + 1 : first);
  });
  return years;
}

export function formFromDraft(draft: AreaInputDraft, lang: Lang): FormState {
  const text = (value: number | undefined) => inputText(lang, value);
  const weights = Object.fromEntries(
    CRITERIA.map((criterion) => {
      // A weight of 0 stays 0 (the sheet keeps its cell); an empty field leaves the criterion out.
      const weight = draft.costSplit.weights[criterion];
      return [criterion, weight === undefined ? "" : text(percent(weight))];
    }),
  ) as Record<Criterion, string>;
  return {
    area: draft.area,
    year: String(draft.year),
    threshold: text(draft.threshold ?? LABOUR_FORCE_THRESHOLD),
    yearlyChange: text(percent(draft.labourForceChange ?? DEFAULT_PROJECTION.yearlyChange)),
    projectionYears: text(draft.projectionYears ?? DEFAULT_PROJECTION.years),
    weights,
    costTotal: text(draft.costSplit.total),
    budgetTotals: draft.budget
      ? draft.budget.planningYears.map((year) => text(year.total))
      : Array.from({ length: MIN_PLANNING_YEARS }, () => ""),
    sideCostFactor: text(draft.staffing?.sideCostFactor ?? SIDE_COST_FACTOR),
    monthsPerYear: text(draft.staffing?.monthsPerYear ?? MONTHS_PER_YEAR),
    caseloads: draft.caseload
      ? draft.caseload.groups.map((group) => ({
          clients: text(group.clients),
          caseload: text(group.caseload),
        }))
      : CASELOAD_TEMPLATE.map((group) => ({ clients: "", caseload: text(group.caseload) })),
  };
}

/** Re-renders the numbers of a form the way another language writes them. */
export function relocalizeForm(form: FormState, from: Lang, to: Lang): FormState {
  if (from === to) return form;
  const convert = (value: string): string => {
    const parsed = parseNumberInput(value);
    return parsed.kind === "number" ? inputText(to, parsed.value) : value;
  };
  return {
    ...form,
    threshold: convert(form.threshold),
    yearlyChange: convert(form.yearlyChange),
    projectionYears: convert(form.projectionYears),
    weights: Object.fromEntries(CRITERIA.map((c) => [c, convert(form.weights[c])])) as Record<
      Criterion,
      string
    >,
    costTotal: convert(form.costTotal),
    budgetTotals: form.budgetTotals.map(convert),
    sideCostFactor: convert(form.sideCostFactor),
    monthsPerYear: convert(form.monthsPerYear),
    caseloads: form.caseloads.map((group) => ({
      clients: convert(group.clients),
      caseload: convert(group.caseload),
    })),
  };
}

/** The live sum of the weights in percent, or undefined while a weight cannot be read. */
export function weightSum(form: FormState): number | undefined {
  let sum = 0;
  for (const criterion of CRITERIA) {
    const parsed = parseNumberInput(form.weights[criterion]);
    if (parsed.kind === "invalid") return undefined;
    if (parsed.kind === "number") sum += parsed.value;
  }
  return Number(sum.toPrecision(12));
}

/** The totals for another number of planning years: new years repeat the last total. */
export function resizeBudget(totals: readonly string[], count: number): string[] {
  const last = totals[totals.length - 1] ?? "";
  return Array.from({ length: count }, (_, i) => totals[i] ?? last);
}

/** The year a field's text names: a whole number, as typed ("2025"); undefined otherwise. */
export function yearOf(text: string): number | undefined {
  const parsed = parseNumberInput(text);
  return parsed.kind === "number" && Number.isInteger(parsed.value) ? parsed.value : undefined;
}

/** What is wrong with one field's text, before the input model sees it. */
export type FieldProblem =
  | Problem
  | { readonly code: "required" }
  /** A year that is not a whole number ("2025,5"), quoted as typed: a year is not a quantity. */
  | { readonly code: "notYear"; readonly text: string }
  /** Weights typed in percent that do not add up to 100 %, said in percent as they were typed. */
  | { readonly code: "weightsPercent"; readonly sum: number };

export interface AppliedForm {
  readonly draft: AreaInputDraft;
  /**
   * Fields that cannot be used as typed. Percentages are checked here, in the percent the user
   * typed, because the input model would word its bounds as fractions ("more than −1").
   */
  readonly problems: Readonly<Partial<Record<FieldId, FieldProblem>>>;
}

/**
 * The base input with the form's values written in. A field that cannot be read leaves the base
 * value in place and is reported, so the pane refuses to generate until it is fixed.
 */
export function applyForm(base: AreaInputDraft, form: FormState, lang: Lang): AppliedForm {
  const problems: Partial<Record<FieldId, FieldProblem>> = {};
  // Problems in the order of the pane's fields, the area's name first.
  if (form.area.trim() === "") problems.area = { code: "required" };
  const read = (id: FieldId, text: string, optional = false): number | undefined => {
    const parsed = parseNumberInput(text);
    if (parsed.kind === "number") return parsed.value;
    if (parsed.kind === "invalid") problems[id] ??= { code: "notNumber", text: parsed.text };
    else if (!optional) problems[id] ??= { code: "required" };
    return undefined;
  };
  const readPercent = (id: FieldId, text: string, min: number, minInclusive: boolean, max: number) => {
    const value = read(id, text, true);
    if (value === undefined) return undefined;
    if (minInclusive ? value < min : value <= min) {
      problems[id] ??= { code: "tooSmall", value, min, inclusive: minInclusive };
      return undefined;
    }
    if (value > max) {
      problems[id] ??= { code: "tooLarge", value, max, inclusive: true };
      return undefined;
    }
    return fraction(value);
  };

  const weights: Partial<Record<Criterion, number>> = {};
  for (const criterion of CRITERIA) {
    const weight = readPercent("weights", form.weights[criterion], 0, true, 100);
    if (weight !== undefined) weights[criterion] = weight;
  }
  const sum = weightSum(form);
  if (sum !== undefined && !problems.weights && Object.keys(weights).length > 0 && !sumsToOne(sum / 100))
    problems.weights = { code: "weightsPercent", sum };
  const typedYear = read("year", form.year);
  if (typedYear !== undefined && !Number.isInteger(typedYear))
    problems.year = { code: "notYear", text: form.year.trim() };
  const year = yearOf(form.year) ?? base.year;
  const costTotal = read("costTotal", form.costTotal) ?? base.costSplit.total;
  const draft: AreaInputDraft = {
    ...base,
    area: form.area.trim() === "" ? base.area : form.area,
    year,
    threshold: read("threshold", form.threshold) ?? base.threshold,
    labourForceChange:
      readPercent(
        "yearlyChange",
        form.yearlyChange,
        percent(MIN_YEARLY_CHANGE),
        false,
        percent(MAX_YEARLY_CHANGE),
      ) ?? DEFAULT_PROJECTION.yearlyChange,
    projectionYears: read("projectionYears", form.projectionYears, true) ?? DEFAULT_PROJECTION.years,
    costSplit: { ...base.costSplit, total: costTotal, weights },
  };
  const texts = sheetLabels[lang].templates;

  const years = budgetYears(base, form);
  const frameTotals = form.budgetTotals.map(
    (text, i) =>
      read(`budgetTotal.${i}`, text, !base.budget) ?? base.budget?.planningYears[i]?.total ?? costTotal,
  );
  const budgetEdited =
    form.budgetTotals.length !== MIN_PLANNING_YEARS || form.budgetTotals.some((text) => text.trim() !== "");
  if (base.budget || budgetEdited) {
    draft.budget = {
      ...(base.budget ?? {
        lines: BUDGET_TEMPLATE.map((line) => ({
          name: texts[line.name],
          ...("share" in line ? { share: line.share } : {}),
          ...("note" in line ? { note: texts[line.note] } : {}),
        })),
      }),
      planningYears: years.map((y, i) => ({ year: y, total: frameTotals[i] ?? costTotal })),
    };
  }

  const sideCostFactor = read("sideCostFactor", form.sideCostFactor);
  const monthsPerYear = read("monthsPerYear", form.monthsPerYear);
  const staffingEdited =
    (sideCostFactor !== undefined && sideCostFactor !== SIDE_COST_FACTOR) ||
    (monthsPerYear !== undefined && monthsPerYear !== MONTHS_PER_YEAR);
  if (base.staffing || staffingEdited) {
    draft.staffing = {
      ...(base.staffing ?? {
        rows: STAFFING_TEMPLATE.map((row) => ({
          title: texts[row.title],
          htv: {},
          clientService: row.clientService,
        })),
      }),
      sideCostFactor: sideCostFactor ?? base.staffing?.sideCostFactor ?? SIDE_COST_FACTOR,
      monthsPerYear: monthsPerYear ?? base.staffing?.monthsPerYear ?? MONTHS_PER_YEAR,
    };
  }

  const groups =
    base.caseload?.groups ??
    CASELOAD_TEMPLATE.map((g) => ({ name: texts[g.name], clients: 0, caseload: g.caseload }));
  const edited = groups.map((group, i) => {
    const fields = form.caseloads[i];
    if (!fields) return group;
    return {
      ...group,
      clients: read(`clients.${i}`, fields.clients, !base.caseload) ?? group.clients,
      caseload: read(`caseload.${i}`, fields.caseload) ?? group.caseload,
    };
  });
  const caseloadEdited = edited.some(
    (group, i) => (form.caseloads[i]?.clients.trim() ?? "") !== "" || group.caseload !== groups[i]?.caseload,
  );
  if (base.caseload || caseloadEdited) draft.caseload = { groups: edited };

  return { draft, problems };
}
