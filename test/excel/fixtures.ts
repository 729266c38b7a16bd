import {
  areaInputSchema,
  type AreaInput,
  type AreaInputDraft,
  type MunicipalityDraft,
} from "../../src/domain/model";
import type { Lang } from "../../src/i18n/lang";
import { buildWorkbookPlan } from "../../src/sheets";
import type { ExistingNames } from "../../src/sheets/naming";
import type { WorkbookPlan } from "../../src/sheets/plan";
import { TRICKY_TEXTS } from "../support/arbitraries";

import { sampleDraft, sampleInput } from "../sheets/fixtures";

export { sampleInput };

/**
 * The Kerava–Sipoo sample with `count` members: its two, then the names a spreadsheet could take
 * for formulas (TRICKY_TEXTS), then "Kunta 1", "Kunta 2", … Figures are round and made up.
 */
export function areaWithMembers(count: number): AreaInput {
  const draft = sampleDraft("kerava-sipoo");
  const extra = [...TRICKY_TEXTS, ...Array.from({ length: count }, (_, i) => `Kunta ${i + 1}`)]
    .slice(0, Math.max(0, count - draft.municipalities.length))
    .map((name, i): MunicipalityDraft => ({
      name,
      population: 1000 + 37 * i,
      workingAge: 600 + 21 * i,
      unemployed: 40 + (i % 17),
      labourForce: 500 + 19 * i,
    }));
  const input: AreaInputDraft = {
    ...draft,
    municipalities: [...draft.municipalities, ...extra].slice(0, count),
  };
  return areaInputSchema.parse(input);
}

/** The plan builder as the pane passes it to a target. */
export const builder =
  (input: AreaInput, lang: Lang = "fi") =>
  (existing: ExistingNames): WorkbookPlan =>
    buildWorkbookPlan(input, { lang, existing });
