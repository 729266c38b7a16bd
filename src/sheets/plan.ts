/**
 * A sheet plan is the whole of a generated worksheet as plain data: cell blocks (text, numbers,
 * booleans and native Excel formulas), tables, defined names, number formats, styles, column
 * widths, frozen panes and dropdown validation. The Office.js adapter (src/excel/) and the ExcelJS
 * adapter (src/xlsx/) render the same plan, so the pane and the CLI produce the same workbook.
 *
 * Coordinates are 0-based (row 0 / column 0 is A1). Formulas use Excel's en-US syntax with a
 * leading "=", reference other sheets by their resolved names and tables by structured references
 * of the `Table[[#This Row],[Column]]` form, and use no function newer than Excel 2019 so that
 * LibreOffice recalculates them too.
 */

/** What a formula evaluates to: a number, a boolean or text ("" for a blank result). */
export type FormulaValue = string | number | boolean;

/** A native Excel formula, e.g. `=SUM(Kunnat[Työvoima])`. */
export interface Formula {
  readonly formula: string;
  /**
   * What the formula evaluates to for the plan's own input, as the domain computes it
   * (src/domain/figures.ts): the pane's preview shows it, and the LibreOffice oracle checks that
   * the spreadsheet computes the same. Adapters write the formula only; the workbook recalculates.
   */
  readonly value?: FormulaValue;
}

/**
 * One cell. A string is always text — user text included, even "=HYPERLINK(…)" or "+1"; adapters
 * must store it as text, never as a formula. `null` leaves the cell empty.
 */
export type Cell = null | string | number | boolean | Formula;

export const formula = (text: string, value?: FormulaValue): Formula => ({
  formula: text.startsWith("=") ? text : `=${text}`,
  ...(value !== undefined ? { value } : {}),
});
export const isFormula = (cell: Cell): cell is Formula => typeof cell === "object" && cell !== null;

/** A rectangle of cells, 0-based. */
export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Cells written as one 2-D block starting at (row, col); every row has the same length. */
export interface Block {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly Cell[])[];
}

/** Looks the adapters agree on; each maps them to fonts, fills and borders. */
export type CellStyle =
  | "title" //     sheet title: large, bold
  | "subtitle" //  a section heading on the sheet
  | "header" //    table or block header: bold, shaded
  | "input" //     a cell the user is meant to edit: light yellow fill
  | "total" //     a totals row or cell: bold, top border
  | "flag" //      a check cell: bold; its colour comes from its `ChecksPlan` (pass, fail, not given)
  | "note"; //     explanation: italic grey

export interface FormatPlan {
  readonly range: RangeRef;
  /** An Excel number format code, see `NUMBER_FORMATS`. */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
  readonly wrap?: boolean;
}

/** Number formats shared by every sheet (codes valid in Excel and in LibreOffice). */
export const NUMBER_FORMATS = {
  euros: '#,##0.00 "€"',
  /**
   * Euros, and a text such as "—" (a cost not known yet) right-aligned like the figures around it:
   * the text section's "* " fills the cell's left with spaces.
   */
  eurosOrText: '#,##0.00 "€";-#,##0.00 "€";#,##0.00 "€";* @',
  wholeEuros: '#,##0 "€"',
  personYears: "0.0",
  count: "#,##0",
  decimal: "#,##0.00",
  percent: "0.0 %",
  percentWhole: "0 %",
  factor: "0.00",
  year: "0",
  text: "@",
} as const;

/** An Excel table (ListObject). Its header row is the first row of `range` and holds unique text. */
export interface TablePlan {
  readonly name: string;
  readonly range: RangeRef;
  /** A built-in table style, e.g. "TableStyleMedium2". */
  readonly style: string;
}

/** A workbook-scoped defined name pointing at an A1 range of this sheet. */
export interface NamePlan {
  readonly name: string;
  readonly range: RangeRef;
  readonly comment?: string;
}

