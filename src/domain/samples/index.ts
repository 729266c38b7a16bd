import { areaInputSchema, type AreaInput, type AreaInputDraft } from "../model";
import { keravaSipoo } from "./keravaSipoo";
import { kympin } from "./kympin";
import { pohjoinenKeskiSuomi } from "./pohjoinenKeskiSuomi";

/**
 * The sample areas, one per organizing plan (docs/sources.md#samples); Kerava–Sipoo is the one a
 * newcomer sees first (the standalone pane, `cli sample` examples). Each module says which figures
 * are the plan's and which are illustrative.
 */
export const SAMPLE_IDS = ["kerava-sipoo", "pohjoinen-keski-suomi", "kympin"] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];
export const DEFAULT_SAMPLE: SampleId = "kerava-sipoo";

export interface Sample {
  readonly id: SampleId;
  /**
   * The source plan it comes from (000 Kerava–Sipoo, 002 Pohjoinen Keski-Suomi, 004 Kympin;
   * docs/sources.md#samples).
   */
  readonly seed: string;
  /** The input as a user would write it: defaults not filled in. */
  readonly input: AreaInputDraft;
}

export const SAMPLES: Readonly<Record<SampleId, Sample>> = {
  "kerava-sipoo": {
    id: "kerava-sipoo",
    seed: "000",
    input: keravaSipoo,
  },
  "pohjoinen-keski-suomi": {
    id: "pohjoinen-keski-suomi",
    seed: "002",
    input: pohjoinenKeskiSuomi,
  },
  kympin: {
    id: "kympin",
    seed: "004",
    input: kympin,
  },
};

export const isSampleId = (value: unknown): value is SampleId =>
  (SAMPLE_IDS as readonly unknown[]).includes(value);

/**
 * A sample validated, with every default filled in. The samples are tested to parse; a failure
 * here is a bug in a sample module, so it throws instead of returning issues.
 */
export function sampleInput(id: SampleId): AreaInput {
  return areaInputSchema.parse(SAMPLES[id].input);
}
