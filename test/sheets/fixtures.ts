import { areaInputSchema, type AreaInput, type AreaInputDraft } from "../../src/domain/model";

/**
 * Inputs for the sheet tests, built from the seeds' own figures (DOMAIN.md). Where a seed gives no
 * per-municipality figure that the model requires (labour force in seed 002, working-age and
 * unemployed in seed 000), the fixture uses DESIGN §3's illustrative figures or round ones, marked.
 */

/** Seed 000, Kerava–Sipoo: labour force, stated total, budget frame, staffing table, part of the matrix. */
export const keravaSipooDraft: AreaInputDraft = {
  area: "Keravan–Sipoon työllisyysalue",
  year: 2025,
  municipalities: [
    // population, workingAge and unemployed: DESIGN §3's illustrative figures.
    { name: "Kerava", population: 38000, workingAge: 23000, unemployed: 2100, labourForce: 18875 },
    { name: "Sipoo", population: 22000, workingAge: 12500, unemployed: 700, labourForce: 11691 },
  ],
  statedLabourForce: 30563,
  costSplit: { total: 7300000, weights: { workingAge: 0.5, unemployed: 0.5 } },
  budget: {
    lines: [
      { name: "Palvelun ostot / myynti toiselle työvoimaviranomaiselle" },
      {
        name: "Työllisyysalueen henkilöstö (valtiolta siirtyvä)",
        share: 0.5,
        note: "Noin 60 HTV, rivit 2–3",
      },
      { name: "Kuntataustainen henkilöstö TE-palveluihin" },
      { name: "Tuet ja avustukset", share: 0.25 },
      { name: "Työvoimakoulutukset, valmennukset ja asiantuntija-arvioinnit", share: 0.2 },
      { name: "Muut kustannukset", share: 0.05 },
    ],
    planningYears: [
      { year: 2025, total: 7300000 },
      { year: 2026, total: 7300000 },
    ],
    broadUnemploymentGrowth: 0.31,
  },
  staffing: {
    rows: [
      {
        title: "Asiantuntija – henkilöasiakaspalvelut",
        htv: { Kerava: 21.3, Sipoo: 7.7 },
        clientService: true,
        note: "4–6 tekee myös neuvontaa, salkku 80 %",
      },
      {
        title: "Asiantuntija – henkilöasiakas- ja yrityspalvelut",
        htv: { Kerava: 7, Sipoo: 2 },
        clientService: true,
      },
      { title: "Johtava asiantuntija", htv: { Kerava: 4, Sipoo: 1 } },
      { title: "Neuvonnan asiantuntija", htv: { Kerava: 4, Sipoo: 1.5 } },
      { title: "Yrityskoordinaattori", htv: { Kerava: 1, Sipoo: 0.5 } },
      { title: "Työllisyyskoordinaattori", htv: { Kerava: 1, Sipoo: 0 } },
      { title: "Palveluesihenkilö", htv: { Kerava: 3, Sipoo: 1 } },
      { title: "Asiakkuuspäällikkö", htv: { Kerava: 1, Sipoo: 0 } },
      { title: "Suunnittelija", htv: { Kerava: 1, Sipoo: 0 } },
      { title: "Keskitetyt palvelut", htv: { Kerava: 1.7, Sipoo: 1 }, monthlySalary: 3600 },
    ],
  },
  services: {
    rows: [
      {
        service: "Työnvälitys",
        taskArea: "I",
        modes: {
          own: { extent: "mainly" },
          otherAuthority: { note: "kansainvälinen ja liikkuvuutta tukeva työnvälitys" },
        },
      },
      {
        service: "Valmennukset",
        taskArea: "I",
        htv: 0.2,
        modes: { inHouse: { note: "Keuda, Keuke" }, purchased: { extent: "mostly" } },
      },
      { service: "Muutosturvakoulutukset", taskArea: "II", modes: { purchased: { extent: "entirely" } } },
    ],
  },
};

/** Seed 002, Pohjoinen Keski-Suomi: 65 000 € by residents 31.12.2022; labour force illustrative. */
export const pohjoinenKeskiSuomiDraft: AreaInputDraft = {
  area: "Pohjoisen Keski-Suomen työllisyysalue",
  year: 2025,
  municipalities: [
    { name: "Kannonkoski", population: 1269, labourForce: 500 },
    { name: "Karstula", population: 3665, labourForce: 1500 },
    { name: "Kinnula", population: 1554, labourForce: 600 },
    { name: "Kivijärvi", population: 1064, labourForce: 400 },
    { name: "Kyyjärvi", population: 1196, labourForce: 500 },
    { name: "Pihtipudas", population: 3786, labourForce: 1500 },
    { name: "Viitasaari", population: 5951, labourForce: 2400 },
  ],
  costSplit: {
    total: 65000,
    weights: { population: 1 },
    planningYears: [
      { year: 2025, total: 65000 },
      { year: 2026, total: 100000 },
    ],
  },
};

/** Seed 004, Kympin area: 28 616 in June 2023, −1,2 % a year over 25 years; 3 762 clients at 130. */
export const kympinDraft: AreaInputDraft = {
  area: "Kympin työllisyysalue",
  year: 2025,
  municipalities: [{ name: "Kympin kunnat yhteensä", population: 60000, labourForce: 28616 }],
  labourForceChange: -0.012,
  projectionYears: 25,
  costSplit: { total: 1000000, weights: { population: 1 } },
  caseload: { groups: [{ name: "Työnhakijat", clients: 3762, caseload: 130 }] },
};

export const parse = (draft: AreaInputDraft): AreaInput => areaInputSchema.parse(draft);

export const FIXTURES: Readonly<Record<string, AreaInputDraft>> = {
  "kerava-sipoo": keravaSipooDraft,
  "pohjoinen-keski-suomi": pohjoinenKeskiSuomiDraft,
  kympin: kympinDraft,
};
