import type { AreaInput, AreaInputDraft } from "../domain/model";
import type { Result } from "../domain/result";
import { MAX_REPORTED_PROBLEMS } from "../domain/bounds";
import type { InputIssue } from "../domain/parse";
import { issueLineForPeople, issueMessage, listProblems, moreProblems } from "../i18n/input";
import { formatList, formatNumber } from "../i18n/format";
import type { Lang } from "../i18n/lang";
import { describeProblem } from "../i18n/problems";
import { sheetLabels } from "../i18n/sheetLabels";
import type { UiStrings } from "../i18n/ui";
import type { FieldId, FieldProblem } from "./form";
import type { ColumnField } from "../domain/members";
import { cellOfField, type ColumnMapping, type Grid, type GridIssue, type GridRead } from "./gridInput";

/**
 * Everything the pane must tell the user before it can generate, each message saying where:
 * a cell ("C7: …") when the figures came from a range, a form field by its label otherwise.
 */

/** Where a problem is fixed: the source step (a cell, a CSV line, a column) or a form field. */
export type ProblemPlace = "source" | FieldId;

export interface Checked {
  readonly input?: AreaInput;
  /** Every problem, worded and located, in the order the user meets them in the pane. */
  readonly messages: readonly string[];
  /**
   * Required fields left empty, by their labels: not problems to list in red before the user has
   * even been in the field, but what the hint under the generate button says is still missing.
   */
  readonly missing: readonly string[];
  /** Where each of `messages` is fixed, when the pane can take the user there. */
  readonly places: readonly (ProblemPlace | undefined)[];
  /** The same problems beside the form field they belong to. */
  readonly fieldErrors: Readonly<Partial<Record<FieldId, string>>>;
}

export function describeGridIssue(t: UiStrings, lang: Lang, issue: GridIssue): string {
  switch (issue.kind) {
    case "cell":
      return describeProblem(lang, issue.problem);
    case "noRows":
      return t.noRows;
    case "missingColumn":
      return t.missingColumn(sheetLabels[lang].fields[issue.field]);
    case "duplicateColumn":
      return t.duplicateColumn(sheetLabels[lang].fields[issue.field], issue.columns.join(", "));
    case "emptyName":
      return t.emptyName(issue.at);
    case "tooManyRows":
      return t.tooManyRows(issue.at, issue.limit);
  }
}

type Segments = readonly (string | number)[];

/**
 * The form field an input-model issue belongs to, by its JSON path's segments: `exact` paths
 * match only themselves, the others any path below them too; `#` stands for an index.
 */
const FIELD_OF_PATH: readonly {
  readonly path: Segments;
  readonly exact: boolean;
  readonly field: (index: number) => FieldId;
  /**
   * The path holds a value the pane derives from the field (the planning years count on from the
   * year): its issue is the field's, said once, and only when the field has none of its own.
   */
  readonly derived?: boolean;
}[] = [
  { path: ["area"], exact: true, field: () => "area" },
  { path: ["year"], exact: true, field: () => "year" },
  { path: ["threshold"], exact: true, field: () => "threshold" },
  { path: ["labourForceChange"], exact: true, field: () => "yearlyChange" },
  { path: ["projectionYears"], exact: true, field: () => "projectionYears" },
  { path: ["costSplit", "weights"], exact: false, field: () => "weights" },
  { path: ["costSplit", "total"], exact: true, field: () => "costTotal" },
  { path: ["budget", "planningYears", "#", "total"], exact: true, field: (i) => `budgetTotal.${i}` },
  { path: ["budget", "planningYears", "#", "year"], exact: true, field: () => "year", derived: true },
  { path: ["budget", "planningYears"], exact: false, field: () => "planningYears" },
  { path: ["staffing", "sideCostFactor"], exact: true, field: () => "sideCostFactor" },
  { path: ["staffing", "monthsPerYear"], exact: true, field: () => "monthsPerYear" },
  { path: ["caseload", "groups", "#", "clients"], exact: true, field: (i) => `clients.${i}` },
  { path: ["caseload", "groups", "#", "caseload"], exact: true, field: (i) => `caseload.${i}` },
];

