/** Numeric municipality fields that can serve as cost-split criteria (costSplit.weights keys). */
export const CRITERIA = [
  "population",
  "workingAge",
  "unemployed",
  "broadUnemployed",
  "labourForce",
  "foreignLanguage",
] as const;
export type Criterion = (typeof CRITERIA)[number];
