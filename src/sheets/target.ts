import type { ExistingNames } from "./naming";
import type { SheetKey, WorkbookPlan } from "./plan";

/**
 * Where a generated workbook goes. Components of the pane talk only to this interface (STYLE §2);
 * the Office.js adapter (src/excel/) writes into the open workbook, the standalone one (src/xlsx/)
 * produces an .xlsx download. The fake Excel in the tests exercises the same interface.
 */

/** The user's selected range, as Excel reports it. */
export interface Selection {
  /** Sheet-qualified A1 address, e.g. "Taul1!B2:F9". */
  readonly address: string;
  readonly sheetName: string;
  /** 0-based row and column of the range's top-left cell on its sheet, for naming cells in messages. */
  readonly row: number;
  readonly col: number;
  /** Cell values as Excel gives them: numbers, text, booleans, "" for blank. */
  readonly values: readonly (readonly unknown[])[];
  /**
   * Same shape as `values`: true where the cell holds an Excel error (#N/A, #DIV/0!, …), whose
   * entry in `values` is the error's text. Absent when the target cannot tell.
   */
  readonly errors?: readonly (readonly boolean[])[];
}

export interface GeneratedSheet {
  readonly key: SheetKey;
  readonly name: string;
}

export interface GenerationResult {
  readonly sheets: readonly GeneratedSheet[];
  readonly names: readonly string[];
  readonly tables: readonly string[];
  /** The standalone target's workbook, ready to download. */
  readonly file?: Uint8Array;
}

/** Progress of a generation, 0–1, with the step just reached (for the pane's indicator). */
export type Progress = (fraction: number, step: "read" | "write" | "format" | "done") => void;

export interface WorkbookTarget {
  readonly kind: "excel" | "standalone";
  /** Reads the current selection; the standalone target has none and rejects. */
  readSelection(): Promise<Selection>;
  /**
   * Reads what the workbook already holds, builds the plan with `build` so that nothing is
   * overwritten, and writes it. On any failure nothing of this run is left behind.
   */
  generate(build: (existing: ExistingNames) => WorkbookPlan, progress?: Progress): Promise<GenerationResult>;
  /** Brings a generated sheet to the front. */
  activateSheet(name: string): Promise<void>;
}
