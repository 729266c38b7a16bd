import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { AreaInput } from "../domain/model";
import type { Lang } from "../i18n/lang";
import { uiStrings } from "../i18n/ui";
import type { SheetKey } from "../sheets/plan";
import type { GenerationResult, WorkbookTarget } from "../sheets/target";
import { downloadFile, fileNameFor } from "./download";
import type { Engine } from "./engine";
import type { Step } from "./ProgressView";
import { generationFailure, type GenerationFailure } from "./ResultPanel";

/** A generation: not started, under way, or finished with its result or failure. */
export type Run =
  | { readonly state: "idle" }
  | { readonly state: "running"; readonly fraction: number; readonly step: Step }
  | {
      readonly state: "done";
      readonly result: GenerationResult;
      readonly fileName?: string;
      readonly key: string;
    }
  | { readonly state: "failed"; readonly failure: GenerationFailure; readonly key: string };

/** What a run was for: the same input and sheets give the same key. */
const runKey = (input: AreaInput | undefined, sheets: readonly SheetKey[]): string =>
  JSON.stringify([input ?? null, sheets]);

export interface Generation {
  readonly run: Run;
  /** Writes the chosen sheets of a valid input through the target (or downloads the file). */
  readonly generate: (input: AreaInput, sheets: readonly SheetKey[]) => Promise<void>;
  /** Forgets the last result, when the user starts over from another source. */
  readonly reset: () => void;
  /**
   * The run as the pane shows it for the current input and sheets: a finished run's result or
   * failure only while they are still what it was for — once the user changes anything, a
   * "sheets written" or "failed" note no longer describes what the pane would generate.
   */
  readonly runFor: (input: AreaInput | undefined, sheets: readonly SheetKey[]) => Run;
  /** The result's heading, focused when a generation ends so that screen readers hear it. */
  readonly resultRef: RefObject<HTMLHeadingElement>;
}

/** Generation through the workbook interface, in the pane's language. */
export function useGeneration(target: WorkbookTarget, lang: Lang, engine: Engine | undefined): Generation {
  const [run, setRun] = useState<Run>({ state: "idle" });
  const resultRef = useRef<HTMLHeadingElement>(null);
  const t = uiStrings[lang];

  useEffect(() => {
    if (run.state === "done" || run.state === "failed") resultRef.current?.focus();
  }, [run.state]);

  const reset = useCallback(() => setRun({ state: "idle" }), []);

  const generate = async (input: AreaInput, sheetList: readonly SheetKey[]) => {
    if (!engine || run.state === "running") return;
    const key = runKey(input, sheetList);
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
      setRun({ state: "done", result, ...(fileName ? { fileName } : {}), key });
    } catch (error) {
      setRun({ state: "failed", failure: generationFailure(t, error), key });
    }
  };

  const runFor = (input: AreaInput | undefined, sheets: readonly SheetKey[]): Run =>
    (run.state === "done" || run.state === "failed") && run.key !== runKey(input, sheets)
      ? { state: "idle" }
      : run;

  return { run, generate, reset, runFor, resultRef };
}
