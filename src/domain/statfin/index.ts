import { findMunicipality, type AreaMember } from "../areas";
import { MAX_MUNICIPALITIES, MAX_REPORTED_PROBLEMS } from "../bounds";
import {
  activityCode,
  foldName,
  headerRule,
  isAggregateRow,
  isLabourForceAges,
  isRequiredField,
  isTotalCategory,
  LABOUR_FORCE_ACTIVITIES,
  memberName,
  singleAge,
  splitMemberLabel,
  WORKING_AGE,
  type ColumnField,
  type PxDimension,
} from "../members";
import type { MunicipalityDraft } from "../model";
import type { InputIssue, InputProblem } from "../parse";
import { fail, ok, type Result } from "../result";
import {
  comparePeriods,
  NumberReader,
  openTable,
  type Period,
  type TableHeader,
  type ValueColumn,
} from "./table";

/**
 * Municipal figures from Statistics Finland's (Tilastokeskus) PxWeb exports — vaerak 11ra and
 * 11re, tyokay 115b, tyonv 12r5 (docs/sources.md#statfin-tables) — or any table laid out like
 * them, one file or several combined: "comma delimited with heading" as PxWeb saves it
 * (Windows-1252, a title line, CRLF) and as Excel re-saves it (UTF-8 or UTF-16, semicolons,
 * decimal commas, thousands grouped by spaces); long (a row per region × variable, a column per
 * year) or wide (a row per region, a column per variable).
 *
 * The rules:
 * - Variables are recognised by their labels in Finnish, Swedish and English (the header rules of
 *   src/domain/members.ts); in tyokay 115b the labour force is the employed (11) plus the unemployed
 *   (12); in 11re the single years of age 18–64 sum to the working-age population; men and women
 *   apart, other activities and other ages are categories the product does not use (a warning
 *   counts them). `mapping` maps a variable the rules do not know, or overrides one they do.
 * - The year: the latest period of each file by default, or `year` when given: "2024" takes the
 *   2024 column or, in a monthly table, the average of 2024's months (a warning says when fewer
 *   than twelve were there); "2024M06" takes that month.
 * - Total rows (KOKO MAA, MA1 MANNER-SUOMI, regions) are skipped and counted; with `members`,
 *   municipalities outside them are skipped and counted; without, every municipality row is a
 *   member, a name the classification does not know too (the user's own selection).
 * - Dot codes (".", "..", "...", "....", "-") are missing figures, reported only for members.
 * - The same figure twice (a member, a variable, a year from two rows, columns or files) is an
 *   error naming both places; so is a number in the wrong format.
 *
 * What is found is returned even when something is missing, so that the pane can show it before
 * anything is generated: `blocking` lists what must be resolved first (a member without figures,
 * an unrecognised variable, a missing labour force), `warnings` what was skipped on purpose.
 */

export interface StatFinFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The fields a figure can go to: every municipality field but the name and the code. */
export type FigureField = Exclude<ColumnField, "name" | "code">;

/** What a variable label is taken as: a municipality field, or left out. */
export type MappedField = FigureField | "ignore";

export interface StatFinOptions {
  /** The area's members; without, every municipality row is one. */
  readonly members?: readonly AreaMember[];
  /** Which of the classification's names the members get: Finnish (default) or Swedish. */
  readonly names?: "fi" | "sv";
  /** "2024" (a year, or the average of its months) or "2024M06"; default: each file's latest. */
  readonly year?: string;
  /** Variable label (as listed in `recognised` or `unrecognised`) → field, or "ignore". */
  readonly mapping?: Readonly<Record<string, MappedField>>;
}

/** A member's figures, with its municipality code (3 digits) when the classification knows it. */
export type StatFinMunicipality = MunicipalityDraft;

/** Where a figure is: file, 1-based line and column, and the column's header. */
export interface CellAt {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly columnName: string;
}

