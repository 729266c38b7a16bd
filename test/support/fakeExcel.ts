/**
 * An in-memory fake of the Excel JavaScript API object model, faithful where it matters to an
 * add-in that writes workbooks:
 *
 * - Calls only queue operations; `context.sync()` runs them in order. A failing operation stops the
 *   batch with the operations before it applied and none after (Office.js batches are not
 *   transactional), and a failure can be injected at any operation (`failAt`, `failWhen`).
 * - Reading a property that was neither loaded-and-synced nor set throws PropertyNotLoaded.
 * - Every object is a Proxy that throws on any member the fake does not implement, and the fake
 *   implements only members that exist in @types/office-js (checked by `satisfies` below), so a
 *   misspelt member fails in tests instead of passing against a lenient mock.
 * - Sheet, table and defined names are unique without regard to case; tables and defined names
 *   share one namespace. Text written through `values`/`formulas` is parsed as if typed: "=…" and
 *   "+x"/"-x"/"@x" become formulas, "12" a number, "TRUE" a boolean, unless it carries Excel's
 *   quote prefix ("'…") or the cell's number format is Text ("@"). Numbers are read in the
 *   workbook's locale: "0,5" is a half in a Finnish Excel and text in an American one.
 * - Excel's defaults that put an add-in's writes at risk are on: AutoCorrect grows a table over a
 *   value written directly below it or directly right of it ("Include new rows and columns in
 *   table"); tests that need it off say so (`autoExpandTables = false`).
 * - Formulas are checked, not calculated: structured references must name an existing table and
 *   column, sheet references an existing sheet. A formula the add-in writes reads back "" in
 *   `values`; a setup formula may carry the value Excel shows for it (`{ formula, value }`), as a
 *   user's `=SUM(…)` or link to another workbook does. Whether a written formula would show a
 *   calculated result is modelled: not while calculation is suspended
 *   (`suspendApiCalculationUntilNextSync`) or manual, until `Application.calculate` or `Worksheet.calculate` runs
 *   (`staleCells()`, `stats.rounds[].formulasCalculated`).
 *
 * Where the fake is unsure of Excel's behaviour it is stricter (it throws "not modelled") rather
 * than lenient. No Node or jest API is used, so the file can be bundled into a browser page.
 */

/* ------------------------------------------------------------------------------------------------
 * A1 addresses
 * --------------------------------------------------------------------------------------------- */

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "XFD1048576", "R1C1", "R", "C": text Excel reads as a cell reference, not a name. */
function looksLikeCell(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnNumber(a1[1]!) < MAX_COLS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/** Excel quotes a sheet name in a reference unless it is a plain identifier that is not a cell. */
function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCell(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

const cellText = (row: number, col: number, absolute: boolean): string =>
  absolute ? `$${columnLetters(col)}$${row + 1}` : `${columnLetters(col)}${row + 1}`;

export function rectText(rect: Rect, absolute = false): string {
  const first = cellText(rect.row, rect.col, absolute);
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${cellText(rect.row + rect.rows - 1, rect.col + rect.cols - 1, absolute)}`;
}

const qualified = (sheet: string, rect: Rect, absolute = false): string =>
  `${quoteSheet(sheet)}!${rectText(rect, absolute)}`;

const inBounds = (rect: Rect): boolean =>
  Number.isInteger(rect.row) &&
  Number.isInteger(rect.col) &&
  Number.isInteger(rect.rows) &&
  Number.isInteger(rect.cols) &&
  rect.row >= 0 &&
  rect.col >= 0 &&
  rect.rows >= 1 &&
  rect.cols >= 1 &&
  rect.row + rect.rows <= MAX_ROWS &&
  rect.col + rect.cols <= MAX_COLS;

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?(\d+)$/;

/** Parses "B2", "B2:D9", "A:C", "3:5", optionally prefixed by "Sheet!" or "'My sheet'!". */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | undefined {
  let sheet: string | undefined;
  let rest = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(rest);
  const plain = /^([^!']+)!(.*)$/.exec(rest);
  if (quoted) {
    sheet = quoted[1]!.replace(/''/g, "'");
    rest = quoted[2]!;
  } else if (plain) {
    sheet = plain[1]!;
    rest = plain[2]!;
  }
  const parts = rest.split(":");
  if (parts.length > 2) return undefined;
  const from = parts[0]!;
  const to = parts[1] ?? from;
  const span = (a: number, b: number) => ({ start: Math.min(a, b), count: Math.abs(b - a) + 1 });
  let rect: Rect | undefined;
  const a = CELL_RE.exec(from);
  const b = CELL_RE.exec(to);
  if (a && b) {
    const rows = span(Number(a[2]) - 1, Number(b[2]) - 1);
    const cols = span(columnNumber(a[1]!), columnNumber(b[1]!));
    rect = { row: rows.start, col: cols.start, rows: rows.count, cols: cols.count };
  } else if (parts.length === 2 && COLUMN_RE.test(from) && COLUMN_RE.test(to)) {
    const cols = span(columnNumber(COLUMN_RE.exec(from)![1]!), columnNumber(COLUMN_RE.exec(to)![1]!));
    rect = { row: 0, col: cols.start, rows: MAX_ROWS, cols: cols.count };
  } else if (parts.length === 2 && ROW_RE.test(from) && ROW_RE.test(to)) {
    const rows = span(Number(ROW_RE.exec(from)![1]) - 1, Number(ROW_RE.exec(to)![1]) - 1);
    rect = { row: rows.start, col: 0, rows: rows.count, cols: MAX_COLS };
  }
  if (!rect || !inBounds(rect)) return undefined;
  return sheet === undefined ? { rect } : { sheet, rect };
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : undefined;
}

/* ------------------------------------------------------------------------------------------------
 * Errors, shaped like OfficeExtension.Error
 * --------------------------------------------------------------------------------------------- */

export class FakeExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

const fail = (code: string, message: string, location?: string): never => {
  throw new FakeExcelError(code, message, location);
};

/** Office.js's own wording (office.js ResourceStrings.propertyNotLoaded). */
const notLoaded = (cls: string, property: string) =>
  new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${cls}.${property}`,
  );

const notModelled = (what: string, location: string): never =>
  fail("NotModelled", `The fake Excel does not model ${what}; extend test/support/fakeExcel.ts.`, location);

/* ------------------------------------------------------------------------------------------------
 * Workbook state
 * --------------------------------------------------------------------------------------------- */

export type CellScalar = string | number | boolean;
export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export interface ValidationState {
  rule: Excel.DataValidationRule | null;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

export interface CellState {
  /** Constant value; for a formula cell the fake leaves it null (it does not calculate). */
  value: CellScalar | null;
  /** `value` is an error literal such as "#N/A". */
  error: boolean;
  formula: string | null;
  /** Set when text was entered with a leading apostrophe: Excel keeps it as text. */
  quotePrefix: boolean;
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  fill: string | null;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  borders: Partial<Record<BorderSide, BorderState>>;
  validation: ValidationState | null;
}

const blankCell = (): CellState => ({
  value: null,
  error: false,
  formula: null,
  quotePrefix: false,
  numberFormat: "General",
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  fill: null,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  borders: {},
  validation: null,
});
const BLANK_JSON = JSON.stringify(blankCell());

/** Points of Excel's default column width: 8.43 characters of Calibri 11, 64 pixels. */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Points of Excel's default row height for Calibri 11. */
export const DEFAULT_ROW_HEIGHT = 15;

/** A conditional format of a sheet (only the custom, formula-based kind is modelled). */
export interface ConditionalFormatState {
  rect: Rect;
  readonly type: "Custom";
  formula: string | null;
  fontColor: string | null;
  fill: string | null;
}

export interface HeaderFooterState {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** A sheet's print settings (`Worksheet.pageLayout`, ExcelApi 1.9), Excel's defaults until set. */
export interface PageLayoutState {
  paperSize: string;
  orientation: string;
  zoom: Excel.PageLayoutZoomOptions;
  printArea: Rect | null;
  printTitleRows: { row: number; rows: number } | null;
  readonly headersFooters: HeaderFooterState;
}

const defaultPageLayout = (): PageLayoutState => ({
  paperSize: "Letter",
  orientation: "Portrait",
  zoom: { scale: 100 },
  printArea: null,
  printTitleRows: null,
  headersFooters: {
    leftHeader: "",
    centerHeader: "",
    rightHeader: "",
    leftFooter: "",
    centerFooter: "",
    rightFooter: "",
  },
});

interface SheetState {
  readonly id: string;
  /** Cells ("row,col") whose formula would show a result not yet calculated. */
  readonly stale: Set<string>;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly cells: Map<string, CellState>;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  readonly hiddenColumns: Set<number>;
  readonly autofitColumns: Set<number>;
  readonly autofitRows: Set<number>;
  freeze: { rows: number; cols: number } | null;
  selection: Rect;
  /** In priority order, the first on top (`add` puts a new one there). */
  readonly conditionalFormats: ConditionalFormatState[];
  readonly pageLayout: PageLayoutState;
}

interface TableState {
  readonly id: string;
  name: string;
  readonly sheet: SheetState;
  rect: Rect;
  style: string;
  columns: string[];
}

interface ChartSeriesState {
  name: string;
  /** The cells of the values and of the categories (X axis), once set. */
  values: RangeState | null;
  xValues: RangeState | null;
}

interface ChartState {
  readonly id: string;
  name: string;
  readonly sheet: SheetState;
  readonly type: string;
  title: string;
  legend: { position: string; visible: boolean };
  readonly series: ChartSeriesState[];
  valueAxisFormat: string;
  /** The cells the chart covers (`setPosition`); null where Excel put it by default. */
  position: Rect | null;
}

interface NameState {
  readonly name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

interface RangeState {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";
/** Locales whose number entry the fake models: decimal and thousands separators. */
export type FakeLocale = "en-US" | "fi-FI" | "sv-SE";

interface WorkbookState {
  /** The newest ExcelApi requirement set the host supports, e.g. [1, 8]. */
  readonly apiVersion: readonly [number, number];
  /** AutoCorrect growing a table over a value written directly below or right of it (on, as in Excel). */
  autoExpandTables: boolean;
  calculationMode: CalculationMode;
  locale: FakeLocale;
  sheets: SheetState[];
  tables: TableState[];
  charts: ChartState[];
  names: NameState[];
  active: SheetState;
  nextId: number;
}

const fold = (name: string): string => name.toUpperCase();
const key = (row: number, col: number): string => `${row},${col}`;

function cellAt(sheet: SheetState, row: number, col: number): CellState {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) {
    cell = blankCell();
    sheet.cells.set(key(row, col), cell);
  }
  return cell;
}

const peekCell = (sheet: SheetState, row: number, col: number): CellState =>
  sheet.cells.get(key(row, col)) ?? blankCell();

function forEachCell(range: RangeState, visit: (cell: CellState, r: number, c: number) => void): void {
  const { row, col, rows, cols } = range.rect;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) visit(cellAt(range.sheet, row + r, col + c), r, c);
}

function matrix<T>(range: RangeState, read: (cell: CellState) => T): T[][] {
  const { row, col, rows, cols } = range.rect;
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < cols; c++) line.push(read(peekCell(range.sheet, row + r, col + c)));
    out.push(line);
  }
  return out;
}

/** The common value of a format property over a range, or null when cells differ (as Excel reports). */
function uniform<T>(range: RangeState, read: (cell: CellState) => T): T | null {
  const seen = new Set(matrix(range, (cell) => JSON.stringify(read(cell))).flat());
  return seen.size === 1 ? (JSON.parse([...seen][0]!) as T) : null;
}

/* ------------------------------------------------------------------------------------------------
 * Excel's rules for names and entered text
 * --------------------------------------------------------------------------------------------- */

function checkSheetName(name: unknown, location: string): string {
  if (typeof name !== "string" || name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    return fail("InvalidArgument", `'${String(name)}' is not a valid worksheet name.`, location);
  }
  if (name.startsWith("'") || name.endsWith("'") || fold(name) === "HISTORY") {
    return fail("InvalidArgument", `'${name}' is not a valid worksheet name.`, location);
  }
  return name;
}

/** Defined names and table names: letter, "_" or "\" first, no spaces, not a cell reference. */
function checkDefinedName(name: unknown, location: string): string {
  const valid =
    typeof name === "string" &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) &&
    !looksLikeCell(name);
  if (!valid) fail("InvalidArgument", `'${String(name)}' is not a valid name.`, location);
  return name as string;
}

const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"];
const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
/** Finnish and Swedish: decimal comma, a (no-break) space between thousands. */
const NUMBER_RE_COMMA = /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:,\d+)?(?:[eE][+-]?\d+)?\s?%?$/;

/** Typed text as a number in the workbook's locale, or undefined when it is not one. */
function typedNumber(text: string, locale: FakeLocale, location: string): number | undefined {
  if (!/\d/.test(text)) return undefined;
  if (locale === "en-US") {
    return NUMBER_RE.test(text) ? Number(text.replace(/[,%]/g, "")) : undefined;
  }
  // "1.5" or "1.5.2025" is a date in a Finnish or Swedish Excel: not modelled, so refused.
  const date = /^(\d{1,2})\.(\d{1,2})(?:\.\d{2,4})?$/.exec(text);
  if (date && Number(date[1]) >= 1 && Number(date[1]) <= 31 && Number(date[2]) >= 1 && Number(date[2]) <= 12)
    notModelled(`the date '${text}' (${locale})`, location);
  if (!NUMBER_RE_COMMA.test(text)) return undefined;
  return Number(text.replace(/[ \u00a0\u202f%]/g, "").replace(",", "."));
}

/**
 * Stores `input` in `cell` the way Excel treats text arriving through `Range.values` or
 * `Range.formulas`: as if the user had typed it. @types/office-js, Range.values: "If the returned
 * value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as
 * a formula." A leading apostrophe is Excel's quote prefix: the rest is kept as text and the
 * apostrophe is not part of the value (OfficeDev/office-js#6687: "'=AVERAGE(…)" stays a string,
 * and `formulas` reads it back without the quote). Cells formatted as Text ("@") keep typed text as
 * text. Dates and currency amounts, which Excel would also convert, are not modelled.
 */
