import { findMunicipality, type Area } from "../domain/areas";
import type { ColumnField } from "../domain/members";
import type { AreaInputDraft, MunicipalityDraft } from "../domain/model";
import type { InputIssue } from "../domain/parse";
import type { Result } from "../domain/result";
import {
  readStatFin,
  type MappedField,
  type StatFinFile,
  type StatFinMunicipality,
  type StatFinOptions,
  type StatFinReading,
} from "../domain/statfin";
import type { Lang } from "../i18n/lang";
import { areaName, memberName } from "./areaMembers";
import { gridBase } from "./gridBase";

/**
 * Statistics Finland files opened in the pane: their bytes, what the user chose (the year, what an
 * unrecognised variable holds) and what the reader made of them with the chosen area's members.
 * This module comes with the engine chunk, beside the reader; the pane's start-up code uses only
 * its types.
 */

export type FileBytes = StatFinFile;
export type VariableChoice = MappedField;

/** What the user chose about the files: the year (the latest when not), what variables hold. */
export interface FileChoices {
  readonly year?: string;
  readonly mapping: Readonly<Record<string, VariableChoice>>;
}

export interface FileSource {
  readonly files: readonly FileBytes[];
  readonly choices: FileChoices;
  readonly reading: Result<StatFinReading, InputIssue[]>;
  /** The input the pane starts from when the files read: the members' figures, the area's name. */
  readonly base?: AreaInputDraft;
}

/** The files read so far and the new ones; a file opened again (fixed) replaces its old copy. */
export function addFiles(old: readonly FileBytes[], added: readonly FileBytes[]): FileBytes[] {
  const names = new Set(added.map((file) => file.name));
  return [...old.filter((file) => !names.has(file.name)), ...added];
}

/**
 * Reads the files with the area's members (all municipalities in the files for the user's own
 * selection) and the user's choices.
 */
export function readFiles(
  files: readonly FileBytes[],
  choices: FileChoices,
  area: Area | null,
  lang: Lang,
): FileSource {
  const options: StatFinOptions = {
    ...(area ? { members: area.members } : {}),
    ...(choices.year === undefined ? {} : { year: choices.year }),
    mapping: choices.mapping,
  };
  const reading = readStatFin(files, options);
  return { files, choices, reading, ...(reading.ok ? { base: fileBase(reading.value, area, lang) } : {}) };
}

/** The fields the files gave, for the default cost-split weights. */
export const fileFields = (reading: StatFinReading): ColumnField[] => [
  "name",
  ...new Set(reading.recognised.map((variable) => variable.field)),
];

/** The input the pane starts from: the members' figures from the files, the area's name when chosen. */
export function fileBase(reading: StatFinReading, area: Area | null, lang: Lang): AreaInputDraft {
  const base = gridBase(
    reading.municipalities.map((municipality) => inPaneLanguage(municipality, lang)),
    fileFields(reading),
  );
  return area ? { ...base, area: areaName(lang, area) } : base;
}

/**
 * A municipality the classification knows is named in the pane's language (Kervo in Swedish,
 * whatever language the file used); its code stays (the Kunnat sheet's Kuntanumero).
 */
function inPaneLanguage(municipality: StatFinMunicipality, lang: Lang): MunicipalityDraft {
  const known = municipality.code === undefined ? undefined : findMunicipality(municipality.code);
  return known ? { ...municipality, name: memberName(lang, known) } : municipality;
}

/** Points an input-model issue about `municipalities[i].field` at the file cell the figure came from. */
export function fileIssue(issue: InputIssue, reading: StatFinReading): InputIssue {
  const [list, index, field] = issue.segments ?? [];
  if (list !== "municipalities" || typeof index !== "number" || typeof field !== "string") return issue;
  const at = reading.origins[index]?.[field as ColumnField];
  return at
    ? { ...issue, file: at.file, line: at.line, column: at.column, columnName: at.columnName }
    : issue;
}
