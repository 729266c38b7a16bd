import {
  isAggregateRow,
  isRequiredField,
  memberName,
  municipalityCodeText,
  NUMERIC_FIELDS,
  recogniseColumns,
  splitMemberLabel,
  type ColumnField,
} from "./members";
import { MAX_INPUT_BYTES, MAX_MUNICIPALITIES } from "./bounds";
import type { MunicipalityDraft } from "./model";
import { checkMunicipality, textIssue, valueIssue, type InputIssue, type InputProblem } from "./parse";
import { fail, ok, type Result } from "./result";

/**
 * Municipal figures from a CSV file such as a Statistics Finland (Tilastokeskus, StatFin/PxWeb)
 * export or a sheet saved as CSV: semicolon-, comma- or tab-separated, quoted fields, a byte-order
 * mark, Finnish, Swedish or English headers (recognised by src/domain/members.ts), numbers with a
 * decimal comma and thousands grouped by spaces.
 *
 * "18 875" is a number here but an error in an Excel range (the pane, the custom functions). The
 * difference is deliberate: a CSV file holds only text, and a formatted export writes its numbers
 * exactly like that; in a workbook, a number that is text is a cell Excel does not count, so
 * reading it as a number would hide a problem the user's own formulas already have.
 */

export interface CsvTable {
  readonly rows: readonly (readonly string[])[];
  /** 1-based line in the text where each row starts. */
  readonly lines: readonly number[];
  readonly delimiter: ";" | "," | "\t";
}

export interface CsvMunicipalities {
  /** The municipalities, in file order; a cell left empty leaves its field out (not given, not 0). */
  readonly municipalities: MunicipalityDraft[];
  /** The line of each municipality's row, for locating later problems (the whole-area rules). */
  readonly lines: readonly number[];
  /** The header text of each imported field's column. */
  readonly headers: Readonly<Partial<Record<ColumnField, string>>>;
  /** Things skipped on purpose (unknown columns, title, note and total lines), said out loud. */
  readonly warnings: readonly InputIssue[];
}

const DELIMITERS = [";", "\t", ","] as const;
const DETECT_CHARS = 64 * 1024;

/**
 * The delimiter used most outside quotes in the first lines (at most the first 64 KB, so that one
 * huge cell is not read a character at a time); semicolon wins a tie (Finnish Excel).
 */
function detectDelimiter(text: string): CsvTable["delimiter"] {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  for (let i = 0, end = Math.min(text.length, DETECT_CHARS); i < end && lines < 20; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\n") lines++;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) as number) + 1);
  }
  let best: CsvTable["delimiter"] = ";";
  for (const d of DELIMITERS) if ((counts.get(d) as number) > (counts.get(best) as number)) best = d;
  return best;
}

/** One row of cells and the 1-based line where it starts, or an opening quote never closed. */
export type CsvScan =
  | { readonly kind: "row"; readonly cells: string[]; readonly line: number }
  | { readonly kind: "unterminatedQuote"; readonly line: number };

/** Counts the scanner's steps (one per cell piece or quote), for tests that bound the work done. */
export interface CsvCounter {
  steps: number;
}

/** Where `text` starts: past a byte-order mark and Excel's `sep=;` line, which sets the delimiter. */
export function csvBody(text: string): { body: string; delimiter: CsvTable["delimiter"]; firstLine: number } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const sep = /^sep=([;,\t])\r?\n/.exec(body);
  if (sep)
    return { body: body.slice(sep[0].length), delimiter: sep[1] as CsvTable["delimiter"], firstLine: 2 };
  return { body, delimiter: detectDelimiter(body), firstLine: 1 };
}

