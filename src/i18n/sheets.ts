import type { MunicipalityField } from "../domain/figures";
import { BUDGET_TEMPLATE, CASELOAD_TEMPLATE, type TemplateKey } from "../domain/templates";
import type { Extent, ProductionMode, TaskArea } from "../domain/model";
import type { SheetKey } from "../sheets/plan";
import { formatList, formatNumber, formatPercent } from "./format";
import type { Catalog, Lang } from "./lang";

/**
 * Every word the generated sheets show: sheet names, titles, headers, labels, check results,
 * dropdown words and template rows, in Finnish (default), Swedish and English. Defined names and
 * table names are not here: they are the same in every language (docs/sheets.md, Names).
 *
 * Sheet names are at most 31 characters without []:*?/\ (Excel's rule); texts that formulas
 * return stay under Excel's 255-character literal limit. Tests check both.
 */
export interface SheetTexts {
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  readonly titles: Readonly<Record<SheetKey, string>>;
  readonly common: {
    readonly total: string;
    readonly ok: string;
    readonly check: string;
    readonly value: string;
    readonly notGiven: string;
    readonly inputsNote: string;
    readonly listError: string;
    readonly yes: string;
    readonly no: string;
  };
  readonly fields: Readonly<Record<"name" | MunicipalityField, string>>;
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
  readonly templates: Readonly<Record<TemplateKey, string>>;
}

// Figures the template notes quote, taken from the templates so that a note cannot contradict them.
const lineNumber = (key: TemplateKey): number => BUDGET_TEMPLATE.findIndex((line) => line.name === key) + 1;
const TRANSFERRED_LINE = lineNumber("budget.transferredStaff");
const MUNICIPAL_LINE = lineNumber("budget.municipalStaff");
const transferredShare = (lang: Lang): string => {
  const line = BUDGET_TEMPLATE[TRANSFERRED_LINE - 1];
  return formatPercent(lang, line && "share" in line ? line.share : Number.NaN);
};
const templateCaseloads = (lang: Lang): string =>
  formatList(
    lang,
    [...new Set(CASELOAD_TEMPLATE.map((group) => group.caseload))].map((c) => formatNumber(lang, c)),
  );

