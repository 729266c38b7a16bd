import { CASELOAD_TEMPLATE } from "../domain/templates";
import type { Extent, ProductionMode, TaskArea } from "../domain/model";
import type { SheetKey } from "../sheets/plan";
import { formatList, formatNumber } from "./format";
import { sheetLabels, type SheetLabels } from "./sheetLabels";
import type { Catalog, Lang } from "./lang";

/**
 * Every word the generated sheets show: sheet names, titles, headers, labels, check results,
 * dropdown words and template rows, in Finnish (default), Swedish and English. Defined names and
 * table names are not here: they are the same in every language (docs/sheets.md, Names).
 *
 * Sheet names are at most 31 characters without []:*?/\ (Excel's rule); texts that formulas
 * return stay under Excel's 255-character literal limit. Tests check both.
 */
export interface SheetTexts extends SheetLabels {
  readonly titles: Readonly<Record<SheetKey, string>>;
  readonly common: {
    readonly total: string;
    readonly ok: string;
    readonly check: string;
    readonly value: string;
    readonly notGiven: string;
    /** A figure not known until an input is given, e.g. a personnel cost without a salary. */
    readonly unknown: string;
    readonly inputsNote: string;
    readonly listError: string;
    readonly yes: string;
    readonly no: string;
  };
  readonly municipalities: {
    readonly sufficiency: string;
    readonly threshold: string;
    readonly yearlyChange: string;
    readonly years: string;
    readonly total: string;
    readonly projected: string;
    readonly sufficient: string;
    readonly stated: string;
    readonly statedDifference: string;
    readonly statedMismatch: string;
    readonly statedNone: string;
    /** The attribution Statistics Finland's licence asks for, when members carry its municipality codes. */
    readonly source: string;
  };
  readonly costSplit: {
    readonly amount: string;
    readonly criterionShare: (criterion: string) => string;
    readonly fraction: string;
    readonly mainYear: (year: number) => string;
    readonly estimateYear: (year: number) => string;
    readonly sharesSum: string;
    readonly roundingDifference: string;
    readonly splitTotal: string;
    readonly criterion: string;
    readonly weight: string;
    readonly allMembers: string;
    readonly weightsSum: string;
    readonly weightsBad: string;
    readonly membersCheck: string;
    readonly membersChanged: string;
    readonly roundingNote: string;
    readonly customFunctionNote: string;
  };
  readonly budget: {
    readonly frame: string;
    readonly number: string;
    readonly line: string;
    readonly share: string;
    readonly year: (year: number) => string;
    readonly note: string;
    readonly frameDifference: string;
    readonly sharesBad: string;
    readonly stateShareTitle: string;
    readonly stateShareTotal: string;
    readonly stateShareLimit: string;
    readonly maxFrame: string;
    readonly stateShareOver: string;
    readonly benefitTitle: string;
    readonly benefitAmount: string;
    readonly benefitNote: string;
    readonly structuralTitle: string;
    readonly growth: string;
    readonly growthLimit: string;
    readonly action: string;
    readonly reallocate: string;
    readonly revise: string;
    readonly noGrowth: string;
    readonly templateNote: string;
  };
  readonly staffing: {
    readonly title: string;
    readonly totalHtv: string;
    readonly clientService: string;
    readonly monthlySalary: string;
    readonly annualCost: string;
    readonly totalCost: string;
    readonly note: string;
    readonly costTitle: string;
    readonly sideCostFactor: string;
    readonly monthsPerYear: string;
    readonly caseloadTitle: string;
    readonly group: string;
    readonly clients: string;
    readonly caseload: string;
    readonly portfolioShare: string;
    readonly need: string;
    readonly clientServiceHtv: string;
    readonly surplus: string;
    readonly shortfall: string;
    readonly templateNote: string;
    readonly caseloadTemplateNote: string;
  };
  readonly services: {
    readonly service: string;
    readonly taskArea: string;
    readonly htv: string;
    readonly modeNote: (mode: string) => string;
    readonly modes: Readonly<Record<ProductionMode, string>>;
    readonly extents: Readonly<Record<Extent, string>>;
    readonly taskAreas: Readonly<Record<TaskArea, string>>;
    readonly legend: string;
    readonly legendName: string;
    readonly howTo: string;
    readonly templateNote: string;
  };
}

