import type { RangeRef, SheetPlan } from "../sheets/plan";
import { TONE_LOOK } from "../sheets/render";

/**
 * Queues the sheet's check colours as custom conditional formats (ExcelApi 1.6): one per rule,
 * with the rule's formula (en-US, relative to the range's top-left cell, as Excel's own dialog
 * takes it) and its tone's font colour and fill. Excel evaluates them as the cells recalculate.
 * Nothing is read, so they travel in the write batch; deleting the sheet on rollback takes them along.
 */
export function queueChecks(sheet: SheetPlan, at: (range: RangeRef) => Excel.Range): void {
  for (const { range, rules } of sheet.checks ?? []) {
    const target = at(range);
    for (const { tone, formula } of rules) {
      const { custom } = target.conditionalFormats.add("Custom");
      custom.rule.formula = formula;
      custom.format.font.color = TONE_LOOK[tone].color;
      custom.format.fill.color = TONE_LOOK[tone].fill;
    }
  }
}
