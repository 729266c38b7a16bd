import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { recogniseColumns } from "../domain/members";
import { describeMissingRequirements } from "../excel/requirements";
import { areaFigures } from "../domain/figures";
import { labourForceTotal } from "../domain/labourForce";
import type { AreaInputDraft, MunicipalityDraft } from "../domain/model";
import { issueLine } from "../i18n/input";
import { formatNumber } from "../i18n/format";
import type { Lang } from "../i18n/lang";
import { SHEET_KEYS, type SheetKey, type WorkbookPlan } from "../sheets/plan";
import type { GenerationResult, WorkbookTarget } from "../sheets/target";
import { ColumnMapping } from "./ColumnMapping";
import type { CsvRead } from "./csvSource";
import { loadEngine, useEngine } from "./engine";
import { FiguresSummary } from "./FiguresSummary";
import {
  applyForm,
  budgetYears,
  caseloadGroupNames,
  formFromDraft,
  relocalizeForm,
  type FormState,
} from "./form";
import { readGrid, type ColumnMapping as Mapping, type Grid } from "./gridInput";
import { LanguageSwitch } from "./LanguageSwitch";
import { ParametersSection } from "./ParametersSection";
import { ProblemList } from "./ProblemList";
import { ProgressView, type Step } from "./ProgressView";
import { generationFailure, type GenerationFailure, ResultPanel } from "./ResultPanel";
import { DEFAULT_SAMPLE, sampleDraft, sampleOptions } from "./samples";
import { Section } from "./Section";
import { SheetChooser } from "./SheetChooser";
import { SheetPreview } from "./SheetPreview";
import { SourceSection, type ReadStatus, type SourceKind } from "./SourceSection";
import { LangProvider, langValue } from "./strings";
import { checkInput } from "./validation";
import { gridBase } from "./gridBase";
import { downloadFile, fileNameFor } from "./download";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "288px",
    maxWidth: "60rem",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subtitle: { display: "block", color: tokens.colorNeutralForeground3 },
  generate: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  /** Where generation goes, in the pane's current language (the targets word their own errors). */
  readonly targetFor: (lang: Lang) => WorkbookTarget;
  readonly initialLang: Lang;
  /**
   * Requirement sets this Excel lacks (e.g. "ExcelApi 1.8"): the pane says so plainly instead of
   * failing midway, and offers the .xlsx download instead.
   */
  readonly missingRequirements?: readonly string[];
}

type Run =
  | { readonly state: "idle" }
  | { readonly state: "running"; readonly fraction: number; readonly step: Step }
  | { readonly state: "done"; readonly result: GenerationResult; readonly fileName?: string }
  | { readonly state: "failed"; readonly failure: GenerationFailure };

interface GridSource {
  readonly grid: Grid;
  readonly mapping: Mapping;
}

const errorText = (error: unknown): string | undefined =>
  error instanceof Error ? error.message : typeof error === "string" ? error : undefined;