export interface RecognisedVariable {
  readonly file: string;
  /** The variable as the file labels it ("Väkiluku"; "Väestö 31.12." for a sum of ages or activities). */
  readonly label: string;
  readonly field: FigureField;
  /** The period used: "2024", "2024M06"; "" when the file's column names none. */
  readonly year: string;
  /** The categories summed into it ("11 Työlliset", "12 Työttömät"; ages "18" … "64"), if any. */
  readonly parts: readonly string[];
}

export interface StatFinReading {
  /** The members found, in the order of `members` (else of the files), with their figures. */
  readonly municipalities: StatFinMunicipality[];
  /** For each municipality, where each field's figure came from (the first cell of a sum). */
  readonly origins: readonly Readonly<Partial<Record<ColumnField, CellAt>>>[];
  readonly recognised: readonly RecognisedVariable[];
  readonly unrecognised: readonly { readonly file: string; readonly label: string; readonly line: number }[];
  /** Every year the files have figures for, ascending. */
  readonly years: readonly string[];
  /** The year chosen (`options.year`), else the latest year used; undefined when no column names one. */
  readonly year: string | undefined;
  readonly members: { readonly found: number; readonly missing: readonly string[] };
  /** Rows of municipalities outside `members`, skipped. */
  readonly ignoredRows: number;
  /** Total rows (KOKO MAA, regions), skipped. */
  readonly aggregateRows: number;
  /** What must be resolved before generating: a member without figures, an unrecognised variable, … */
  readonly blocking: readonly InputIssue[];
  /** Things skipped or decided on purpose, said out loud. */
  readonly warnings: readonly InputIssue[];
}

// ---------------------------------------------------------------------------------------------
// Variables

type Classified =
  | {
      readonly kind: "field";
      readonly field: FigureField;
      /** The variable's label without the category summed over ("Väestö 31.12."). */
      readonly group: string;
      /** The category this row adds ("11 Työlliset", "18"), "" for a plain variable. */
      readonly part: string;
      /** Every category the sum needs, by key: "11", "12"; "18" … "64". */
      readonly partKey: string;
      readonly expected?: readonly string[];
    }
  | { readonly kind: "unused"; readonly category: string }
  | { readonly kind: "unknown" }
  | { readonly kind: "ignored" };

const WORKING_AGES: readonly string[] = Array.from(
  { length: WORKING_AGE.to - WORKING_AGE.from + 1 },
  (_, i) => String(WORKING_AGE.from + i),
);

interface Dimension {
  readonly kind: PxDimension;
  readonly text: string;
}

const joinLabel = (dims: readonly Dimension[]): string =>
  dims
    .map((d) => d.text)
    .filter((text) => text !== "")
    .join(" / ");

function classify(dims: readonly Dimension[], mapping: StatFinOptions["mapping"]): Classified {
  const label = joinLabel(dims);
  const mapped = mapping && Object.hasOwn(mapping, label) ? mapping[label] : undefined;
  if (mapped === "ignore") return { kind: "ignored" };
  if (mapped !== undefined) return { kind: "field", field: mapped, group: label, part: "", partKey: "" };
  const of = (kind: PxDimension) => dims.find((d) => d.kind === kind && d.text !== "")?.text;
  const sex = of("sex");
  if (sex !== undefined && !isTotalCategory(sex)) return { kind: "unused", category: sex };
  const variable = joinLabel(dims.filter((d) => d.kind === "variable"));
  const activity = of("activity");
  const age = of("age");
  let field: ColumnField | null | undefined;
  if (variable !== "") field = headerRule(variable);
  else field = activity !== undefined || age !== undefined ? "population" : undefined;
  if (field === undefined || field === "name" || field === "code") return { kind: "unknown" };
  if (field === null) return { kind: "unused", category: variable };
  let part: { text: string; key: string; dim: PxDimension; expected: readonly string[] } | undefined;
  if (activity !== undefined && !isTotalCategory(activity)) {
    const code = activityCode(activity);
    if (field !== "population" || code === undefined || !LABOUR_FORCE_ACTIVITIES.includes(code))
      return { kind: "unused", category: activity };
    field = "labourForce";
    part = { text: activity, key: code, dim: "activity", expected: LABOUR_FORCE_ACTIVITIES };
  }
  if (age !== undefined && !isTotalCategory(age)) {
    if (field === "labourForce") {
      if (!isLabourForceAges(age)) return { kind: "unused", category: age };
    } else if (field === "population") {
      const single = singleAge(age);
      if (single !== undefined) {
        if (single < WORKING_AGE.from || single > WORKING_AGE.to) return { kind: "unused", category: age };
        part = { text: age, key: String(single), dim: "age", expected: WORKING_AGES };
      } else if (headerRule(age) !== "workingAge") return { kind: "unused", category: age };
      field = "workingAge";
    } else return { kind: "unused", category: age };
  }
  const group = part ? joinLabel(dims.filter((d) => d.kind !== part.dim)) : label;
  const regrouped = mapping && Object.hasOwn(mapping, group) ? mapping[group] : undefined;
  if (regrouped === "ignore") return { kind: "ignored" };
  const final = regrouped ?? field;
  return part
    ? { kind: "field", field: final, group, part: part.text, partKey: part.key, expected: part.expected }
    : { kind: "field", field: final, group, part: "", partKey: "" };
}

