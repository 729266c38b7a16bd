import type { AreaInputDraft } from "../domain/model";
import { DEFAULT_SAMPLE as DEFAULT_ID, SAMPLE_IDS, SAMPLES, isSampleId } from "../domain/samples";
import { sampleName } from "../i18n/samples";
import type { Lang } from "../i18n/lang";

/** The pane's sample chooser over the domain's sample registry. */
export const DEFAULT_SAMPLE: string = DEFAULT_ID;

export const sampleOptions = (lang: Lang): { id: string; label: string }[] =>
  SAMPLE_IDS.map((id) => ({ id, label: sampleName(id, lang) }));

export const sampleDraft = (id: string): AreaInputDraft => SAMPLES[isSampleId(id) ? id : DEFAULT_ID].input;