const SPECIAL: Record<CsvTable["delimiter"], RegExp> = {
  ";": /[;"\r\n]/g,
  ",": /[,"\r\n]/g,
  "\t": /[\t"\r\n]/g,
};

const newlines = (text: string): number => {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
};

/**
 * Reads rows one at a time, so a caller can stop early (the row limit). Cells are sliced between
 * delimiters and quotes, never built a character at a time, and the scan only moves forward: the
 * work is linear in the text, and one 10 MB cell is a handful of steps. RFC 4180 quoting: `""`
 * inside quotes is a quote, quoted fields may span lines.
 */
export function* scanCsv(
  body: string,
  delimiter: CsvTable["delimiter"],
  firstLine = 1,
  counter?: CsvCounter,
): Generator<CsvScan, void, undefined> {
  const special = new RegExp(SPECIAL[delimiter].source, "g");
  let row: string[] = [];
  let pieces: string[] = [];
  let line = firstLine;
  let rowLine = firstLine;
  let i = 0;
  while (i < body.length) {
    if (counter) counter.steps++;
    special.lastIndex = i;
    const match = special.exec(body);
    const at = match ? match.index : body.length;
    if (at > i) pieces.push(body.slice(i, at));
    if (!match) break;
    const c = match[0];
    if (c === '"') {
      const quoteLine = line;
      let from = at + 1;
      for (;;) {
        if (counter) counter.steps++;
        const close = body.indexOf('"', from);
        if (close < 0) {
          yield { kind: "unterminatedQuote", line: quoteLine };
          return;
        }
        const piece = body.slice(from, close);
        pieces.push(piece);
        line += newlines(piece);
        if (body[close + 1] === '"') {
          pieces.push('"');
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    } else if (c === delimiter) {
      row.push(pieces.join(""));
      pieces = [];
      i = at + 1;
    } else {
      row.push(pieces.join(""));
      yield { kind: "row", cells: row, line: rowLine };
      row = [];
      pieces = [];
      line++;
      rowLine = line;
      i = at + (c === "\r" && body[at + 1] === "\n" ? 2 : 1);
    }
  }
  const last = pieces.join("");
  if (last !== "" || row.length > 0) {
    row.push(last);
    yield { kind: "row", cells: row, line: rowLine };
  }
}

/**
 * Splits CSV text into rows of cells (quoting as in `scanCsv`). Excel's `sep=;` first line sets
 * the delimiter and is not a row.
 */
export function splitCsv(text: string, counter?: CsvCounter): Result<CsvTable, { readonly line: number }> {
  const { body, delimiter, firstLine } = csvBody(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (const scanned of scanCsv(body, delimiter, firstLine, counter)) {
    if (scanned.kind === "unterminatedQuote") return fail({ line: scanned.line });
    rows.push(scanned.cells);
    lines.push(scanned.line);
  }
  return ok({ rows, lines, delimiter });
}

/** What a cell held: a number, nothing, or a problem. */
export type CsvNumber =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "empty" }
  | { readonly kind: "notAvailable"; readonly text: string }
  | { readonly kind: "problem"; readonly problem: InputProblem };

/** Spaces that group thousands: space, no-break space, narrow no-break space, thin space. */
const GROUPING = "[ \\u00a0\\u202f\\u2009]";
const GROUPED = new RegExp(`^\\d{1,3}(${GROUPING}\\d{3})+$`);

/**
 * Reads one numeric cell. `decimal` is the file's decimal separator: a comma unless the file is
 * comma-separated. Statistics Finland's dot codes "." to "...." (not available) read as not given; its "-"
 * (nil) is an error, since elsewhere a dash means "not given" and the two must not be confused.
 */
export function parseCsvNumber(cell: string, decimal: "," | "."): CsvNumber {
  const text = cell.trim();
  if (text === "") return { kind: "empty" };
  if (/^\.{1,4}$/.test(text) || text === "…") return { kind: "notAvailable", text };
  if (/^[-\u2013\u2212]$/.test(text)) return { kind: "problem", problem: { kind: "csvDash" } };
  const sign = /^[-\u2212]/.test(text) ? -1 : 1;
  const unsigned = text.replace(/^[-\u2212]/, "").replace(/\s*€$/, "");
  const other = decimal === "," ? "." : ",";
  const [whole = "", fraction, extra] = unsigned.split(decimal);
  if (
    extra === undefined &&
    (/^\d+$/.test(whole) || GROUPED.test(whole)) &&
    (fraction === undefined || /^\d+$/.test(fraction))
  ) {
    const digits = whole.replace(new RegExp(GROUPING, "g"), "");
    return {
      kind: "number",
      value: sign * Number(fraction === undefined ? digits : `${digits}.${fraction}`),
    };
  }
  if (unsigned.includes(other) && /^[\d., \u00a0\u202f\u2009]+$/.test(unsigned)) {
    return { kind: "problem", problem: { kind: "csvAmbiguousNumber", text, decimal } };
  }
  return { kind: "problem", problem: { kind: "number", problem: { code: "notNumber", text } } };
}

/** How many leading rows may be titles before the header (PxWeb puts one or two). */
const MAX_PREAMBLE = 10;

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === "");

/**
 * Reads member municipalities from CSV text. Problems name the line and the column
 * (worded as "rivi 4, sarake Työvoima: teksti ”18 8x5”, odotettiin lukua"); skipped lines and columns come
 * back as warnings so that nothing is dropped without a word.
 */
export function parseMunicipalitiesCsv(
  text: string,
  counter?: CsvCounter,
): Result<CsvMunicipalities, InputIssue[]> {
  if (text.length > MAX_INPUT_BYTES)
    return fail([valueIssue([], { kind: "inputTooLarge", limit: MAX_INPUT_BYTES })]);
  const { body, delimiter, firstLine } = csvBody(text);
  // Rows are read as they are needed, so that the row limit stops the reading, not just the import.
  const scanner = scanCsv(body, delimiter, firstLine, counter);
  const rows: string[][] = [];
  const lines: number[] = [];
  let unterminated: number | undefined;
  let ended = false;
  /** Reads rows up to index `r`; false past the end (or at an unclosed quote). */
  const has = (r: number): boolean => {
    while (rows.length <= r && !ended) {
      const next = scanner.next();
      if (next.done) ended = true;
      else if (next.value.kind === "unterminatedQuote") {
        unterminated = next.value.line;
        ended = true;
      } else {
        rows.push(next.value.cells);
        lines.push(next.value.line);
      }
    }
    return r < rows.length;
  };
  const unclosed = (line: number) => fail([textIssue({ kind: "csvUnterminatedQuote" }, line)]);
  const decimal = delimiter === "," ? "." : ",";
  const lineOf = (r: number): number => lines[r] ?? 1;

  const warnings: InputIssue[] = [];
  const errors: InputIssue[] = [];

  // The header is the first row naming the municipality column and at least one figure.
  let headerRow = -1;
  for (let r = 0, seen = 0; seen <= MAX_PREAMBLE && has(r); r++) {
    const row = rows[r] as string[];
    if (isBlank(row)) continue;
    seen++;
    const recognised = recogniseColumns(row);
    if (recognised.columnOf.name !== undefined && recognised.fields.some((f) => f !== null && f !== "name")) {
      headerRow = r;
      break;
    }
  }
  if (unterminated !== undefined) return unclosed(unterminated);
  if (headerRow < 0) {
    const first = rows.findIndex((row) => !isBlank(row));
    return fail([textIssue({ kind: "csvNoHeader" }, lineOf(Math.max(first, 0)))]);
  }
  for (let r = 0; r < headerRow; r++) {
    const row = rows[r] as string[];
    if (!isBlank(row)) {
      const note = row.filter((c) => c.trim() !== "").join(" ");
      warnings.push(textIssue({ kind: "csvNote", text: note }, lineOf(r)));
    }
  }

  const header = (rows[headerRow] as string[]).map((h) => h.trim());
  const headerLine = lineOf(headerRow);
  const columns = recogniseColumns(header);
  const columnName = (c: number): string => (header[c] ? header[c] : String(c + 1));
  for (const field of columns.missing) {
    errors.push(textIssue({ kind: "csvMissingColumn", field }, headerLine));
  }
  for (const { index, field, first } of columns.repeated) {
    errors.push(
      textIssue(
        { kind: "csvRepeatedColumn", field, first: columnName(first) },
        headerLine,
        index + 1,
        columnName(index),
      ),
    );
  }
  for (const index of columns.unknown) {
    warnings.push(
      textIssue(
        { kind: "csvUnknownColumn", header: columnName(index) },
        headerLine,
        index + 1,
        columnName(index),
      ),
    );
  }
  if (errors.length > 0) return fail(errors);

  const nameColumn = columns.columnOf.name as number;
  const headers: Partial<Record<ColumnField, string>> = {};
  for (const field of ["name", "code", ...NUMERIC_FIELDS] as const) {
    const c = columns.columnOf[field];
    if (c !== undefined) headers[field] = columnName(c);
  }

  const municipalities: MunicipalityDraft[] = [];
  const municipalityLines: number[] = [];
  const seen = new Map<string, string>();
  let afterBlank = false;
  let dataRows = 0;
  for (let r = headerRow + 1; has(r); r++) {
    const row = rows[r] as string[];
    const line = lineOf(r);
    if (isBlank(row)) {
      afterBlank = true;
      continue;
    }
    const filled = row.map((c, i) => ({ c: c.trim(), i })).filter(({ c }) => c !== "");
    // After the data, PxWeb exports add lines such as "Lähde: Tilastokeskus" in the first column.
    if (afterBlank && filled.length === 1 && filled[0]?.i === 0) {
      warnings.push(textIssue({ kind: "csvNote", text: filled[0].c }, line));
      continue;
    }
    // Every other line but a total is a municipality (or a mistake in one): past the limit the
    // rest is not read.
    if (!isAggregateRow((row[nameColumn] ?? "").trim()) && ++dataRows > MAX_MUNICIPALITIES) {
      return fail([textIssue({ kind: "csvTooManyRows", limit: MAX_MUNICIPALITIES }, line)]);
    }
    const lastFilled = filled[filled.length - 1]?.i ?? 0;
    if (lastFilled >= header.length) {
      errors.push(textIssue({ kind: "csvExtraCells", found: lastFilled + 1, expected: header.length }, line));
      continue;
    }
    const cellAt = (c: number): string => (row[c] ?? "").trim();
    const rawName = cellAt(nameColumn);
    // Lines such as "Yhteensä" or "KOKO MAA" sum the others: importing one would count everyone twice.
    if (isAggregateRow(rawName)) {
      warnings.push(textIssue({ kind: "csvTotalRow", name: rawName }, line));
      continue;
    }
    const name = memberName(rawName);
    const rowErrors: InputIssue[] = [];
    const at = (field: ColumnField, problem: InputProblem): InputIssue => {
      const c = columns.columnOf[field] as number;
      return textIssue(problem, line, c + 1, columnName(c));
    };
    if (name === "") rowErrors.push(at("name", { kind: "csvEmptyName" }));

    const draft: Record<string, unknown> = { name };
    // The code column, or Statistics Finland's code in front of the name ("KU245 Kerava").
    const codeColumn = columns.columnOf.code;
    const code =
      codeColumn === undefined ? splitMemberLabel(rawName).code : municipalityCodeText(cellAt(codeColumn));
    if (code !== undefined) draft.code = code;
    const failed = new Set<string>(name === "" ? ["name"] : []);
    for (const field of NUMERIC_FIELDS) {
      const c = columns.columnOf[field];
      if (c === undefined) continue;
      const cell = parseCsvNumber(cellAt(c), decimal);
      if (cell.kind === "number") draft[field] = cell.value;
      else if (cell.kind === "problem") rowErrors.push(at(field, cell.problem));
      else if (isRequiredField(field)) {
        rowErrors.push(
          at(
            field,
            cell.kind === "empty"
              ? { kind: "csvEmptyCell", field }
              : { kind: "csvNotAvailable", text: cell.text, field },
          ),
        );
      } else if (cell.kind === "notAvailable") {
        warnings.push(at(field, { kind: "csvNotAvailable", text: cell.text, field }));
      }
      if (draft[field] === undefined && isRequiredField(field)) failed.add(field);
      if (cell.kind === "problem") failed.add(field);
    }
    // Bounds and whole numbers, for the cells that did read as numbers.
    for (const { field, problem } of checkMunicipality(draft)) {
      if (field !== undefined && failed.has(field)) continue;
      const known = field !== undefined && columns.columnOf[field as ColumnField] !== undefined;
      rowErrors.push(known ? at(field as ColumnField, problem) : textIssue(problem, line));
    }
    if (name !== "") {
      const key = name.toLocaleLowerCase("fi");
      const first = seen.get(key);
      if (first !== undefined) {
        rowErrors.push(at("name", { kind: "custom", key: "duplicateName", params: { name, first } }));
      } else seen.set(key, name);
    }
    if (rowErrors.length > 0) errors.push(...rowErrors.sort((a, b) => (a.column ?? 0) - (b.column ?? 0)));
    else {
      municipalities.push(draft as MunicipalityDraft);
      municipalityLines.push(line);
    }
  }
  if (unterminated !== undefined) return unclosed(unterminated);
  if (errors.length > 0) return fail(errors);
  if (municipalities.length === 0) return fail([textIssue({ kind: "csvNoRows" }, headerLine)]);
  return ok({ municipalities, lines: municipalityLines, headers, warnings });
}

/**
 * Relocates an issue about `municipalities[i]…` of an input whose municipalities came from CSV to
 * the CSV line and column it came from; other issues are returned as they are.
 */
export function locateInCsv(issue: InputIssue, imported: CsvMunicipalities): InputIssue {
  const [first, index, field] = issue.segments ?? [];
  if (first !== "municipalities" || typeof index !== "number") return issue;
  const line = imported.lines[index];
  if (line === undefined) return issue;
  const columnName = typeof field === "string" ? imported.headers[field as ColumnField] : undefined;
  // Without a column (a criterion the file lacks), the message itself names the field.
  return { ...textIssue(issue.problem, line, undefined, columnName), segments: issue.segments ?? [] };
}