// ---------------------------------------------------------------------------------------------
// Periods

interface Selection {
  /** The period the figure is for: "2024", "2024M06"; "" for a column without one. */
  readonly period: string;
  readonly columns: readonly ValueColumn[];
}

/**
 * The columns to read out of those of one variable (a long layout's period columns, or a wide
 * layout's columns of one label): the year asked for, else the latest.
 */
function select(columns: readonly ValueColumn[], year: string | undefined): Selection | "missing" {
  const undated = columns.filter((c) => c.period === undefined);
  if (undated.length > 0) return { period: "", columns: undated.slice(0, 1) };
  const dated = columns as readonly (ValueColumn & { period: Period })[];
  if (year !== undefined) {
    const exact = dated.filter((c) => c.period.text === year);
    if (exact.length > 0) return { period: year, columns: exact.slice(0, 1) };
    const months = dated.filter((c) => c.period.year === year && c.period.month !== undefined);
    return months.length > 0 ? { period: year, columns: months } : "missing";
  }
  const latest = dated.reduce((a, b) => (comparePeriods(a.period, b.period) >= 0 ? a : b));
  return { period: latest.period.text, columns: [latest] };
}

// ---------------------------------------------------------------------------------------------
// Members

interface Target {
  readonly key: string;
  readonly name: string;
  readonly code?: string;
  readonly order: number;
}

class MemberIndex {
  private readonly byCode = new Map<string, Target>();
  private readonly byName = new Map<string, Target>();
  private readonly found = new Map<string, Target>();
  private readonly cache = new Map<string, Target | "aggregate" | "outside">();

  constructor(
    private readonly members: readonly AreaMember[] | undefined,
    private readonly names: "fi" | "sv",
  ) {
    members?.forEach((member, order) => {
      const name = member[names] || member.fi;
      const target: Target =
        member.code === ""
          ? { key: `name:${foldName(member.fi)}`, name, order }
          : { key: `code:${member.code}`, name, code: member.code, order };
      if (member.code !== "") this.byCode.set(member.code, target);
      for (const name of [member.fi, member.sv]) if (name !== "") this.byName.set(foldName(name), target);
    });
  }

  get size(): number {
    return this.found.size;
  }

  /** The member a region label names, "aggregate" for a total row, "outside" for a non-member. */
  resolve(label: string): Target | "aggregate" | "outside" {
    const cached = this.cache.get(label);
    if (cached !== undefined) return cached;
    const resolved = this.lookUp(label);
    this.cache.set(label, resolved);
    return resolved;
  }

  private lookUp(label: string): Target | "aggregate" | "outside" {
    if (isAggregateRow(label)) return "aggregate";
    const known = findMunicipality(label);
    if (this.members) {
      const named = splitMemberLabel(label).name;
      return (
        (known && this.byCode.get(known.code)) ??
        (named === undefined ? undefined : this.byName.get(foldName(named))) ??
        "outside"
      );
    }
    const key = known ? `code:${known.code}` : `name:${foldName(memberName(label))}`;
    const existing = this.found.get(key);
    if (existing) return existing;
    const target: Target = known
      ? { key, name: known[this.names], code: known.code, order: this.found.size }
      : { key, name: memberName(label), order: this.found.size };
    return target;
  }

