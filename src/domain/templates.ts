/**
 * Templates for the input sections a user may leave out (budget, staffing, caseload, services):
 * the sheets and the figures fill them in from here. Their texts are keys, translated in
 * src/i18n/sheets.ts. No schema here, so that the catalogs quoting these figures stay light.
 */

/**
 * The Kerava–Sipoo plan's preliminary budget frame for 2025 (docs/sources.md#budget-frame): lines
 * 2–3 share 50 %, line 1 has no share ("–"). Its notes only say how lines 2–3 share that 50 %; the
 * plan's own remarks (about 60 HTV transferring) are that sample's, never a template's.
 */
export const BUDGET_TEMPLATE = [
  { name: "budget.purchases" },
  { name: "budget.transferredStaff", share: 0.5, note: "budget.transferredStaffNote" },
  { name: "budget.municipalStaff", note: "budget.municipalStaffNote" },
  { name: "budget.subsidies", share: 0.25 },
  { name: "budget.training", share: 0.2 },
  { name: "budget.other", share: 0.05 },
] as const;

/**
 * The Kerava–Sipoo plan's staffing titles (docs/sources.md#person-years), with empty person-years
 * for the user to fill.
 */
export const STAFFING_TEMPLATE = [
  { title: "staff.expertPersonal", clientService: true },
  { title: "staff.expertPersonalBusiness", clientService: true },
  { title: "staff.leadExpert", clientService: false },
  { title: "staff.adviceExpert", clientService: false },
  { title: "staff.businessCoordinator", clientService: false },
  { title: "staff.employmentCoordinator", clientService: false },
  { title: "staff.supervisor", clientService: false },
  { title: "staff.clientManager", clientService: false },
  { title: "staff.planner", clientService: false },
  { title: "staff.centralServices", clientService: false },
] as const;

/**
 * Client groups with the plans' caseloads (docs/sources.md#caseload) — adults at the Kympin plan's
 * strictest target 130, young people and immigrants at the Kerava–Sipoo plan's 120 — and no clients
 * yet.
 */
export const CASELOAD_TEMPLATE = [
  { name: "caseload.adults", caseload: 130 },
  { name: "caseload.youth", caseload: 120 },
  { name: "caseload.immigrants", caseload: 120 },
] as const;

/** The statutory public employment services (docs/sources.md#statutory-services) as matrix rows. */
export const SERVICES_TEMPLATE = [
  "service.jobBrokering",
  "service.information",
  "service.coaching",
  "service.labourTraining",
  "service.changeSecurity",
  "service.expertAssessments",
  "service.trials",
  "service.selfMotivatedStudy",
  "service.subsidies",
] as const;

type BudgetTemplateKey =
  (typeof BUDGET_TEMPLATE)[number]["name"] | "budget.transferredStaffNote" | "budget.municipalStaffNote";
export type TemplateKey =
  | BudgetTemplateKey
  | (typeof STAFFING_TEMPLATE)[number]["title"]
  | (typeof CASELOAD_TEMPLATE)[number]["name"]
  | (typeof SERVICES_TEMPLATE)[number];
