import type { SampleId } from "../domain/samples";
import type { Catalog, Lang } from "./lang";

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
