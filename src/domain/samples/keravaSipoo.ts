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
  area: "Keravan ja Sipoon työllisyysalue",
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
        name: "Palvelun ostot / myynti toiselle työvoimaviranomaiselle",
        note: "Osuutta ei esitetty (–).",
      },
      {
        name: "Työllisyysalueen henkilöstö (valtiolta siirtyvä)",
        share: 0.5,
        note: "Noin 60 HTV. Osuus 50 % kattaa rivit 2–3.",
      },
      {
        name: "Kuntataustainen henkilöstö TE-palveluihin",
        note: "Sisältyy rivin 2 osuuteen (50 %, rivit 2–3).",
      },
      { name: "Tuet ja avustukset", share: 0.25 },
      { name: "Työvoimakoulutukset, valmennukset ja asiantuntija-arvioinnit", share: 0.2 },
      { name: "Muut kustannukset", share: 0.05 },
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
        title: "Asiantuntija – henkilöasiakaspalvelut",
        htv: { Kerava: 21.3, Sipoo: 7.7 },
        clientService: true,
        note: "4–6 näistä tekee myös neuvontaa, jolloin asiakassalkun koko on 80 %.",
      },
      {
        title: "Asiantuntija – henkilöasiakas- ja yrityspalvelut",
        htv: { Kerava: 7, Sipoo: 2 },
        clientService: true,
      },
      {
        title: "Johtava asiantuntija",
        htv: { Kerava: 4, Sipoo: 1 },
        clientService: true,
        note: "Asiakassalkku 40 %.",
      },
      {
        title: "Neuvonnan asiantuntija",
        htv: { Kerava: 4, Sipoo: 1.5 },
        note: "Sipoon neuvonnan asiantuntijoista toinen tekee myös yrityskoordinaattorin tehtävää.",
      },
      {
        title: "Yrityskoordinaattori",
        htv: { Kerava: 1, Sipoo: 0.5 },
        note: "Sipoon tiimin yrityskoordinaattori tekee myös neuvonnan asiantuntijan tehtävää.",
      },
      {
        title: "Työllisyyskoordinaattori",
        htv: { Kerava: 1, Sipoo: 0 },
        note: "Työpanos on myös Sipoon palvelujen hyödynnettävissä.",
      },
      { title: "Palveluesihenkilö", htv: { Kerava: 3, Sipoo: 1 } },
      {
        title: "Asiakkuuspäällikkö",
        htv: { Kerava: 1, Sipoo: 0 },
        note: "Vastaa kokonaisuudessaan Keravan ja Sipoon työvoimapalveluista.",
      },
      {
        title: "Suunnittelija",
        htv: { Kerava: 1, Sipoo: 0 },
        note: "Keskitetty resurssi, palvelee työvoimapalvelujen kokonaisuutta.",
      },
      {
        title: "Keskitetyt palvelut",
        htv: { Kerava: 1.7, Sipoo: 1 },
        note: "Mm. hankinnat ja yhteistyömuodot.",
      },
    ],
  },
  caseload: {
    groups: [
      // Clients are illustrative; the caseloads and shares are the plan's §3.C
      // (docs/sources.md#caseload).
      { name: "Aikuisten palvelut, täysi asiakassalkku", clients: 3200, caseload: 135, portfolioShare: 1 },
      {
        name: "Neuvontaa tekevät asiantuntijat (salkku 80 %)",
        clients: 550,
        caseload: 135,
        portfolioShare: 0.8,
      },
      { name: "Nuorten ja koto-vieraskielisten palvelut", clients: 1100, caseload: 120, portfolioShare: 1 },
      { name: "Johtavat asiantuntijat (salkku 40 %)", clients: 260, caseload: 135, portfolioShare: 0.4 },
    ],
  },
  services: {
    rows: [
      {
        service: "Työnvälitys",
        taskArea: "I",
        modes: {
          own: { extent: "mainly" },
          otherAuthority: {
            note: "Kansainvälinen työnvälitys ja alueellista liikkuvuutta edistävä työnvälitys Uudenmaan TVV-yhteistyönä",
          },
        },
      },
      {
        service: "Tieto-, neuvonta- ja ohjauspalvelut",
        taskArea: "V",
        modes: {
          own: { extent: "mainly" },
          inHouse: { note: "Keuke ja Keuda" },
          otherAuthority: {
            note: "Kansallisten työvoimaviranomaisten palvelut (mm. Työmarkkinatori), omankieliset TNO-palvelut",
          },
          ecosystem: { note: "Oppilaitosyhteistyö (Careeria ja Prakticum)" },
        },
      },
      {
        service: "Ammatinvalinta- ja uraohjauspalvelut",
        taskArea: "II",
        htv: 0.1,
        modes: {
          own: { extent: "mainly" },
          inHouse: { extent: "partly", note: "Keuda" },
          otherAuthority: { note: "Ammatinvalinnan ohjauksen psykologin palvelut" },
        },
      },
      {
        service: "Valmennukset",
        taskArea: "II",
        // Job-search 0,1 + 0,1, work coaching 0,4 and career coaching 0,1 HTV (the plan's §3.B,
        // docs/sources.md#service-matrix).
        htv: 0.7,
        modes: {
          own: { note: "Asiantuntijoiden valmennusosaamista kehitetään" },
          inHouse: { note: "Keuda ja Keuke" },
          otherAuthority: { note: "Yhteiset hankinnat ja puitekilpailutukset" },
          purchased: { extent: "mostly" },
          ecosystem: { note: "Hankemahdollisuudet, JOTPA" },
        },
      },
      {
        service: "Työvoimakoulutukset (ml. kotokoulutukset)",
        taskArea: "II",
        htv: 0.4,
        modes: {
          inHouse: { extent: "partly", note: "Keuda" },
          otherAuthority: { note: "Yhteiset hankinnat Uudenmaan työvoimaviranomaisten kanssa" },
          purchased: { extent: "mostly" },
        },
      },
      {
        service: "Asiantuntija-arvioinnit",
        taskArea: "II",
        htv: 0.2,
        modes: {
          own: { extent: "partly" },
          otherAuthority: { note: "Sopimuksellisesti" },
          purchased: { extent: "partly" },
          ecosystem: { note: "Hyvinvointialueen asiantuntija-arvioinnit" },
        },
      },
      {
        service: "Työ- ja koulutuskokeilut",
        taskArea: "II",
        htv: 0.2,
        modes: {
          inHouse: { note: "Kuntien työkokeilupaikat, Keuda" },
          purchased: { note: "Koulutuskokeiluja ostopalveluina" },
          ecosystem: { note: "Oppilaitos- ja järjestöyhteistyö" },
        },
      },
      {
        service: "Muutosturvakoulutukset",
        taskArea: "I",
        modes: { purchased: { extent: "entirely" } },
      },
      {
        service: "Omaehtoinen opiskelu",
        taskArea: "II",
        modes: { ecosystem: { note: "Koulutuksenjärjestäjät" } },
      },
      {
        service: "Palkkatuki, työllistämistuki",
        taskArea: "I",
        modes: {
          inHouse: { note: "Kuntien omat palkkatukipaikat" },
          ecosystem: { note: "Kumppaneiden (järjestöt) tukityöllistäminen" },
        },
      },
      {
        service: "Yritys- ja työnantajapalvelut",
        taskArea: "I",
        modes: {
          own: { note: "Lakisääteiset viranomaistoimivaltaan kuuluvat palvelut itse" },
          inHouse: { note: "Keuke-yhteistyö; lakisääteisiä tehtäviä ei voi siirtää osakeyhtiölle" },
          otherAuthority: { note: "Laajemmat alueelliset työnantajapalvelut yhteistyössä" },
        },
      },
      {
        service: "TYP-työ (monialainen yhteispalvelu)",
        taskArea: "IV",
        modes: {
          own: { note: "Monialainen asiakasprosessi virkailijatyönä" },
          ecosystem: { note: "Vantaa-Keravan ja Itä-Uudenmaan hyvinvointialueet" },
        },
      },
    ],
  },
};
