import type { ColumnField } from "../domain/members";
import { locateInCsv, parseMunicipalitiesCsv, type CsvMunicipalities } from "../domain/csv";
import type { InputIssue } from "../domain/parse";
import { fail, ok, type Result } from "../domain/result";
import { issueLine, listProblems } from "../i18n/input";
import type { Lang } from "../i18n/lang";

/** Municipalities pasted as CSV, read by the domain's CSV import (the same as the CLI's `--csv`). */
export interface CsvRead extends CsvMunicipalities {
  /** The fields the file's columns hold, for the default cost-split weights. */
  readonly fields: readonly ColumnField[];
}

/** The municipalities, or every problem as one line naming the CSV line and column. */
export function readCsvText(text: string, lang: Lang): Result<CsvRead, string[]> {
  const parsed = parseMunicipalitiesCsv(text);
  if (!parsed.ok) return fail(listProblems(lang, parsed.error, (issue) => issueLine(lang, issue)));
  const fields = Object.keys(parsed.value.headers) as ColumnField[];
  return ok({ ...parsed.value, fields });
}

/** Points an input-model issue about `municipalities[i]` back at the CSV line it came from. */
export const csvIssue = (issue: InputIssue, read: CsvRead): InputIssue => locateInCsv(issue, read);