function enter(cell: CellState, input: string, wb: WorkbookState, location: string): void {
  const setConstant = (value: CellScalar | null, quotePrefix = false, error = false) => {
    cell.value = value;
    cell.formula = null;
    cell.quotePrefix = quotePrefix;
    cell.error = error;
  };
  const setFormula = (formula: string) => {
    const problem = formulaProblem(formula, wb);
    if (problem) fail("InvalidArgument", `The formula ${formula} is not valid: ${problem}.`, location);
    cell.value = null;
    cell.formula = formula;
    cell.quotePrefix = false;
    cell.error = false;
  };
  if (input === "") return setConstant(null);
  if (input.startsWith("'")) return setConstant(input.slice(1), true);
  if (cell.numberFormat === "@") return setConstant(input);
  if (input.startsWith("=")) {
    if (input.length === 1) fail("InvalidArgument", "The formula = is not valid.", location);
    return setFormula(input);
  }
  const compact = input.trim();
  const number = compact === "" ? undefined : typedNumber(compact, wb.locale, location);
  if (number !== undefined) {
    const percent = compact.endsWith("%");
    if (Number.isFinite(number)) {
      if (percent && cell.numberFormat === "General") cell.numberFormat = "0%";
      return setConstant(percent ? number / 100 : number);
    }
  }
  if (/^(true|false)$/i.test(compact)) return setConstant(/^true$/i.test(compact));
  if (ERROR_LITERALS.includes(compact.toUpperCase())) return setConstant(compact.toUpperCase(), false, true);
  // "+A1" and "-A1" are stored as "=+A1" and "=-A1"; "@SUM(A1)" as "=SUM(A1)" (Lotus-style entry).
  if (/^[+-]./.test(input)) return setFormula(`=${input}`);
  if (/^@./.test(input)) return setFormula(`=${input.slice(1)}`);
  return setConstant(input);
}

/* ------------------------------------------------------------------------------------------------
 * Formula checks: Excel rejects a formula whose structured reference names no table or column.
 * --------------------------------------------------------------------------------------------- */

const STRUCTURED_SPECIALS = ["#ALL", "#DATA", "#HEADERS", "#TOTALS", "#THIS ROW"];

/** Reads a bracket group starting at `start` ("["); returns its inner text and the index after it. */
function bracketGroup(text: string, start: number): { inner: string; end: number } | undefined {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    if (ch === "]" && --depth === 0) return { inner: text.slice(start + 1, i), end: i + 1 };
  }
  return undefined;
}

const unescapeColumn = (text: string): string => text.replace(/'(.)/g, "$1").trim();

/** The items of a structured reference's brackets: "[[#This Row],[A]]" → ["#This Row", "A"]. */
function structuredItems(inner: string): string[] | undefined {
  if (!inner.trimStart().startsWith("[")) return [unescapeColumn(inner)];
  const items: string[] = [];
  let i = 0;
  while (i < inner.length) {
    const ch = inner[i]!;
    if (ch === "[") {
      const group = bracketGroup(inner, i);
      if (!group) return undefined;
      items.push(unescapeColumn(group.inner));
      i = group.end;
    } else if (ch === "," || ch === ":" || ch === " ") {
      i++;
    } else {
      return undefined;
    }
  }
  return items;
}

function formulaProblem(formula: string, wb: WorkbookState): string | undefined {
  let depth = 0;
  const text = formula.slice(1);
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (ch === '"') {
      const close = /^"(?:[^"]|"")*"/.exec(text.slice(i));
      if (!close) return "unclosed text";
      i += close[0].length;
    } else if (ch === "'") {
      const close = /^'((?:[^']|'')+)'!/.exec(text.slice(i));
      if (!close) return "unclosed sheet name";
      const sheet = close[1]!.replace(/''/g, "'");
      if (!wb.sheets.some((s) => fold(s.name) === fold(sheet))) return `no sheet '${sheet}'`;
      i += close[0].length;
    } else if (ch === "(") {
      depth++;
      i++;
    } else if (ch === ")") {
      if (--depth < 0) return "unbalanced parentheses";
      i++;
    } else if (ch === "[") {
      // An unqualified reference ("[@Col]", "[[#This Row],[Col]]") is valid only inside a table.
      const group = bracketGroup(text, i);
      if (!group) return "unclosed bracket";
      i = group.end;
    } else if (/[\p{L}_\\]/u.test(ch)) {
      const word = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*/u.exec(text.slice(i))![0];
      i += word.length;
      if (text[i] === "[") {
        const group = bracketGroup(text, i);
        if (!group) return "unclosed bracket";
        i = group.end;
        const table = wb.tables.find((t) => fold(t.name) === fold(word));
        if (!table) return `no table ${word}`;
        const items = structuredItems(group.inner);
        if (!items) return `malformed reference ${word}[${group.inner}]`;
        for (const item of items) {
          if (item.startsWith("#")) {
            if (!STRUCTURED_SPECIALS.includes(fold(item))) return `unknown item [${item}]`;
          } else if (item !== "" && !item.startsWith("@")) {
            if (!table.columns.some((c) => fold(c) === fold(item))) return `no column [${item}] in ${word}`;
          }
        }
      } else if (text[i] === "!") {
        if (!wb.sheets.some((s) => fold(s.name) === fold(word))) return `no sheet '${word}'`;
        i++;
      }
    } else {
      i++;
    }
  }
  return depth === 0 ? undefined : "unbalanced parentheses";
}

/* ------------------------------------------------------------------------------------------------
 * Client objects: queued operations, loaded properties, and the member guard
 * --------------------------------------------------------------------------------------------- */

export interface OpRecord {
  /** 1-based count of operations executed by this fake since it was created. */
  readonly index: number;
  /** 1-based number of the round trip that carried it. */
  readonly roundTrip: number;
  /** The API member that queued it, e.g. "Range.values" or "TableCollection.add". */
  readonly kind: string;
}

interface Op {
  readonly kind: string;
  readonly run: () => void;
}

const INTERNAL = Symbol("fakeExcel.internal");
const READ = Symbol("fakeExcel.read");
const SCOPE = Symbol("fakeExcel.scope");
const SIDE = Symbol("fakeExcel.side");

interface Internals<S> {
  readonly ctx: FakeContext;
  readonly cls: string;
  /** The object's state; throws when the object does not exist, null for a null object. */
  readonly resolve: () => S | null;
  /** Property values: loaded by a sync, or set locally (office.js keeps a set value on the proxy). */
  readonly values: Map<string, unknown>;
  readonly children: Map<string, unknown>;
  isNull?: boolean;
}

/**
 * Member lists per class; `satisfies` makes TypeScript prove that every member the fake offers
 * exists on the real class in @types/office-js. The Proxy lets nothing else through.
 */
const MEMBERS = {
  RequestContext: ["workbook", "application", "sync"] satisfies (keyof Excel.RequestContext)[],
  Application: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "calculationMode",
    "calculate",
    "suspendApiCalculationUntilNextSync",
  ] satisfies (keyof Excel.Application)[],
  Workbook: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "application",
    "worksheets",
    "tables",
    "names",
    "getSelectedRange",
  ] satisfies (keyof Excel.Workbook)[],
  WorksheetCollection: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "items",
    "add",
    "getItem",
    "getItemOrNullObject",
    "getActiveWorksheet",
  ] satisfies (keyof Excel.WorksheetCollection)[],
  Worksheet: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "id",
    "name",
    "position",
    "visibility",
    "tables",
    "charts",
    "freezePanes",
    "pageLayout",
    "getRange",
    "getRangeByIndexes",
    "getCell",
    "activate",
    "calculate",
    "delete",
  ] satisfies (keyof Excel.Worksheet)[],
  WorksheetFreezePanes: [
    "context",
    "isNullObject",
    "toJSON",
    "freezeRows",
    "freezeColumns",
    "freezeAt",
    "unfreeze",
  ] satisfies (keyof Excel.WorksheetFreezePanes)[],
  Range: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
    "columnHidden",
    "format",
    "dataValidation",
    "conditionalFormats",
    "worksheet",
    "getCell",
    "getUsedRangeOrNullObject",
  ] satisfies (keyof Excel.Range)[],
  RangeFormat: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "font",
    "fill",
    "borders",
    "columnWidth",
    "rowHeight",
    "wrapText",
    "horizontalAlignment",
    "verticalAlignment",
    "autofitColumns",
    "autofitRows",
  ] satisfies (keyof Excel.RangeFormat)[],
  RangeFont: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "bold",
    "italic",
    "color",
    "size",
    "name",
  ] satisfies (keyof Excel.RangeFont)[],
  RangeFill: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "color",
    "clear",
  ] satisfies (keyof Excel.RangeFill)[],
  RangeBorderCollection: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "getItem",
  ] satisfies (keyof Excel.RangeBorderCollection)[],
  RangeBorder: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "sideIndex",
    "style",
    "weight",
    "color",
  ] satisfies (keyof Excel.RangeBorder)[],
  DataValidation: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "rule",
    "errorAlert",
    "ignoreBlanks",
    "type",
    "clear",
  ] satisfies (keyof Excel.DataValidation)[],
  TableCollection: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "items",
    "count",
    "add",
    "getItem",
    "getItemOrNullObject",
  ] satisfies (keyof Excel.TableCollection)[],
  Table: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "id",
    "name",
    "style",
    "showHeaders",
    "worksheet",
    "getRange",
    "getHeaderRowRange",
    "getDataBodyRange",
    "delete",
  ] satisfies (keyof Excel.Table)[],
  NamedItemCollection: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "items",
    "add",
    "getItem",
    "getItemOrNullObject",
  ] satisfies (keyof Excel.NamedItemCollection)[],
  NamedItem: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "name",
    "formula",
    "comment",
    "type",
    "visible",
    "getRange",
    "delete",
  ] satisfies (keyof Excel.NamedItem)[],
  ConditionalFormatCollection: [
    "context",
    "isNullObject",
    "toJSON",
    "add",
  ] satisfies (keyof Excel.ConditionalFormatCollection)[],
  ConditionalFormat: [
    "context",
    "isNullObject",
    "toJSON",
    "custom",
  ] satisfies (keyof Excel.ConditionalFormat)[],
  CustomConditionalFormat: [
    "context",
    "isNullObject",
    "toJSON",
    "rule",
    "format",
  ] satisfies (keyof Excel.CustomConditionalFormat)[],
  ConditionalFormatRule: [
    "context",
    "isNullObject",
    "toJSON",
    "formula",
  ] satisfies (keyof Excel.ConditionalFormatRule)[],
  ConditionalRangeFormat: [
    "context",
    "isNullObject",
    "toJSON",
    "font",
    "fill",
  ] satisfies (keyof Excel.ConditionalRangeFormat)[],
  ConditionalRangeFont: [
    "context",
    "isNullObject",
    "toJSON",
    "color",
  ] satisfies (keyof Excel.ConditionalRangeFont)[],
  ConditionalRangeFill: [
    "context",
    "isNullObject",
    "toJSON",
    "color",
  ] satisfies (keyof Excel.ConditionalRangeFill)[],
  PageLayout: [
    "context",
    "isNullObject",
    "toJSON",
    "paperSize",
    "orientation",
    "zoom",
    "headersFooters",
    "setPrintArea",
    "setPrintTitleRows",
  ] satisfies (keyof Excel.PageLayout)[],
  HeaderFooterGroup: [
    "context",
    "isNullObject",
    "toJSON",
    "defaultForAllPages",
  ] satisfies (keyof Excel.HeaderFooterGroup)[],
  HeaderFooter: [
    "context",
    "isNullObject",
    "toJSON",
    "leftHeader",
    "centerHeader",
    "rightHeader",
    "leftFooter",
    "centerFooter",
    "rightFooter",
  ] satisfies (keyof Excel.HeaderFooter)[],
  ChartCollection: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "items",
    "count",
    "add",
  ] satisfies (keyof Excel.ChartCollection)[],
  Chart: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "name",
    "title",
    "legend",
    "series",
    "axes",
    "setPosition",
    "delete",
  ] satisfies (keyof Excel.Chart)[],
  ChartTitle: ["context", "isNullObject", "load", "toJSON", "text"] satisfies (keyof Excel.ChartTitle)[],
  ChartLegend: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "position",
    "visible",
  ] satisfies (keyof Excel.ChartLegend)[],
  ChartSeriesCollection: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "count",
    "add",
    "getItemAt",
  ] satisfies (keyof Excel.ChartSeriesCollection)[],
  ChartSeries: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "name",
    "setValues",
    "setXAxisValues",
  ] satisfies (keyof Excel.ChartSeries)[],
  ChartAxes: ["context", "isNullObject", "load", "toJSON", "valueAxis"] satisfies (keyof Excel.ChartAxes)[],
  ChartAxis: [
    "context",
    "isNullObject",
    "load",
    "toJSON",
    "numberFormat",
  ] satisfies (keyof Excel.ChartAxis)[],
} as const;

export type FakeClassName = keyof typeof MEMBERS;
/** The members each fake class offers (for the test that compares them with the implementation). */
export const FAKE_MEMBERS: Readonly<Record<FakeClassName, readonly string[]>> = MEMBERS;

const memberSets = new Map<string, ReadonlySet<string>>(
  Object.entries(MEMBERS).map(([cls, members]) => [cls, new Set<string>(members)]),
);

const handlers = new Map<FakeClassName, ProxyHandler<object>>();

/** Wraps a fake object so that any member Excel's class lacks throws instead of reading undefined. */
function guard<T extends object>(target: T, cls: FakeClassName): T {
  let handler = handlers.get(cls);
  if (!handler) {
    const allowed = memberSets.get(cls)!;
    const refuse = (prop: string): never => {
      throw new TypeError(`Excel.${cls} has no member '${prop}' in the fake Excel (see @types/office-js)`);
    };
    handler = {
      get(t, prop, receiver) {
        // The fake's own bookkeeping sits under symbols, read on every call: the short way.
        if (typeof prop === "symbol") return (t as Record<symbol, unknown>)[prop];
        if (allowed.has(prop)) return Reflect.get(t, prop, receiver);
        // Promise resolution probes every value returned from an async function for "then".
        if (prop === "then") return undefined;
        return refuse(prop);
      },
      set(t, prop, value, receiver) {
        if (typeof prop === "symbol" || allowed.has(prop)) return Reflect.set(t, prop, value, receiver);
        return refuse(prop);
      },
    };
    handlers.set(cls, handler);
  }
  return new Proxy(target, handler as ProxyHandler<T>);
}

type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

function loadPaths(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  const text = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec.select ?? "");
  const paths = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return paths.length === 0 ? undefined : paths;
}

abstract class FakeObject<S> {
  readonly [INTERNAL]: Internals<S>;
  /** Scalar properties a plain `load()` fetches. */
  abstract get [READ](): Readonly<Record<string, (state: S) => unknown>>;

  constructor(internals: Internals<S>) {
    this[INTERNAL] = internals;
  }

  get context(): FakeRequestContext {
    return this[INTERNAL].ctx.proxy;
  }

  get isNullObject(): boolean {
    const { isNull, cls } = this[INTERNAL];
    if (isNull === undefined) throw notLoaded(cls, "isNullObject");
    return isNull;
  }

