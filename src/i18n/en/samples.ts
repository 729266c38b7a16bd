import type { SampleId } from "../../domain/samples";
import type { SampleWords } from "../samples";

/** The sample areas' display names in English (the Finnish ones and their use: ../samples.ts). */
export const sampleNames: Readonly<Record<SampleId, string>> = {
  "kerava-sipoo": "Kerava–Sipoo employment area",
  "pohjoinen-keski-suomi": "Northern Central Finland: regional cooperation (7 municipalities)",
  kympin: "Kympin employment area",
};

/** The English words of the samples' form: the area's name and the client groups. */
export const sampleFormWords: SampleWords = {
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
};
