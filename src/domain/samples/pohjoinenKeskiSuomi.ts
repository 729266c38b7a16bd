import type { AreaInputDraft } from "../model";

/**
 * Pohjoisen Keski-Suomen työllisyysalue: the regional cooperation of seven of its municipalities,
 * whose 65 000 € regional-coordination fund (aluekoordinaatioraha) is split by residents (the
 * plan's §5 and its table "Esitys alueyhteistyön kuntaosuuksiksi vuodelle 2024",
 * docs/sources.md#pohjoinen-keski-suomi-plan).
 *
 * From the plan: residents 31.12.2022 (Kannonkoski 1 269 … Viitasaari 5 951, 18 485 in all); the
 * 65 000 € split by residents for four years from 1.1.2024; the fund's use — the coordinator's
 * salary 56 250 €, tools 1 000 €, travel 4 000 € and an operating budget of 3 750 € (web 1 000 €,
 * digital marketing 1 750 €, events 1 000 €); the salary convention 3 600 € × 1,25 × 12,5. The
 * 3 600 € is the pay of an 80 % post (the 2023 post paid 2 700 € at 60 %), so the staffing row holds
 * 0,8 HTV at a full-time 4 500 € a month: 0,8 × 4 500 × 1,25 × 12,5 = 56 250 €.
 *
 * Illustrative: the labour force of each municipality (about 41 % of residents; the plan gives
 * none), and the coordinator's post being in Viitasaari. These seven alone have a labour force far
 * below 20 000; the whole employment area of 13 municipalities meets the requirement (the plan's
 * §1, docs/sources.md#threshold).
 */
export const pohjoinenKeskiSuomi: AreaInputDraft = {
  area: "area",
  year: 2024,
  municipalities: [
    { name: "Kannonkoski", code: "216", population: 1269, labourForce: 520 },
    { name: "Karstula", code: "226", population: 3665, labourForce: 1500 },
    { name: "Kinnula", code: "256", population: 1554, labourForce: 640 },
    { name: "Kivijärvi", code: "265", population: 1064, labourForce: 440 },
    { name: "Kyyjärvi", code: "312", population: 1196, labourForce: 490 },
    { name: "Pihtipudas", code: "601", population: 3786, labourForce: 1550 },
    { name: "Viitasaari", code: "931", population: 5951, labourForce: 2440 },
  ],
  costSplit: {
    total: 65000,
    weights: { population: 1 },
    planningYears: [
      { year: 2024, total: 65000 },
      { year: 2025, total: 65000 },
      { year: 2026, total: 65000 },
      { year: 2027, total: 65000 },
    ],
  },
  budget: {
    lines: [
      {
        name: "budget.coordinatorSalary",
        share: 56250 / 65000,
        note: "budget.coordinatorSalary.note",
      },
      { name: "budget.tools", share: 1000 / 65000, note: "budget.tools.note" },
      { name: "budget.travel", share: 4000 / 65000, note: "budget.travel.note" },
      {
        name: "budget.operating",
        share: 3750 / 65000,
        note: "budget.operating.note",
      },
    ],
    planningYears: [
      { year: 2024, total: 65000 },
      { year: 2025, total: 65000 },
      { year: 2026, total: 65000 },
      { year: 2027, total: 65000 },
    ],
  },
  staffing: {
    rows: [
      {
        title: "staff.coordinator",
        htv: { Viitasaari: 0.8 },
        monthlySalary: 4500,
        note: "staff.coordinator.note",
      },
    ],
  },
};
