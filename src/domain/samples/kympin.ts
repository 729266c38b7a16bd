import type { AreaInputDraft } from "../model";

/**
 * Kympin työllisyysalue (Etelä-Pohjanmaan itäinen työllisyysalue), a joint municipal authority of
 * ten municipalities (docs/sources.md#kympin-plan §1.2, §2, §4).
 *
 * From the plan: the ten members; labour force 28 616 in June 2023 (statedLabourForce) and
 * residents 68 122 at the end of 2022; the labour force's yearly change of −1,2 % and the claim
 * that the 20 000 floor holds for 25 years; the state share allocated by working-age population
 * 50 % and unemployed 50 %, each member paying its TE state share; the budget counting at most
 * 95 % of the members' TE state share, with estimates for at least two planning years; about
 * 40 HTV transferring, 30 in client services and 10 in shared services; 3 762 job seekers and the
 * strictest caseload target of 130 clients per official (3 762 / 130 = 28,9 HTV ≤ 30).
 *
 * Illustrative (the plan prints the members' figures only in a picture): each member's residents,
 * labour force, working-age and unemployed people (summing to the plan's 68 122 and 28 616), the
 * state shares (5 000 000 € allocated by the state-share rule, so each payment equals the state
 * share), the budget lines and their shares (the Kerava–Sipoo proportions,
 * docs/sources.md#budget-frame) and the HTV by municipality (30 and 10 HTV split by labour force;
 * services are offered locally in all ten, Kympin plan §4).
 */
export const kympin: AreaInputDraft = {
  area: "area",
  year: 2025,
  municipalities: [
    {
      name: "Alajärvi",
      code: "005",
      population: 9175,
      workingAge: 5000,
      unemployed: 270,
      labourForce: 3854,
      stateShare: 673694.84,
    },
    {
      name: "Alavus",
      code: "010",
      population: 11049,
      workingAge: 6022,
      unemployed: 325,
      labourForce: 4641,
      stateShare: 811163.42,
    },
    {
      name: "Evijärvi",
      code: "052",
      population: 2318,
      workingAge: 1263,
      unemployed: 68,
      labourForce: 974,
      stateShare: 169923.2,
    },
    {
      name: "Kauhava",
      code: "233",
      population: 14898,
      workingAge: 8119,
      unemployed: 438,
      labourForce: 6258,
      stateShare: 1093413.99,
    },
    {
      name: "Kuortane",
      code: "300",
      population: 3502,
      workingAge: 1909,
      unemployed: 103,
      labourForce: 1471,
      stateShare: 257109.35,
    },
    {
      name: "Lappajärvi",
      code: "403",
      population: 2910,
      workingAge: 1586,
      unemployed: 86,
      labourForce: 1222,
      stateShare: 214140.34,
    },
    {
      name: "Lapua",
      code: "408",
      population: 13911,
      workingAge: 7581,
      unemployed: 409,
      labourForce: 5844,
      stateShare: 1020989.32,
    },
    {
      name: "Soini",
      code: "759",
      population: 1973,
      workingAge: 1075,
      unemployed: 58,
      labourForce: 829,
      stateShare: 144781.99,
    },
    {
      name: "Vimpeli",
      code: "934",
      population: 2861,
      workingAge: 1559,
      unemployed: 84,
      labourForce: 1202,
      stateShare: 209825.9,
    },
    {
      name: "Ähtäri",
      code: "989",
      population: 5525,
      workingAge: 3011,
      unemployed: 162,
      labourForce: 2321,
      stateShare: 404957.65,
    },
  ],
  threshold: 20000,
  labourForceChange: -0.012,
  projectionYears: 25,
  statedLabourForce: 28616,
  costSplit: {
    total: 5000000,
    weights: { workingAge: 0.5, unemployed: 0.5 },
    planningYears: [
      { year: 2025, total: 5000000 },
      { year: 2026, total: 5000000 },
    ],
  },
  budget: {
    lines: [
      {
        name: "budget.staff",
        share: 0.5,
        note: "budget.staff.note",
      },
      { name: "budget.subsidies", share: 0.25 },
      { name: "budget.training", share: 0.2 },
      { name: "budget.other", share: 0.05 },
    ],
    planningYears: [
      { year: 2025, total: 4750000 },
      { year: 2026, total: 4750000 },
    ],
    stateShareLimit: 0.95,
  },
  staffing: {
    rows: [
      {
        title: "staff.clientServices",
        htv: {
          Alajärvi: 4,
          Alavus: 4.9,
          Evijärvi: 1,
          Kauhava: 6.6,
          Kuortane: 1.5,
          Lappajärvi: 1.3,
          Lapua: 6.1,
          Soini: 0.9,
          Vimpeli: 1.3,
          Ähtäri: 2.4,
        },
        clientService: true,
        note: "staff.clientServices.note",
      },
      {
        title: "staff.sharedServices",
        htv: {
          Alajärvi: 1.4,
          Alavus: 1.6,
          Evijärvi: 0.3,
          Kauhava: 2.2,
          Kuortane: 0.5,
          Lappajärvi: 0.4,
          Lapua: 2.1,
          Soini: 0.3,
          Vimpeli: 0.4,
          Ähtäri: 0.8,
        },
        note: "staff.sharedServices.note",
      },
    ],
  },
  caseload: {
    groups: [{ name: "group.jobSeekers", clients: 3762, caseload: 130, portfolioShare: 1 }],
  },
};
