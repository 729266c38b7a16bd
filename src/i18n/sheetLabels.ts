import type { MunicipalityField } from "../domain/figures";
import { BUDGET_TEMPLATE, type TemplateKey } from "../domain/templates";
import type { SheetKey } from "../sheets/plan";
import { formatPercent } from "./format";
import type { Catalog, Lang } from "./lang";

/**
 * The names the task pane shows before any sheet is built: sheet names, column fields and template
 * lines. They live apart from the sheets' prose (sheets.ts, which spreads them into its catalogue) so
 * that the pane's start-up bundle carries these few words, not every sheet's notes and instructions.
 */
export interface SheetLabels {
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  readonly fields: Readonly<Record<"name" | "code" | MunicipalityField, string>>;
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

export const sheetLabels: Catalog<SheetLabels> = {
  fi: {
    sheetNames: {
      municipalities: "Kunnat",
      costSplit: "Kustannusjako",
      budget: "Budjettikehys",
      staffing: "Henkilöstötaulukko",
      services: "Palvelutuotantomatriisi",
    },
    fields: {
      name: "Kunta",
      code: "Kuntanumero",
      population: "Asukkaat",
      workingAge: "Työikäiset",
      unemployed: "Työttömät",
      broadUnemployed: "Laaja työttömyys",
      labourForce: "Työvoima",
      foreignLanguage: "Vieraskieliset",
      stateShare: "TE-valtionosuus (€)",
    },
    templates: {
      "budget.purchases": "Palvelun ostot / myynti toiselle työvoimaviranomaiselle",
      "budget.transferredStaff": "Työllisyysalueen henkilöstö (valtiolta siirtyvä)",
      "budget.transferredStaffNote": `Osuus ${transferredShare("fi")} kattaa menoerät ${TRANSFERRED_LINE}–${MUNICIPAL_LINE}.`,
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
    fields: {
      name: "Kommun",
      code: "Kommunnummer",
      population: "Invånare",
      workingAge: "I arbetsför ålder",
      unemployed: "Arbetslösa",
      broadUnemployed: "Bred arbetslöshet",
      labourForce: "Arbetskraft",
      foreignLanguage: "Främmandespråkiga",
      stateShare: "AN-statsandel (€)",
    },
    templates: {
      "budget.purchases": "Köp av tjänster / försäljning till en annan arbetskraftsmyndighet",
      "budget.transferredStaff": "Sysselsättningsområdets personal (överförs från staten)",
      "budget.transferredStaffNote": `Andelen ${transferredShare("sv")} täcker utgiftsposterna ${TRANSFERRED_LINE}–${MUNICIPAL_LINE}.`,
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
    fields: {
      name: "Municipality",
      code: "Municipality code",
      population: "Residents",
      workingAge: "Working-age",
      unemployed: "Unemployed",
      broadUnemployed: "Broad unemployment",
      labourForce: "Labour force",
      foreignLanguage: "Foreign-language speakers",
      stateShare: "TE state share (€)",
    },
    templates: {
      "budget.purchases": "Service purchases / sales to another employment authority",
      "budget.transferredStaff": "Employment-area staff (transferring from the state)",
      "budget.transferredStaffNote": `The ${transferredShare("en")} share covers lines ${TRANSFERRED_LINE}–${MUNICIPAL_LINE}.`,
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