/** A dropdown: each cell in `range` accepts only one of `list` (or nothing). */
export interface ValidationPlan {
  readonly range: RangeRef;
  readonly list: readonly string[];
  /** Shown when a value outside the list is typed. */
  readonly errorMessage?: string;
}

/**
 * A native chart (docs/sheets.md#charts). Its data are references to cells of its own sheet, never
 * copied values, so the chart follows the sheet's formulas and the user's edits. Every series has
 * as many cells as `categories`, all three one column wide (a sheet's figures run down columns).
 */
export interface ChartPlan {
  /** Line over years, or horizontal bars (one bar per category and series). */
  readonly kind: "line" | "bar";
  /** Shown above the chart, in the workbook's language; may hold the user's area name. */
  readonly title: string;
  /** The category labels: text (member names, budget lines) or numbers (years). */
  readonly categories: { readonly range: RangeRef; readonly numbers: boolean };
  readonly series: readonly { readonly name: string; readonly values: RangeRef }[];
  /** An Excel number format code for the value axis, see `NUMBER_FORMATS`. */
  readonly valueFormat: string;
  /** The cells the chart floats over: none of them is written, and none is in or next to a table. */
  readonly anchor: RangeRef;
}

/**
 * How a check cell reads at a glance: green when it passes, red when it fails (the cell's text says
 * why), grey when there is nothing to check. The sheet builder says which values mean what; the
 * adapters render it as formula-based conditional formats, so the colour follows the cell's value
 * as the inputs change (docs/sheets.md#checks).
 */
export type CheckTone = "pass" | "fail" | "none";

export interface ConditionalRule {
  readonly tone: CheckTone;
  /**
   * An en-US Excel formula with a leading "=", true where the tone applies, written for the
   * range's top-left cell with relative references (Excel shifts them for the other cells).
   * The rules of one range never hold at the same time, so their order does not matter.
   */
  readonly formula: string;
}

export interface ConditionalPlan {
  readonly range: RangeRef;
  readonly rules: readonly ConditionalRule[];
}

/**
 * One of Excel's header or footer lines, left, centre and right, in Excel's header/footer codes:
 * `&P` page, `&N` pages, `&D` date, `&&` a literal ampersand (user text is escaped so).
 */
export interface HeaderFooterPlan {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** How the sheet prints (docs/sheets.md#printing): A4, one page wide, as many tall as it takes. */
export interface PrintPlan {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Pages across; pages down are as many as the rows need. */
  readonly pagesWide: 1;
  readonly area: RangeRef;
  /** Rows printed again at the top of every page (whole rows; `col`/`cols` unused). */
  readonly titleRows: { readonly row: number; readonly rows: number };
  readonly header: HeaderFooterPlan;
  readonly footer: HeaderFooterPlan;
}

export type SheetKey = "municipalities" | "costSplit" | "budget" | "staffing" | "services";
export const SHEET_KEYS: readonly SheetKey[] = [
  "municipalities",
  "costSplit",
  "budget",
  "staffing",
  "services",
];

export interface SheetPlan {
  readonly key: SheetKey;
  /** The resolved sheet name (already suffixed " (2)" when the base name was taken). */
  readonly name: string;
  readonly blocks: readonly Block[];
  readonly formats: readonly FormatPlan[];
  /** Column widths in characters of the default font (Excel's column-width unit). */
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  /**
   * Estimated heights in points of rows that need more than one line for their wrapped text. A file
   * carries them (no spreadsheet fits rows when opening one); in Excel the rows are fitted instead.
   */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly tables: readonly TablePlan[];
  readonly names: readonly NamePlan[];
  readonly validations: readonly ValidationPlan[];
  /** Charts over the sheet's own cells, below everything else on it (absent: none). */
  readonly charts?: readonly ChartPlan[];
  /** Colours of check cells, by value. */
  readonly checks?: readonly ConditionalPlan[];
  readonly print?: PrintPlan;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}