  /** Records a member with a row (without `members`, in order of appearance). */
  saw(target: Target): void {
    if (!this.found.has(target.key)) this.found.set(target.key, target);
  }

  /** The members in order: `members`' own, else as first seen. */
  ordered(): { readonly target: Target; readonly seen: boolean }[] {
    if (!this.members) return [...this.found.values()].map((target) => ({ target, seen: true }));
    const all = new Map<string, Target>();
    for (const target of [...this.byCode.values(), ...this.byName.values()]) all.set(target.key, target);
    return [...all.values()]
      .sort((a, b) => a.order - b.order)
      .map((target) => ({ target, seen: this.found.has(target.key) }));
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

type Cell =
  { readonly value: number; readonly at: CellAt } | { readonly missing: string; readonly at: CellAt };

interface Figure {
  readonly group: string;
  readonly file: string;
  readonly field: FigureField;
  readonly period: string;
  readonly first: CellAt;
  readonly expected?: readonly string[];
  /** Category key → column period → cell. */
  readonly parts: Map<string, Map<string, Cell>>;
  /** Months expected per category: a year average's column count. */
  readonly columns: number;
}

interface Variable {
  readonly file: string;
  readonly label: string;
  readonly field: FigureField;
  readonly period: string;
  readonly parts: string[];
}

const issue = (problem: InputProblem, where: Partial<CellAt> & { file: string }): InputIssue => ({
  problem,
  file: where.file,
  ...(where.line === undefined ? {} : { line: where.line }),
  ...(where.column === undefined ? {} : { column: where.column }),
  ...(where.columnName === undefined ? {} : { columnName: where.columnName }),
});

/** Examples quoted in the warning about categories not used. */
const UNUSED_EXAMPLES = 3;

class Reader {
  readonly errors: InputIssue[] = [];
  readonly warnings: InputIssue[] = [];
  readonly members: MemberIndex;
  readonly figures = new Map<string, Map<ColumnField, Figure>>();
  readonly variables = new Map<string, Variable>();
  readonly unrecognised = new Map<string, { file: string; label: string; line: number }>();
  readonly years = new Set<string>();
  readonly periods = new Set<string>();
  ignoredRows = 0;
  aggregateRows = 0;
  private readonly reportedTwice = new Set<string>();

  constructor(readonly options: StatFinOptions) {
    this.members = new MemberIndex(options.members, options.names ?? "fi");
  }

  get full(): boolean {
    return this.errors.length >= MAX_REPORTED_PROBLEMS;
  }

  readFile(file: StatFinFile): void {
    const opened = openTable(file.name, file.bytes);
    if (!opened.ok) {
      this.errors.push(...opened.error);
      return;
    }
    const { header, delimiter, rows } = opened.value;
    const numbers = new NumberReader(delimiter);
    for (const column of header.values) if (column.period) this.years.add(column.period.year);
    const selections = this.selections(file.name, header);
    if (selections === undefined) return;

    const classified = new Map<string, Classified>();
    const unused = new Map<string, number>();
    let municipalityRows = 0;
    let aggregates = 0;
    let afterBlank = false;
    for (const row of rows) {
      if ("unterminatedQuote" in row) {
        this.errors.push(
          issue({ kind: "csvUnterminatedQuote" }, { file: file.name, line: row.unterminatedQuote }),
        );
        return;
      }
      if (this.full) return;
      const cells = row.cells;
      const filled = cells.filter((cell) => cell.trim() !== "").length;
      if (filled === 0) {
        afterBlank = true;
        continue;
      }
      // After the data, PxWeb adds lines such as "Lähde: Tilastokeskus" in the first column.
      if (afterBlank && filled === 1 && (cells[0] ?? "").trim() !== "") {
        this.warnings.push(
          issue({ kind: "csvNote", text: (cells[0] as string).trim() }, { file: file.name, line: row.line }),
        );
        continue;
      }
      const region = (cells[header.regionColumn] ?? "").trim();
      if (region === "") {
        this.errors.push(
          issue(
            { kind: "csvEmptyName" },
            { file: file.name, line: row.line, column: header.regionColumn + 1 },
          ),
        );
        continue;
      }
      const target = this.members.resolve(region);
      if (target === "aggregate") {
        aggregates++;
        continue;
      }
      municipalityRows++;
      if (target === "outside") {
        this.ignoredRows++;
        continue;
      }
      this.members.saw(target);
      if (this.members.size > MAX_MUNICIPALITIES) {
        this.errors.push(
          issue({ kind: "csvTooManyRows", limit: MAX_MUNICIPALITIES }, { file: file.name, line: row.line }),
        );
        return;
      }
      const dims: Dimension[] = header.dimensions.map((d) => ({
        kind: d.kind,
        text: (cells[d.index] ?? "").trim(),
      }));
      for (const { selection, label } of selections) {
        const rowDims = header.layout === "long" ? dims : [{ kind: "variable" as const, text: label }];
        const key = rowDims.map((d) => d.text).join("\u0000");
        let what = classified.get(key);
        if (what === undefined) {
          what = classify(rowDims, this.options.mapping);
          classified.set(key, what);
        }
        if (what.kind === "ignored") continue;
        if (what.kind === "unused") {
          unused.set(what.category, (unused.get(what.category) ?? 0) + 1);
          continue;
        }
        if (what.kind === "unknown") {
          const text = joinLabel(rowDims);
          const id = `${file.name}\u0000${text}`;
          if (!this.unrecognised.has(id))
            this.unrecognised.set(id, { file: file.name, label: text, line: row.line });
          continue;
        }
        for (const column of selection.columns) {
          const at: CellAt = {
            file: file.name,
            line: row.line,
            column: column.index + 1,
            columnName: column.header,
          };
          const number = numbers.read(cells[column.index] ?? "");
          if (number.kind === "problem") {
            this.errors.push(issue(number.problem, at));
            continue;
          }
          const cell: Cell =
            number.kind === "number"
              ? { value: number.value, at }
              : { missing: number.kind === "empty" ? "" : number.text, at };
          this.add(target, what, selection, column, cell);
        }
      }
    }
    if (aggregates > 0) this.aggregateRows += aggregates;
    if (municipalityRows === 0 && this.errors.length === 0) {
      this.errors.push(
        aggregates > 0
          ? issue({ kind: "statfinAggregateOnly", count: aggregates }, { file: file.name, line: header.line })
          : issue({ kind: "csvNoRows" }, { file: file.name, line: header.line }),
      );
    }
    if (unused.size > 0) {
      this.warnings.push(
        issue(
          {
            kind: "statfinUnusedCategories",
            count: unused.size,
            examples: [...unused.keys()].slice(0, UNUSED_EXAMPLES),
          },
          { file: file.name },
        ),
      );
    }
  }

  /** Which columns to read for each variable; undefined (and an error) when the year is not there. */
  private selections(
    file: string,
    header: TableHeader,
  ): { readonly label: string; readonly selection: Selection }[] | undefined {
    const byLabel = new Map<string, ValueColumn[]>();
    for (const column of header.values) {
      const list = byLabel.get(column.label) ?? [];
      list.push(column);
      byLabel.set(column.label, list);
    }
    const out: { label: string; selection: Selection }[] = [];
    for (const [label, columns] of byLabel) {
      const selection = select(columns, this.options.year);
      // A wide column of a figure the product does not use need not have the year.
      const used =
        header.layout === "long" ||
        !["unused", "ignored"].includes(
          classify([{ kind: "variable", text: label }], this.options.mapping).kind,
        );
      if (selection === "missing" && !used) continue;
      if (selection === "missing") {
        const available = [...new Set(columns.map((c) => c.period?.text ?? ""))];
        this.errors.push(
          issue(
            { kind: "statfinYearMissing", year: this.options.year ?? "", available },
            { file, line: header.line },
          ),
        );
        return undefined;
      }
      if (selection.columns.length > 1 && selection.columns.length < 12) {
        this.warnings.push(
          issue(
            { kind: "statfinPartialYear", year: selection.period, months: selection.columns.length },
            { file, line: header.line },
          ),
        );
      }
      out.push({ label, selection });
    }
    return out;
  }

  private add(
    target: Target,
    what: Extract<Classified, { kind: "field" }>,
    selection: Selection,
    column: ValueColumn,
    cell: Cell,
  ): void {
    const file = cell.at.file;
    let byField = this.figures.get(target.key);
    if (!byField) {
      byField = new Map();
      this.figures.set(target.key, byField);
    }
    let figure = byField.get(what.field);
    if (!figure) {
      figure = {
        group: what.group,
        file,
        field: what.field,
        period: selection.period,
        first: cell.at,
        ...(what.expected ? { expected: what.expected } : {}),
        parts: new Map(),
        columns: selection.columns.length,
      };
      byField.set(what.field, figure);
      const id = `${file}\u0000${what.group}\u0000${what.field}`;
      if (!this.variables.has(id)) {
        this.variables.set(id, {
          file,
          label: what.group,
          field: what.field,
          period: selection.period,
          parts: [],
        });
        this.periods.add(selection.period);
      }
    } else if (figure.group !== what.group || figure.file !== file) {
      this.twice(
        target,
        figure,
        figure.first,
        cell.at,
        `${target.key}\u0000${what.field}\u0000${file}\u0000${what.group}`,
      );
      return;
    }
    const variable = this.variables.get(`${file}\u0000${what.group}\u0000${what.field}`);
    if (variable && what.part !== "" && !variable.parts.includes(what.part)) variable.parts.push(what.part);
    let cells = figure.parts.get(what.partKey);
    if (!cells) {
      cells = new Map();
      figure.parts.set(what.partKey, cells);
    }
    const columnPeriod = column.period?.text ?? "";
    const earlier = cells.get(columnPeriod);
    if (earlier) {
      this.twice(
        target,
        figure,
        earlier.at,
        cell.at,
        `${target.key}\u0000${what.field}\u0000${cell.at.line}`,
      );
      return;
    }
    cells.set(columnPeriod, cell);
  }

  private twice(target: Target, figure: Figure, first: CellAt, at: CellAt, once: string): void {
    if (this.reportedTwice.has(once)) return;
    this.reportedTwice.add(once);
    this.errors.push(
      issue(
        {
          kind: "statfinTwice",
          name: target.name,
          field: figure.field,
          period: figure.period,
          firstFile: first.file,
          firstLine: first.line,
          firstColumn: first.columnName,
        },
        at,
      ),
    );
  }

  finish(): StatFinReading {
    const municipalities: StatFinMunicipality[] = [];
    const origins: Partial<Record<ColumnField, CellAt>>[] = [];
    const blocking: InputIssue[] = [];
    const warnings: InputIssue[] = [...this.warnings];
    const missing: string[] = [];
    let found = 0;
    for (const { target, seen } of this.members.ordered()) {
      if (!seen) {
        missing.push(target.name);
        blocking.push({ problem: { kind: "statfinMemberMissing", name: target.name } });
        continue;
      }
      found++;
      const draft: Record<string, unknown> = {
        name: target.name,
        ...(target.code ? { code: target.code } : {}),
      };
      const origin: Partial<Record<ColumnField, CellAt>> = {};
      for (const figure of this.figures.get(target.key)?.values() ?? []) {
        origin[figure.field] = figure.first;
        const value = this.valueOf(target, figure, blocking, warnings);
        if (value !== undefined) draft[figure.field] = value;
      }
      // A labour force that is there but unreadable has said why already.
      if (!this.figures.get(target.key)?.has("labourForce")) {
        blocking.push({ problem: { kind: "statfinNoValue", name: target.name, field: "labourForce" } });
      }
      municipalities.push(draft as StatFinMunicipality);
      origins.push(origin);
    }
    for (const { file, label, line } of this.unrecognised.values()) {
      blocking.unshift(issue({ kind: "statfinUnrecognised", label }, { file, line }));
    }
    if (this.options.members && this.ignoredRows > 0) {
      warnings.push({ problem: { kind: "statfinIgnoredRows", count: this.ignoredRows } });
    }
    if (this.aggregateRows > 0)
      warnings.push({ problem: { kind: "statfinAggregateRows", count: this.aggregateRows } });
    const periods = [...this.periods].filter((p) => p !== "").sort();
    if (periods.length > 1) warnings.push({ problem: { kind: "statfinMixedPeriods", periods } });
    const usedYears = periods.map((p) => p.slice(0, 4));
    return {
      municipalities,
      origins,
      recognised: [...this.variables.values()].map((v) => ({
        file: v.file,
        label: v.label,
        field: v.field,
        year: v.period,
        parts: v.parts,
      })),
      unrecognised: [...this.unrecognised.values()],
      years: [...this.years].sort(),
      year: this.options.year ?? usedYears[usedYears.length - 1],
      members: { found, missing },
      ignoredRows: this.ignoredRows,
      aggregateRows: this.aggregateRows,
      blocking,
      warnings,
    };
  }

  /**
   * A figure's value: the sum of its categories, each the average of its columns (the months of a
   * year); undefined, with the reason, when a cell is a dot code or a category is missing.
   */
  private valueOf(
    target: Target,
    figure: Figure,
    blocking: InputIssue[],
    warnings: InputIssue[],
  ): number | undefined {
    const required = isRequiredField(figure.field);
    const report = (problem: InputProblem, at: CellAt | { file: string }) =>
      (required ? blocking : warnings).push(issue(problem, at));
    const absent = (figure.expected ?? []).filter((key) => !figure.parts.has(key));
    if (absent.length > 0) {
      report(
        { kind: "statfinIncomplete", name: target.name, field: figure.field, missing: absent },
        figure.first,
      );
      return undefined;
    }
    let sum = 0;
    for (const cells of figure.parts.values()) {
      let partSum = 0;
      for (const cell of cells.values()) {
        if ("missing" in cell) {
          report(
            cell.missing === ""
              ? { kind: "csvEmptyCell", field: figure.field }
              : { kind: "csvNotAvailable", text: cell.missing, field: figure.field },
            cell.at,
          );
          return undefined;
        }
        partSum += cell.value;
      }
      sum += partSum / cells.size;
    }
    return sum;
  }
}

/**
 * True for a file laid out as Statistics Finland's PxWeb writes it: a title line before the
 * header, or a column per year or month (an empty file too: this reader says so best). The
 * product's own wide CSV ("Kunta;Työvoima") is not;
 * the CLI keeps reading that with its own reader (src/domain/csv.ts), whose messages its users know.
 */
export function isStatFinExport(file: StatFinFile): boolean {
  const opened = openTable(file.name, file.bytes);
  if (!opened.ok) return opened.error.some((issue) => issue.problem.kind === "statfinEmpty");
  return opened.value.titled || opened.value.header.layout === "long";
}

/**
 * Reads Statistics Finland's files into the members' figures (see the top of this module). Fails
 * with every problem that makes the files unreadable as they are; returns what was found, with
 * `blocking` and `warnings`, otherwise.
 */
export function readStatFin(
  files: readonly StatFinFile[],
  options: StatFinOptions = {},
): Result<StatFinReading, InputIssue[]> {
  const reader = new Reader(options);
  for (const file of files) {
    reader.readFile(file);
    if (reader.full) break;
  }
  if (reader.errors.length > 0) return fail(reader.errors);
  return ok(reader.finish());
}

/**
 * Relocates an issue about `municipalities[i].field` of an input built from a reading to the
 * file, line and column the figure came from; other issues are returned as they are.
 */
export function locateInStatFin(issue: InputIssue, reading: StatFinReading): InputIssue {
  const [first, index, field] = issue.segments ?? [];
  if (first !== "municipalities" || typeof index !== "number") return issue;
  const origin = typeof field === "string" ? reading.origins[index]?.[field as ColumnField] : undefined;
  if (!origin) return issue;
  return { problem: issue.problem, ...origin };
}
