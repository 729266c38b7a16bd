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
import { describeMissingRequirements } from "../excel/requirements";
import type { Lang } from "../i18n/lang";
import type { UiStrings } from "../i18n/ui";
import { isLanguageInstalled, loadLanguage } from "../i18n/languages";
import { SHEET_KEYS, type SheetKey } from "../sheets/plan";
import type { WorkbookTarget } from "../sheets/target";
import { ColumnMapping } from "./ColumnMapping";
import { deriveInput } from "./deriveInput";
import { useEngine } from "./engine";
import { FiguresSummary } from "./FiguresSummary";
import { rememberLanguage } from "./language";
import { LanguageSwitch } from "./LanguageSwitch";
import { ParametersSection } from "./ParametersSection";
import { ProblemList } from "./ProblemList";
import { ProgressView } from "./ProgressView";
import { ResultPanel } from "./ResultPanel";
import { sampleOptions } from "./samples";
import { Section } from "./Section";
import { SheetChooser } from "./SheetChooser";
import { SourceSection } from "./SourceSection";
import { STEP_KEYS, StepButtons, StepList, type StepInfo, type StepKey } from "./Steps";
import { LangProvider, langValue } from "./strings";
import { useGeneration } from "./useGeneration";
import { useInputSource } from "./useInputSource";
import { generateHint, type ProblemPlace } from "./validation";

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
  // Spaced by margins rather than a gap: the empty live regions take no room.
  step: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    "& > :not(:empty)": { marginBottom: tokens.spacingVerticalL },
  },
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