  load(spec?: LoadSpec): this {
    const self = this[INTERNAL];
    const paths = loadPaths(spec) ?? Object.keys(this[READ]);
    const own = paths.filter((p) => !p.includes("/"));
    for (const path of paths.filter((p) => p.includes("/"))) {
      const [head, ...rest] = path.split("/");
      const child = (this as unknown as Record<string, unknown>)[head!];
      if (!(child instanceof FakeObject)) notModelled(`loading '${path}'`, `${self.cls}.load`);
      (child as FakeObject<unknown>).load(rest.join("/"));
    }
    if (own.length > 0) {
      const readers = this[READ];
      self.ctx.enqueue(`${self.cls}.load`, () => {
        const state = self.resolve();
        const loaded = new Map<string, unknown>();
        for (const name of own) {
          const read = readers[name];
          if (!read) fail("InvalidArgument", `Cannot load property '${name}'.`, `${self.cls}.load`);
          if (state !== null) loaded.set(name, read!(state));
        }
        self.ctx.onSuccess(() => loaded.forEach((value, name) => self.values.set(name, value)));
      });
    }
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this[INTERNAL].values);
  }
}

function get<S>(obj: FakeObject<S>, name: string): unknown {
  const self = obj[INTERNAL];
  if (self.values.has(name)) return self.values.get(name);
  if (self.isNull === true) return undefined;
  throw notLoaded(self.cls, name);
}

function existing<S>(self: Internals<S>, location: string): S {
  const state = self.resolve();
  if (state === null) fail("ItemNotFound", "The requested resource doesn't exist.", location);
  return state as S;
}

function set<S>(
  obj: FakeObject<S>,
  name: string,
  value: unknown,
  apply: (state: S, location: string) => void,
) {
  const self = obj[INTERNAL];
  self.values.set(name, value);
  const location = `${self.cls}.${name}`;
  self.ctx.enqueue(location, () => apply(existing(self, location), location));
}

function call<S>(obj: FakeObject<S>, method: string, apply: (state: S, location: string) => void): void {
  const self = obj[INTERNAL];
  const location = `${self.cls}.${method}`;
  self.ctx.enqueue(location, () => apply(existing(self, location), location));
}

/** Any fake object, whatever its state type. */
interface Fake {
  readonly [INTERNAL]: Internals<unknown>;
  readonly [READ]: object;
}

/** A navigation property: the same child object every time, as office.js returns. */
function child<T>(obj: Fake, name: string, make: () => T): T {
  const children = obj[INTERNAL].children;
  if (!children.has(name)) children.set(name, make());
  return children.get(name) as T;
}

/** A collection item as `load("items")` delivers it: every scalar property already loaded. */
function loadedItem<S, T extends FakeObject<S>>(item: T, state: S): T {
  for (const [name, read] of Object.entries(item[READ])) item[INTERNAL].values.set(name, read(state));
  return item;
}

function internals<S>(ctx: FakeContext, cls: FakeClassName, resolve: () => S | null): Internals<S> {
  return { ctx, cls, resolve, values: new Map(), children: new Map() };
}

/** An object bound when the operation that creates it runs (worksheets.add, tables.add, …). */
function bindable<S>(): { resolve: () => S | null; bind: (state: S) => void } {
  let bound: S | undefined;
  return {
    resolve: () => bound ?? fail("InvalidObjectPath", "The object path is not valid."),
    bind: (state) => (bound = state),
  };
}

/** `…OrNullObject`: resolved by an operation of its own, so that `isNullObject` reads after a sync. */
function nullable<S>(
  ctx: FakeContext,
  cls: FakeClassName,
  location: string,
  find: () => S | null,
  make: (self: Internals<S>) => FakeObject<S>,
): FakeObject<S> {
  let found: S | null | undefined;
  const self = internals<S>(ctx, cls, () => {
    if (found === undefined) fail("InvalidObjectPath", "The object path is not valid.", location);
    return found as S | null;
  });
  const object = make(self);
  ctx.enqueue(location, () => {
    found = find();
    const isNull = found === null;
    ctx.onSuccess(() => (self.isNull = isNull));
  });
  return object;
}

function fill2d(value: unknown, rect: Rect, location: string): unknown[][] {
  const ok =
    Array.isArray(value) &&
    value.length === rect.rows &&
    value.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) {
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}×${rect.cols}).`,
      location,
    );
  }
  return value as unknown[][];
}

/* ------------------------------------------------------------------------------------------------
 * The classes
 * --------------------------------------------------------------------------------------------- */

class FakeApplication extends FakeObject<WorkbookState> {
  get [READ]() {
    return { calculationMode: (wb: WorkbookState) => wb.calculationMode };
  }
  get calculationMode(): string {
    return get(this, "calculationMode") as string;
  }
  calculate(calculationType: string): void {
    const ctx = this[INTERNAL].ctx;
    ctx.enqueue("Application.calculate", () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        fail(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
          "Application.calculate",
        );
      ctx.calculate(ctx.wb.sheets, "Application.calculate");
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    const ctx = this[INTERNAL].ctx;
    ctx.enqueue("Application.suspendApiCalculationUntilNextSync", () => ctx.suspendCalculation());
  }
}

class FakeWorkbook extends FakeObject<WorkbookState> {
  get [READ]() {
    return {};
  }
  get application(): FakeApplication {
    return this[INTERNAL].ctx.application;
  }
  get worksheets(): FakeWorksheetCollection {
    const ctx = this[INTERNAL].ctx;
    return child(this, "worksheets", () =>
      guard(
        new FakeWorksheetCollection(internals(ctx, "WorksheetCollection", () => ctx.wb)),
        "WorksheetCollection",
      ),
    );
  }
  get tables(): FakeTableCollection {
    const ctx = this[INTERNAL].ctx;
    return child(this, "tables", () => makeTables(ctx, () => null));
  }
  get names(): FakeNamedItemCollection {
    const ctx = this[INTERNAL].ctx;
    return child(this, "names", () =>
      guard(
        new FakeNamedItemCollection(internals(ctx, "NamedItemCollection", () => ctx.wb)),
        "NamedItemCollection",
      ),
    );
  }
  getSelectedRange(): FakeRange {
    const ctx = this[INTERNAL].ctx;
    return makeRange(ctx, () => ({ sheet: ctx.wb.active, rect: ctx.wb.active.selection }));
  }
}

function findSheet(wb: WorkbookState, key: string): SheetState | null {
  return wb.sheets.find((s) => s.id === key || fold(s.name) === fold(key)) ?? null;
}

const makeSheet = (ctx: FakeContext, resolve: () => SheetState | null): FakeWorksheet =>
  guard(new FakeWorksheet(internals(ctx, "Worksheet", resolve)), "Worksheet");

class FakeWorksheetCollection extends FakeObject<WorkbookState> {
  get [READ]() {
    return {
      items: (wb: WorkbookState) =>
        wb.sheets.map((s) =>
          loadedItem(
            makeSheet(this[INTERNAL].ctx, () => s),
            s,
          ),
        ),
    };
  }
  get items(): FakeWorksheet[] {
    return get(this, "items") as FakeWorksheet[];
  }
  override load(spec?: LoadSpec): this {
    return loadCollection(this, spec);
  }
  add(name?: string): FakeWorksheet {
    const ctx = this[INTERNAL].ctx;
    const { resolve, bind } = bindable<SheetState>();
    ctx.enqueue("WorksheetCollection.add", () => {
      const wb = ctx.wb;
      let sheetName = name;
      if (sheetName === undefined) {
        for (let n = wb.sheets.length + 1; ; n++) {
          if (!findSheet(wb, `Sheet${n}`)) {
            sheetName = `Sheet${n}`;
            break;
          }
        }
      }
      checkSheetName(sheetName, "WorksheetCollection.add");
      if (findSheet(wb, sheetName!)) {
        fail(
          "ItemAlreadyExists",
          "A resource with the same name or identifier already exists.",
          "WorksheetCollection.add",
        );
      }
      const sheet = newSheet(wb, sheetName!);
      wb.sheets.push(sheet);
      bind(sheet);
    });
    return makeSheet(ctx, resolve);
  }
  getItem(key: string): FakeWorksheet {
    const ctx = this[INTERNAL].ctx;
    return makeSheet(
      ctx,
      () =>
        findSheet(ctx.wb, key) ??
        fail("ItemNotFound", "The requested resource doesn't exist.", "WorksheetCollection.getItem"),
    );
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    const ctx = this[INTERNAL].ctx;
    return nullable(
      ctx,
      "Worksheet",
      "WorksheetCollection.getItemOrNullObject",
      () => findSheet(ctx.wb, key),
      (self) => guard(new FakeWorksheet(self), "Worksheet"),
    ) as FakeWorksheet;
  }
  getActiveWorksheet(): FakeWorksheet {
    const ctx = this[INTERNAL].ctx;
    return makeSheet(ctx, () => ctx.wb.active);
  }
}

/** `items` of a collection: "items", "items/name", or nothing (all scalar properties of each item). */
function loadCollection<C extends Fake>(collection: C, spec: LoadSpec): C {
  const self = collection[INTERNAL];
  const paths = loadPaths(spec) ?? ["items"];
  for (const path of paths) {
    if (path !== "items" && !path.startsWith("items/") && path !== "count") {
      notModelled(`loading '${path}' on a collection`, `${self.cls}.load`);
    }
  }
  const wanted = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
  const readers = collection[READ] as Record<string, (state: unknown) => unknown>;
  self.ctx.enqueue(`${self.cls}.load`, () => {
    const state = existing(self, `${self.cls}.load`);
    const loaded = new Map<string, unknown>();
    if (paths.includes("count") && readers.count) loaded.set("count", readers.count(state));
    if (paths.some((p) => p === "items" || p.startsWith("items/"))) {
      const items = readers.items!(state) as FakeObject<unknown>[];
      if (wanted.length > 0) {
        for (const item of items) {
          const values = item[INTERNAL].values;
          for (const name of [...values.keys()]) if (!wanted.includes(name)) values.delete(name);
          for (const name of wanted) {
            if (!values.has(name))
              fail("InvalidArgument", `Cannot load property '${name}'.`, `${self.cls}.load`);
          }
        }
      }
      loaded.set("items", items);
    }
    self.ctx.onSuccess(() => loaded.forEach((value, name) => self.values.set(name, value)));
  });
  return collection;
}

function newSheet(wb: WorkbookState, name: string): SheetState {
  return {
    id: `{sheet-${wb.nextId++}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    stale: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    autofitColumns: new Set(),
    autofitRows: new Set(),
    freeze: null,
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
    conditionalFormats: [],
    pageLayout: defaultPageLayout(),
  };
}

function sheetRange(
  ctx: FakeContext,
  sheet: () => SheetState,
  rect: () => Rect,
  location: string,
): FakeRange {
  return makeRange(ctx, () => {
    const r = rect();
    if (!inBounds(r))
      fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", location);
    return { sheet: sheet(), rect: r };
  });
}

class FakeWorksheet extends FakeObject<SheetState> {
  get [READ]() {
    return {
      id: (s: SheetState) => s.id,
      name: (s: SheetState) => s.name,
      position: (s: SheetState) => this[INTERNAL].ctx.wb.sheets.indexOf(s),
      visibility: (s: SheetState) => s.visibility,
    };
  }
  get id(): string {
    return get(this, "id") as string;
  }
  get name(): string {
    return get(this, "name") as string;
  }
  get position(): number {
    return get(this, "position") as number;
  }
  get visibility(): string {
    return get(this, "visibility") as string;
  }
  get tables(): FakeTableCollection {
    const self = this[INTERNAL];
    return child(this, "tables", () => makeTables(self.ctx, () => existing(self, "Worksheet.tables")));
  }
  get charts(): FakeChartCollection {
    const self = this[INTERNAL];
    return child(this, "charts", () =>
      guard(
        new FakeChartCollection(
          internals(self.ctx, "ChartCollection", () => existing(self, "Worksheet.charts")),
        ),
        "ChartCollection",
      ),
    );
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    const self = this[INTERNAL];
    return child(this, "freezePanes", () =>
      guard(
        new FakeWorksheetFreezePanes(internals(self.ctx, "WorksheetFreezePanes", self.resolve)),
        "WorksheetFreezePanes",
      ),
    );
  }
  get pageLayout(): FakePageLayout {
    const self = this[INTERNAL];
    return child(this, "pageLayout", () =>
      guard(
        new FakePageLayout(
          internals(self.ctx, "PageLayout", () => {
            // An older host has the member in office.js but refuses the request (ApiNotFound).
            if (!supports(self.ctx.wb, 1, 9))
              fail(
                "ApiNotFound",
                "The requested API is not supported (ExcelApi 1.9).",
                "Worksheet.pageLayout",
              );
            return existing(self, "Worksheet.pageLayout");
          }),
        ),
        "PageLayout",
      ),
    );
  }
  getRange(address?: string): FakeRange {
    const self = this[INTERNAL];
    if (address === undefined) return notModelled("getRange() without an address", "Worksheet.getRange");
    return sheetRange(
      self.ctx,
      () => existing(self, "Worksheet.getRange"),
      () => {
        const parsed = parseAddress(address!);
        if (!parsed || parsed.sheet !== undefined) {
          return fail("InvalidArgument", `'${address}' is not a valid address.`, "Worksheet.getRange");
        }
        return parsed.rect;
      },
      "Worksheet.getRange",
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const self = this[INTERNAL];
    return sheetRange(
      self.ctx,
      () => existing(self, "Worksheet.getRangeByIndexes"),
      () => ({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }),
      "Worksheet.getRangeByIndexes",
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  /** Calculates every formula on this sheet (its precedents on other sheets are taken as shown). */
  calculate(markAllDirty: boolean): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "calculate", (sheet, location) => {
      if (typeof markAllDirty !== "boolean")
        fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", location);
      ctx.calculate([sheet], location);
    });
  }
  activate(): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "activate", (sheet, location) => {
      if (sheet.visibility !== "Visible")
        fail("InvalidOperation", "A hidden sheet cannot be activated.", location);
      ctx.wb.active = sheet;
    });
  }
  delete(): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "delete", (sheet, location) => {
      const wb = ctx.wb;
      const visible = wb.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) {
        fail("InvalidOperation", "A workbook must contain at least one visible worksheet.", location);
      }
      const index = wb.sheets.indexOf(sheet);
      if (index < 0) fail("ItemNotFound", "The requested resource doesn't exist.", location);
      wb.sheets.splice(index, 1);
      wb.tables = wb.tables.filter((t) => t.sheet !== sheet);
      wb.charts = wb.charts.filter((c) => c.sheet !== sheet);
      const ref = `${quoteSheet(sheet.name)}!`;
      for (const name of wb.names)
        if (name.formula.includes(ref)) name.formula = name.formula.split(ref).join("#REF!");
      if (wb.active === sheet) {
        wb.active =
          wb.sheets.slice(index).find((s) => s.visibility === "Visible") ?? visible.find((s) => s !== sheet)!;
      }
    });
  }
}

