import type { CellStyle } from "../plan";

/**
 * How each plan style looks, as plain data that both adapters map: the .xlsx one to ExcelJS
 * styles, the Office.js one to `range.format` (font.bold/italic/size/color, fill.color, borders by
 * edge). Colours are "#RRGGBB", which Office.js takes as is.
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
  // The colour of a check comes from its conditional formats (TONE_LOOK), by value.
  flag: { bold: true },
  note: { italic: true, color: "#595959" },
};
