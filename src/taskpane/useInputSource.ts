import { useMemo, useState } from "react";
import type { Area } from "../domain/areas";
import { recogniseColumns } from "../domain/members";
import type { AreaInputDraft } from "../domain/model";
import { issueLine } from "../i18n/input";
import type { Lang } from "../i18n/lang";
import type { WorkbookTarget } from "../sheets/target";
import type { CsvRead } from "./csvSource";
import { csvBase, selectionBase, sourceBase, type GridSource, type PaneState } from "./deriveInput";
import { loadEngine } from "./engine";
import { memberTemplate } from "./areaMembers";
import { errorText } from "./errorText";
import type { FileBytes, FileChoices, FileSource, VariableChoice } from "./fileSource";
import { formFromDraft, relocalizeForm, type FormState } from "./form";
import { gridBase } from "./gridBase";
import type { ColumnMapping } from "./gridInput";
import { DEFAULT_SAMPLE, sampleDraft } from "./samples";
import type { ReadStatus, SourceKind } from "./SourceSection";

export interface InputSource {
  readonly state: Pick<PaneState, "source" | "sampleId" | "selection" | "csvRead" | "area" | "file" | "form">;
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
  /** Whether the opened files are being read. */
  readonly fileBusy: boolean;
  /** An official employment area's members, or null for the user's own selection of municipalities. */
  readonly chooseArea: (area: Area | null) => Promise<void>;
  /** Adds Statistics Finland files to those opened and reads them all together. */
  readonly openFiles: (files: readonly FileBytes[]) => Promise<void>;
  readonly clearFiles: () => void;
  readonly chooseYear: (year: string) => Promise<void>;
  readonly mapVariable: (label: string, choice: VariableChoice | undefined) => Promise<void>;
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
  const [area, setArea] = useState<Area | null>(null);
  const [file, setFile] = useState<FileSource | null>(null);
  const [fileBusy, setFileBusy] = useState(false);
  // The member lines last put into the CSV text, which another area may replace.
  const [template, setTemplate] = useState("");
  const [form, setForm] = useState<FormState>(() => formFromDraft(sampleDraft(DEFAULT_SAMPLE, lang), lang));

  const startOver = (draft: AreaInputDraft) => {
    // Figures read for a chosen area keep the area's name.
    setForm(formFromDraft(area && draft.area === "" ? { ...draft, area: area[lang] } : draft, lang));
    onStartOver();
  };
  const chooseSample = (id: string) => {
    setSampleId(id);
    startOver(sampleDraft(id, lang));
  };
  const chooseSource = (next: SourceKind) => {
    setSource(next);
    // Only a source already read has a base; an unread one keeps the form until it is read.
    const { base } = sourceBase({ source: next, sampleId, selection, csvRead, file }, lang);
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

  /** Reads the files with these members and choices (the reader comes with the engine chunk). */
  const readAgain = async (files: readonly FileBytes[], choices: FileChoices, members: Area | null) => {
    const next = (await loadEngine()).readFiles(files, choices, members, lang);
    setFile(next);
    return next;
  };
  /** New files, or a variable mapped anew: the form starts over from what the files now give. */
  const restart = (next: FileSource) => (next.base ? startOver(next.base) : onStartOver());
  const openFiles = async (added: readonly FileBytes[]) => {
    setFileBusy(true);
    try {
      const { addFiles } = await loadEngine();
      // Other files may hold other years: the latest of them all is taken again.
      const mapping = file?.choices.mapping ?? {};
      restart(await readAgain(addFiles(file?.files ?? [], added), { mapping }, area));
    } finally {
      setFileBusy(false);
    }
  };
  const chooseArea = async (next: Area | null) => {
    setArea(next);
    // Typing the figures: the members go into the CSV text, unless the user has written there.
    if (next && (csvText.trim() === "" || csvText === template)) {
      const text = memberTemplate(lang, next);
      setTemplate(text);
      setCsvText(text);
    }
    // The area's name goes into the form; the rest of what the user typed stays.
    if (next) setForm((old) => ({ ...old, area: next[lang] }));
    onStartOver();
    if (file) await readAgain(file.files, file.choices, next);
  };
  const chooseYear = async (year: string) => {
    onStartOver();
    if (file) await readAgain(file.files, { ...file.choices, year }, area);
  };
  const mapVariable = async (label: string, choice: VariableChoice | undefined) => {
    if (!file) return;
    const { [label]: _old, ...rest } = file.choices.mapping;
    const mapping = choice === undefined ? rest : { ...rest, [label]: choice };
    restart(await readAgain(file.files, { ...file.choices, mapping }, area));
  };
  const clearFiles = () => {
    setFile(null);
    onStartOver();
  };

  // One object per change, so that what is derived from it is derived again only then.
  const state = useMemo(
    () => ({ source, sampleId, selection, csvRead, area, file, form }),
    [source, sampleId, selection, csvRead, area, file, form],
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
    fileBusy,
    chooseArea,
    openFiles,
    clearFiles,
    chooseYear,
    mapVariable,
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
