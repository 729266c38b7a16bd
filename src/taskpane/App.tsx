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
import { useEffect, useId, useMemo, useState } from "react";
import { describeMissingRequirements } from "../excel/requirements";
import type { Lang } from "../i18n/lang";
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
import { LangProvider, langValue } from "./strings";
import { useGeneration } from "./useGeneration";
import { useInputSource } from "./useInputSource";

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
  const { run, resultRef } = generation;
  const source = useInputSource(target, lang, generation.reset);
  const { state } = source;
  const derived = useMemo(
    () => deriveInput({ ...state, sheets, excel }, lang, engine),
    [state, sheets, excel, lang, engine],
  );
  const { base, grid, input, figures, preview, problems } = derived;

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
  const generate = () => (input ? generation.generate(input, derived.sheetList) : undefined);
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

          {base && (
            <Section heading={t.parametersHeading}>
              <ParametersSection
                form={state.form}
                onChange={source.setForm}
                errors={derived.checked?.fieldErrors ?? {}}
                budgetYears={derived.budgetYears}
                budgetTemplate={!base.budget}
                caseloadGroups={derived.caseloadGroups}
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

          {preview && engine && (
            <Section heading={t.previewHeading} description={t.previewHelp}>
              <engine.SheetPreview plan={preview} />
            </Section>
          )}
        </main>
      </FluentProvider>
    </LangProvider>
  );
}
