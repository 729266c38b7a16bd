import type { Criterion } from "./model";

/** The state-share criteria: working-age population 50 %, unemployed 50 % (docs/sources.md#state-share-criteria). */
export const STATE_SHARE_WEIGHTS: Readonly<Partial<Record<Criterion, number>>> = {
  workingAge: 0.5,
  unemployed: 0.5,
};

/**
 * Cost-split weights for members whose figures hold the given fields (a range's or CSV's columns):
 * the state-share criteria when both are there, else a per-capita split
 * (docs/sources.md#cost-split), else the labour force, which every member has.
 */
export function defaultWeights(fields: readonly (string | null)[]): Partial<Record<Criterion, number>> {
  const has = (field: Criterion) => fields.includes(field);
  if (has("workingAge") && has("unemployed")) return { ...STATE_SHARE_WEIGHTS };
  if (has("population")) return { population: 1 };
  return { labourForce: 1 };
}
