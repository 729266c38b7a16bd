import { SAMPLES, withTexts, type SampleId } from "../domain/samples";
import type { TemplateKey } from "../domain/templates";
import { finnishFirst, type Catalog, type Lang } from "./lang";
import { sheetLabels } from "./sheetLabels";

/** The sample areas' display names, for the pane's sample chooser. */
/** The sample areas' display names, for the pane's sample chooser (sv and en: languages.ts installs them). */
export const sampleNames: Catalog<Record<SampleId, string>> = finnishFirst({
  fi: {
    "kerava-sipoo": "Keravan ja Sipoon työllisyysalue",
    "pohjoinen-keski-suomi": "Pohjoinen Keski-Suomi: alueyhteistyö (7 kuntaa)",
    kympin: "Kympin työllisyysalue",
  },
});

export const sampleName = (id: SampleId, lang: Lang): string => sampleNames[lang][id];

/** A sample's words for its text ids (src/domain/samples/), in one language. */
export type SampleWords = Readonly<Record<SampleId, Readonly<Record<string, string>>>>;

/**
 * The words the pane's form shows before its engine chunk arrives: the area's name and the client
 * groups (Finnish here; Swedish and English come with their language chunk, sv/samples.ts and
 * en/samples.ts). The rest (budget lines, titles, services, notes) is in sampleTexts.ts, which the pane loads
 * with the engine. The Finnish is the source plans' own wording (docs/sources.md#sample-texts).
 */
export const sampleFormWords: Catalog<SampleWords> = finnishFirst({
  fi: {
    "kerava-sipoo": {
      area: "Keravan ja Sipoon työllisyysalue",
      "group.adults": "Aikuisten palvelut, täysi asiakassalkku",
      "group.adviceExperts": "Neuvontaa tekevät asiantuntijat (salkku 80 %)",
      "group.youthImmigrants": "Nuorten ja koto-vieraskielisten palvelut",
      "group.leadExperts": "Johtavat asiantuntijat (salkku 40 %)",
    },
    "pohjoinen-keski-suomi": {
      area: "Pohjoisen Keski-Suomen työllisyysalue – alueyhteistyö (7 kuntaa)",
    },
    kympin: {
      area: "Kympin työllisyysalue",
      "group.jobSeekers": "Työnhakijat (kesäkuu 2023)",
    },
  },
});

/**
 * A sample as a user would write it in `lang`: its text ids replaced by that language's words
 * (`rest` is sampleTexts.ts's catalogue; a sample's budget lines and titles that are the templates'
 * own, src/domain/templates.ts, take the templates' words). Without `rest` only the form's words
 * are put in and the other texts stay ids: the pane checks, previews and generates nothing until
 * its engine, and with it `rest`, has arrived.
 */
export function sampleDraft(id: SampleId, lang: Lang, rest?: Catalog<SampleWords>) {
  const own = { ...sampleFormWords[lang][id], ...rest?.[lang][id] };
  const templates: Readonly<Record<string, string>> = sheetLabels[lang].templates;
  return withTexts(SAMPLES[id].input, (text) => own[text] ?? templates[text as TemplateKey] ?? text);
}
