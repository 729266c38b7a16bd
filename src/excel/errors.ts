import { excelMessages, type ExcelStep } from "../i18n/excel";
import type { Lang } from "../i18n/lang";

/** What a failed rollback left in the workbook, for the user to delete by hand. */
export interface LeftBehind {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
  /** Not even the workbook could be read afterwards: these are the ones that may be left. */
  readonly unverified?: boolean;
}

/** What went wrong, for the pane: `message` is a full sentence in the user's language. */
export class ExcelTargetError extends Error {
  constructor(
    message: string,
    /** The step that failed; "plan" when the plan was refused before anything was written. */
    readonly step: ExcelStep | "plan" | "selection" | "activate",
    /** What a failed rollback left in the workbook; empty when the workbook is as it was. */
    readonly leftBehind: LeftBehind = { sheets: [], names: [] },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ExcelTargetError";
  }
}

/** The parts of an OfficeExtension.Error the adapter reads; anything else thrown is handled too. */
interface OfficeErrorShape {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown };
}

const asShape = (error: unknown): OfficeErrorShape =>
  typeof error === "object" && error !== null ? (error as OfficeErrorShape) : {};

export const errorCode = (error: unknown): string | undefined => {
  const { code } = asShape(error);
  return typeof code === "string" ? code : undefined;
};

/**
 * Which step of the write batch an Office.js error comes from, by the API member its
 * `debugInfo.errorLocation` names (e.g. "TableCollection.add"); "write" when it names none.
 */
export function failedStep(error: unknown): ExcelStep {
  const location = asShape(error).debugInfo?.errorLocation;
  if (typeof location !== "string") return "write";
  const [cls = "", member = ""] = location.split(".");
  if (cls === "WorksheetCollection" || cls === "Worksheet") return "sheets";
  if (cls === "Range" && member === "values") return "values";
  if (cls === "Range" && member === "formulas") return "formulas";
  if (cls === "TableCollection" || cls === "Table") return "tables";
  if (cls === "NamedItemCollection" || cls === "NamedItem") return "names";
  if (cls === "DataValidation") return "validation";
  if (cls.startsWith("Chart")) return "charts";
  if (
    (cls === "Range" && (member === "numberFormat" || member === "columnHidden")) ||
    cls.startsWith("RangeFormat") ||
    ["RangeFont", "RangeFill", "RangeBorder", "RangeBorderCollection", "WorksheetFreezePanes"].includes(cls)
  ) {
    return "formats";
  }
  return "write";
}

/** Excel's own message (in the Office display language) and its code, or a generic phrase. */
export function errorDetail(lang: Lang, error: unknown): string {
  const { message } = asShape(error);
  const code = errorCode(error);
  const text = typeof message === "string" && message.trim() !== "" ? message.trim().replace(/\.$/, "") : "";
  if (text && code && !text.includes(code)) return `${text} (${code})`;
  return text || code || excelMessages[lang].unknownError;
}
