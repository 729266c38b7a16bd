import type { AreaInputDraft } from "../domain/model";
import { DEFAULT_SAMPLE as DEFAULT_ID, SAMPLE_IDS, isSampleId } from "../domain/samples";
import { sampleDraft as localSample, sampleName, type SampleWords } from "../i18n/samples";
import type { Catalog, Lang } from "../i18n/lang";

/** The pane's sample chooser over the domain's sample registry. */
export const DEFAULT_SAMPLE: string = DEFAULT_ID;

export const sampleOptions = (lang: Lang): { id: string; label: string }[] =>
  SAMPLE_IDS.map((id) => ({ id, label: sampleName(id, lang) }));

/**
 * A sample in the pane's language; `rest` is the engine chunk's catalogue of the sample texts the
 * form does not show (src/i18n/sampleTexts.ts), there once the engine has arrived.
 */
export const sampleDraft = (id: string, lang: Lang, rest?: Catalog<SampleWords>): AreaInputDraft =>
  localSample(isSampleId(id) ? id : DEFAULT_ID, lang, rest);