class FakeWorksheetFreezePanes extends FakeObject<SheetState> {
  get [READ]() {
    return {};
  }
  freezeRows(count?: number): void {
    call(this, "freezeRows", (sheet) => (sheet.freeze = { rows: count ?? 1, cols: 0 }));
  }
  freezeColumns(count?: number): void {
    call(this, "freezeColumns", (sheet) => (sheet.freeze = { rows: 0, cols: count ?? 1 }));
  }
  freezeAt(frozenRange: FakeRange | string): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "freezeAt", (sheet, location) => {
      let rect: Rect;
      if (typeof frozenRange === "string") {
        const parsed = parseAddress(frozenRange);
        if (!parsed) return fail("InvalidArgument", `'${frozenRange}' is not a valid address.`, location);
        rect = parsed.rect;
      } else {
        const range = ctx.rangeOf(frozenRange, location);
        if (range.sheet !== sheet) fail("InvalidArgument", "The range is on another worksheet.", location);
        rect = range.rect;
      }
      // The range is the top-left pane that stays in place (Excel.WorksheetFreezePanes.freezeAt).
      sheet.freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }
  unfreeze(): void {
    call(this, "unfreeze", (sheet) => (sheet.freeze = null));
  }
}

const makeRange = (ctx: FakeContext, resolve: () => RangeState | null): FakeRange =>
  guard(new FakeRange(internals(ctx, "Range", resolve)), "Range");