// Figures the template notes quote, taken from the templates so that a note cannot contradict them.
const templateCaseloads = (lang: Lang): string =>
  formatList(
    lang,
    [...new Set(CASELOAD_TEMPLATE.map((group) => group.caseload))].map((c) => formatNumber(lang, c)),
  );

export const sheetTexts: Catalog<SheetTexts> = {
  fi: {
    ...sheetLabels.fi,
    titles: {
      municipalities: "Jäsenkunnat ja työvoiman riittävyys",
      costSplit: "Kustannusjako jäsenkuntien kesken",
      budget: "Budjettikehys",
      staffing: "Henkilöstötaulukko",
      services: "Palvelutuotantomatriisi",
    },
    common: {
      total: "Yhteensä",
      ok: "OK",
      check: "Tarkistus",
      value: "Arvo",
      notGiven: "ei annettu",
      unknown: "—",
      inputsNote: "Keltaiset solut ovat syöttösoluja: kun muutat niitä, kaavat laskevat luvut uudelleen.",
      listError: "Valitse arvo luettelosta.",
      yes: "Kyllä",
      no: "Ei",
    },
    municipalities: {
      sufficiency: "Työvoiman riittävyys",
      threshold: "Vähimmäistyövoima (raja)",
      yearlyChange: "Työvoiman vuosimuutos",
      years: "Ennustevuosia",
      total: "Työvoima yhteensä",
      projected: "Ennustettu työvoima",
      sufficient: "Riittää (ennuste ≥ raja)",
      stated: "Lähteessä ilmoitettu työvoima",
      statedDifference: "Ero (ilmoitettu − laskettu)",
      statedMismatch: "Ilmoitettu työvoima poikkeaa kuntien yhteenlasketusta työvoimasta",
      statedNone: "Ei ilmoitettua lukua",
      source:
        "Lähde: Tilastokeskus, kuntapohjaiset aluejaot 2025 (kuntanumerot ja työllisyysalueet), CC BY 4.0.",
    },
    costSplit: {
      amount: "Jaettava summa (€)",
      criterionShare: (criterion) => `${criterion}, osuus`,
      fraction: "Laskennallinen osuus",
      mainYear: (year) => `Kustannusosuus ${year} (€)`,
      estimateYear: (year) => `Maksuarvio ${year} (€)`,
      sharesSum: "Osuudet yhteensä",
      roundingDifference: "Pyöristysero",
      splitTotal: "Jako yhteensä",
      criterion: "Jakoperuste",
      weight: "Paino",
      allMembers: "Kaikki jäsenkunnat",
      weightsSum: "Painot yhteensä",
      weightsBad: "Painojen summa ei ole 100 %",
      membersCheck: "Kuntien määrä",
      membersChanged: "Kuntataulukon kuntien määrä on muuttunut: luo kustannusjako uudelleen",
      roundingNote:
        "Kunkin kunnan osuus pyöristetään sentteihin erikseen. Osuuksien summa voi siksi poiketa jaettavasta summasta muutamalla sentillä; ero näytetään avoimesti Pyöristysero-rivillä, ja jako yhteensä täsmää jaettavaan summaan sentilleen.",
      customFunctionNote:
        "Funktio TE.KUSTANNUSOSUUS jakaa koko sarakkeen suurimman jäännöksen menetelmällä, jolloin sentit jaetaan osuuksiin eikä erillistä pyöristyseroa jää.",
    },
    budget: {
      frame: "Kokonaiskehys (€)",
      number: "Nro",
      line: "Menoerä",
      share: "Osuus",
      year: (year) => `${year} (€)`,
      note: "Huomioitavaa",
      frameDifference: "Ero kehykseen (kehys − menoerät)",
      sharesBad: "Osuuksien summa ei ole 100 %",
      stateShareTitle: "Valtionosuusraja",
      stateShareTotal: "Jäsenkuntien TE-valtionosuus yhteensä (€)",
      stateShareLimit: "Kehys enintään (osuus valtionosuudesta)",
      maxFrame: "Suurin sallittu kehys (€)",
      stateShareOver: "Ensimmäisen vuoden kehys ylittää sallitun osuuden valtionosuudesta",
      benefitTitle: "Työttömyysturvan rahoitusvastuu (erillinen erä, ei kehyksessä)",
      benefitAmount: "Kuntien rahoitusosuus (€)",
      benefitNote:
        "Varataan erillisenä budjettieränä. Se ei saa missään tilanteessa vähentää lakisääteisten työvoimapalvelujen rahoitusta.",
      structuralTitle: "Varautuminen rakennemuutokseen",
      growth: "Laajan työttömyyden kasvu",
      growthLimit: "Raja",
      action: "Toimenpide",
      reallocate: "Katetaan kohdentamalla resursseja uudelleen talousarvion sisällä",
      revise: "Vuosittainen palvelusuunnitelma tarkistetaan ja laaditaan lisätalousarvio",
      noGrowth: "Kasvua ei ole annettu",
      templateNote:
        "Syötteessä ei ollut budjettia: menoerät ja osuudet ovat mallipohja Keravan–Sipoon alustavasta budjettikehyksestä, ja kehyksenä on jaettava summa.",
    },
    staffing: {
      title: "Nimike",
      totalHtv: "Yhteensä (HTV)",
      clientService: "Asiakaspalvelu",
      monthlySalary: "Kuukausipalkka (€)",
      annualCost: "Vuosikustannus / HTV (€)",
      totalCost: "Henkilöstökustannus (€)",
      note: "Huomioitavaa",
      costTitle: "Henkilöstökustannuksen laskenta",
      sideCostFactor: "Sivukulukerroin",
      monthsPerYear: "Palkkakuukausia vuodessa (ml. lomaraha)",
      caseloadTitle: "HTV-tarve asiakasmäärästä",
      group: "Asiakasryhmä",
      clients: "Asiakkaat",
      caseload: "Asiakkaita / HTV",
      portfolioShare: "Salkkuosuus",
      need: "HTV-tarve",
      clientServiceHtv: "Asiakaspalvelun HTV (henkilöstötaulukosta)",
      surplus: "Erotus (HTV − tarve)",
      shortfall: "Asiakaspalvelun HTV alittaa asiakasmäärän mukaisen tarpeen",
      templateNote:
        "Syötteessä ei ollut henkilöstötaulukkoa: nimikkeet ovat mallipohja Keravan–Sipoon suunnitelmasta. Täytä HTV-luvut.",
      caseloadTemplateNote: `Syötteessä ei ollut asiakasmääriä: täytä asiakkaat. Salkkukoot ovat lähteiden tavoitteita (${templateCaseloads("fi")} asiakasta / HTV).`,
    },
    services: {
      service: "Palvelu",
      taskArea: "Tehtäväalue",
      htv: "HTV",
      modeNote: (mode) => `${mode}: huomio`,
      modes: {
        own: "Omana viranomaistyönä",
        inHouse: "Kumppanuusyhteistyö sidosyksiköistä / oma palvelutuotanto",
        otherAuthority: "Toisen työvoimaviranomaisen palveluna",
        purchased: "Ostopalveluna",
        ecosystem: "Ekosysteemi-/kumppanuuspalveluna",
      },
      extents: { entirely: "Kokonaan", mainly: "Pääasiassa", mostly: "Valtaosin", partly: "Osittain" },
      taskAreas: {
        I: "Työn löytyminen",
        II: "Osaamisen kehittäminen",
        III: "Kotoutumisen edistäminen",
        IV: "Työkyvyn tukeminen",
        V: "Tieto, neuvonta ja ohjaus",
        VI: "Yhteiset tukipalvelut",
      },
      legend: "Tehtäväalueet",
      legendName: "Nimi",
      howTo:
        "Valitse kunkin tuotantotavan laajuus luettelosta (Kokonaan, Pääasiassa, Valtaosin, Osittain) ja kirjoita huomioon kumppani.",
      templateNote:
        "Syötteessä ei ollut palvelutuotantoa: rivit ovat lakisääteiset työvoimapalvelut. Täytä tuotantotavat ja HTV.",
    },
  },
  sv: {
    ...sheetLabels.sv,
    titles: {
      municipalities: "Medlemskommuner och arbetskraftens tillräcklighet",
      costSplit: "Kostnadsfördelning mellan medlemskommunerna",
      budget: "Budgetram",
      staffing: "Personaltabell",
      services: "Serviceproduktionsmatris",
    },
    common: {
      total: "Totalt",
      ok: "OK",
      check: "Kontroll",
      value: "Värde",
      notGiven: "inte angivet",
      unknown: "—",
      inputsNote: "De gula cellerna är indataceller: när du ändrar dem räknar formlerna om siffrorna.",
      listError: "Välj ett värde i listan.",
      yes: "Ja",
      no: "Nej",
    },
    municipalities: {
      sufficiency: "Arbetskraftens tillräcklighet",
      threshold: "Minsta arbetskraft (gräns)",
      yearlyChange: "Årlig förändring av arbetskraften",
      years: "Prognosår",
      total: "Arbetskraft totalt",
      projected: "Prognostiserad arbetskraft",
      sufficient: "Räcker (prognos ≥ gräns)",
      stated: "Arbetskraft enligt källan",
      statedDifference: "Skillnad (angiven − beräknad)",
      statedMismatch: "Den angivna arbetskraften avviker från kommunernas sammanlagda arbetskraft",
      statedNone: "Ingen angiven siffra",
      source:
        "Källa: Statistikcentralen, kommunbaserade regionindelningar 2025 (kommunnummer och sysselsättningsområden), CC BY 4.0.",
    },
    costSplit: {
      amount: "Belopp att fördela (€)",
      criterionShare: (criterion) => `${criterion}, andel`,
      fraction: "Beräknad andel",
      mainYear: (year) => `Kostnadsandel ${year} (€)`,
      estimateYear: (year) => `Betalningsuppskattning ${year} (€)`,
      sharesSum: "Andelarna totalt",
      roundingDifference: "Avrundningsdifferens",
      splitTotal: "Fördelningen totalt",
      criterion: "Fördelningsgrund",
      weight: "Vikt",
      allMembers: "Alla medlemskommuner",
      weightsSum: "Vikterna totalt",
      weightsBad: "Vikterna summerar inte till 100 %",
      membersCheck: "Antal kommuner",
      membersChanged: "Antalet kommuner i kommuntabellen har ändrats: skapa kostnadsfördelningen på nytt",
      roundingNote:
        "Varje kommuns andel avrundas till cent för sig. Andelarnas summa kan därför avvika från beloppet med några cent; skillnaden visas öppet på raden Avrundningsdifferens, och fördelningen totalt stämmer med beloppet på centen.",
      customFunctionNote:
        "Funktionen TE.KUSTANNUSOSUUS fördelar hela kolumnen enligt största restmetoden, så att centen fördelas på andelarna och ingen separat avrundningsdifferens blir kvar.",
    },
    budget: {
      frame: "Total ram (€)",
      number: "Nr",
      line: "Utgiftspost",
      share: "Andel",
      year: (year) => `${year} (€)`,
      note: "Att beakta",
      frameDifference: "Skillnad mot ramen (ram − utgiftsposter)",
      sharesBad: "Andelarna summerar inte till 100 %",
      stateShareTitle: "Statsandelsgräns",
      stateShareTotal: "Medlemskommunernas AN-statsandel totalt (€)",
      stateShareLimit: "Ramen högst (andel av statsandelen)",
      maxFrame: "Största tillåtna ram (€)",
      stateShareOver: "Det första årets ram överskrider den tillåtna andelen av statsandelen",
      benefitTitle: "Finansieringsansvar för utkomstskyddet för arbetslösa (separat post, utanför ramen)",
      benefitAmount: "Kommunernas finansieringsandel (€)",
      benefitNote:
        "Reserveras som en separat budgetpost. Den får aldrig minska finansieringen av de lagstadgade arbetskraftstjänsterna.",
      structuralTitle: "Beredskap för strukturomvandling",
      growth: "Ökning av den breda arbetslösheten",
      growthLimit: "Gräns",
      action: "Åtgärd",
      reallocate: "Täcks genom att omfördela resurser inom budgeten",
      revise: "Den årliga serviceplanen ses över och en tilläggsbudget görs upp",
      noGrowth: "Ingen ökning angiven",
      templateNote:
        "Indata saknade budget: utgiftsposterna och andelarna är en mall från Kervo–Sibbos preliminära budgetram, och ramen är beloppet att fördela.",
    },
    staffing: {
      title: "Befattning",
      totalHtv: "Totalt (årsverken)",
      clientService: "Kundtjänst",
      monthlySalary: "Månadslön (€)",
      annualCost: "Årskostnad / årsverke (€)",
      totalCost: "Personalkostnad (€)",
      note: "Att beakta",
      costTitle: "Beräkning av personalkostnaden",
      sideCostFactor: "Bikostnadsfaktor",
      monthsPerYear: "Lönemånader per år (inkl. semesterpenning)",
      caseloadTitle: "Årsverkesbehov utifrån antalet kunder",
      group: "Kundgrupp",
      clients: "Kunder",
      caseload: "Kunder / årsverke",
      portfolioShare: "Portföljandel",
      need: "Årsverkesbehov",
      clientServiceHtv: "Kundtjänstens årsverken (från personaltabellen)",
      surplus: "Skillnad (årsverken − behov)",
      shortfall: "Kundtjänstens årsverken understiger behovet enligt antalet kunder",
      templateNote:
        "Indata saknade personaltabell: befattningarna är en mall från Kervo–Sibbos plan. Fyll i årsverkena.",
      caseloadTemplateNote: `Indata saknade kundantal: fyll i kunderna. Portföljstorlekarna är källornas mål (${templateCaseloads("sv")} kunder / årsverke).`,
    },
    services: {
      service: "Tjänst",
      taskArea: "Uppgiftsområde",
      htv: "Årsverken",
      modeNote: (mode) => `${mode}: anmärkning`,
      modes: {
        own: "Som eget myndighetsarbete",
        inHouse: "Partnerskap med anknutna enheter / egen serviceproduktion",
        otherAuthority: "Som tjänst av en annan arbetskraftsmyndighet",
        purchased: "Som köpt tjänst",
        ecosystem: "Som ekosystem-/partnerskapstjänst",
      },
      extents: { entirely: "Helt", mainly: "Huvudsakligen", mostly: "Till största delen", partly: "Delvis" },
      taskAreas: {
        I: "Att hitta arbete",
        II: "Kompetensutveckling",
        III: "Främjande av integration",
        IV: "Stöd för arbetsförmågan",
        V: "Information, rådgivning och vägledning",
        VI: "Gemensamma stödtjänster",
      },
      legend: "Uppgiftsområden",
      legendName: "Namn",
      howTo:
        "Välj omfattningen för varje produktionssätt i listan (Helt, Huvudsakligen, Till största delen, Delvis) och skriv partnern i anmärkningen.",
      templateNote:
        "Indata saknade serviceproduktion: raderna är de lagstadgade arbetskraftstjänsterna. Fyll i produktionssätten och årsverkena.",
    },
  },
  en: {
    ...sheetLabels.en,
    titles: {
      municipalities: "Member municipalities and labour-force sufficiency",
      costSplit: "Cost split between the member municipalities",
      budget: "Budget frame",
      staffing: "Staffing table",
      services: "Service production matrix",
    },
    common: {
      total: "Total",
      ok: "OK",
      check: "Check",
      value: "Value",
      notGiven: "not given",
      unknown: "—",
      inputsNote: "Yellow cells are inputs: when you change them, the formulas recalculate the figures.",
      listError: "Choose a value from the list.",
      yes: "Yes",
      no: "No",
    },
    municipalities: {
      sufficiency: "Labour-force sufficiency",
      threshold: "Minimum labour force (threshold)",
      yearlyChange: "Yearly change in labour force",
      years: "Years projected",
      total: "Total labour force",
      projected: "Projected labour force",
      sufficient: "Sufficient (projection ≥ threshold)",
      stated: "Labour force stated in the source",
      statedDifference: "Difference (stated − computed)",
      statedMismatch: "The stated labour force differs from the municipalities' total",
      statedNone: "No stated figure",
      source:
        "Source: Statistics Finland, municipality-based regional classifications 2025 (municipality codes and employment areas), CC BY 4.0.",
    },
    costSplit: {
      amount: "Amount to split (€)",
      criterionShare: (criterion) => `${criterion}, share`,
      fraction: "Computed share",
      mainYear: (year) => `Cost share ${year} (€)`,
      estimateYear: (year) => `Payment estimate ${year} (€)`,
      sharesSum: "Shares in total",
      roundingDifference: "Rounding difference",
      splitTotal: "Split total",
      criterion: "Criterion",
      weight: "Weight",
      allMembers: "All members",
      weightsSum: "Weights in total",
      weightsBad: "The weights do not sum to 100 %",
      membersCheck: "Number of municipalities",
      membersChanged:
        "The municipalities table has a different number of members: generate the cost split again",
      roundingNote:
        "Each municipality's share is rounded to cents on its own, so the shares can miss the amount by a few cents; the difference is shown openly on the Rounding difference line, and the split total equals the amount to the cent.",
      customFunctionNote:
        "The function TE.KUSTANNUSOSUUS allocates a whole column by largest remainder instead: the cents go into the shares and no separate rounding difference is left.",
    },
    budget: {
      frame: "Total frame (€)",
      number: "No.",
      line: "Budget line",
      share: "Share",
      year: (year) => `${year} (€)`,
      note: "Notes",
      frameDifference: "Difference to the frame (frame − lines)",
      sharesBad: "The shares do not sum to 100 %",
      stateShareTitle: "State-share limit",
      stateShareTotal: "Members' TE state share in total (€)",
      stateShareLimit: "Frame at most (share of the state share)",
      maxFrame: "Largest allowed frame (€)",
      stateShareOver: "The first year's frame exceeds the allowed share of the state share",
      benefitTitle: "Unemployment-benefit cost responsibility (separate item, outside the frame)",
      benefitAmount: "Municipalities' share (€)",
      benefitNote:
        "Reserved as a separate budget item. It must never reduce the funding of the statutory employment services.",
      structuralTitle: "Preparedness for structural change",
      growth: "Growth of broad unemployment",
      growthLimit: "Limit",
      action: "Action",
      reallocate: "Covered by reallocating resources within the budget",
      revise: "Revise the yearly service plan and make a supplementary budget",
      noGrowth: "No growth given",
      templateNote:
        "The input had no budget: the lines and shares are a template from Kerava–Sipoo's preliminary budget frame, and the frame is the amount to split.",
    },
    staffing: {
      title: "Job title",
      totalHtv: "Total (person-years)",
      clientService: "Client service",
      monthlySalary: "Monthly salary (€)",
      annualCost: "Annual cost per person-year (€)",
      totalCost: "Personnel cost (€)",
      note: "Notes",
      costTitle: "Personnel cost",
      sideCostFactor: "Side-cost factor",
      monthsPerYear: "Months paid a year (incl. holiday pay)",
      caseloadTitle: "Person-years needed from client numbers",
      group: "Client group",
      clients: "Clients",
      caseload: "Clients per person-year",
      portfolioShare: "Caseload share",
      need: "Person-years needed",
      clientServiceHtv: "Client-service person-years (staffing table)",
      surplus: "Difference (person-years − need)",
      shortfall: "Client-service person-years fall short of the need from client numbers",
      templateNote:
        "The input had no staffing table: the titles are a template from Kerava–Sipoo's plan. Fill in the person-years.",
      caseloadTemplateNote: `The input had no client numbers: fill in the clients. The caseloads are the sources' targets (${templateCaseloads("en")} clients per person-year).`,
    },
    services: {
      service: "Service",
      taskArea: "Task area",
      htv: "Person-years",
      modeNote: (mode) => `${mode}: note`,
      modes: {
        own: "Own authority work",
        inHouse: "In-house partners / own service production",
        otherAuthority: "Service of another employment authority",
        purchased: "Purchased service",
        ecosystem: "Ecosystem / partnership service",
      },
      extents: { entirely: "Entirely", mainly: "Mainly", mostly: "Mostly", partly: "Partly" },
      taskAreas: {
        I: "Finding work",
        II: "Developing skills",
        III: "Promoting integration",
        IV: "Supporting work ability",
        V: "Information, advice and guidance",
        VI: "Shared support services",
      },
      legend: "Task areas",
      legendName: "Name",
      howTo:
        "Choose each production mode's extent from the list (Entirely, Mainly, Mostly, Partly) and name the partner in its note.",
      templateNote:
        "The input had no service production: the rows are the statutory employment services. Fill in the production modes and person-years.",
    },
  },
};
