import type ExcelJS from "exceljs";
import type { CellStyle } from "../sheets/plan";
import { DEFAULT_FONT, STYLE_LOOK, type BorderLook } from "../sheets/render";

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