function valueType(cell: CellState): string {
  if (cell.error) return "Error";
  const value = cell.value;
  if (value === null) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

const readValue = (cell: CellState): CellScalar => cell.value ?? "";
const readFormula = (cell: CellState): CellScalar => cell.formula ?? cell.value ?? "";

class FakeRange extends FakeObject<RangeState> {
  get [READ]() {
    return {
      address: (r: RangeState) => qualified(r.sheet.name, r.rect),
      rowIndex: (r: RangeState) => r.rect.row,
      columnIndex: (r: RangeState) => r.rect.col,
      rowCount: (r: RangeState) => r.rect.rows,
      columnCount: (r: RangeState) => r.rect.cols,
      cellCount: (r: RangeState) => r.rect.rows * r.rect.cols,
      values: (r: RangeState) => matrix(r, readValue),
      formulas: (r: RangeState) => matrix(r, readFormula),
      numberFormat: (r: RangeState) => matrix(r, (c) => c.numberFormat),
      valueTypes: (r: RangeState) => matrix(r, valueType),
      columnHidden: (r: RangeState) => {
        const states = new Set<boolean>();
        for (let c = r.rect.col; c < r.rect.col + r.rect.cols; c++) states.add(r.sheet.hiddenColumns.has(c));
        return states.size === 1 ? [...states][0] : null;
      },
    };
  }
  get address(): string {
    return get(this, "address") as string;
  }
  get rowIndex(): number {
    return get(this, "rowIndex") as number;
  }
  get columnIndex(): number {
    return get(this, "columnIndex") as number;
  }
  get rowCount(): number {
    return get(this, "rowCount") as number;
  }
  get columnCount(): number {
    return get(this, "columnCount") as number;
  }
  get cellCount(): number {
    return get(this, "cellCount") as number;
  }
  get valueTypes(): string[][] {
    return get(this, "valueTypes") as string[][];
  }
  get values(): unknown[][] {
    return get(this, "values") as unknown[][];
  }
  set values(input: unknown[][]) {
    const ctx = this[INTERNAL].ctx;
    set(this, "values", input, (range, location) => writeEntries(range, input, ctx, location));
  }
  get formulas(): unknown[][] {
    return get(this, "formulas") as unknown[][];
  }
  set formulas(input: unknown[][]) {
    const ctx = this[INTERNAL].ctx;
    set(this, "formulas", input, (range, location) => writeEntries(range, input, ctx, location));
  }
  get numberFormat(): unknown[][] {
    return get(this, "numberFormat") as unknown[][];
  }
  set numberFormat(input: unknown[][]) {
    set(this, "numberFormat", input, (range, location) => {
      const rows = fill2d(input, range.rect, location);
      forEachCell(range, (cell, r, c) => {
        const code = rows[r]![c];
        if (code === null || code === undefined) return;
        if (typeof code !== "string") fail("InvalidArgument", "A number format must be text.", location);
        cell.numberFormat = code === "" ? "General" : (code as string);
      });
    });
  }
  get columnHidden(): boolean {
    return get(this, "columnHidden") as boolean;
  }
  set columnHidden(hidden: boolean) {
    set(this, "columnHidden", hidden, (range) => {
      for (let c = range.rect.col; c < range.rect.col + range.rect.cols; c++) {
        if (hidden) range.sheet.hiddenColumns.add(c);
        else range.sheet.hiddenColumns.delete(c);
      }
    });
  }
  get format(): FakeRangeFormat {
    const self = this[INTERNAL];
    return child(this, "format", () =>
      guard(new FakeRangeFormat(internals(self.ctx, "RangeFormat", self.resolve)), "RangeFormat"),
    );
  }
  get dataValidation(): FakeDataValidation {
    const self = this[INTERNAL];
    return child(this, "dataValidation", () =>
      guard(new FakeDataValidation(internals(self.ctx, "DataValidation", self.resolve)), "DataValidation"),
    );
  }
  get worksheet(): FakeWorksheet {
    const self = this[INTERNAL];
    return child(this, "worksheet", () => makeSheet(self.ctx, () => existing(self, "Range.worksheet").sheet));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    const self = this[INTERNAL];
    return child(this, "conditionalFormats", () =>
      guard(
        new FakeConditionalFormatCollection(internals(self.ctx, "ConditionalFormatCollection", self.resolve)),
        "ConditionalFormatCollection",
      ),
    );
  }
  getCell(row: number, column: number): FakeRange {
    const self = this[INTERNAL];
    return makeRange(self.ctx, () => {
      const range = existing(self, "Range.getCell");
      const rect = { row: range.rect.row + row, col: range.rect.col + column, rows: 1, cols: 1 };
      if (!inBounds(rect))
        fail(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
          "Range.getCell",
        );
      return { sheet: range.sheet, rect };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const self = this[INTERNAL];
    return nullable(
      self.ctx,
      "Range",
      "Range.getUsedRangeOrNullObject",
      () => {
        const range = existing(self, "Range.getUsedRangeOrNullObject");
        let top = Infinity;
        let left = Infinity;
        let bottom = -1;
        let right = -1;
        for (const [k, cell] of range.sheet.cells) {
          const used = valuesOnly
            ? cell.value !== null || cell.formula !== null
            : JSON.stringify(cell) !== BLANK_JSON;
          if (!used) continue;
          const [r, c] = k.split(",").map(Number) as [number, number];
          if (!intersect(range.rect, { row: r, col: c, rows: 1, cols: 1 })) continue;
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
        if (bottom < 0) return null;
        return {
          sheet: range.sheet,
          rect: { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 },
        };
      },
      (inner) => guard(new FakeRange(inner), "Range"),
    ) as FakeRange;
  }
}

function writeEntries(range: RangeState, input: unknown, ctx: FakeContext, location: string): void {
  const wb = ctx.wb;
  const rows = fill2d(input, range.rect, location);
  forEachCell(range, (cell, r, c) => {
    const entry = rows[r]![c];
    if (entry === null || entry === undefined) return; // null leaves the cell as it is (Excel docs: blank and null values)
    if (typeof entry === "number") {
      if (!Number.isFinite(entry))
        fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", location);
      Object.assign(cell, { value: entry, formula: null, quotePrefix: false, error: false });
    } else if (typeof entry === "boolean") {
      Object.assign(cell, { value: entry, formula: null, quotePrefix: false, error: false });
    } else if (typeof entry === "string") {
      enter(cell, entry, wb, location);
    } else {
      fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", location);
    }
    const at = key(range.rect.row + r, range.rect.col + c);
    if (cell.formula !== null) ctx.noteFormula(range.sheet, at);
    else range.sheet.stale.delete(at);
  });
  if (wb.autoExpandTables) expandTables(range, rows, wb);
  // Excel keeps table headers as text and renames the column after its header cell.
  for (const table of wb.tables) {
    if (table.sheet !== range.sheet) continue;
    const header: Rect = { row: table.rect.row, col: table.rect.col, rows: 1, cols: table.rect.cols };
    if (intersect(header, range.rect)) normalizeHeaders(table);
  }
}

/**
 * AutoCorrect's "Include new rows and columns in table": a value or formula written into the row
 * directly below a table, or the column directly right of it, makes the table grow over the
 * written rows or columns that follow its edge, as typing there does.
 */
function expandTables(range: RangeState, rows: unknown[][], wb: WorkbookState): void {
  const entered = (r: number, c: number) => {
    const entry = rows[r - range.rect.row]?.[c - range.rect.col];
    return entry !== null && entry !== undefined && entry !== "";
  };
  const written = range.rect;
  for (const table of wb.tables) {
    if (table.sheet !== range.sheet) continue;
    const t = table.rect;
    const below = t.row + t.rows;
    const cols = Array.from({ length: t.cols }, (_, c) => t.col + c);
    if (cols.some((c) => entered(below, c))) {
      const last = written.row + written.rows - 1;
      let rowsGrown = 1;
      while (below + rowsGrown <= last && cols.some((c) => entered(below + rowsGrown, c))) rowsGrown++;
      table.rect = { ...t, rows: t.rows + rowsGrown };
      continue;
    }
    const right = t.col + t.cols;
    const tableRows = Array.from({ length: t.rows }, (_, r) => t.row + r);
    if (tableRows.some((r) => entered(r, right))) {
      const last = written.col + written.cols - 1;
      let colsGrown = 1;
      while (right + colsGrown <= last && tableRows.some((r) => entered(r, right + colsGrown))) colsGrown++;
      table.rect = { ...t, cols: t.cols + colsGrown };
      normalizeHeaders(table);
    }
  }
}

function normalizeHeaders(table: TableState): void {
  const taken = new Set<string>();
  table.columns = [];
  for (let c = 0; c < table.rect.cols; c++) {
    const cell = cellAt(table.sheet, table.rect.row, table.rect.col + c);
    let text = cell.value === null || cell.value === "" ? `Column${c + 1}` : String(cell.value);
    for (let n = 2; taken.has(fold(text)); n++) text = `${text.replace(/\d+$/, "")}${n}`;
    taken.add(fold(text));
    Object.assign(cell, { value: text, formula: null, error: false });
    table.columns.push(text);
  }
}

class FakeRangeFormat extends FakeObject<RangeState> {
  get [READ]() {
    return {
      columnWidth: (r: RangeState) => {
        const widths = new Set<number>();
        for (let c = r.rect.col; c < r.rect.col + r.rect.cols; c++)
          widths.add(r.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: (r: RangeState) => {
        const heights = new Set<number>();
        for (let row = r.rect.row; row < r.rect.row + r.rect.rows; row++)
          heights.add(r.sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      },
      wrapText: (r: RangeState) => uniform(r, (c) => c.wrapText),
      horizontalAlignment: (r: RangeState) => uniform(r, (c) => c.horizontalAlignment),
      verticalAlignment: (r: RangeState) => uniform(r, (c) => c.verticalAlignment),
    };
  }
  get font(): FakeRangeFont {
    const self = this[INTERNAL];
    return child(this, "font", () =>
      guard(new FakeRangeFont(internals(self.ctx, "RangeFont", self.resolve)), "RangeFont"),
    );
  }
  get fill(): FakeRangeFill {
    const self = this[INTERNAL];
    return child(this, "fill", () =>
      guard(new FakeRangeFill(internals(self.ctx, "RangeFill", self.resolve)), "RangeFill"),
    );
  }
  get borders(): FakeRangeBorderCollection {
    const self = this[INTERNAL];
    return child(this, "borders", () =>
      guard(
        new FakeRangeBorderCollection(internals(self.ctx, "RangeBorderCollection", self.resolve)),
        "RangeBorderCollection",
      ),
    );
  }
  get columnWidth(): number {
    return get(this, "columnWidth") as number;
  }
  set columnWidth(points: number) {
    set(this, "columnWidth", points, (range, location) => {
      if (typeof points !== "number" || !(points >= 0) || points > 255 * 7.5) {
        fail("InvalidArgument", "The column width is out of range.", location);
      }
      for (let c = range.rect.col; c < range.rect.col + range.rect.cols; c++)
        range.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return get(this, "rowHeight") as number;
  }
  set rowHeight(points: number) {
    set(this, "rowHeight", points, (range, location) => {
      // Excel's limit: 409 points (RangeFormat.rowHeight).
      if (typeof points !== "number" || !(points >= 0) || points > 409) {
        fail("InvalidArgument", "The row height is out of range.", location);
      }
      for (let row = range.rect.row; row < range.rect.row + range.rect.rows; row++)
        range.sheet.rowHeights.set(row, points);
    });
  }
  get wrapText(): boolean {
    return get(this, "wrapText") as boolean;
  }
  set wrapText(wrap: boolean) {
    set(this, "wrapText", wrap, (range) => forEachCell(range, (cell) => (cell.wrapText = Boolean(wrap))));
  }
  get horizontalAlignment(): string {
    return get(this, "horizontalAlignment") as string;
  }
  set horizontalAlignment(alignment: string) {
    set(this, "horizontalAlignment", alignment, (range) =>
      forEachCell(range, (cell) => (cell.horizontalAlignment = alignment)),
    );
  }
  get verticalAlignment(): string {
    return get(this, "verticalAlignment") as string;
  }
  set verticalAlignment(alignment: string) {
    set(this, "verticalAlignment", alignment, (range, location) => {
      if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(alignment)) {
        fail("InvalidArgument", `'${alignment}' is not a vertical alignment.`, location);
      }
      forEachCell(range, (cell) => (cell.verticalAlignment = alignment));
    });
  }
  autofitColumns(): void {
    call(this, "autofitColumns", (range) => {
      for (let c = range.rect.col; c < range.rect.col + range.rect.cols; c++)
        range.sheet.autofitColumns.add(c);
    });
  }
  autofitRows(): void {
    call(this, "autofitRows", (range) => {
      for (let row = range.rect.row; row < range.rect.row + range.rect.rows; row++)
        range.sheet.autofitRows.add(row);
    });
  }
}

const COLOR_RE = /^#[0-9A-Fa-f]{6}$/;
function checkColor(color: unknown, location: string): string {
  if (typeof color !== "string" || !COLOR_RE.test(color))
    fail("InvalidArgument", `'${String(color)}' is not a colour.`, location);
  return (color as string).toUpperCase();
}

class FakeRangeFont extends FakeObject<RangeState> {
  get [READ]() {
    return {
      bold: (r: RangeState) => uniform(r, (c) => c.bold),
      italic: (r: RangeState) => uniform(r, (c) => c.italic),
      color: (r: RangeState) => uniform(r, (c) => c.fontColor),
      size: (r: RangeState) => uniform(r, (c) => c.fontSize),
      name: (r: RangeState) => uniform(r, (c) => c.fontName),
    };
  }
  get bold(): boolean {
    return get(this, "bold") as boolean;
  }
  set bold(bold: boolean) {
    set(this, "bold", bold, (range) => forEachCell(range, (cell) => (cell.bold = Boolean(bold))));
  }
  get italic(): boolean {
    return get(this, "italic") as boolean;
  }
  set italic(italic: boolean) {
    set(this, "italic", italic, (range) => forEachCell(range, (cell) => (cell.italic = Boolean(italic))));
  }
  get color(): string {
    return get(this, "color") as string;
  }
  set color(color: string) {
    set(this, "color", color, (range, location) => {
      const checked = checkColor(color, location);
      forEachCell(range, (cell) => (cell.fontColor = checked));
    });
  }
  get size(): number {
    return get(this, "size") as number;
  }
  set size(size: number) {
    set(this, "size", size, (range, location) => {
      if (typeof size !== "number" || size < 1 || size > 409)
        fail("InvalidArgument", "The font size is out of range.", location);
      forEachCell(range, (cell) => (cell.fontSize = size));
    });
  }
  get name(): string {
    return get(this, "name") as string;
  }
  set name(name: string) {
    set(this, "name", name, (range) => forEachCell(range, (cell) => (cell.fontName = name)));
  }
}

class FakeRangeFill extends FakeObject<RangeState> {
  get [READ]() {
    return { color: (r: RangeState) => uniform(r, (c) => c.fill) };
  }
  get color(): string {
    return get(this, "color") as string;
  }
  set color(color: string) {
    set(this, "color", color, (range, location) => {
      const checked = checkColor(color, location);
      forEachCell(range, (cell) => (cell.fill = checked));
    });
  }
  clear(): void {
    call(this, "clear", (range) => forEachCell(range, (cell) => (cell.fill = null)));
  }
}

/** Edges of the range, and the lines between its rows (each such line is one cell's bottom and the next one's top). */
type BorderIndex = BorderSide | "InsideHorizontal";
const BORDER_INDEXES: readonly BorderIndex[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
];

class FakeRangeBorderCollection extends FakeObject<RangeState> {
  get [READ]() {
    return {};
  }
  getItem(index: string): FakeRangeBorder {
    const self = this[INTERNAL];
    if (!(BORDER_INDEXES as readonly string[]).includes(index))
      return notModelled(`border '${index}'`, "RangeBorderCollection.getItem");
    return child(this, index, () => {
      const border = new FakeRangeBorder(internals(self.ctx, "RangeBorder", self.resolve));
      border[SIDE] = index as BorderIndex;
      border[INTERNAL].values.set("sideIndex", index);
      return guard(border, "RangeBorder");
    });
  }
}

const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

const edgeOf = (index: BorderIndex): BorderSide => (index === "InsideHorizontal" ? "EdgeTop" : index);

function editBorder(border: FakeRangeBorder, name: "style" | "weight" | "color", value: string): void {
  const side = border[SIDE];
  const allowed = name === "style" ? BORDER_STYLES : name === "weight" ? BORDER_WEIGHTS : undefined;
  set(border, name, value, (range, location) => {
    if (allowed && !allowed.includes(value))
      fail("InvalidArgument", `'${value}' is not a border ${name}.`, location);
    const checked = allowed ? value : checkColor(value, location);
    const { rows, cols } = range.rect;
    const edit = (cell: CellState, edge: BorderSide) => {
      const current = cell.borders[edge] ?? { style: "None", weight: "Thin", color: "#000000" };
      cell.borders[edge] = { ...current, [name]: checked };
    };
    forEachCell(range, (cell, r, c) => {
      if (side === "EdgeTop" && r === 0) edit(cell, "EdgeTop");
      if (side === "EdgeBottom" && r === rows - 1) edit(cell, "EdgeBottom");
      if (side === "EdgeLeft" && c === 0) edit(cell, "EdgeLeft");
      if (side === "EdgeRight" && c === cols - 1) edit(cell, "EdgeRight");
      if (side === "InsideHorizontal" && r > 0) edit(cell, "EdgeTop");
      if (side === "InsideHorizontal" && r < rows - 1) edit(cell, "EdgeBottom");
    });
  });
}

class FakeRangeBorder extends FakeObject<RangeState> {
  [SIDE]: BorderIndex = "EdgeTop";
  get [READ]() {
    return {
      sideIndex: () => this[SIDE],
      style: (r: RangeState) => uniform(r, (c) => c.borders[edgeOf(this[SIDE])]?.style ?? "None"),
      weight: (r: RangeState) => uniform(r, (c) => c.borders[edgeOf(this[SIDE])]?.weight ?? "Thin"),
      color: (r: RangeState) => uniform(r, (c) => c.borders[edgeOf(this[SIDE])]?.color ?? "#000000"),
    };
  }
  get sideIndex(): string {
    return this[SIDE];
  }
  get style(): string {
    return get(this, "style") as string;
  }
  set style(style: string) {
    editBorder(this, "style", style);
  }
  get weight(): string {
    return get(this, "weight") as string;
  }
  set weight(weight: string) {
    editBorder(this, "weight", weight);
  }
  get color(): string {
    return get(this, "color") as string;
  }
  set color(color: string) {
    editBorder(this, "color", color);
  }
}

const blankValidation = (): ValidationState => ({
  rule: null,
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  ignoreBlanks: true,
});

class FakeDataValidation extends FakeObject<RangeState> {
  get [READ]() {
    return {
      rule: (r: RangeState) => uniform(r, (c) => c.validation?.rule ?? null),
      errorAlert: (r: RangeState) => uniform(r, (c) => (c.validation ?? blankValidation()).errorAlert),
      ignoreBlanks: (r: RangeState) => uniform(r, (c) => (c.validation ?? blankValidation()).ignoreBlanks),
      type: (r: RangeState) => {
        const types = new Set(matrix(r, (c) => (c.validation?.rule ? ruleType(c.validation.rule) : "None")));
        return types.size === 1 ? [...types][0] : "Inconsistent";
      },
    };
  }
  get rule(): Excel.DataValidationRule {
    return get(this, "rule") as Excel.DataValidationRule;
  }
  set rule(rule: Excel.DataValidationRule) {
    const ctx = this[INTERNAL].ctx;
    set(this, "rule", rule, (range, location) => {
      const kinds = Object.keys(rule ?? {});
      if (kinds.length !== 1)
        fail("InvalidArgument", "A data validation rule has exactly one criterion.", location);
      if (kinds[0] !== "list") return notModelled(`'${kinds[0]}' validation`, location);
      const { source, inCellDropDown } = rule.list!;
      let stored: string;
      if (typeof source === "string") {
        if (source.trim() === "") fail("InvalidArgument", "The list source is empty.", location);
        // Excel stores an inline list as a formula of at most 255 characters.
        if (source.length > 255)
          fail("InvalidArgument", "The list source is longer than 255 characters.", location);
        stored = source;
      } else {
        // A Range source is stored as a reference, sheet-qualified only when on another sheet.
        const list = ctx.rangeOf(source, location);
        stored = `=${list.sheet === range.sheet ? rectText(list.rect, true) : qualified(list.sheet.name, list.rect, true)}`;
      }
      const copy: Excel.DataValidationRule = {
        list: { inCellDropDown: inCellDropDown !== false, source: stored },
      };
      forEachCell(
        range,
        (cell) => (cell.validation = { ...(cell.validation ?? blankValidation()), rule: copy }),
      );
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return get(this, "errorAlert") as Excel.DataValidationErrorAlert;
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    set(this, "errorAlert", alert, (range, location) => {
      // Excel's limits for the alert dialog: a 32-character title and a 255-character message.
      if ((alert.title ?? "").length > 32 || (alert.message ?? "").length > 255) {
        fail("InvalidArgument", "The error alert title or message is too long.", location);
      }
      forEachCell(range, (cell) => {
        const current = cell.validation ?? blankValidation();
        cell.validation = { ...current, errorAlert: { ...current.errorAlert, ...alert } };
      });
    });
  }
  get ignoreBlanks(): boolean {
    return get(this, "ignoreBlanks") as boolean;
  }
  set ignoreBlanks(ignore: boolean) {
    set(this, "ignoreBlanks", ignore, (range) =>
      forEachCell(
        range,
        (cell) => (cell.validation = { ...(cell.validation ?? blankValidation()), ignoreBlanks: ignore }),
      ),
    );
  }
  get type(): string {
    return get(this, "type") as string;
  }
  clear(): void {
    call(this, "clear", (range) => forEachCell(range, (cell) => (cell.validation = null)));
  }
}

const ruleType = (rule: Excel.DataValidationRule): string =>
  ({
    list: "List",
    custom: "Custom",
    date: "Date",
    decimal: "Decimal",
    textLength: "TextLength",
    time: "Time",
    wholeNumber: "WholeNumber",
  })[Object.keys(rule)[0] ?? ""] ?? "None";

function makeTables(ctx: FakeContext, sheet: () => SheetState | null): FakeTableCollection {
  const collection = new FakeTableCollection(internals(ctx, "TableCollection", () => ctx.wb));
  collection[SCOPE] = sheet;
  return guard(collection, "TableCollection");
}

function findTable(wb: WorkbookState, key: string): TableState | null {
  return wb.tables.find((t) => t.id === key || fold(t.name) === fold(key)) ?? null;
}

const nameTaken = (wb: WorkbookState, name: string, except?: TableState): boolean =>
  wb.names.some((n) => fold(n.name) === fold(name)) ||
  wb.tables.some((t) => t !== except && fold(t.name) === fold(name));

const TABLE_STYLE_RE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

const makeTable = (ctx: FakeContext, resolve: () => TableState | null): FakeTable =>
  guard(new FakeTable(internals(ctx, "Table", resolve)), "Table");

function tablesInScope(wb: WorkbookState, sheet: SheetState | null): TableState[] {
  return sheet ? wb.tables.filter((t) => t.sheet === sheet) : wb.tables;
}

class FakeTableCollection extends FakeObject<WorkbookState> {
  /** The worksheet of `worksheet.tables`; null for `workbook.tables`. */
  [SCOPE]: () => SheetState | null = () => null;
  get [READ]() {
    return {
      items: (wb: WorkbookState) =>
        tablesInScope(wb, this[SCOPE]()).map((t) =>
          loadedItem(
            makeTable(this[INTERNAL].ctx, () => t),
            t,
          ),
        ),
      count: (wb: WorkbookState) => tablesInScope(wb, this[SCOPE]()).length,
    };
  }
  get items(): FakeTable[] {
    return get(this, "items") as FakeTable[];
  }
  get count(): number {
    return get(this, "count") as number;
  }
  override load(spec?: LoadSpec): this {
    return loadCollection(this, spec);
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const ctx = this[INTERNAL].ctx;
    const { resolve, bind } = bindable<TableState>();
    const location = "TableCollection.add";
    ctx.enqueue(location, () => {
      const wb = ctx.wb;
      if (!hasHeaders) notModelled("tables.add without headers (Excel inserts a header row)", location);
      let range: RangeState;
      if (typeof address === "string") {
        const parsed = parseAddress(address);
        if (!parsed) return fail("InvalidArgument", `'${address}' is not a valid address.`, location);
        const sheet = parsed.sheet !== undefined ? findSheet(wb, parsed.sheet) : (this[SCOPE]() ?? wb.active);
        if (!sheet) return fail("ItemNotFound", "The requested resource doesn't exist.", location);
        range = { sheet, rect: parsed.rect };
      } else {
        range = ctx.rangeOf(address, location);
      }
      const scope = this[SCOPE]();
      if (scope && range.sheet !== scope)
        fail("InvalidArgument", "The range is on another worksheet.", location);
      if (range.rect.rows < 2) {
        notModelled(
          "a table of a header row alone (Excel inserts a data row, OfficeDev/office-js#1197)",
          location,
        );
      }
      const rect = range.rect;
      if (!inBounds(rect)) fail("InvalidArgument", "The range is outside the worksheet.", location);
      if (wb.tables.some((t) => t.sheet === range.sheet && intersect(t.rect, rect))) {
        fail("InvalidOperation", "A table can't overlap another table.", location);
      }
      let n = 1;
      while (nameTaken(wb, `Table${n}`)) n++;
      const table: TableState = {
        id: `${wb.nextId++}`,
        name: `Table${n}`,
        sheet: range.sheet,
        rect,
        style: "TableStyleMedium2",
        columns: [],
      };
      normalizeHeaders(table);
      wb.tables.push(table);
      bind(table);
    });
    return makeTable(ctx, resolve);
  }
  getItem(key: string): FakeTable {
    const ctx = this[INTERNAL].ctx;
    return makeTable(ctx, () => {
      const table = findTable(ctx.wb, key);
      const sheet = this[SCOPE]();
      if (!table || (sheet && table.sheet !== sheet)) {
        return fail("ItemNotFound", "The requested resource doesn't exist.", "TableCollection.getItem");
      }
      return table;
    });
  }
  getItemOrNullObject(key: string): FakeTable {
    const ctx = this[INTERNAL].ctx;
    return nullable(
      ctx,
      "Table",
      "TableCollection.getItemOrNullObject",
      () => {
        const table = findTable(ctx.wb, key);
        const sheet = this[SCOPE]();
        return table && (!sheet || table.sheet === sheet) ? table : null;
      },
      (self) => guard(new FakeTable(self), "Table"),
    ) as FakeTable;
  }
}

class FakeTable extends FakeObject<TableState> {
  get [READ]() {
    return {
      id: (t: TableState) => t.id,
      name: (t: TableState) => t.name,
      style: (t: TableState) => t.style,
      showHeaders: () => true,
    };
  }
  get id(): string {
    return get(this, "id") as string;
  }
  get name(): string {
    return get(this, "name") as string;
  }
  set name(name: string) {
    const ctx = this[INTERNAL].ctx;
    set(this, "name", name, (table, location) => {
      checkDefinedName(name, location);
      if (nameTaken(ctx.wb, name, table)) {
        fail("ItemAlreadyExists", "A resource with the same name or identifier already exists.", location);
      }
      table.name = name;
    });
  }
  get style(): string {
    return get(this, "style") as string;
  }
  set style(style: string) {
    set(this, "style", style, (table, location) => {
      if (style !== "" && !TABLE_STYLE_RE.test(style))
        fail("InvalidArgument", `'${style}' is not a table style.`, location);
      table.style = style;
    });
  }
  get showHeaders(): boolean {
    return get(this, "showHeaders") as boolean;
  }
  get worksheet(): FakeWorksheet {
    const self = this[INTERNAL];
    return child(this, "worksheet", () => makeSheet(self.ctx, () => existing(self, "Table.worksheet").sheet));
  }
  getRange(): FakeRange {
    return tablePart(this, "getRange", (r) => r);
  }
  getHeaderRowRange(): FakeRange {
    return tablePart(this, "getHeaderRowRange", (r) => ({ ...r, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return tablePart(this, "getDataBodyRange", (r) => ({ ...r, row: r.row + 1, rows: r.rows - 1 }));
  }
  delete(): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "delete", (table) => {
      ctx.wb.tables = ctx.wb.tables.filter((t) => t !== table);
      forEachCell({ sheet: table.sheet, rect: table.rect }, (cell) => Object.assign(cell, blankCell()));
    });
  }
}

function tablePart(table: FakeTable, method: string, pick: (rect: Rect) => Rect): FakeRange {
  const self = table[INTERNAL];
  return makeRange(self.ctx, () => {
    const state = existing(self, `Table.${method}`);
    return { sheet: state.sheet, rect: pick(state.rect) };
  });
}

const makeName = (ctx: FakeContext, resolve: () => NameState | null): FakeNamedItem =>
  guard(new FakeNamedItem(internals(ctx, "NamedItem", resolve)), "NamedItem");

const findName = (wb: WorkbookState, name: string): NameState | null =>
  wb.names.find((n) => fold(n.name) === fold(name)) ?? null;

class FakeNamedItemCollection extends FakeObject<WorkbookState> {
  get [READ]() {
    return {
      items: (wb: WorkbookState) =>
        wb.names.map((n) =>
          loadedItem(
            makeName(this[INTERNAL].ctx, () => n),
            n,
          ),
        ),
    };
  }
  get items(): FakeNamedItem[] {
    return get(this, "items") as FakeNamedItem[];
  }
  override load(spec?: LoadSpec): this {
    return loadCollection(this, spec);
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const ctx = this[INTERNAL].ctx;
    const { resolve, bind } = bindable<NameState>();
    const location = "NamedItemCollection.add";
    ctx.enqueue(location, () => {
      const wb = ctx.wb;
      checkDefinedName(name, location);
      if (nameTaken(wb, name))
        fail("ItemAlreadyExists", "A resource with the same name or identifier already exists.", location);
      if (comment !== undefined && comment.length > 255)
        fail("InvalidArgument", "The comment is too long.", location);
      let formula: string;
      if (typeof reference === "string") {
        // Excel takes a formula such as "=Kunnat!$B$6" or "='Kunnat (2)'!$A$1:$A$3" as well as a Range.
        if (!reference.startsWith("=") || reference.length === 1)
          fail("InvalidArgument", "The reference must start with '='.", location);
        const problem = formulaProblem(reference, wb);
        if (problem)
          fail("InvalidArgument", `The reference ${reference} is not valid: ${problem}.`, location);
        formula = reference;
      } else {
        const range = ctx.rangeOf(reference, location);
        formula = `=${qualified(range.sheet.name, range.rect, true)}`;
      }
      const state: NameState = { name, formula, comment: comment ?? "", visible: true };
      wb.names.push(state);
      bind(state);
    });
    return makeName(ctx, resolve);
  }
  getItem(name: string): FakeNamedItem {
    const ctx = this[INTERNAL].ctx;
    return makeName(
      ctx,
      () =>
        findName(ctx.wb, name) ??
        fail("ItemNotFound", "The requested resource doesn't exist.", "NamedItemCollection.getItem"),
    );
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    const ctx = this[INTERNAL].ctx;
    return nullable(
      ctx,
      "NamedItem",
      "NamedItemCollection.getItemOrNullObject",
      () => findName(ctx.wb, name),
      (self) => guard(new FakeNamedItem(self), "NamedItem"),
    ) as FakeNamedItem;
  }
}

class FakeNamedItem extends FakeObject<NameState> {
  get [READ]() {
    return {
      name: (n: NameState) => n.name,
      formula: (n: NameState) => n.formula,
      comment: (n: NameState) => n.comment,
      type: (n: NameState) => (parseAddress(n.formula.slice(1)) ? "Range" : "String"),
      visible: (n: NameState) => n.visible,
    };
  }
  get name(): string {
    return get(this, "name") as string;
  }
  get formula(): string {
    return get(this, "formula") as string;
  }
  get comment(): string {
    return get(this, "comment") as string;
  }
  set comment(comment: string) {
    set(this, "comment", comment, (state) => (state.comment = comment));
  }
  get type(): string {
    return get(this, "type") as string;
  }
  get visible(): boolean {
    return get(this, "visible") as boolean;
  }
  getRange(): FakeRange {
    const self = this[INTERNAL];
    return makeRange(self.ctx, () => {
      const parsed = parseAddress(existing(self, "NamedItem.getRange").formula.slice(1));
      const sheet = parsed?.sheet !== undefined ? findSheet(self.ctx.wb, parsed.sheet) : null;
      if (!parsed || !sheet)
        return fail("InvalidOperation", "The name does not refer to a range.", "NamedItem.getRange");
      return { sheet, rect: parsed.rect };
    });
  }
  delete(): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "delete", (state) => (ctx.wb.names = ctx.wb.names.filter((n) => n !== state)));
  }
}

/* ------------------------------------------------------------------------------------------------
 * Request context and the fake itself
 * --------------------------------------------------------------------------------------------- */

/** What the add-in sees as its RequestContext; the machinery stays in FakeContext. */
/* ------------------------------------------------------------------------------------------------
 * Conditional formats (ExcelApi 1.6) and page layout (ExcelApi 1.9)
 * --------------------------------------------------------------------------------------------- */

const supports = (wb: WorkbookState, major: number, minor: number): boolean =>
  wb.apiVersion[0] > major || (wb.apiVersion[0] === major && wb.apiVersion[1] >= minor);

const CONDITIONAL_FORMAT_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

class FakeConditionalFormatCollection extends FakeObject<RangeState> {
  get [READ]() {
    return {};
  }
  /** Adds a conditional format on top of the sheet's list (Excel: "at the first/top priority"). */
  add(type: string): FakeConditionalFormat {
    const self = this[INTERNAL];
    const { resolve, bind } = bindable<ConditionalFormatState>();
    call(this, "add", (range, location) => {
      if (!CONDITIONAL_FORMAT_TYPES.includes(type))
        fail("InvalidArgument", `'${String(type)}' is not a conditional format type.`, location);
      if (type !== "Custom") notModelled(`'${type}' conditional formats`, location);
      const state: ConditionalFormatState = {
        rect: range.rect,
        type: "Custom",
        formula: null,
        fontColor: null,
        fill: null,
      };
      range.sheet.conditionalFormats.unshift(state);
      bind(state);
    });
    return guard(
      new FakeConditionalFormat(internals(self.ctx, "ConditionalFormat", resolve)),
      "ConditionalFormat",
    );
  }
}

/** A child of a conditional format: the same state, under another class's members. */
function conditionalPart<T>(
  parent: FakeObject<ConditionalFormatState>,
  name: string,
  cls: FakeClassName,
  make: (inner: Internals<ConditionalFormatState>) => T,
): T {
  const self = parent[INTERNAL];
  return child(
    parent as unknown as Fake,
    name,
    () => guard(make(internals(self.ctx, cls, self.resolve)) as object, cls) as T,
  );
}

class FakeConditionalFormat extends FakeObject<ConditionalFormatState> {
  get [READ]() {
    return {};
  }
  get custom(): FakeCustomConditionalFormat {
    return conditionalPart(
      this,
      "custom",
      "CustomConditionalFormat",
      (inner) => new FakeCustomConditionalFormat(inner),
    );
  }
}

class FakeCustomConditionalFormat extends FakeObject<ConditionalFormatState> {
  get [READ]() {
    return {};
  }
  get rule(): FakeConditionalFormatRule {
    return conditionalPart(
      this,
      "rule",
      "ConditionalFormatRule",
      (inner) => new FakeConditionalFormatRule(inner),
    );
  }
  get format(): FakeConditionalRangeFormat {
    return conditionalPart(
      this,
      "format",
      "ConditionalRangeFormat",
      (inner) => new FakeConditionalRangeFormat(inner),
    );
  }
}

class FakeConditionalFormatRule extends FakeObject<ConditionalFormatState> {
  get [READ]() {
    return { formula: (cf: ConditionalFormatState) => cf.formula ?? "" };
  }
  get formula(): string {
    return get(this, "formula") as string;
  }
  /** A formula in en-US syntax, relative to the range's top-left cell; checked as a cell formula is. */
  set formula(formula: string) {
    const ctx = this[INTERNAL].ctx;
    set(this, "formula", formula, (cf, location) => {
      if (typeof formula !== "string" || !formula.startsWith("=") || formula.length < 2)
        fail("InvalidArgument", `The formula ${String(formula)} is not valid.`, location);
      const problem = formulaProblem(formula, ctx.wb);
      if (problem) fail("InvalidArgument", `The formula ${formula} is not valid: ${problem}.`, location);
      cf.formula = formula;
    });
  }
}

class FakeConditionalRangeFormat extends FakeObject<ConditionalFormatState> {
  get [READ]() {
    return {};
  }
  get font(): FakeConditionalRangeFont {
    return conditionalPart(
      this,
      "font",
      "ConditionalRangeFont",
      (inner) => new FakeConditionalRangeFont(inner),
    );
  }
  get fill(): FakeConditionalRangeFill {
    return conditionalPart(
      this,
      "fill",
      "ConditionalRangeFill",
      (inner) => new FakeConditionalRangeFill(inner),
    );
  }
}

class FakeConditionalRangeFont extends FakeObject<ConditionalFormatState> {
  get [READ]() {
    return { color: (cf: ConditionalFormatState) => cf.fontColor };
  }
  get color(): string {
    return get(this, "color") as string;
  }
  set color(color: string) {
    set(this, "color", color, (cf, location) => (cf.fontColor = checkColor(color, location)));
  }
}

class FakeConditionalRangeFill extends FakeObject<ConditionalFormatState> {
  get [READ]() {
    return { color: (cf: ConditionalFormatState) => cf.fill };
  }
  get color(): string {
    return get(this, "color") as string;
  }
  set color(color: string) {
    set(this, "color", color, (cf, location) => (cf.fill = checkColor(color, location)));
  }
}

/** Paper sizes the fake accepts (a subset of Excel.PaperType; the rest are not modelled). */
const PAPER_SIZES = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"];
/** Excel keeps at most 255 characters in a header or footer, its three sections together. */
const HEADER_FOOTER_LIMIT = 255;

class FakePageLayout extends FakeObject<SheetState> {
  get [READ]() {
    return {
      paperSize: (s: SheetState) => s.pageLayout.paperSize,
      orientation: (s: SheetState) => s.pageLayout.orientation,
      zoom: (s: SheetState) => ({ ...s.pageLayout.zoom }),
    };
  }
  get paperSize(): string {
    return get(this, "paperSize") as string;
  }
  set paperSize(size: string) {
    set(this, "paperSize", size, (sheet, location) => {
      if (!PAPER_SIZES.includes(size)) notModelled(`the paper size '${String(size)}'`, location);
      sheet.pageLayout.paperSize = size;
    });
  }
  get orientation(): string {
    return get(this, "orientation") as string;
  }
  set orientation(orientation: string) {
    set(this, "orientation", orientation, (sheet, location) => {
      if (orientation !== "Portrait" && orientation !== "Landscape")
        fail("InvalidArgument", `'${String(orientation)}' is not a page orientation.`, location);
      sheet.pageLayout.orientation = orientation;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return get(this, "zoom") as Excel.PageLayoutZoomOptions;
  }
  /**
   * A scale (10–400 %) or pages to fit across and down; 0 pages down is "as many as needed", as
   * `fitToHeight="0"` in a file. Both at once is refused (the fake does not know which would win).
   */
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    set(this, "zoom", zoom, (sheet, location) => {
      const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom ?? {};
      const pages = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0);
      const fit = wide !== undefined || tall !== undefined;
      if (scale !== undefined && fit) notModelled("a zoom with both a scale and pages to fit", location);
      if (scale !== undefined && !(Number.isFinite(scale) && scale >= 10 && scale <= 400))
        fail("InvalidArgument", `The scale ${String(scale)} is not between 10 and 400.`, location);
      if (!pages(wide) || !pages(tall) || (scale === undefined && !fit))
        fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", location);
      sheet.pageLayout.zoom = { ...zoom };
    });
  }
  get headersFooters(): FakeHeaderFooterGroup {
    const self = this[INTERNAL];
    return child(this, "headersFooters", () =>
      guard(
        new FakeHeaderFooterGroup(internals(self.ctx, "HeaderFooterGroup", self.resolve)),
        "HeaderFooterGroup",
      ),
    );
  }
  setPrintArea(area: FakeRange | string): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "setPrintArea", (sheet, location) => {
      sheet.pageLayout.printArea = rectOnSheet(ctx, sheet, area, location);
    });
  }
  /** Whole rows, as "$5:$5" or a Range (whose rows are taken). */
  setPrintTitleRows(rows: FakeRange | string): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "setPrintTitleRows", (sheet, location) => {
      const rect = rectOnSheet(ctx, sheet, rows, location);
      sheet.pageLayout.printTitleRows = { row: rect.row, rows: rect.rows };
    });
  }
}

/** A Range of `sheet`, or an address on it ("A1:H14", "$5:$5"); anything else is refused. */
function rectOnSheet(ctx: FakeContext, sheet: SheetState, target: unknown, location: string): Rect {
  if (typeof target === "string") {
    const parsed = parseAddress(target);
    if (!parsed || (parsed.sheet !== undefined && fold(parsed.sheet) !== fold(sheet.name)))
      return fail("InvalidArgument", `'${target}' is not a valid address.`, location);
    return parsed.rect;
  }
  const range = ctx.rangeOf(target, location);
  if (range.sheet !== sheet) fail("InvalidArgument", "The range is on another worksheet.", location);
  return range.rect;
}

class FakeHeaderFooterGroup extends FakeObject<SheetState> {
  get [READ]() {
    return {};
  }
  get defaultForAllPages(): FakeHeaderFooter {
    const self = this[INTERNAL];
    return child(this, "defaultForAllPages", () =>
      guard(new FakeHeaderFooter(internals(self.ctx, "HeaderFooter", self.resolve)), "HeaderFooter"),
    );
  }
}

type HeaderFooterSection = keyof HeaderFooterState;

/** Sets one section of a header or footer, checked as Excel checks the whole line. */
function setSection(hf: FakeHeaderFooter, section: HeaderFooterSection, text: string): void {
  set(hf, section, text, (sheet, location) => {
    if (typeof text !== "string") fail("InvalidArgument", "A header or footer must be text.", location);
    const all = { ...sheet.pageLayout.headersFooters, [section]: text };
    const line = section.endsWith("Header")
      ? all.leftHeader + all.centerHeader + all.rightHeader
      : all.leftFooter + all.centerFooter + all.rightFooter;
    // The file stores "&L…&C…&R…": six characters of codes besides the text.
    if (line.length + 6 > HEADER_FOOTER_LIMIT)
      fail(
        "InvalidArgument",
        `A header or footer is longer than ${HEADER_FOOTER_LIMIT} characters.`,
        location,
      );
    // A lone "&" at the end starts no code: Excel refuses it (a user's "&" must be doubled).
    if (/(^|[^&])(&&)*&$/.test(text))
      fail("InvalidArgument", "The header or footer ends in a lone '&'.", location);
    sheet.pageLayout.headersFooters[section] = text;
  });
}

class FakeHeaderFooter extends FakeObject<SheetState> {
  get [READ]() {
    const read = (section: HeaderFooterSection) => (s: SheetState) => s.pageLayout.headersFooters[section];
    return {
      leftHeader: read("leftHeader"),
      centerHeader: read("centerHeader"),
      rightHeader: read("rightHeader"),
      leftFooter: read("leftFooter"),
      centerFooter: read("centerFooter"),
      rightFooter: read("rightFooter"),
    };
  }
  get leftHeader(): string {
    return get(this, "leftHeader") as string;
  }
  set leftHeader(text: string) {
    setSection(this, "leftHeader", text);
  }
  get centerHeader(): string {
    return get(this, "centerHeader") as string;
  }
  set centerHeader(text: string) {
    setSection(this, "centerHeader", text);
  }
  get rightHeader(): string {
    return get(this, "rightHeader") as string;
  }
  set rightHeader(text: string) {
    setSection(this, "rightHeader", text);
  }
  get leftFooter(): string {
    return get(this, "leftFooter") as string;
  }
  set leftFooter(text: string) {
    setSection(this, "leftFooter", text);
  }
  get centerFooter(): string {
    return get(this, "centerFooter") as string;
  }
  set centerFooter(text: string) {
    setSection(this, "centerFooter", text);
  }
  get rightFooter(): string {
    return get(this, "rightFooter") as string;
  }
  set rightFooter(text: string) {
    setSection(this, "rightFooter", text);
  }
}

/* ------------------------------------------------------------------------------------------------
 * Charts: what an add-in that draws charts from cells sets — type, source and series ranges,
 * title, legend, value-axis format and position. Only a one-column or one-row source is modelled
 * for `charts.add`: over a block, Excel guesses which row and column are headers and categories,
 * and the fake does not guess with it.
 * --------------------------------------------------------------------------------------------- */

const CHART_TYPES = ["Line", "LineMarkers", "BarClustered", "ColumnClustered", "Pie"];
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner"];

/** One row or one column of cells, as a series' values or categories must be. */
function lineOf(ctx: FakeContext, range: unknown, location: string): RangeState {
  const state = ctx.rangeOf(range, location);
  if (state.rect.rows !== 1 && state.rect.cols !== 1)
    fail("InvalidArgument", "The range must be a single row or column.", location);
  return state;
}

const makeChart = (ctx: FakeContext, resolve: () => ChartState | null): FakeChart =>
  guard(new FakeChart(internals(ctx, "Chart", resolve)), "Chart");

class FakeChartCollection extends FakeObject<SheetState> {
  get [READ]() {
    const ctx = this[INTERNAL].ctx;
    const onSheet = (sheet: SheetState) => ctx.wb.charts.filter((c) => c.sheet === sheet);
    return {
      items: (sheet: SheetState) =>
        onSheet(sheet).map((c) =>
          loadedItem(
            makeChart(ctx, () => c),
            c,
          ),
        ),
      count: (sheet: SheetState) => onSheet(sheet).length,
    };
  }
  get items(): FakeChart[] {
    return get(this, "items") as FakeChart[];
  }
  get count(): number {
    return get(this, "count") as number;
  }
  override load(spec?: LoadSpec): this {
    return loadCollection(this, spec);
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    const ctx = this[INTERNAL].ctx;
    const { resolve, bind } = bindable<ChartState>();
    call(this, "add", (sheet, location) => {
      if (!CHART_TYPES.includes(type)) notModelled(`charts of type '${type}'`, location);
      if (seriesBy !== undefined && !["Auto", "Columns", "Rows"].includes(seriesBy))
        fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", location);
      const source = ctx.rangeOf(sourceData, location);
      if (source.rect.rows > 1 && source.rect.cols > 1)
        notModelled("a chart over a block (Excel guesses its headers and categories)", location);
      if (source.rect.rows === 1 && source.rect.cols > 1 && seriesBy === "Columns")
        notModelled("a one-row source split into one series per column", location);
      let n = 1;
      while (ctx.wb.charts.some((c) => c.sheet === sheet && c.name === `Chart ${n}`)) n++;
      const chart: ChartState = {
        id: `{chart-${ctx.wb.nextId++}}`,
        name: `Chart ${n}`,
        sheet,
        type,
        title: "",
        legend: { position: "Right", visible: true },
        series: [{ name: "Series1", values: source, xValues: null }],
        valueAxisFormat: "General",
        position: null,
      };
      ctx.wb.charts.push(chart);
      bind(chart);
    });
    return makeChart(ctx, resolve);
  }
}

class FakeChart extends FakeObject<ChartState> {
  get [READ]() {
    return { name: (c: ChartState) => c.name };
  }
  get name(): string {
    return get(this, "name") as string;
  }
  set name(name: string) {
    set(this, "name", name, (chart, location) => {
      if (typeof name !== "string" || name === "") fail("InvalidArgument", "A chart needs a name.", location);
      chart.name = name;
    });
  }
  get title(): FakeChartTitle {
    const self = this[INTERNAL];
    return child(this, "title", () =>
      guard(new FakeChartTitle(internals(self.ctx, "ChartTitle", self.resolve)), "ChartTitle"),
    );
  }
  get legend(): FakeChartLegend {
    const self = this[INTERNAL];
    return child(this, "legend", () =>
      guard(new FakeChartLegend(internals(self.ctx, "ChartLegend", self.resolve)), "ChartLegend"),
    );
  }
  get series(): FakeChartSeriesCollection {
    const self = this[INTERNAL];
    return child(this, "series", () =>
      guard(
        new FakeChartSeriesCollection(internals(self.ctx, "ChartSeriesCollection", self.resolve)),
        "ChartSeriesCollection",
      ),
    );
  }
  get axes(): FakeChartAxes {
    const self = this[INTERNAL];
    return child(this, "axes", () =>
      guard(new FakeChartAxes(internals(self.ctx, "ChartAxes", self.resolve)), "ChartAxes"),
    );
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "setPosition", (chart, location) => {
      const cell = (at: FakeRange | string): Rect => {
        if (typeof at !== "string") {
          const range = ctx.rangeOf(at, location);
          if (range.sheet !== chart.sheet)
            fail("InvalidArgument", "The range is on another worksheet.", location);
          return range.rect;
        }
        const parsed = parseAddress(at);
        if (!parsed || (parsed.sheet !== undefined && fold(parsed.sheet) !== fold(chart.sheet.name)))
          return fail("InvalidArgument", `'${at}' is not a valid address.`, location);
        return parsed.rect;
      };
      const start = cell(startCell);
      if (endCell === undefined)
        notModelled("setPosition without an end cell (the chart keeps its size)", location);
      const end = cell(endCell!);
      const rows = end.row + end.rows - start.row;
      const cols = end.col + end.cols - start.col;
      if (rows < 1 || cols < 1)
        fail("InvalidArgument", "The end cell is above or left of the start cell.", location);
      chart.position = { row: start.row, col: start.col, rows, cols };
    });
  }
  delete(): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "delete", (chart) => (ctx.wb.charts = ctx.wb.charts.filter((c) => c !== chart)));
  }
}

class FakeChartTitle extends FakeObject<ChartState> {
  get [READ]() {
    return { text: (c: ChartState) => c.title };
  }
  get text(): string {
    return get(this, "text") as string;
  }
  set text(text: string) {
    set(this, "text", text, (chart, location) => {
      if (typeof text !== "string") fail("InvalidArgument", "A title is text.", location);
      chart.title = text;
    });
  }
}

class FakeChartLegend extends FakeObject<ChartState> {
  get [READ]() {
    return { position: (c: ChartState) => c.legend.position, visible: (c: ChartState) => c.legend.visible };
  }
  get position(): string {
    return get(this, "position") as string;
  }
  set position(position: string) {
    set(this, "position", position, (chart, location) => {
      if (!LEGEND_POSITIONS.includes(position))
        fail("InvalidArgument", `'${position}' is not a legend position.`, location);
      chart.legend.position = position;
    });
  }
  get visible(): boolean {
    return get(this, "visible") as boolean;
  }
  set visible(visible: boolean) {
    set(this, "visible", visible, (chart) => (chart.legend.visible = Boolean(visible)));
  }
}

/** A series of a chart, by its index when the operation runs. */
const makeSeries = (ctx: FakeContext, resolve: () => ChartSeriesState | null): FakeChartSeries =>
  guard(new FakeChartSeries(internals(ctx, "ChartSeries", resolve)), "ChartSeries");

class FakeChartSeriesCollection extends FakeObject<ChartState> {
  get [READ]() {
    return { count: (c: ChartState) => c.series.length };
  }
  get count(): number {
    return get(this, "count") as number;
  }
  add(name?: string, index?: number): FakeChartSeries {
    const ctx = this[INTERNAL].ctx;
    const { resolve, bind } = bindable<ChartSeriesState>();
    call(this, "add", (chart, location) => {
      if (index !== undefined) notModelled("series.add at an index", location);
      if (name !== undefined && typeof name !== "string")
        fail("InvalidArgument", "A series name is text.", location);
      const series: ChartSeriesState = {
        name: name ?? `Series${chart.series.length + 1}`,
        values: null,
        xValues: null,
      };
      chart.series.push(series);
      bind(series);
    });
    return makeSeries(ctx, resolve);
  }
  getItemAt(index: number): FakeChartSeries {
    const self = this[INTERNAL];
    return makeSeries(self.ctx, () => {
      const chart = existing(self, "ChartSeriesCollection.getItemAt");
      return (
        chart.series[index] ??
        fail("ItemNotFound", "The requested resource doesn't exist.", "ChartSeriesCollection.getItemAt")
      );
    });
  }
}

class FakeChartSeries extends FakeObject<ChartSeriesState> {
  get [READ]() {
    return { name: (s: ChartSeriesState) => s.name };
  }
  get name(): string {
    return get(this, "name") as string;
  }
  set name(name: string) {
    set(this, "name", name, (series, location) => {
      if (typeof name !== "string") fail("InvalidArgument", "A series name is text.", location);
      series.name = name;
    });
  }
  setValues(sourceData: FakeRange): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "setValues", (series, location) => (series.values = lineOf(ctx, sourceData, location)));
  }
  setXAxisValues(sourceData: FakeRange): void {
    const ctx = this[INTERNAL].ctx;
    call(this, "setXAxisValues", (series, location) => (series.xValues = lineOf(ctx, sourceData, location)));
  }
}

