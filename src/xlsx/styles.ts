import type ExcelJS from "exceljs";
import type { CellStyle } from "../sheets/plan";

/**
 * How each plan style looks, as plain data that both adapters map: this one to ExcelJS styles,
 * the Office.js one to `range.format` (font.bold/italic/size/color, fill.color, borders by edge).
 * Colours are "#RRGGBB", which Office.js takes as is.
 */
export interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; the workbook default (11) when omitted. */
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly borderTop?: BorderLook;
  readonly borderBottom?: BorderLook;
}

export interface BorderLook {
  readonly weight: "thin" | "medium";
  readonly color: string;
}

export const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;

export const STYLE_LOOK: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 14, color: "#1F3864" },
  subtitle: { bold: true, size: 12, color: "#1F3864" },
  header: {
    bold: true,
    fill: "#D9E1F2",
    borderBottom: { weight: "thin", color: "#8EA9DB" },
  },
  input: { fill: "#FFF2CC" },
  total: { bold: true, borderTop: { weight: "thin", color: "#000000" } },
  flag: { bold: true, color: "#9C0006" },
  note: { italic: true, color: "#595959" },
};

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const border = (look: BorderLook | undefined): Partial<ExcelJS.Border> | undefined =>
  look && { style: look.weight, color: { argb: argb(look.color) } };

/** What the cell carries once every format of the plan that covers it is applied. */
export interface CellFormat {
  readonly numberFormat?: string;
  readonly style?: CellStyle;
  readonly wrap?: boolean;
}

/**
 * The ExcelJS style of a cell format. A new object each call: callers share one per distinct
 * format among cells and never mutate it (ExcelJS keeps the object it is given).
 */
export function excelStyle(format: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.numberFormat !== undefined) style.numFmt = format.numberFormat;
  if (format.wrap) style.alignment = { wrapText: true, vertical: "top" };
  const look = format.style && STYLE_LOOK[format.style];
  if (!look) return style;
  if (look.bold || look.italic || look.size !== undefined || look.color !== undefined) {
    style.font = {
      name: DEFAULT_FONT.name,
      size: look.size ?? DEFAULT_FONT.size,
      ...(look.bold && { bold: true }),
      ...(look.italic && { italic: true }),
      ...(look.color !== undefined && { color: { argb: argb(look.color) } }),
    };
  }
  if (look.fill !== undefined) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  }
  const top = border(look.borderTop);
  const bottom = border(look.borderBottom);
  if (top || bottom) style.border = { ...(top && { top }), ...(bottom && { bottom }) };
  return style;
}