/** The form's fields from top to bottom, so that problems are listed in the order the user meets them. */
const FORM_ORDER = [
  "area",
  "year",
  "threshold",
  "yearlyChange",
  "projectionYears",
  "costTotal",
  "weights",
  "planningYears",
  "budgetTotal",
  "sideCostFactor",
  "monthsPerYear",
  // A caseload group's two fields sit side by side, group after group.
  "clients",
  "caseload",
];

/** Compares two fields by where they are in the form. */
export function byFormOrder(a: FieldId, b: FieldId): number {
  const rank = (field: FieldId): [number, number, number] => {
    const [key, index] = field.split(".") as [string, string | undefined];
    const group = key === "caseload" ? FORM_ORDER.indexOf("clients") : FORM_ORDER.indexOf(key);
    return [group, Number(index ?? 0), key === "caseload" ? 1 : 0];
  };
  const [x, y] = [rank(a), rank(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export function fieldOfSegments(segments: Segments): FieldId | undefined {
  return fieldOfPath(segments)?.field;
}

function fieldOfPath(segments: Segments): { field: FieldId; derived: boolean } | undefined {
  for (const { path, exact, field, derived = false } of FIELD_OF_PATH) {
    if (exact ? segments.length !== path.length : segments.length < path.length) continue;
    let index = 0;
    const matches = path.every((part, k) => {
      const segment = segments[k];
      if (part !== "#") return segment === part;
      if (typeof segment !== "number") return false;
      index = segment;
      return true;
    });
    if (matches) return { field: field(index), derived };
  }
  return undefined;
}

/** The label a field has in the pane, to name it in the list of problems. */
export function fieldLabel(
  t: UiStrings,
  field: FieldId,
  groups: readonly string[],
  years: readonly number[],
) {
  const [key, index] = field.split(".") as [string, string | undefined];
  const i = Number(index ?? 0);
  switch (key) {
    case "area":
      return t.areaName;
    case "year":
      return t.year;
    case "threshold":
      return t.threshold;
    case "yearlyChange":
      return t.yearlyChange;
    case "projectionYears":
      return t.projectionYears;
    case "weights":
      return t.weightsHeading;
    case "costTotal":
      return t.costTotal;
    case "budgetTotal":
      return t.budgetYearTotal(String(years[i] ?? ""));
    case "planningYears":
      return t.planningYears;
    case "sideCostFactor":
      return t.sideCostFactor;
    case "monthsPerYear":
      return t.monthsPerYear;
    case "clients":
      return t.clients(groups[i] ?? "");
    default:
      return t.caseload(groups[i] ?? "");
  }
}

export function describeFieldProblem(t: UiStrings, lang: Lang, problem: FieldProblem): string {
  if (problem.code === "required") return t.required;
  if (problem.code === "notNumber") return t.notANumber(problem.text);
  if (problem.code === "notYear") return t.notAYear(problem.text);
  if (problem.code === "weightsPercent") return t.weightsSumWrong(formatNumber(lang, problem.sum, 4));
  return describeProblem(lang, problem);
}

export interface CheckArgs {
  readonly lang: Lang;
  readonly t: UiStrings;
  readonly draft: AreaInputDraft;
  readonly formProblems: Readonly<Partial<Record<FieldId, FieldProblem>>>;
  /** Set when the municipalities came from a range: its issues, and how to find cells again. */
  readonly grid?: { readonly grid: Grid; readonly read: GridRead; readonly mapping: ColumnMapping };
  /** Set when the municipalities came from CSV: moves an issue to the CSV line it came from. */
  readonly relocate?: (issue: InputIssue) => InputIssue;
  readonly parse: (json: unknown) => Result<AreaInput, readonly InputIssue[]>;
  readonly caseloadGroups: readonly string[];
}

export function checkInput(args: CheckArgs): Checked {
  const { lang, t, draft, formProblems, grid, relocate, parse, caseloadGroups } = args;
  const years = draft.budget?.planningYears.map((y) => y.year) ?? [];
  const messages: string[] = [];
  const missing: string[] = [];
  const fieldErrors: Partial<Record<FieldId, string>> = {};

  const places: (ProblemPlace | undefined)[] = [];
  const say = (message: string, place: ProblemPlace | undefined) => {
    messages.push(message);
    places.push(place);
  };

  const gridIssues = grid?.read.issues ?? [];
  for (const issue of gridIssues) say(describeGridIssue(t, lang, issue), "source");
  const fields = (Object.keys(formProblems) as FieldId[]).sort(byFormOrder);
  for (const field of fields) {
    const problem = formProblems[field] as FieldProblem;
    const text = describeFieldProblem(t, lang, problem);
    fieldErrors[field] = text;
    const label = fieldLabel(t, field, caseloadGroups, years);
    if (problem.code === "required") missing.push(label);
    else say(`${label}: ${text}`, field);
  }
  // The input model would only repeat what the range or the form already said is wrong.
  if (gridIssues.length > 0 || messages.length > 0 || missing.length > 0) {
    const listed = listProblems(lang, messages, (m) => m);
    // The line saying how many more there are leads nowhere.
    return {
      messages: listed,
      places: listed.map((_, i) => (i < MAX_REPORTED_PROBLEMS ? places[i] : undefined)),
      missing,
      fieldErrors,
    };
  }

  const parsed = parse(draft);
  const unmapped = new Set<string>();
  if (parsed.ok) return { input: parsed.value, messages, places, missing, fieldErrors };
  for (const [k, raw] of parsed.error.entries()) {
    // Past the first problems, only their number (a million duplicate keys are not a list).
    if (messages.length >= MAX_REPORTED_PROBLEMS) {
      say(moreProblems(lang, parsed.error.length - k), undefined);
      break;
    }
    const issue = relocate ? relocate(raw) : raw;
    const message = issueMessage(lang, issue);
    // A relocated issue (a CSV line) is found by its line, not by the form.
    const segments = issue.line === undefined ? (issue.segments ?? []) : [];
    const found = fieldOfPath(segments);
    if (found) {
      const { field, derived } = found;
      if (derived && fieldErrors[field] !== undefined) continue;
      fieldErrors[field] ??= message;
      say(`${fieldLabel(t, field, caseloadGroups, years)}: ${message}`, field);
      continue;
    }
    const [first, index, memberField] = segments;
    const member = first === "municipalities" && typeof index === "number";
    if (
      member &&
      grid &&
      typeof memberField === "string" &&
      !grid.mapping.includes(memberField as ColumnField)
    ) {
      // A weighted criterion with no column at all: one message, not one per row.
      if (!unmapped.has(memberField)) {
        unmapped.add(memberField);
        const label = sheetLabels[lang].fields[memberField as ColumnField] ?? memberField;
        say(t.criterionColumnMissing(label), "source");
      }
      continue;
    }
    if (member && grid) {
      const field = typeof memberField === "string" ? memberField : "name";
      const at = cellOfField(grid.grid, grid.read, grid.mapping, index, field);
      if (at) {
        say(`${at}: ${message}`, "source");
        continue;
      }
    }
    say(issueLineForPeople(lang, issue), member || issue.line !== undefined ? "source" : undefined);
  }
  return { messages, places, missing, fieldErrors };
}

/**
 * The hint under a disabled generate button: what is still missing, by the fields' labels, and how
 * many problems above are to be fixed; undefined when nothing is.
 */
export function generateHint(
  t: UiStrings,
  lang: Lang,
  problems: readonly string[],
  missing: readonly string[],
): string | undefined {
  const parts = [
    ...(missing.length > 0 ? [t.fillInFirst(formatList(lang, missing))] : []),
    ...(problems.length > 0 ? [t.fixFirst(problems.length)] : []),
  ];
  return parts.length > 0 ? parts.join(" ") : undefined;
}
