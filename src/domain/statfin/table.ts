import { MAX_STATFIN_BYTES } from "../bounds";
import { csvBody, parseCsvNumber, scanCsv, type CsvNumber, type CsvTable } from "../csv";
import { pxDimension, type PxDimension } from "../members";
import type { InputIssue, InputProblem } from "../parse";
import { fail, ok, type Result } from "../result";
import { decodeBytes } from "../text";

/**
 * One file of a Statistics Finland (Tilastokeskus) PxWeb export, as rows of cells: the bytes
 * decoded, the title lines skipped, the header row found and its columns told apart — the region,
 * the dimensions of a long layout (Tiedot, Pääasiallinen toiminta, Ikä, Sukupuoli) and the value
 * columns with their periods ("2024", "2024M06"). The tokenizer and the number reading are the
 * CSV import's (src/domain/csv.ts), so a quote or a "1 234,5" means the same in both.
 */

/** A period of a value column: a year ("2024") or a month ("2024M06", monthly tables such as 12r5). */
export interface Period {
  readonly text: string;
  readonly year: string;
  /** 1–12 for a month; undefined for a whole year. */
  readonly month?: number;
}

const PERIOD = /^((?:19|20)\d{2})(?:M(0[1-9]|1[0-2]))?$/;
const PERIOD_IN_HEADER = /(?:^|\s)((?:19|20)\d{2}(?:M(?:0[1-9]|1[0-2]))?)(?=\s|$)/;

/** "2024" or "2024M06" as a period; anything else undefined. */
export function parsePeriod(text: string): Period | undefined {
  const match = PERIOD.exec(text.trim());
  if (!match) return undefined;
  const year = match[1] as string;
  return match[2] === undefined
    ? { text: `${year}`, year }
    : { text: `${year}M${match[2]}`, year, month: Number(match[2]) };
}

/** Later periods sort last; a whole year comes after its own months (it covers them all). */
export const comparePeriods = (a: Period, b: Period): number =>
  a.year === b.year ? (a.month ?? 13) - (b.month ?? 13) : a.year < b.year ? -1 : 1;

/** A column holding figures: a period column of a long layout, or a variable column of a wide one. */
export interface ValueColumn {
  /** 0-based. */
  readonly index: number;
  readonly header: string;
  /** The variable a wide layout's column holds (its header without the period); "" in a long one. */
  readonly label: string;
  readonly period?: Period;
}

export interface TableHeader {
  readonly line: number;
  readonly layout: "long" | "wide";
  readonly regionColumn: number;
  readonly dimensions: readonly { readonly index: number; readonly kind: PxDimension }[];
  readonly values: readonly ValueColumn[];
}

export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
}

export interface OpenedTable {
  readonly header: TableHeader;
  /** Title or note lines before the header, as PxWeb writes its table's title. */
  readonly titled: boolean;
  readonly delimiter: CsvTable["delimiter"];
  /** The data rows after the header, read as they are asked for (a 20 MB file is never held as rows). */
  readonly rows: Iterable<TableRow | { readonly unterminatedQuote: number }>;
}

/** How many non-blank rows may come before the header (PxWeb writes a title and a blank line). */
const MAX_PREAMBLE = 10;

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === "");

const at = (file: string, problem: InputProblem, line?: number): InputIssue => ({
  problem,
  file,
  ...(line === undefined ? {} : { line }),
});