export function App({ targetFor, initialLang, missingRequirements = [] }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const target = useMemo(() => targetFor(lang), [targetFor, lang]);
  const excel = target.kind === "excel";
  const strings = useMemo(() => langValue(lang), [lang]);
  const { t } = strings;
  const [sheets, setSheets] = useState<ReadonlySet<SheetKey>>(() => new Set(SHEET_KEYS));
  const fixFirstId = useId();

  // Validation, CSV reading and sheet plans arrive right after the first paint (engine.ts).
  const engine = useEngine();
  const generation = useGeneration(target, lang, engine);
  const { resultRef } = generation;
  const source = useInputSource(target, lang, generation.reset);
  const { state } = source;
  const derived = useMemo(
    () => deriveInput({ ...state, sheets, excel }, lang, engine),
    [state, sheets, excel, lang, engine],
  );
  const { base, grid, input, figures, preview, problems } = derived;
  const run = generation.runFor(input, derived.sheetList);
  const hint = !input && base ? generateHint(t, lang, problems, derived.missing) : undefined;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The choice is remembered for the next start (language.ts); a Swedish or English catalog not
  // loaded yet arrives first (the switch starts loading them as soon as it is focused or pointed at).
  const changeLang = (next: Lang) => {
    rememberLanguage(next);
    const apply = () => {
      source.relocalize(next);
      setLang(next);
    };
    if (isLanguageInstalled(next)) apply();
    // A chunk that failed to load (a dropped connection) leaves the pane in its current language.
    else loadLanguage(next).then(apply, () => undefined);
  };
  const [step, setStep] = useState<StepKey>("source");
  const stepRef = useRef<HTMLDivElement>(null);
  // What to focus once a step chosen by the user is on screen: its heading, or a field in it.
  const focusNext = useRef<{ readonly field?: string } | undefined>(undefined);
  const goTo = (next: StepKey, field?: string) => {
    focusNext.current = field ? { field } : {};
    setStep(next);
  };
  useEffect(() => {
    const wanted = focusNext.current;
    focusNext.current = undefined;
    const container = stepRef.current;
    if (!wanted || !container) return;
    const target = wanted.field
      ? container.querySelector<HTMLElement>(`[name="${wanted.field}"]`)
      : container.querySelector<HTMLElement>("h2");
    target?.focus();
  });

  // The result (progress, then the outcome, whose heading takes the focus) is the last step.
  const generate = () => {
    if (!input) return undefined;
    setStep("result");
    return generation.generate(input, derived.sheetList);
  };
  const canGenerate = !!input && run.state !== "running";

  const stepInfo: readonly StepInfo[] = STEP_KEYS.map((key) => ({
    key,
    label: stepLabel(t, key),
    problems: derived.problemPlaces.filter((place) => stepOfPlace(place) === key).length,
  }));
  const stepIndex = STEP_KEYS.indexOf(step);
  const showProblem = (place: ProblemPlace) =>
    goTo(place === "source" ? "source" : "parameters", place === "source" ? undefined : place);

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
            !excel &&
            step === "source" && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{t.standaloneIntro}</MessageBarBody>
              </MessageBar>
            )
          )}

          <StepList steps={stepInfo} current={step} onSelect={(key) => goTo(key)} />

          <div ref={stepRef} className={styles.step}>
            {/* Always on the page, so that what appears in them is announced; filled in the result step. */}
            <div aria-live="polite">
              {step === "result" && run.state === "running" && (
                <ProgressView fraction={run.fraction} step={run.step} />
              )}
            </div>
            <div aria-live="polite">
              {step === "result" && (run.state === "done" || run.state === "failed") && (
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
            {step === "source" && (
              <Section heading={t.sourceHeading}>
                <SourceSection
                  source={state.source}
                  onSource={source.chooseSource}
                  selectionAvailable={excel}
                  samples={sampleOptions(lang)}
                  sampleId={state.sampleId}
                  onSample={source.chooseSample}
                  areaChooser={
                    engine && (
                      <engine.AreaChooser
                        areas={engine.AREAS}
                        value={state.area}
                        onChange={(area) => void source.chooseArea(area).catch(() => undefined)}
                      />
                    )
                  }
                  fileSource={
                    engine && (
                      <>
                        <engine.FileDrop
                          fileNames={state.file?.files.map((file) => file.name) ?? []}
                          busy={source.fileBusy}
                          onFiles={(files) => void source.openFiles(files).catch(() => undefined)}
                          onClear={source.clearFiles}
                        />
                        {state.file && (
                          <engine.StatFinSummary
                            source={state.file}
                            area={state.area}
                            onYear={(year) => void source.chooseYear(year).catch(() => undefined)}
                            onMap={(label, choice) =>
                              void source.mapVariable(label, choice).catch(() => undefined)
                            }
                          />
                        )}
                      </>
                    )
                  }
                  onUseSelection={source.readSelection}
                  selectionStatus={source.selectionStatus}
                  csvText={source.csvText}
                  CsvTextarea={engine?.Textarea}
                  onCsvText={source.setCsvText}
                  // A chunk that fails to load is shown by the error boundary (useEngine rethrows it).
                  onReadCsv={() => void source.readCsv().catch(() => undefined)}
                  csvStatus={source.csvStatus}
                  summary={derived.summary}
                  notices={derived.notices}
                  problems={
                    <ProblemList
                      problems={problems.filter((_, i) => derived.problemPlaces[i] === "source")}
                    />
                  }
                  mapping={
                    grid && (
                      <ColumnMapping
                        headers={grid.grid.values[0] ?? []}
                        firstCol={grid.grid.col}
                        mapping={grid.mapping}
                        onChange={source.changeMapping}
                      />
                    )
                  }
                />
              </Section>
            )}

            {step === "parameters" && (
              <Section heading={t.parametersHeading}>
                {base ? (
                  <ParametersSection
                    form={state.form}
                    onChange={source.setForm}
                    errors={derived.checked?.fieldErrors ?? {}}
                    budgetYears={derived.budgetYears}
                    budgetTemplate={!base.budget}
                    caseloadGroups={derived.caseloadGroups}
                    caseloadTemplate={!base.caseload}
                  />
                ) : (
                  <Text className={styles.hint}>{excel ? t.readFirst : t.readFirstCsv}</Text>
                )}
              </Section>
            )}

            {step === "sheets" && (
              <Section heading={t.sheetsHeading}>
                <SheetChooser selected={sheets} onChange={setSheets} />
                <div className={styles.generate}>
                  <ProblemList problems={problems} places={derived.problemPlaces} onShow={showProblem} />
                  <Button
                    appearance="primary"
                    size="large"
                    disabledFocusable={!canGenerate}
                    aria-describedby={hint ? fixFirstId : undefined}
                    onClick={generate}
                  >
                    {excel ? t.generate : t.download}
                  </Button>
                  {hint && (
                    <Text id={fixFirstId} className={styles.hint}>
                      {hint}
                    </Text>
                  )}
                  {!base && <Text className={styles.hint}>{excel ? t.readFirst : t.readFirstCsv}</Text>}
                </div>
              </Section>
            )}
            {step === "sheets" && preview && engine && (
              <Section heading={t.previewHeading} description={t.previewHelp}>
                <engine.SheetPreview plan={preview} />
              </Section>
            )}

            {step === "result" && (
              <>
                {run.state === "idle" && (
                  <Section heading={t.resultStep}>
                    <Text className={styles.hint}>{t.resultNotYet}</Text>
                  </Section>
                )}
                {input && figures && (
                  <Section heading={t.figuresHeading}>
                    <FiguresSummary input={input} figures={figures} />
                  </Section>
                )}
              </>
            )}
          </div>

          <StepButtons
            previous={stepInfo[stepIndex - 1]}
            next={stepInfo[stepIndex + 1]}
            onSelect={(key) => goTo(key)}
          />
        </main>
      </FluentProvider>
    </LangProvider>
  );
}

/** The step's name in the list of steps: its section's heading ("2. Parametrit"). */
function stepLabel(t: UiStrings, step: StepKey): string {
  switch (step) {
    case "source":
      return t.sourceHeading;
    case "parameters":
      return t.parametersHeading;
    case "sheets":
      return t.sheetsHeading;
    case "result":
      return t.resultStep;
  }
}

/** The step where a problem is fixed; one the pane cannot locate is read where it is listed. */
const stepOfPlace = (place: ProblemPlace | undefined): StepKey =>
  place === undefined ? "sheets" : place === "source" ? "source" : "parameters";
