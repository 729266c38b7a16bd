import type { ColumnField } from "../domain/members";
import type { AreaInputDraft, Criterion, MunicipalityDraft } from "../domain/model";

/**
 * The input the pane starts from when the municipalities come from the user's own figures (a
 * range or CSV) rather than a sample: their municipalities, this year, and cost-split weights the
 * columns can carry. Everything else is the form's to fill in, or the sheets' templates.
 */

/**
 * The state-share criteria (working age 50 %, unemployed 50 %;
 * docs/sources.md#state-share-criteria) when both columns are there, else a per-capita split
 * (docs/sources.md#cost-split), else the labour force, which every range has.
 */
export function defaultWeights(fields: readonly (ColumnField | null)[]): Partial<Record<Criterion, number>> {
  const has = (field: ColumnField) => fields.includes(field);
  if (has("workingAge") && has("unemployed")) return { workingAge: 0.5, unemployed: 0.5 };
  if (has("population")) return { population: 1 };
  return { labourForce: 1 };
}

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
