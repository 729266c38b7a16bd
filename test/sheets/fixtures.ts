import { areaInputSchema, type AreaInput, type AreaInputDraft } from "../../src/domain/model";
import type { SampleId } from "../../src/domain/samples";
import type { Lang } from "../../src/i18n/lang";
import { sampleTexts } from "../../src/i18n/sampleTexts";
import { sampleDraft as localSample } from "../../src/i18n/samples";

/**
 * The samples as drafts (src/domain/samples/, each citing its source plan), in a language, for
 * tests that vary them. Seed figures the tests quote: Kerava–Sipoo's labour force, stated total,
 * budget frame and staffing table (000); Pohjoinen Keski-Suomi's 65 000 € split by residents and
 * its coordinator's 56 250 € (002); Kympin's 28 616, −1,2 % a year and 3 762 clients at 130 (004).
 */
export const sampleDraft = (id: SampleId, lang: Lang = "fi"): AreaInputDraft =>
  localSample(id, lang, sampleTexts);
/** A sample parsed, defaults filled in, its texts in `lang`. */
export const sampleInput = (id: SampleId, lang: Lang = "fi"): AreaInput =>
  areaInputSchema.parse(sampleDraft(id, lang));

export const keravaSipooDraft: AreaInputDraft = sampleDraft("kerava-sipoo");
export const pohjoinenKeskiSuomiDraft: AreaInputDraft = sampleDraft("pohjoinen-keski-suomi");
export const kympinDraft: AreaInputDraft = sampleDraft("kympin");

export const parse = (draft: AreaInputDraft): AreaInput => areaInputSchema.parse(draft);