export const sheetTexts: Catalog<SheetTexts> = {
  fi: {
    sheetNames: {
      municipalities: "Kunnat",
      costSplit: "Kustannusjako",
      budget: "Budjettikehys",
      staffing: "Henkilöstötaulukko",
      services: "Palvelutuotantomatriisi",
    },
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
      inputsNote: "Keltaiset solut ovat syöttösoluja: kun muutat niitä, kaavat laskevat luvut uudelleen.",
      listError: "Valitse arvo luettelosta.",
      yes: "Kyllä",
      no: "Ei",
    },
    fields: {
      name: "Kunta",
      population: "Asukkaat",
      workingAge: "Työikäiset",
      unemployed: "Työttömät",
      broadUnemployed: "Laaja työttömyys",
      labourForce: "Työvoima",
      foreignLanguage: "Vieraskieliset",
      stateShare: "TE-valtionosuus (€)",
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
    templates: {
      "budget.purchases": "Palvelun ostot / myynti toiselle työvoimaviranomaiselle",
      "budget.transferredStaff": "Työllisyysalueen henkilöstö (valtiolta siirtyvä)",
      "budget.transferredStaffNote": `Noin 60 HTV. Osuus ${transferredShare("fi")} kattaa menoerät ${TRANSFERRED_LINE}–${MUNICIPAL_LINE}.`,
      "budget.municipalStaff": "Kuntataustainen henkilöstö TE-palveluihin",
      "budget.municipalStaffNote": `Sisältyy menoerän ${TRANSFERRED_LINE} osuuteen.`,
      "budget.subsidies": "Tuet ja avustukset",
      "budget.training": "Työvoimakoulutukset, valmennukset ja asiantuntija-arvioinnit",
      "budget.other": "Muut kustannukset",
      "staff.expertPersonal": "Asiantuntija – henkilöasiakaspalvelut",
      "staff.expertPersonalBusiness": "Asiantuntija – henkilöasiakas- ja yrityspalvelut",
      "staff.leadExpert": "Johtava asiantuntija",
      "staff.adviceExpert": "Neuvonnan asiantuntija",
      "staff.businessCoordinator": "Yrityskoordinaattori",
      "staff.employmentCoordinator": "Työllisyyskoordinaattori",
      "staff.supervisor": "Palveluesihenkilö",
      "staff.clientManager": "Asiakkuuspäällikkö",
      "staff.planner": "Suunnittelija",
      "staff.centralServices": "Keskitetyt palvelut",
      "caseload.adults": "Aikuiset",
      "caseload.youth": "Nuoret",
      "caseload.immigrants": "Maahanmuuttajat",
      "service.jobBrokering": "Työnvälityspalvelut",
      "service.information": "Tieto-, neuvonta- ja ohjauspalvelut",
      "service.coaching": "Valmennukset",
      "service.labourTraining": "Työvoimakoulutus",
      "service.changeSecurity": "Muutosturvakoulutus",
      "service.expertAssessments": "Asiantuntija-arvioinnit",
      "service.trials": "Työ- ja koulutuskokeilut",
      "service.selfMotivatedStudy": "Omaehtoinen opiskelu työttömyysetuudella",
      "service.subsidies": "Työnantajille ja asiakkaille myönnettävät tuet ja korvaukset",
    },
  },
  sv: {
    sheetNames: {
      municipalities: "Kommuner",
      costSplit: "Kostnadsfördelning",
      budget: "Budgetram",
      staffing: "Personaltabell",
      services: "Serviceproduktionsmatris",
    },
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
      inputsNote: "De gula cellerna är indataceller: när du ändrar dem räknar formlerna om siffrorna.",
      listError: "Välj ett värde i listan.",
      yes: "Ja",
      no: "Nej",
    },
    fields: {
      name: "Kommun",
      population: "Invånare",
      workingAge: "I arbetsför ålder",
      unemployed: "Arbetslösa",
      broadUnemployed: "Bred arbetslöshet",
      labourForce: "Arbetskraft",
      foreignLanguage: "Främmandespråkiga",
      stateShare: "AN-statsandel (€)",
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
    templates: {
      "budget.purchases": "Köp av tjänster / försäljning till en annan arbetskraftsmyndighet",
      "budget.transferredStaff": "Sysselsättningsområdets personal (överförs från staten)",
      "budget.transferredStaffNote": `Cirka 60 årsverken. Andelen ${transferredShare("sv")} täcker utgiftsposterna ${TRANSFERRED_LINE}–${MUNICIPAL_LINE}.`,
      "budget.municipalStaff": "Kommunal personal för AN-tjänsterna",
      "budget.municipalStaffNote": `Ingår i utgiftspost ${TRANSFERRED_LINE}:s andel.`,
      "budget.subsidies": "Stöd och bidrag",
      "budget.training": "Arbetskraftsutbildning, coachning och expertbedömningar",
      "budget.other": "Övriga kostnader",
      "staff.expertPersonal": "Expert – personkundstjänster",
      "staff.expertPersonalBusiness": "Expert – person- och företagskundstjänster",
      "staff.leadExpert": "Ledande expert",
      "staff.adviceExpert": "Rådgivningsexpert",
      "staff.businessCoordinator": "Företagskoordinator",
      "staff.employmentCoordinator": "Sysselsättningskoordinator",
      "staff.supervisor": "Serviceförman",
      "staff.clientManager": "Kundrelationschef",
      "staff.planner": "Planerare",
      "staff.centralServices": "Centraliserade tjänster",
      "caseload.adults": "Vuxna",
      "caseload.youth": "Unga",
      "caseload.immigrants": "Invandrare",
      "service.jobBrokering": "Arbetsförmedlingstjänster",
      "service.information": "Informations-, rådgivnings- och vägledningstjänster",
      "service.coaching": "Coachning",
      "service.labourTraining": "Arbetskraftsutbildning",
      "service.changeSecurity": "Omställningsskyddsutbildning",
      "service.expertAssessments": "Expertbedömningar",
      "service.trials": "Arbetsprövning och utbildningsprövning",
      "service.selfMotivatedStudy": "Frivilliga studier med arbetslöshetsförmån",
      "service.subsidies": "Stöd och ersättningar till arbetsgivare och kunder",
    },
  },
  en: {
    sheetNames: {
      municipalities: "Municipalities",
      costSplit: "Cost split",
      budget: "Budget frame",
      staffing: "Staffing table",
      services: "Service production matrix",
    },
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
      inputsNote: "Yellow cells are inputs: when you change them, the formulas recalculate the figures.",
      listError: "Choose a value from the list.",
      yes: "Yes",
      no: "No",
    },
    fields: {
      name: "Municipality",
      population: "Residents",
      workingAge: "Working-age",
      unemployed: "Unemployed",
      broadUnemployed: "Broad unemployment",
      labourForce: "Labour force",
      foreignLanguage: "Foreign-language speakers",
      stateShare: "TE state share (€)",
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
    templates: {
      "budget.purchases": "Service purchases / sales to another employment authority",
      "budget.transferredStaff": "Employment-area staff (transferring from the state)",
      "budget.transferredStaffNote": `About 60 person-years. The ${transferredShare("en")} share covers lines ${TRANSFERRED_LINE}–${MUNICIPAL_LINE}.`,
      "budget.municipalStaff": "Municipal staff for TE services",
      "budget.municipalStaffNote": `Included in line ${TRANSFERRED_LINE}'s share.`,
      "budget.subsidies": "Subsidies and grants",
      "budget.training": "Labour-market training, coaching and expert assessments",
      "budget.other": "Other costs",
      "staff.expertPersonal": "Expert – personal client services",
      "staff.expertPersonalBusiness": "Expert – personal and business client services",
      "staff.leadExpert": "Leading expert",
      "staff.adviceExpert": "Advice expert",
      "staff.businessCoordinator": "Business coordinator",
      "staff.employmentCoordinator": "Employment coordinator",
      "staff.supervisor": "Service supervisor",
      "staff.clientManager": "Client relations manager",
      "staff.planner": "Planner",
      "staff.centralServices": "Centralised services",
      "caseload.adults": "Adults",
      "caseload.youth": "Young people",
      "caseload.immigrants": "Immigrants",
      "service.jobBrokering": "Job-brokering services",
      "service.information": "Information, advice and guidance services",
      "service.coaching": "Coaching",
      "service.labourTraining": "Labour-market training",
      "service.changeSecurity": "Change-security training",
      "service.expertAssessments": "Expert assessments",
      "service.trials": "Work and training trials",
      "service.selfMotivatedStudy": "Self-motivated study with unemployment benefit",
      "service.subsidies": "Subsidies and compensations to employers and clients",
    },
  },
};
