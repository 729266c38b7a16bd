import type { SampleId } from "../../domain/samples";
import type { SampleWords } from "../samples";

/** The sample areas' display names in Swedish (the Finnish ones and their use: ../samples.ts). */
export const sampleNames: Readonly<Record<SampleId, string>> = {
  "kerava-sipoo": "Kervo och Sibbo sysselsättningsområde",
  "pohjoinen-keski-suomi": "Norra Mellersta Finland: regionalt samarbete (7 kommuner)",
  kympin: "Kympin sysselsättningsområde",
};

/** The Swedish words of the samples' form: the area's name and the client groups. */
export const sampleFormWords: SampleWords = {
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
};
