import { SAMPLES, withTexts, type SampleId } from "../domain/samples";
import type { TemplateKey } from "../domain/templates";
import type { Catalog, Lang } from "./lang";
import { sheetLabels } from "./sheetLabels";

/** The sample areas' display names, for the pane's sample chooser. */
const sampleNames: Catalog<Record<SampleId, string>> = {
  fi: {
    "kerava-sipoo": "Keravan ja Sipoon työllisyysalue",
    "pohjoinen-keski-suomi": "Pohjoinen Keski-Suomi: alueyhteistyö (7 kuntaa)",
    kympin: "Kympin työllisyysalue",
  },
  sv: {
    "kerava-sipoo": "Kervo och Sibbo sysselsättningsområde",
    "pohjoinen-keski-suomi": "Norra Mellersta Finland: regionalt samarbete (7 kommuner)",
    kympin: "Kympin sysselsättningsområde",
  },
  en: {
    "kerava-sipoo": "Kerava–Sipoo employment area",
    "pohjoinen-keski-suomi": "Northern Central Finland: regional cooperation (7 municipalities)",
    kympin: "Kympin employment area",
  },
};

export const sampleName = (id: SampleId, lang: Lang): string => sampleNames[lang][id];

/** A sample's words for its text ids (src/domain/samples/), in one language. */
export type SampleWords = Readonly<Record<SampleId, Readonly<Record<string, string>>>>;

/**
 * The words the pane's form shows before its engine chunk arrives: the area's name and the client
 * groups. The rest (budget lines, titles, services, notes) is in sampleTexts.ts, which the pane loads
 * with the engine. The Finnish is the source plans' own wording (docs/sources.md#sample-texts).
 */
export const sampleFormWords: Catalog<SampleWords> = {
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
  sv: {
    "kerava-sipoo": {
      area: "Kervo och Sibbo sysselsättningsområde",
      "group.adults": "Vuxentjänster, full klientportfölj",
      "group.adviceExperts": "Experter som också ger rådgivning (portfölj 80 %)",
      "group.youthImmigrants": "Tjänster för unga, invandrare och främmandespråkiga",
      "group.leadExperts": "Ledande experter (portfölj 40 %)",
    },
    "pohjoinen-keski-suomi": {
      area: "Norra Mellersta Finlands sysselsättningsområde – regionalt samarbete (7 kommuner)",
    },
    kympin: {
      area: "Kympin sysselsättningsområde",
      "group.jobSeekers": "Arbetssökande (juni 2023)",
    },
  },
  en: {
    "kerava-sipoo": {
      area: "Kerava–Sipoo employment area",
      "group.adults": "Adult services, full caseload",
      "group.adviceExperts": "Experts also giving front-desk advice (caseload 80 %)",
      "group.youthImmigrants": "Services for young people, immigrants and foreign-language speakers",
      "group.leadExperts": "Leading experts (caseload 40 %)",
    },
    "pohjoinen-keski-suomi": {
      area: "Northern Central Finland employment area – regional cooperation (7 municipalities)",
    },
    kympin: {
      area: "Kympin employment area",
      "group.jobSeekers": "Job seekers (June 2023)",
    },
  },
};

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