/** The header row's columns, or undefined when the row is no header. */
function headerOf(cells: readonly string[], line: number): TableHeader | undefined {
  const trimmed = cells.map((cell) => cell.trim());
  if (trimmed.filter((cell) => cell !== "").length < 2) return undefined;
  const kinds = trimmed.map((cell) => (cell === "" ? undefined : pxDimension(cell)));
  let regionColumn = kinds.indexOf("region");
  const periods = trimmed.map(parsePeriod);
  const long = periods.some((period) => period !== undefined);
  // PxWeb leaves the region column's header empty in some exports.
  if (regionColumn < 0 && trimmed[0] === "") regionColumn = 0;
  if (regionColumn < 0) return undefined;
  const dimensions: { index: number; kind: PxDimension }[] = [];
  const values: ValueColumn[] = [];
  trimmed.forEach((header, index) => {
    if (index === regionColumn || header === "") return;
    const period = periods[index];
    if (long) {
      if (period) values.push({ index, header, label: "", period });
      else dimensions.push({ index, kind: kinds[index] as PxDimension });
      return;
    }
    // Wide: "Väkiluku", "2024 Väkiluku", "Väkiluku 2024".
    const inHeader = PERIOD_IN_HEADER.exec(header);
    const columnPeriod = inHeader ? parsePeriod(inHeader[1] as string) : undefined;
    const label = inHeader ? header.replace(inHeader[0], " ").replace(/\s+/g, " ").trim() : header;
    values.push(columnPeriod ? { index, header, label, period: columnPeriod } : { index, header, label });
  });
  if (values.length === 0) return undefined;
  return { line, layout: long ? "long" : "wide", regionColumn, dimensions, values };
}

/**
 * Opens one file: its text, then its header. Problems (too large, empty, no header, a quote never
 * closed before the header) name the file.
 */
export function openTable(file: string, bytes: Uint8Array): Result<OpenedTable, InputIssue[]> {
  if (bytes.length > MAX_STATFIN_BYTES) {
    return fail([at(file, { kind: "inputTooLarge", limit: MAX_STATFIN_BYTES })]);
  }
  // Windows-1252 is always allowed: it decodes every byte, so a file is never refused for its letters.
  const text = decodeBytes(bytes, true) as string;
  const { body, delimiter, firstLine } = csvBody(text);
  const scanner = scanCsv(body, delimiter, firstLine);
  let seen = 0;
  let firstText: number | undefined;
  for (;;) {
    const next = scanner.next();
    if (next.done) break;
    const scanned = next.value;
    if (scanned.kind === "unterminatedQuote") {
      return fail([at(file, { kind: "csvUnterminatedQuote" }, scanned.line)]);
    }
    if (isBlank(scanned.cells)) continue;
    firstText ??= scanned.line;
    const header = headerOf(scanned.cells, scanned.line);
    if (header) return ok({ header, titled: seen > 0, delimiter, rows: rowsAfter(scanner) });
    if (++seen > MAX_PREAMBLE) break;
  }
  if (firstText === undefined) return fail([at(file, { kind: "statfinEmpty" })]);
  return fail([at(file, { kind: "statfinNoRegionColumn" }, firstText)]);
}

function* rowsAfter(
  scanner: ReturnType<typeof scanCsv>,
): Generator<TableRow | { unterminatedQuote: number }> {
  for (const scanned of { [Symbol.iterator]: () => scanner }) {
    if (scanned.kind === "unterminatedQuote") {
      yield { unterminatedQuote: scanned.line };
      return;
    }
    yield { cells: scanned.cells, line: scanned.line };
  }
}

/** A number written with a decimal mark, thousands perhaps grouped by spaces: "1 234,5", "0.25". */
const DECIMAL_NUMBER = /^[-\u2212]?\d[\d \u00a0\u202f\u2009]*([.,])\d+$/;

/**
 * The file's decimal mark: a point in a comma-separated file (PxWeb's own exports); otherwise the
 * mark of the first number that has one (a file re-saved by Finnish Excel writes "0,5"), a comma
 * until one is seen. Every later number must use the same mark: "1 234,5" in a file of points is
 * an error, not 1,2345.
 */
export class NumberReader {
  private decimal: "," | "." | undefined;

  constructor(delimiter: CsvTable["delimiter"]) {
    if (delimiter === ",") this.decimal = ".";
  }

  read(cell: string): CsvNumber {
    const text = cell.trim();
    if (this.decimal === undefined) {
      const mark = DECIMAL_NUMBER.exec(text)?.[1];
      if (mark === "," || mark === ".") this.decimal = mark;
    }
    const number = parseCsvNumber(text, this.decimal ?? ",");
    // In a PxWeb file "-" is a dot code (magnitude nil, or not available): missing, like "..".
    if (number.kind === "problem" && number.problem.kind === "csvDash") return { kind: "notAvailable", text };
    return number;
  }
}
