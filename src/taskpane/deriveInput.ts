import type { Area } from "../domain/areas";
import type { AreaFigures } from "../domain/figures";
import { labourForceTotal } from "../domain/labourForce";
import type { AreaInput, AreaInputDraft, MunicipalityDraft } from "../domain/model";
import { formatNumber } from "../i18n/format";
import { describeLocation, issueLine } from "../i18n/input";
import type { Lang } from "../i18n/lang";
import { uiStrings } from "../i18n/ui";
import { SHEET_KEYS, type SheetKey, type WorkbookPlan } from "../sheets/plan";
import type { CsvRead } from "./csvSource";
import type { Engine } from "./engine";
import type { FileSource } from "./fileSource";
import { applyForm, budgetYears, caseloadGroupNames, type FormState } from "./form";
import { gridBase } from "./gridBase";
import { readGrid, type ColumnMapping, type Grid, type GridRead } from "./gridInput";
import { sampleDraft } from "./samples";
import type { SourceKind } from "./SourceSection";
import { checkInput, type Checked, type ProblemPlace } from "./validation";

/**
 * What the pane shows and generates, derived from what the user chose and typed: the base input
 * of the chosen source, the form written into it, every problem located, and — once the input is
 * valid — its key figures and, outside Excel, the preview plan. Pure, so it is tested without React.
 */

/** A range read from the workbook and what the user says its columns hold. */
export interface GridSource {
  readonly grid: Grid;
  readonly mapping: ColumnMapping;
}

/** The pane's own state: the chosen source, what was read from it, the form and the sheets chosen. */
export interface PaneState {
  readonly source: SourceKind;
  readonly sampleId: string;
  /** The last range read, kept while another source is chosen. */
  readonly selection: GridSource | null;
  /** The last CSV read, kept while another source is chosen. */
  readonly csvRead: CsvRead | null;
  /** The employment area whose members the figures are for; null for the user's own selection. */
  readonly area: Area | null;
  /** Statistics Finland files opened and what they read as, kept while another source is chosen. */
  readonly file: FileSource | null;
  readonly form: FormState;
  readonly sheets: ReadonlySet<SheetKey>;
  /** In Excel the sheets are written into the workbook, so no preview is built. */
  readonly excel: boolean;
}

export interface Derived {
  /** The input the form is written into; undefined until the chosen source has been read. */
  readonly base?: AreaInputDraft;
  /** The range in use and how it read, when the source is the selection. */
  readonly grid?: GridSource & { readonly read: GridRead };
  readonly caseloadGroups: readonly string[];
  /** The planning years the form's budget fields stand for. */
  readonly budgetYears: readonly number[];
  readonly checked?: Checked;
  /** The valid input, ready to generate. */
  readonly input?: AreaInput;
  readonly figures?: AreaFigures;
  /** The chosen sheets in workbook order. */
  readonly sheetList: readonly SheetKey[];
  readonly preview?: WorkbookPlan;
  /** "2 municipalities, total labour force 30 566", once the user's own figures have been read. */
  readonly summary?: string;
  /** Rows left out of the selection and why (a total row is never a member), said under the summary. */
  readonly notices: readonly string[];
  /** Every problem, worded and located, in the order the user meets them. */
  readonly problems: readonly string[];
  /** Required fields still empty, by their labels. */
  readonly missing: readonly string[];
  /** Where each of `problems` is fixed, when the pane can take the user there. */
  readonly problemPlaces: readonly (ProblemPlace | undefined)[];
}

/** The base input of a range read from the workbook: its members under the columns as mapped. */
export const selectionBase = (
  selection: GridSource,
  read: GridRead = readGrid(selection.grid, selection.mapping),
): AreaInputDraft => gridBase(read.municipalities as MunicipalityDraft[], selection.mapping);

/** The base input of municipalities read from CSV. */
export const csvBase = (csv: CsvRead): AreaInputDraft => gridBase(csv.municipalities, csv.fields);

/**
 * The base input of a source, and the range's reading when it came from one. A sample comes in the
 * pane's language; its texts the form does not show are in words once the engine has brought
 * `sampleTexts` (until then nothing is checked, previewed or generated).
 */
export function sourceBase(
  state: Pick<PaneState, "source" | "sampleId" | "selection" | "csvRead" | "file">,
  lang: Lang,
  sampleTexts?: Engine["sampleTexts"],
): {
  readonly base?: AreaInputDraft;
  readonly read?: GridRead;
} {
  const { source, sampleId, selection, csvRead, file } = state;
  if (source === "sample") return { base: sampleDraft(sampleId, lang, sampleTexts) };
  if (source === "csv") return csvRead ? { base: csvBase(csvRead) } : {};
  if (source === "file") return file?.base ? { base: file.base } : {};
  if (!selection) return {};
  const read = readGrid(selection.grid, selection.mapping);
  return { base: selectionBase(selection, read), read };
}

