import { useMemo, useState } from "react";
import { recogniseColumns } from "../domain/members";
import type { AreaInputDraft } from "../domain/model";
import { issueLine } from "../i18n/input";
import type { Lang } from "../i18n/lang";
import type { WorkbookTarget } from "../sheets/target";
import type { CsvRead } from "./csvSource";
import { csvBase, selectionBase, sourceBase, type GridSource, type PaneState } from "./deriveInput";
import { loadEngine } from "./engine";
import { errorText } from "./errorText";
import { formFromDraft, relocalizeForm, type FormState } from "./form";
import { gridBase } from "./gridBase";
import type { ColumnMapping } from "./gridInput";
import { DEFAULT_SAMPLE, sampleDraft } from "./samples";
import type { ReadStatus, SourceKind } from "./SourceSection";

export interface InputSource {
  readonly state: Pick<PaneState, "source" | "sampleId" | "selection" | "csvRead" | "form">;
  readonly selectionStatus: ReadStatus;
  readonly csvText: string;
  readonly csvStatus: ReadStatus;
  readonly chooseSource: (next: SourceKind) => void;
  readonly chooseSample: (id: string) => void;
  readonly readSelection: () => Promise<void>;
  readonly changeMapping: (mapping: ColumnMapping) => void;
  readonly setCsvText: (text: string) => void;
  /** Reads the pasted CSV once the engine chunk is there; a chunk that fails to load rejects. */
  readonly readCsv: () => Promise<void>;
  readonly setForm: (form: FormState) => void;
  /** Rewrites the form's numbers the way the next language writes them, and an untouched sample area name. */
  readonly relocalize: (next: Lang) => void;
}

/**
 * Where the municipalities come from (a sample, the selected range or pasted CSV), what reading
 * them said, and the form the user fills in over them. A new source starts the form over from its
 * base input and calls `onStartOver`, so a result shown for the old source goes away.
 */
export function useInputSource(target: WorkbookTarget, lang: Lang, onStartOver: () => void): InputSource {
  const [source, setSource] = useState<SourceKind>(target.kind === "excel" ? "selection" : "sample");
  const [sampleId, setSampleId] = useState<string>(DEFAULT_SAMPLE);
  const [selection, setSelection] = useState<GridSource | null>(null);
  const [selectionStatus, setSelectionStatus] = useState<ReadStatus>({ state: "idle" });
  const [csvText, setCsvText] = useState("");
  const [csvRead, setCsvRead] = useState<CsvRead | null>(null);
  const [csvStatus, setCsvStatus] = useState<ReadStatus>({ state: "idle" });
  const [form, setForm] = useState<FormState>(() => formFromDraft(sampleDraft(DEFAULT_SAMPLE, lang), lang));

  const startOver = (draft: AreaInputDraft) => {
    setForm(formFromDraft(draft, lang));
    onStartOver();
  };
  const chooseSample = (id: string) => {
    setSampleId(id);
    startOver(sampleDraft(id, lang));
  };
  const chooseSource = (next: SourceKind) => {
    setSource(next);
    // Only a source already read has a base; an unread one keeps the form until it is read.
    const { base } = sourceBase({ source: next, sampleId, selection, csvRead }, lang);
    if (base) startOver(base);
    else onStartOver();
  };
  const changeMapping = (mapping: ColumnMapping) => {
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
    startOver(csvBase(parsed.value));
    // Skipped lines and columns are said out loud, never dropped silently.
    const warnings = parsed.value.warnings.map((issue) => issueLine(lang, issue));
    const count = parsed.value.municipalities.length;
    setCsvStatus({ state: "read", text: (w) => [w.csvRead(count), ...warnings].join("\n") });
  };

  // One object per change, so that what is derived from it is derived again only then.
  const state = useMemo(
    () => ({ source, sampleId, selection, csvRead, form }),
    [source, sampleId, selection, csvRead, form],
  );
  return {
    state,
    selectionStatus,
    csvText,
    csvStatus,
    chooseSource,
    chooseSample,
    readSelection,
    changeMapping,
    setCsvText,
    readCsv,
    setForm,
    relocalize: (next) =>
      setForm((old) => {
        const form = relocalizeForm(old, lang, next);
        // A sample's own area name follows the language; a name the user typed stays as typed.
        return source === "sample" && old.area === sampleDraft(sampleId, lang).area
          ? { ...form, area: sampleDraft(sampleId, next).area }
          : form;
      }),
  };
}