class FakeChartAxes extends FakeObject<ChartState> {
  get [READ]() {
    return {};
  }
  get valueAxis(): FakeChartAxis {
    const self = this[INTERNAL];
    return child(this, "valueAxis", () =>
      guard(new FakeChartAxis(internals(self.ctx, "ChartAxis", self.resolve)), "ChartAxis"),
    );
  }
}

class FakeChartAxis extends FakeObject<ChartState> {
  get [READ]() {
    return { numberFormat: (c: ChartState) => c.valueAxisFormat };
  }
  get numberFormat(): string {
    return get(this, "numberFormat") as string;
  }
  set numberFormat(format: string) {
    set(this, "numberFormat", format, (chart, location) => {
      if (typeof format !== "string" || format === "")
        fail("InvalidArgument", "A number format is text.", location);
      chart.valueAxisFormat = format;
    });
  }
}

class FakeRequestContext {
  readonly [INTERNAL]: FakeContext;
  constructor(core: FakeContext) {
    this[INTERNAL] = core;
  }
  get workbook(): FakeWorkbook {
    return this[INTERNAL].workbook;
  }
  get application(): FakeApplication {
    return this[INTERNAL].application;
  }
  sync(): Promise<void> {
    return this[INTERNAL].sync();
  }
}

class FakeContext {
  readonly proxy: FakeRequestContext;
  private queue: Op[] = [];
  private successHooks: (() => void)[] = [];
  private calculationSuspended = false;
  /** Formula cells written in this batch, and whether each would show a calculated result. */
  private formulasWritten: { sheet: SheetState; at: string; calculated: boolean }[] = [];
  private workbookObject: FakeWorkbook | undefined;
  private applicationObject: FakeApplication | undefined;

