import type { ColumnField } from "../domain/members";
import type { AreaInputDraft, MunicipalityDraft } from "../domain/model";
import { defaultWeights } from "../domain/weights";

/**
 * The input the pane starts from when the municipalities come from the user's own figures (a
 * range or CSV) rather than a sample: their municipalities, this year, and cost-split weights the
 * columns can carry. Everything else is the form's to fill in, or the sheets' templates.
 */

/** The amount to split is the user's to give: the form shows it empty and requires it. */
const NOT_GIVEN = Number.NaN;

export function gridBase(
  municipalities: readonly MunicipalityDraft[],
  fields: readonly (ColumnField | null)[],
  year = new Date().getFullYear(),
): AreaInputDraft {
  return {
    area: "",
    year,
    municipalities: [...municipalities],
    costSplit: { total: NOT_GIVEN, weights: defaultWeights(fields) },
  };
}