/**
 * `engine` is the lazily loaded part (validation, sheet plans): until it arrives nothing is
 * checked, so nothing can be generated yet.
 */
export function deriveInput(state: PaneState, lang: Lang, engine: Engine | undefined): Derived {
  const t = uiStrings[lang];
  const { source, csvRead, form, sheets, excel } = state;
  const sheetList = SHEET_KEYS.filter((key) => sheets.has(key));
  const source0 = sourceBase(state, lang, engine?.sampleTexts);
  if (!source0.base)
    return {
      caseloadGroups: [],
      budgetYears: [],
      sheetList,
      notices: [],
      problems: [],
      problemPlaces: [],
      missing: [],
    };

  // Rows typed or selected for an official area are joined to its members (areaJoin.ts): the
  // members' figures in the classification's order, later problems pointed at the rows' places.
  const rows =
    source === "csv"
      ? csvRead?.municipalities
      : source === "selection"
        ? source0.read?.municipalities
        : undefined;
  const joined =
    state.area && rows && engine
      ? engine.joinRows(lang, state.area, rows as MunicipalityDraft[], (row) =>
          // A CSV line, or the sheet's row number.
          describeLocation(lang, {
            line:
              (source === "csv" ? csvRead?.lines[row] : (source0.read?.sheetRows[row] ?? row) + 1) ?? row + 1,
          }),
        )
      : undefined;
  const base = joined?.ok ? { ...source0.base, municipalities: joined.municipalities } : source0.base;
  const pick = <T>(list: readonly T[]): T[] =>
    joined?.ok ? joined.rows.map((row) => list[row] as T) : [...list];
  const read = source0.read && {
    ...source0.read,
    municipalities: pick(source0.read.municipalities),
    sheetRows: pick(source0.read.sheetRows),
  };
  const located = csvRead && {
    ...csvRead,
    municipalities: pick(csvRead.municipalities),
    lines: pick(csvRead.lines),
  };
  const grid = state.selection && read ? { ...state.selection, read } : undefined;

  // What the files' reader says must be resolved first (a member without figures, a variable not
  // mapped), or a member the rows lack, keeps the input from being generated.
  const reading = source === "file" && state.file?.reading.ok ? state.file.reading.value : undefined;
  const blocking = [
    ...(reading?.blocking ?? []).map((issue) => issueLine(lang, issue)),
    ...(joined && !joined.ok ? joined.problems : []),
  ];
  const caseloadGroups = caseloadGroupNames(base, lang);
  const applied = applyForm(base, form, lang);
  const checked = engine
    ? checkInput({
        lang,
        t,
        draft: applied.draft,
        formProblems: applied.problems,
        grid,
        relocate:
          source === "csv" && located
            ? (issue) => engine.csvIssue(issue, located)
            : reading
              ? (issue) => engine.fileIssue(issue, reading)
              : undefined,
        parse: engine.parseAreaInput,
        caseloadGroups,
      })
    : undefined;
  const input = blocking.length === 0 ? checked?.input : undefined;

  const members =
    source === "csv"
      ? located?.municipalities
      : source === "selection"
        ? read?.municipalities
        : reading?.municipalities;
  // A total over rows with unreadable cells would mislead; the problems are listed instead.
  const summary =
    members && members.length > 0 && (read?.issues.length ?? 0) === 0
      ? t.municipalitiesRead(
          members.length,
          formatNumber(lang, labourForceTotal(members.map((m) => m.labourForce ?? 0)), 0),
        )
      : undefined;

  return {
    base,
    ...(grid ? { grid } : {}),
    caseloadGroups,
    budgetYears: budgetYears(base, form),
    ...(checked ? { checked } : {}),
    // The figures come with the engine, as the input's validation does (the start-up bundle stays small).
    ...(input && engine ? { input, figures: engine.areaFigures(input) } : {}),
    sheetList,
    ...(!excel && input && engine
      ? { preview: engine.buildWorkbookPlan(input, { lang, sheets: sheetList }) }
      : {}),
    ...(summary ? { summary } : {}),
    notices: [
      ...(read?.skipped ?? []).map((row) => t.totalRowSkipped(row.at, row.text)),
      ...(joined?.ok ? joined.notices : []),
    ],
    problems: [...blocking, ...(checked?.messages ?? [])],
    missing: checked?.missing ?? [],
    // What the files or the area say is fixed where the figures are chosen.
    problemPlaces: [...blocking.map((): ProblemPlace => "source"), ...(checked?.places ?? [])],
  };
}
