import type { AreaInput, AreaInputDraft } from "../domain/model";
import type { Result } from "../domain/result";
import type { Lang } from "../i18n/lang";
import { describeProblem } from "../i18n/problems";
import { sheetTexts } from "../i18n/sheets";
import type { UiStrings } from "../i18n/ui";
import type { FieldId, FieldProblem } from "./form";
import type { ColumnField } from "../domain/columns";
import { cellOfField, type ColumnMapping, type Grid, type GridIssue, type GridRead } from "./gridInput";

/**
 * Everything the pane must tell the user before it can generate, each message saying where:
 * a cell ("C7: …") when the figures came from a range, a form field by its label otherwise.
 */

/** One problem of the input model, as parseAreaInput reports it: a JSON path and a message. */
export interface PathIssue {
  readonly path: string;
  readonly message: string;
}

export interface Checked {
  readonly input?: AreaInput;
  /** Every problem, worded and located, in the order the user meets them in the pane. */
  readonly messages: readonly string[];
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
      return t.missingColumn(sheetTexts[lang].fields[issue.field]);
    case "duplicateColumn":
      return t.duplicateColumn(sheetTexts[lang].fields[issue.field], issue.columns.join(", "));
    case "emptyName":
      return t.emptyName(issue.at);
    case "totalRow":
      return t.totalRow(issue.at, issue.text);
  }
}

const FIELD_OF_PATH: readonly [RegExp, (match: RegExpMatchArray) => FieldId][] = [
  [/^area$/, () => "area"],
  [/^year$/, () => "year"],
  [/^threshold$/, () => "threshold"],
  [/^labourForceChange$/, () => "yearlyChange"],
  [/^projectionYears$/, () => "projectionYears"],
  [/^costSplit\.weights\b/, () => "weights"],
  [/^costSplit\.total$/, () => "costTotal"],
  [/^budget\.planningYears\[(\d+)\]\.total$/, (m) => `budgetTotal.${Number(m[1])}`],
  [/^budget\.planningYears\b/, () => "planningYears"],
  [/^staffing\.sideCostFactor$/, () => "sideCostFactor"],
  [/^staffing\.monthsPerYear$/, () => "monthsPerYear"],
  [/^caseload\.groups\[(\d+)\]\.clients$/, (m) => `clients.${Number(m[1])}`],
  [/^caseload\.groups\[(\d+)\]\.caseload$/, (m) => `caseload.${Number(m[1])}`],
];

export function fieldOfPath(path: string): FieldId | undefined {
  for (const [pattern, field] of FIELD_OF_PATH) {
    const match = path.match(pattern);
    if (match) return field(match);
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
  return describeProblem(lang, problem);
}

export interface CheckArgs<I extends PathIssue> {
  readonly lang: Lang;
  readonly t: UiStrings;
  readonly draft: AreaInputDraft;
  readonly formProblems: Readonly<Partial<Record<FieldId, FieldProblem>>>;
  /** Set when the municipalities came from a range: its issues, and how to find cells again. */
  readonly grid?: { readonly grid: Grid; readonly read: GridRead; readonly mapping: ColumnMapping };
  /** Set when the municipalities came from CSV: moves an issue to the CSV line it came from. */
  readonly relocate?: (issue: I) => I;
  readonly parse: (json: unknown, lang: Lang) => Result<AreaInput, readonly I[]>;
  readonly caseloadGroups: readonly string[];
}

const MUNICIPALITY_PATH = /^municipalities\[(\d+)\](?:\.([A-Za-z]+))?/;

export function checkInput<I extends PathIssue>(args: CheckArgs<I>): Checked {
  const { lang, t, draft, formProblems, grid, relocate, parse, caseloadGroups } = args;
  const years = draft.budget?.planningYears.map((y) => y.year) ?? [];
  const messages: string[] = [];
  const fieldErrors: Partial<Record<FieldId, string>> = {};

  const gridIssues = grid?.read.issues ?? [];
  for (const issue of gridIssues) messages.push(describeGridIssue(t, lang, issue));
  for (const [field, problem] of Object.entries(formProblems) as [FieldId, FieldProblem][]) {
    const text = describeFieldProblem(t, lang, problem);
    fieldErrors[field] = text;
    messages.push(`${fieldLabel(t, field, caseloadGroups, years)}: ${text}`);
  }
  // The input model would only repeat what the range or the form already said is wrong.
  if (gridIssues.length > 0 || messages.length > 0) return { messages, fieldErrors };

  const parsed = parse(draft, lang);
  const unmapped = new Set<string>();
  if (parsed.ok) return { input: parsed.value, messages, fieldErrors };
  for (const raw of parsed.error) {
    const issue = relocate ? relocate(raw) : raw;
    const field = fieldOfPath(issue.path);
    if (field) {
      fieldErrors[field] ??= issue.message;
      messages.push(`${fieldLabel(t, field, caseloadGroups, years)}: ${issue.message}`);
      continue;
    }
    const member = issue.path.match(MUNICIPALITY_PATH);
    const memberField = member?.[2];
    if (member && grid && memberField && !grid.mapping.includes(memberField as ColumnField)) {
      // A weighted criterion with no column at all: one message, not one per row.
      if (!unmapped.has(memberField)) {
        unmapped.add(memberField);
        const label = sheetTexts[lang].fields[memberField as ColumnField] ?? memberField;
        messages.push(t.criterionColumnMissing(label));
      }
      continue;
    }
    if (member && grid) {
      const at = cellOfField(grid.grid, grid.read, grid.mapping, Number(member[1]), member[2] ?? "name");
      if (at) {
        messages.push(`${at}: ${issue.message}`);
        continue;
      }
    }
    messages.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return { messages, fieldErrors };
}
