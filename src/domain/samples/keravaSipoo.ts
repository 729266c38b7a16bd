import type { AreaInputDraft } from "../model";

/**
 * Keravan ja Sipoon työllisyysalue, from its organizing plan (docs/sources.md#kerava-sipoo-plan).
 *
 * From the plan: labour force 18 875 + 11 691 (§2.A table) and the text's 30 563
 * (statedLabourForce, the inconsistency the Kunnat sheet flags); the 2025 budget frame of §3.F
 * (7 300 000 €; lines 2–3 50 % together, 25 %, 20 %, 5 %, line 1 "–"); the staffing table of §3.A;
 * the production matrix of §3.D with task areas from the service map of §3.B and the per-service
 * HTV it names besides the experts' shared 36,7 HTV; caseloads 120–150 per expert, 80 % with
 * front-desk work, 40 % for a leading expert (§3.C); the structural-change limit of 20 % and
 * Kerava's +31 % in the pandemic (§6).
 *
 * Illustrative (the plan does not give them): population, working-age and unemployed figures (those
 * of docs/input.md's example), the cost-split weights, the 2026 frame, the clients per caseload
 * group, and +31 % used as the current growth of broad unemployment.
 */
export const keravaSipoo: AreaInputDraft = {
  area: "area",
  year: 2025,
  municipalities: [
    {
      name: "Kerava",
      code: "245",
      population: 38000,
      workingAge: 23000,
      unemployed: 2100,
      labourForce: 18875,
    },
    { name: "Sipoo", code: "753", population: 22000, workingAge: 12500, unemployed: 700, labourForce: 11691 },
  ],
  threshold: 20000,
  labourForceChange: 0,
  projectionYears: 0,
  statedLabourForce: 30563,
  costSplit: { total: 7300000, weights: { workingAge: 0.5, unemployed: 0.5 } },
  budget: {
    lines: [
      {
        name: "budget.purchases",
        note: "budget.purchases.note",
      },
      {
        name: "budget.transferredStaff",
        share: 0.5,
        note: "budget.transferredStaff.note",
      },
      {
        name: "budget.municipalStaff",
        note: "budget.municipalStaff.note",
      },
      { name: "budget.subsidies", share: 0.25 },
      { name: "budget.training", share: 0.2 },
      { name: "budget.other", share: 0.05 },
    ],
    planningYears: [
      { year: 2025, total: 7300000 },
      { year: 2026, total: 7300000 },
    ],
    broadUnemploymentGrowth: 0.31,
    structuralChangeLimit: 0.2,
  },
  staffing: {
    rows: [
      {
        title: "staff.expertPersonal",
        htv: { Kerava: 21.3, Sipoo: 7.7 },
        clientService: true,
        note: "staff.expertPersonal.note",
      },
      {
        title: "staff.expertPersonalBusiness",
        htv: { Kerava: 7, Sipoo: 2 },
        clientService: true,
      },
      {
        title: "staff.leadExpert",
        htv: { Kerava: 4, Sipoo: 1 },
        clientService: true,
        note: "staff.leadExpert.note",
      },
      {
        title: "staff.adviceExpert",
        htv: { Kerava: 4, Sipoo: 1.5 },
        note: "staff.adviceExpert.note",
      },
      {
        title: "staff.businessCoordinator",
        htv: { Kerava: 1, Sipoo: 0.5 },
        note: "staff.businessCoordinator.note",
      },
      {
        title: "staff.employmentCoordinator",
        htv: { Kerava: 1, Sipoo: 0 },
        note: "staff.employmentCoordinator.note",
      },
      { title: "staff.supervisor", htv: { Kerava: 3, Sipoo: 1 } },
      {
        title: "staff.clientManager",
        htv: { Kerava: 1, Sipoo: 0 },
        note: "staff.clientManager.note",
      },
      {
        title: "staff.planner",
        htv: { Kerava: 1, Sipoo: 0 },
        note: "staff.planner.note",
      },
      {
        title: "staff.centralServices",
        htv: { Kerava: 1.7, Sipoo: 1 },
        note: "staff.centralServices.note",
      },
    ],
  },
  caseload: {
    groups: [
      // Clients are illustrative; the caseloads and shares are the plan's §3.C
      // (docs/sources.md#caseload).
      { name: "group.adults", clients: 3200, caseload: 135, portfolioShare: 1 },
      {
        name: "group.adviceExperts",
        clients: 550,
        caseload: 135,
        portfolioShare: 0.8,
      },
      { name: "group.youthImmigrants", clients: 1100, caseload: 120, portfolioShare: 1 },
      { name: "group.leadExperts", clients: 260, caseload: 135, portfolioShare: 0.4 },
    ],
  },
  services: {
    rows: [
      {
        service: "matrix.jobBrokering",
        taskArea: "I",
        modes: {
          own: { extent: "mainly" },
          otherAuthority: {
            note: "matrix.jobBrokering.otherAuthority",
          },
        },
      },
      {
        service: "matrix.information",
        taskArea: "V",
        modes: {
          own: { extent: "mainly" },
          inHouse: { note: "matrix.information.inHouse" },
          otherAuthority: {
            note: "matrix.information.otherAuthority",
          },
          ecosystem: { note: "matrix.information.ecosystem" },
        },
      },
      {
        service: "matrix.careerGuidance",
        taskArea: "II",
        htv: 0.1,
        modes: {
          own: { extent: "mainly" },
          inHouse: { extent: "partly", note: "matrix.careerGuidance.inHouse" },
          otherAuthority: { note: "matrix.careerGuidance.otherAuthority" },
        },
      },
      {
        service: "matrix.coaching",
        taskArea: "II",
        // Job-search 0,1 + 0,1, work coaching 0,4 and career coaching 0,1 HTV (the plan's §3.B,
        // docs/sources.md#service-matrix).
        htv: 0.7,
        modes: {
          own: { note: "matrix.coaching.own" },
          inHouse: { note: "matrix.coaching.inHouse" },
          otherAuthority: { note: "matrix.coaching.otherAuthority" },
          purchased: { extent: "mostly" },
          ecosystem: { note: "matrix.coaching.ecosystem" },
        },
      },
      {
        service: "matrix.labourTraining",
        taskArea: "II",
        htv: 0.4,
        modes: {
          inHouse: { extent: "partly", note: "matrix.labourTraining.inHouse" },
          otherAuthority: { note: "matrix.labourTraining.otherAuthority" },
          purchased: { extent: "mostly" },
        },
      },
      {
        service: "matrix.expertAssessments",
        taskArea: "II",
        htv: 0.2,
        modes: {
          own: { extent: "partly" },
          otherAuthority: { note: "matrix.expertAssessments.otherAuthority" },
          purchased: { extent: "partly" },
          ecosystem: { note: "matrix.expertAssessments.ecosystem" },
        },
      },
      {
        service: "matrix.trials",
        taskArea: "II",
        htv: 0.2,
        modes: {
          inHouse: { note: "matrix.trials.inHouse" },
          purchased: { note: "matrix.trials.purchased" },
          ecosystem: { note: "matrix.trials.ecosystem" },
        },
      },
      {
        service: "matrix.changeSecurity",
        taskArea: "I",
        modes: { purchased: { extent: "entirely" } },
      },
      {
        service: "matrix.selfMotivatedStudy",
        taskArea: "II",
        modes: { ecosystem: { note: "matrix.selfMotivatedStudy.ecosystem" } },
      },
      {
        service: "matrix.paySubsidy",
        taskArea: "I",
        modes: {
          inHouse: { note: "matrix.paySubsidy.inHouse" },
          ecosystem: { note: "matrix.paySubsidy.ecosystem" },
        },
      },
      {
        service: "matrix.employerServices",
        taskArea: "I",
        modes: {
          own: { note: "matrix.employerServices.own" },
          inHouse: { note: "matrix.employerServices.inHouse" },
          otherAuthority: { note: "matrix.employerServices.otherAuthority" },
        },
      },
      {
        service: "matrix.multiSector",
        taskArea: "IV",
        modes: {
          own: { note: "matrix.multiSector.own" },
          ecosystem: { note: "matrix.multiSector.ecosystem" },
        },
      },
    ],
  },
};
