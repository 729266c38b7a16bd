import type ExcelJS from "exceljs";
import type { ConditionalPlan } from "../sheets/plan";
import { rangeA1 } from "../sheets/refs";
import { TONE_LOOK } from "../sheets/render";
import { toFileFormula } from "./formulas";

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/**
 * Check colours as `<conditionalFormatting>` expression rules, each with its differential format
 * (a `dxf`: font colour and a solid fill, which a dxf keeps in `bgColor`). Excel and LibreOffice
 * evaluate the formulas as the cells change.
 */
export function renderChecks(worksheet: ExcelJS.Worksheet, checks: readonly ConditionalPlan[]): void {
  // Each rule of a sheet needs its own priority; the plan's rules exclude each other, so any order.
  let priority = 0;
  for (const { range, rules } of checks) {
    worksheet.addConditionalFormatting({
      ref: rangeA1(range),
      rules: rules.map(({ tone, formula }): ExcelJS.ConditionalFormattingRule => ({
        type: "expression",
        priority: ++priority,
        formulae: [toFileFormula(formula)],
        style: {
          font: { color: { argb: argb(TONE_LOOK[tone].color) } },
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(TONE_LOOK[tone].fill) } },
        },
      })),
    });
  }
}