  constructor(private readonly fake: FakeExcel) {
    this.proxy = guard(new FakeRequestContext(this), "RequestContext");
  }

  get wb(): WorkbookState {
    return this.fake.state;
  }

  get workbook(): FakeWorkbook {
    this.workbookObject ??= guard(new FakeWorkbook(internals(this, "Workbook", () => this.wb)), "Workbook");
    return this.workbookObject;
  }

  get application(): FakeApplication {
    this.applicationObject ??= guard(
      new FakeApplication(internals(this, "Application", () => this.wb)),
      "Application",
    );
    return this.applicationObject;
  }

  enqueue(kind: string, run: () => void): void {
    this.queue.push({ kind, run });
  }

  onSuccess(hook: () => void): void {
    this.successHooks.push(hook);
  }

  suspendCalculation(): void {
    this.calculationSuspended = true;
  }

  /**
   * A formula was written: Excel calculates it at once in automatic mode; while API calculation is
   * suspended ("it is the developer's responsibility to re-calc", Application
   * .suspendApiCalculationUntilNextSync) or in manual mode it shows a stale result until a
   * recalculation is requested.
   */
  noteFormula(sheet: SheetState, at: string): void {
    const calculated = !this.calculationSuspended && this.wb.calculationMode !== "Manual";
    this.formulasWritten.push({ sheet, at, calculated });
    if (calculated) sheet.stale.delete(at);
    else sheet.stale.add(at);
  }

  /**
   * `Application.calculate` (every sheet) or `Worksheet.calculate` (one): their formulas show
   * their results. Not modelled while API calculation is suspended.
   */
  calculate(sheets: readonly SheetState[], location: string): void {
    if (this.calculationSuspended) notModelled("calculating while API calculation is suspended", location);
    for (const sheet of sheets) sheet.stale.clear();
    this.formulasWritten = this.formulasWritten.map((f) =>
      sheets.includes(f.sheet) ? { ...f, calculated: true } : f,
    );
  }

  rangeOf(range: unknown, location: string): RangeState {
    if (!(range instanceof FakeRange)) return fail("InvalidArgument", "Expected a Range.", location);
    const self = range[INTERNAL];
    if (self.ctx !== this)
      fail("InvalidRequestContext", "Cannot use the object across different request contexts.", location);
    return existing(self, location);
  }

  async sync(): Promise<void> {
    this.fake.stats.syncCalls++;
    await this.flush();
  }

