import { areaInputSchema, type AreaInput, type AreaInputDraft } from "../../src/domain/model";
import { SAMPLES } from "../../src/domain/samples";

/**
 * The samples as drafts (src/domain/samples/, each citing its source plan), for tests that vary
 * them. Seed figures the tests quote: Kerava–Sipoo's labour force, stated total, budget frame and
 * staffing table (000); Pohjoinen Keski-Suomi's 65 000 € split by residents and its coordinator's
 * 56 250 € (002); Kympin's 28 616, −1,2 % a year and 3 762 clients at 130 (004).
 */
export const keravaSipooDraft: AreaInputDraft = SAMPLES["kerava-sipoo"].input;
export const pohjoinenKeskiSuomiDraft: AreaInputDraft = SAMPLES["pohjoinen-keski-suomi"].input;
export const kympinDraft: AreaInputDraft = SAMPLES.kympin.input;

export const parse = (draft: AreaInputDraft): AreaInput => areaInputSchema.parse(draft);