export function App({ targetFor, initialLang, missingRequirements = [] }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const target = useMemo(() => targetFor(lang), [targetFor, lang]);
  const excel = target.kind === "excel";
  const strings = useMemo(() => langValue(lang), [lang]);
  const { t } = strings;

  const [source, setSource] = useState<SourceKind>(excel ? "selection" : "sample");
  const [sampleId, setSampleId] = useState<string>(DEFAULT_SAMPLE);
  const [selection, setSelection] = useState<GridSource | null>(null);
  const [selectionStatus, setSelectionStatus] = useState<ReadStatus>({ state: "idle" });
  const [csvText, setCsvText] = useState("");
  const [csvRead, setCsvRead] = useState<CsvRead | null>(null);
  const [csvStatus, setCsvStatus] = useState<ReadStatus>({ state: "idle" });
  const [form, setForm] = useState<FormState>(() => formFromDraft(sampleDraft(DEFAULT_SAMPLE), initialLang));
  const [sheets, setSheets] = useState<ReadonlySet<SheetKey>>(() => new Set(SHEET_KEYS));
  const [run, setRun] = useState<Run>({ state: "idle" });
  const resultRef = useRef<HTMLHeadingElement>(null);
  const fixFirstId = useId();

  const activeGrid = source === "selection" ? selection : null;
  const gridRead = useMemo(
    () => (activeGrid ? readGrid(activeGrid.grid, activeGrid.mapping) : undefined),
    [activeGrid],
  );
  const base: AreaInputDraft | undefined = useMemo(() => {
    if (source === "sample") return sampleDraft(sampleId);
    if (source === "csv") return csvRead ? gridBase(csvRead.municipalities, csvRead.fields) : undefined;
    if (!activeGrid || !gridRead) return undefined;
    return gridBase(gridRead.municipalities as MunicipalityDraft[], activeGrid.mapping);
  }, [source, sampleId, csvRead, activeGrid, gridRead]);

  const groups = useMemo(() => (base ? caseloadGroupNames(base, lang) : []), [base, lang]);
  const applied = useMemo(() => (base ? applyForm(base, form, lang) : undefined), [base, form, lang]);
  // Validation, CSV reading and sheet plans arrive right after the first paint (engine.ts).
  const engine = useEngine();
  const checked = useMemo(() => {
    if (!applied || !engine) return undefined;
    return checkInput({
      lang,
      t,
      draft: applied.draft,
      formProblems: applied.problems,
      grid:
        activeGrid && gridRead
          ? { grid: activeGrid.grid, read: gridRead, mapping: activeGrid.mapping }
          : undefined,
      relocate: source === "csv" && csvRead ? (issue) => engine.csvIssue(issue, csvRead) : undefined,
      parse: engine.parseAreaInput,
      caseloadGroups: groups,
    });
  }, [applied, engine, lang, t, activeGrid, gridRead, source, csvRead, groups]);
  const input = checked?.input;
  const figures = useMemo(() => (input ? areaFigures(input) : undefined), [input]);
  const sheetList = useMemo(() => SHEET_KEYS.filter((key) => sheets.has(key)), [sheets]);
  const preview: WorkbookPlan | undefined = useMemo(
    () =>
      !excel && input && engine ? engine.buildWorkbookPlan(input, { lang, sheets: sheetList }) : undefined,
    [excel, input, engine, lang, sheetList],
  );

  useEffect(() => {
    if (run.state === "done" || run.state === "failed") resultRef.current?.focus();
  }, [run.state]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const changeLang = (next: Lang) => {
    setForm((old) => relocalizeForm(old, lang, next));
    setLang(next);
  };
  const startOver = (draft: AreaInputDraft) => {
    setForm(formFromDraft(draft, lang));
    setRun({ state: "idle" });
  };
  const chooseSample = (id: string) => {
    setSampleId(id);
    startOver(sampleDraft(id));
  };
  const chooseSource = (next: SourceKind) => {
    setSource(next);
    setRun({ state: "idle" });
    if (next === "sample") startOver(sampleDraft(sampleId));
    if (next === "csv" && csvRead) startOver(gridBase(csvRead.municipalities, csvRead.fields));
    if (next === "selection" && selection) startOver(selectionBase(selection));
  };
  const selectionBase = ({ grid, mapping }: GridSource) =>
    gridBase(readGrid(grid, mapping).municipalities as MunicipalityDraft[], mapping);
  const changeMapping = (mapping: Mapping) => {
    if (!selection) return;
    setSelection({ ...selection, mapping });
    // The weights follow the columns now available (the state-share criteria,
    // docs/sources.md#state-share-criteria, when both are there).
    setForm((old) => ({ ...old, weights: formFromDraft(gridBase([], mapping), lang).weights }));
  };

  const readSelection = async () => {
    setSelectionStatus({ state: "reading" });
    try {
      const read = await target.readSelection();
      const mapping = recogniseColumns(read.values[0]?.map((h) => String(h ?? "")) ?? []).fields;
      const next = { grid: read, mapping };
      setSelection(next);
      startOver(selectionBase(next));
      setSelectionStatus({
        state: "read",
        text: (w) => w.selectionRead(read.address, Math.max(0, read.values.length - 1)),
      });
    } catch (error) {
      const reason = errorText(error);
      setSelectionStatus({ state: "failed", text: (w) => w.selectionFailed(reason ?? w.unknownError) });
    }
  };
  const readCsv = async () => {
    const { readCsvText } = await loadEngine();
    const parsed = readCsvText(csvText, lang);
    if (!parsed.ok) {
      setCsvRead(null);
      const problems = parsed.error.join("\n");
      setCsvStatus({ state: "failed", text: () => problems });
      return;
    }
    setCsvRead(parsed.value);
    startOver(gridBase(parsed.value.municipalities, parsed.value.fields));
    // Skipped lines and columns are said out loud, never dropped silently.
    const warnings = parsed.value.warnings.map((issue) => issueLine(lang, issue));
    const count = parsed.value.municipalities.length;
    setCsvStatus({ state: "read", text: (w) => [w.csvRead(count), ...warnings].join("\n") });
  };

  const generate = async () => {
    if (!input || !engine || run.state === "running") return;
    setRun({ state: "running", fraction: 0, step: "read" });
    try {
      const result = await target.generate(
        (existing) => engine.buildWorkbookPlan(input, { lang, existing, sheets: sheetList }),
        (fraction, step) => setRun({ state: "running", fraction, step }),
      );
      let fileName: string | undefined;
      if (result.file) {
        fileName = fileNameFor(input.area);
        downloadFile(result.file, fileName);
      }
      setRun({ state: "done", result, ...(fileName ? { fileName } : {}) });
    } catch (error) {
      setRun({ state: "failed", failure: generationFailure(t, error) });
    }
  };

  const members =
    source === "csv"
      ? csvRead?.municipalities
      : source === "selection"
        ? gridRead?.municipalities
        : undefined;
  // A total over rows with unreadable cells would mislead; the problems are listed instead.
  const summary =
    members && members.length > 0 && (gridRead?.issues.length ?? 0) === 0
      ? t.municipalitiesRead(
          members.length,
          formatNumber(lang, labourForceTotal(members.map((m) => m.labourForce ?? 0)), 0),
        )
      : undefined;
  const skipped = source === "selection" ? (gridRead?.skipped ?? []) : [];
  const notices = skipped.map((row) => t.totalRowSkipped(row.at, row.text));
  const problems = checked?.messages ?? [];
  const canGenerate = !!input && run.state !== "running";

  return (
    <LangProvider value={strings}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className={styles.root}>
          <header className={styles.header}>
            <div>
              <h1 className={styles.title}>{t.appTitle}</h1>
              <Text className={styles.subtitle}>{excel ? t.modeExcel : t.modeStandalone}</Text>
            </div>
            <LanguageSwitch onChange={changeLang} />
          </header>

          {missingRequirements.length > 0 ? (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{describeMissingRequirements(lang, missingRequirements)}</MessageBarBody>
            </MessageBar>
          ) : (
            !excel && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{t.standaloneIntro}</MessageBarBody>
              </MessageBar>
            )
          )}

          <Section heading={t.sourceHeading}>
            <SourceSection
              source={source}
              onSource={chooseSource}
              selectionAvailable={excel}
              samples={sampleOptions(lang)}
              sampleId={sampleId}
              onSample={chooseSample}
              onUseSelection={readSelection}
              selectionStatus={selectionStatus}
              csvText={csvText}
              onCsvText={setCsvText}
              // A chunk that fails to load is shown by the error boundary (useEngine rethrows it).
              onReadCsv={() => void readCsv().catch(() => undefined)}
              csvStatus={csvStatus}
              summary={summary}
              notices={notices}
              mapping={
                activeGrid && (
                  <ColumnMapping
                    headers={activeGrid.grid.values[0] ?? []}
                    firstCol={activeGrid.grid.col}
                    mapping={activeGrid.mapping}
                    onChange={changeMapping}
                  />
                )
              }
            />
          </Section>

          {base && (
            <Section heading={t.parametersHeading}>
              <ParametersSection
                form={form}
                onChange={setForm}
                errors={checked?.fieldErrors ?? {}}
                budgetYears={budgetYears(base, form)}
                budgetTemplate={!base.budget}
                caseloadGroups={groups}
                caseloadTemplate={!base.caseload}
              />
            </Section>
          )}

          <Section heading={t.sheetsHeading}>
            <SheetChooser selected={sheets} onChange={setSheets} />
          </Section>

          <div className={styles.generate}>
            <ProblemList problems={problems} />
            <Button
              appearance="primary"
              size="large"
              disabledFocusable={!canGenerate}
              aria-describedby={!input && base ? fixFirstId : undefined}
              onClick={generate}
            >
              {excel ? t.generate : t.download}
            </Button>
            {!input && base && problems.length > 0 && (
              <Text id={fixFirstId} className={styles.hint}>
                {t.fixFirst(problems.length)}
              </Text>
            )}
            {!base && <Text className={styles.hint}>{excel ? t.readFirst : t.readFirstCsv}</Text>}
            <div aria-live="polite">
              {run.state === "running" && <ProgressView fraction={run.fraction} step={run.step} />}
            </div>
          </div>

          <div aria-live="polite">
            {(run.state === "done" || run.state === "failed") && (
              <ResultPanel
                headingRef={resultRef}
                result={run.state === "done" ? run.result : undefined}
                fileName={run.state === "done" ? run.fileName : undefined}
                error={run.state === "failed" ? run.failure : undefined}
                onOpenSheet={
                  excel ? (name) => void target.activateSheet(name).catch(() => undefined) : undefined
                }
              />
            )}
          </div>

          {input && figures && (
            <Section heading={t.figuresHeading}>
              <FiguresSummary input={input} figures={figures} />
            </Section>
          )}

          {preview && (
            <Section heading={t.previewHeading} description={t.previewHelp}>
              <SheetPreview plan={preview} />
            </Section>
          )}
        </main>
      </FluentProvider>
    </LangProvider>
  );
}