  /** Sends the queued operations (one round trip) unless there are none. */
  async flush(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.successHooks = [];
    this.calculationSuspended = false;
    this.formulasWritten = [];
    if (ops.length === 0) return;
    const fake = this.fake;
    const roundTrip = ++fake.stats.roundTrips;
    await Promise.resolve();
    let failure: unknown;
    for (const op of ops) {
      const record: OpRecord = { index: ++fake.stats.operations, roundTrip, kind: op.kind };
      fake.stats.log.push(record);
      try {
        if (fake.failWhen?.(record))
          fail("GeneralException", "There was an internal error while processing the request.", op.kind);
        op.run();
      } catch (error) {
        failure =
          error instanceof FakeExcelError
            ? error
            : new FakeExcelError(
                "GeneralException",
                error instanceof Error ? error.message : String(error),
                op.kind,
              );
        break;
      }
    }
    const written = this.formulasWritten.filter(({ sheet }) => this.wb.sheets.includes(sheet));
    fake.stats.rounds.push({
      roundTrip,
      operations: ops.length,
      calculationSuspended: this.calculationSuspended,
      formulasWritten: written.length,
      formulasCalculated: written.every(({ calculated }) => calculated),
    });
    this.formulasWritten = [];
    const hooks = this.successHooks;
    this.successHooks = [];
    if (failure) throw failure;
    hooks.forEach((hook) => hook());
  }
}

export interface FakeStats {
  /** Calls of `context.sync()` by the add-in. */
  syncCalls: number;
  /** Batches sent to "Excel": explicit syncs with queued operations and Excel.run's final flush. */
  roundTrips: number;
  operations: number;
  readonly log: OpRecord[];
  readonly rounds: {
    roundTrip: number;
    operations: number;
    calculationSuspended: boolean;
    /** Formula cells written in the batch (on sheets that still exist). */
    formulasWritten: number;
    /** Whether every formula written in the batch would show a calculated result when it ends. */
    formulasCalculated: boolean;
  }[];
}

/** Values accepted by the setup helpers: text is stored as text, `{ formula }` and `{ error }` as such. */
export type SetupCell =
  | CellScalar
  | null
  /** A formula, with the value Excel shows for it (a user's `=SUM(…)`, a link to another workbook). */
  | { readonly formula: string; readonly value?: CellScalar }
  | { readonly error: string };

export interface CellView {
  readonly value: CellScalar | null;
  readonly formula: string | null;
  readonly quotePrefix: boolean;
  readonly numberFormat: string;
  readonly state: Readonly<CellState>;
}

export interface TableView {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly style: string;
  readonly columns: readonly string[];
}

export interface ChartView {
  readonly sheet: string;
  readonly name: string;
  readonly type: string;
  readonly title: string;
  readonly legend: string | null;
  /** Each series' cells as "Sheet!A1:A9" (null: never set). */
  readonly series: readonly {
    readonly name: string;
    readonly values: string | null;
    readonly xValues: string | null;
  }[];
  readonly valueAxisFormat: string;
  /** The cells the chart covers, e.g. "A45:H64"; null where Excel put it by default. */
  readonly position: string | null;
}

const chartView = (chart: ChartState): ChartView => {
  const at = (range: RangeState | null) => range && qualified(range.sheet.name, range.rect);
  return {
    sheet: chart.sheet.name,
    name: chart.name,
    type: chart.type,
    title: chart.title,
    legend: chart.legend.visible ? chart.legend.position : null,
    series: chart.series.map((s) => ({ name: s.name, values: at(s.values), xValues: at(s.xValues) })),
    valueAxisFormat: chart.valueAxisFormat,
    position: chart.position && rectText(chart.position),
  };
};

export interface NameView {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
}

export interface FakeExcelOptions {
  /** AutoCorrect's "Include new rows and columns in table" (default on, as in Excel). */
  readonly autoExpandTables?: boolean;
  /** The workbook's calculation mode (default "Automatic"). */
  readonly calculationMode?: CalculationMode;
  /** How typed numbers are read (default "en-US"). */
  readonly locale?: FakeLocale;
  /**
   * The newest ExcelApi set the host supports (default "1.9"); members of newer sets fail with
   * ApiNotFound, as an older Excel refuses them. Pair it with `FakeExcel.requirements(version)`.
   */
  readonly apiVersion?: string;
}

export class FakeExcel {
  /** @internal */ state: WorkbookState;
  readonly stats: FakeStats = { syncCalls: 0, roundTrips: 0, operations: 0, log: [], rounds: [] };
  /** Makes the operation for which it returns true fail with GeneralException, as a failed batch does. */
  failWhen: ((op: OpRecord) => boolean) | undefined;

  constructor(sheetNames: readonly string[] = ["Sheet1"], options: FakeExcelOptions = {}) {
    const [major = 1, minor = 9] = (options.apiVersion ?? "1.9").split(".").map(Number);
    const wb: WorkbookState = {
      apiVersion: [major, minor],
      autoExpandTables: options.autoExpandTables ?? true,
      calculationMode: options.calculationMode ?? "Automatic",
      locale: options.locale ?? "en-US",
      sheets: [],
      tables: [],
      charts: [],
      names: [],
      active: undefined as never,
      nextId: 1,
    };
    for (const name of sheetNames) wb.sheets.push(newSheet(wb, checkSheetName(name, "setup")));
    if (wb.sheets.length === 0) throw new Error("A workbook has at least one worksheet.");
    wb.active = wb.sheets[0]!;
    this.state = wb;
  }

  /** `Excel.run`: a fresh RequestContext; queued operations left at the end are flushed, as office.js does. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const pending = batch(context.proxy as unknown as Excel.RequestContext);
    if (!pending || typeof (pending as { then?: unknown }).then !== "function") {
      throw new FakeExcelError("RunMustReturnPromise", "The batch function must return a promise.");
    }
    const result = await pending;
    await context.flush();
    return result;
  };

  /**
   * Whether a value written into the row directly below a table, or the column directly right of
   * it, grows the table over it, as Excel's AutoCorrect does for typing. Excel applies AutoCorrect
   * to API edits too (OfficeDev/office-js#6745), so it is on unless a test turns it off.
   */
  set autoExpandTables(on: boolean) {
    this.state.autoExpandTables = on;
  }

  /** The newest ExcelApi set this host supports, e.g. "1.9"; see `FakeExcel.requirements`. */
  get apiVersion(): string {
    return this.state.apiVersion.join(".");
  }

  /** The workbook's calculation mode, as the user set it (the add-in must leave it so). */
  get calculationMode(): CalculationMode {
    return this.state.calculationMode;
  }
  set calculationMode(mode: CalculationMode) {
    this.state.calculationMode = mode;
  }

  /** Formula cells that would show a result not yet calculated, as "Sheet!A1". */
  staleCells(): string[] {
    return this.state.sheets.flatMap((sheet) =>
      [...sheet.stale].map((at) => {
        const [row, col] = at.split(",").map(Number) as [number, number];
        return `${sheet.name}!${rectText({ row, col, rows: 1, cols: 1 })}`;
      }),
    );
  }

  /** Fails the n-th operation executed from now on (1-based). */
  failAt(n: number): void {
    const target = this.stats.operations + n;
    this.failWhen = (op) => op.index === target;
  }

  /** `Office.context.requirements` of a host that supports ExcelApi up to `version`. */
  static requirements(version: string): { isSetSupported(name: string, minVersion?: string): boolean } {
    const [major, minor] = version.split(".").map(Number) as [number, number];
    return {
      isSetSupported(name: string, minVersion = "1.1") {
        const [wantMajor, wantMinor] = minVersion.split(".").map(Number) as [number, number];
        return name === "ExcelApi" && (major > wantMajor || (major === wantMajor && minor >= wantMinor));
      },
    };
  }

  /* ---------- setup: immediate, outside any batch ---------- */

  private sheet(name: string): SheetState {
    const sheet = findSheet(this.state, name);
    if (!sheet) throw new Error(`No sheet '${name}' in the fake workbook`);
    return sheet;
  }

  private range(sheet: string, address: string): RangeState {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Bad address '${address}'`);
    return { sheet: this.sheet(parsed.sheet ?? sheet), rect: parsed.rect };
  }

  addSheet(name: string): this {
    if (findSheet(this.state, name)) throw new Error(`Sheet '${name}' exists`);
    this.state.sheets.push(newSheet(this.state, checkSheetName(name, "setup")));
    return this;
  }

  setCells(sheet: string, address: string, rows: readonly (readonly SetupCell[])[]): this {
    const range = this.range(sheet, address);
    fill2d(rows, range.rect, "setup");
    forEachCell(range, (cell, r, c) => {
      const input = rows[r]![c];
      if (input === undefined || input === null) return;
      if (typeof input === "object" && "formula" in input)
        Object.assign(cell, { value: input.value ?? null, formula: input.formula });
      else if (typeof input === "object" && "error" in input)
        Object.assign(cell, { value: input.error, error: true });
      else Object.assign(cell, { value: input, formula: null });
    });
    return this;
  }

  /**
   * Enters cells as a user types them: "=…" becomes a formula, "12" a number, "'=…" text without
   * the apostrophe (the same parsing as text written through `Range.values`).
   */
  typeCells(sheet: string, address: string, rows: readonly (readonly (CellScalar | null)[])[]): this {
    const range = this.range(sheet, address);
    fill2d(rows, range.rect, "setup");
    forEachCell(range, (cell, r, c) => {
      const input = rows[r]![c];
      if (input === undefined || input === null) return;
      if (typeof input === "string") enter(cell, input, this.state, "setup");
      else Object.assign(cell, { value: input, formula: null });
    });
    return this;
  }

  addTable(sheet: string, address: string, name: string, style = "TableStyleMedium2"): this {
    const range = this.range(sheet, address);
    if (nameTaken(this.state, name)) throw new Error(`Name '${name}' is taken`);
    const table: TableState = {
      id: `${this.state.nextId++}`,
      name,
      sheet: range.sheet,
      rect: range.rect,
      style,
      columns: [],
    };
    normalizeHeaders(table);
    this.state.tables.push(table);
    return this;
  }

  addName(name: string, sheet: string, address: string, comment = ""): this {
    const range = this.range(sheet, address);
    checkDefinedName(name, "setup");
    if (nameTaken(this.state, name)) throw new Error(`Name '${name}' is taken`);
    this.state.names.push({
      name,
      formula: `=${qualified(range.sheet.name, range.rect, true)}`,
      comment,
      visible: true,
    });
    return this;
  }

  /** Selects `address` on `sheet` and brings the sheet to the front, as a user's click does. */
  select(sheet: string, address: string): this {
    const range = this.range(sheet, address);
    range.sheet.selection = range.rect;
    this.state.active = range.sheet;
    return this;
  }

  /* ---------- inspection ---------- */

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  activeSheet(): string {
    return this.state.active.name;
  }

  cell(sheet: string, address: string): CellView {
    const { sheet: s, rect } = this.range(sheet, address);
    const state = JSON.parse(JSON.stringify(peekCell(s, rect.row, rect.col))) as CellState;
    return {
      value: state.value,
      formula: state.formula,
      quotePrefix: state.quotePrefix,
      numberFormat: state.numberFormat,
      state,
    };
  }

  /** Constants as stored (text without its quote prefix); formula cells read as their formula. */
  contents(sheet: string, address: string): (CellScalar | null)[][] {
    return matrix(this.range(sheet, address), (c) => c.formula ?? c.value);
  }

  tables(): TableView[] {
    return this.state.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: rectText(t.rect),
      style: t.style,
      columns: [...t.columns],
    }));
  }

  /** The charts of a sheet (or of every sheet), in the order they were added. */
  charts(sheet?: string): ChartView[] {
    const only = sheet === undefined ? undefined : this.sheet(sheet);
    return this.state.charts.filter((c) => !only || c.sheet === only).map(chartView);
  }

  names(): NameView[] {
    return this.state.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment }));
  }

  columnWidth(sheet: string, col: number): number {
    return this.sheet(sheet).columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(sheet: string, row: number): number {
    return this.sheet(sheet).rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Rows Excel was asked to fit to their contents (RangeFormat.autofitRows). */
  autofitRows(sheet: string): number[] {
    return [...this.sheet(sheet).autofitRows].sort((a, b) => a - b);
  }

  hiddenColumns(sheet: string): number[] {
    return [...this.sheet(sheet).hiddenColumns].sort((a, b) => a - b);
  }

  frozen(sheet: string): { rows: number; cols: number } | null {
    const freeze = this.sheet(sheet).freeze;
    return freeze ? { ...freeze } : null;
  }

  /** The sheet's conditional formats, top priority first, with their ranges as A1 addresses. */
  conditionalFormats(sheet: string): (Omit<ConditionalFormatState, "rect"> & { address: string })[] {
    return this.sheet(sheet).conditionalFormats.map(({ rect, ...rest }) => ({
      ...rest,
      address: rectText(rect),
    }));
  }

  /** The sheet's print settings, print area and title rows as A1 addresses. */
  pageLayout(sheet: string): Omit<PageLayoutState, "printArea" | "printTitleRows"> & {
    printArea: string | null;
    printTitleRows: string | null;
  } {
    const { printArea, printTitleRows, ...rest } = this.sheet(sheet).pageLayout;
    return JSON.parse(
      JSON.stringify({
        ...rest,
        printArea: printArea && rectText(printArea),
        printTitleRows:
          printTitleRows && `${printTitleRows.row + 1}:${printTitleRows.row + printTitleRows.rows}`,
      }),
    );
  }

  /** Everything a user could see or rely on, as plain data: compare two with toEqual. */
  snapshot(): unknown {
    const wb = this.state;
    return JSON.parse(
      JSON.stringify({
        active: wb.active.name,
        sheets: wb.sheets.map((s) => ({
          id: s.id,
          name: s.name,
          visibility: s.visibility,
          cells: [...s.cells.entries()]
            .filter(([, cell]) => JSON.stringify(cell) !== BLANK_JSON)
            .map(([k, cell]) => {
              const [r, c] = k.split(",").map(Number) as [number, number];
              return [rectText({ row: r, col: c, rows: 1, cols: 1 }), cell] as const;
            })
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
          rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
          hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
          autofitColumns: [...s.autofitColumns].sort((a, b) => a - b),
          autofitRows: [...s.autofitRows].sort((a, b) => a - b),
          freeze: s.freeze,
          selection: rectText(s.selection),
          conditionalFormats: s.conditionalFormats.map(({ rect, ...rest }) => ({
            ...rest,
            address: rectText(rect),
          })),
          pageLayout: s.pageLayout,
        })),
        tables: wb.tables.map((t) => ({ ...t, sheet: t.sheet.name, rect: rectText(t.rect) })),
        charts: wb.charts.map(chartView),
        names: wb.names,
      }),
    );
  }
}
