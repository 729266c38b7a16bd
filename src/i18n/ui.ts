import { BUDGET_TEMPLATE } from "../domain/templates";
import { formatPercent } from "./format";
import { finnishFirst, type Catalog, type Lang } from "./lang";

/**
 * The task pane's own words in Finnish (default), Swedish and English. Problems with input values
 * are worded in problems.ts, shared with the custom functions and the CLI; this catalog holds the
 * pane's labels, instructions and the messages only the pane can produce.
 */

export interface UiStrings {
  readonly appTitle: string;
  /** Shown instead of the pane when rendering it failed: a bug, said plainly. */
  readonly unexpectedError: (message: string) => string;
  readonly reloadPane: string;
  readonly modeExcel: string;
  readonly modeStandalone: string;
  readonly standaloneIntro: string;
  readonly languageLabel: string;

  readonly sourceHeading: string;
  readonly sourceLabel: string;
  readonly sourceSelection: string;
  readonly sourceFile: string;
  readonly sourceCsv: string;
  readonly sourceSample: string;
  readonly selectionHelp: string;
  readonly useSelection: string;
  readonly readingSelection: string;
  readonly selectionRead: (address: string, rows: number) => string;
  readonly selectionFailed: (reason: string) => string;
  readonly csvLabel: string;
  readonly csvHelp: string;
  readonly readCsv: string;
  readonly csvRead: (rows: number) => string;
  readonly sampleLabel: string;

  readonly mappingHeading: string;
  readonly mappingHelp: string;
  readonly mappingColumn: (letter: string, header: string) => string;
  readonly fieldNone: string;
  readonly municipalitiesRead: (count: number, labourForce: string) => string;

  readonly problemsHeading: string;
  readonly noRows: string;
  readonly missingColumn: (field: string) => string;
  readonly duplicateColumn: (field: string, columns: string) => string;
  readonly emptyName: (at: string) => string;
  /** The first selected row past the member limit; the rest is not read. */
  readonly tooManyRows: (at: string, limit: number) => string;
  /** A total row in the selection, skipped (not an error: said so the user knows). */
  readonly totalRowSkipped: (at: string, text: string) => string;
  readonly criterionColumnMissing: (field: string) => string;
  readonly notANumber: (text: string) => string;
  readonly required: string;

  readonly parametersHeading: string;
  readonly areaName: string;
  readonly year: string;
  readonly threshold: string;
  readonly yearlyChange: string;
  readonly yearlyChangeHint: string;
  readonly projectionYears: string;
  readonly projectionHeading: string;
  readonly costSplitHeading: string;
  readonly budgetTemplateNote: string;
  readonly clientsLabel: string;
  readonly caseloadLabel: string;
  readonly weightsHeading: string;
  readonly weightsHelp: string;
  readonly weightsSum: (sum: string) => string;
  readonly weightsSumWrong: (sum: string) => string;
  readonly costTotal: string;
  readonly budgetHeading: string;
  readonly budgetYearTotal: (year: string) => string;
  readonly planningYears: string;
  readonly staffingHeading: string;
  readonly sideCostFactor: string;
  readonly monthsPerYear: string;
  readonly salaryExample: (salary: string, annual: string) => string;
  readonly caseloadHeading: string;
  readonly clients: (group: string) => string;
  readonly caseload: (group: string) => string;

  readonly sheetsHeading: string;
  readonly sheetAlways: string;

  readonly generate: string;
  readonly readFirst: string;
  readonly readFirstCsv: string;
  readonly download: string;
  readonly fixFirst: (count: number) => string;
  readonly progressLabel: string;
  readonly steps: Readonly<Record<"read" | "write" | "format" | "done", string>>;

  readonly resultHeading: string;
  readonly figuresHeading: string;
  readonly downloadReady: (file: string) => string;
  readonly newSheets: string;
  readonly openSheet: (name: string) => string;
  readonly figureLabourForce: string;
  readonly figureProjected: (years: string) => string;
  readonly figureThreshold: string;
  readonly sufficient: string;
  readonly insufficient: string;
  readonly statedMismatch: (stated: string, computed: string) => string;
  readonly figureShares: string;
  readonly figureShareOf: (name: string) => string;
  readonly figureCostTotal: string;
  readonly figureHtvNeed: string;
  readonly figureHtvTotal: string;
  readonly figureBudget: (year: string) => string;

  /** The generation failed and the workbook is as it was (or nothing was written). */
  readonly generateFailed: (reason: string) => string;
  /** The generation failed and so did its rollback: `leftBehindHeading` and the list follow. */
  readonly generateFailedLeftBehind: (reason: string) => string;
  readonly leftBehindHeading: string;
  /** The workbook could not even be read afterwards: the list is what may be left. */
  readonly leftBehindUnverifiedHeading: string;
  readonly leftBehindSheet: (name: string) => string;
  readonly leftBehindName: (name: string) => string;
  readonly unknownError: string;
  readonly previewHeading: string;
  readonly previewHelp: string;
  readonly previewSheets: string;
  /** FALSE and TRUE as the spreadsheet shows them in the language. */
  readonly booleans: readonly [string, string];
}

/** The template's line shares as the note quotes them: "50 %, 25 %, 20 %, 5 %". */
export const templateShares = (lang: Lang): string =>
  BUDGET_TEMPLATE.flatMap((line) => ("share" in line ? [formatPercent(lang, line.share)] : [])).join(", ");

const fi: UiStrings = {
  appTitle: "Työllisyysalue",
  unexpectedError: (message) =>
    `Paneelissa tapahtui odottamaton virhe: ${message}. Työkirjaasi ei kirjoitettu mitään tämän virheen vuoksi.`,
  reloadPane: "Lataa paneeli uudelleen",
  modeExcel: "Luo taulukot avoimeen työkirjaan",
  modeStandalone: "Erillistila",
  standaloneIntro:
    "Excel ei ole käytettävissä, joten lisäosa toimii erillistilassa: valitse esimerkkialue tai liitä CSV, esikatsele taulukot ja lataa ne .xlsx-tiedostona.",
  languageLabel: "Kieli",

  sourceHeading: "1. Lähtötiedot",
  sourceLabel: "Mistä kuntien luvut luetaan",
  sourceSelection: "Valittu alue",
  sourceFile: "Tilastokeskuksen tiedosto",
  sourceCsv: "CSV-teksti",
  sourceSample: "Esimerkkialue",
  selectionHelp:
    "Valitse työkirjasta alue, jonka ensimmäisellä rivillä on otsikot (Kunta, Työvoima, Asukkaat, …) ja sen alla rivi kuntaa kohden.",
  useSelection: "Käytä valintaa",
  readingSelection: "Luetaan valintaa…",
  selectionRead: (address, rows) => `Luettu ${address}: ${rows} ${rows === 1 ? "rivi" : "riviä"}`,
  selectionFailed: (reason) => `Valintaa ei voitu lukea: ${reason}`,
  csvLabel: "Liitä CSV",
  csvHelp: "Otsikkorivi ja rivi kuntaa kohden; erottimena puolipiste, pilkku tai sarkain.",
  readCsv: "Lue CSV",
  csvRead: (rows) => `CSV luettu: ${rows} ${rows === 1 ? "kunta" : "kuntaa"}`,
  sampleLabel: "Valitse esimerkkialue",

  mappingHeading: "Sarakkeiden tulkinta",
  mappingHelp: "Tarkista, mitä kukin sarake sisältää, ja korjaa tarvittaessa.",
  mappingColumn: (letter, header) => `Sarake ${letter}: ${header}`,
  fieldNone: "(ei käytetä)",
  municipalitiesRead: (count, labourForce) =>
    `${count} ${count === 1 ? "kunta" : "kuntaa"}, työvoima yhteensä ${labourForce}`,

  problemsHeading: "Korjattavaa",
  noRows: "Otsikkorivin alla ei ole yhtään kuntariviä.",
  missingColumn: (field) => `Sarake ”${field}” puuttuu: valitse se sarakkeiden tulkinnasta.`,
  duplicateColumn: (field, columns) => `”${field}” on valittu usealle sarakkeelle (${columns}).`,
  emptyName: (at) => `${at}: kunnan nimi puuttuu`,
  tooManyRows: (at, limit) =>
    `${at}: kuntarivejä on yli ${limit}; työllisyysalueeseen kuuluu enintään ${limit} kuntaa, joten loppua ei lueta`,
  totalRowSkipped: (at, text) => `${at}: summarivi ”${text}” ohitettiin, sitä ei laskettu kunnaksi`,
  criterionColumnMissing: (field) =>
    `Kustannusjaon peruste ”${field}” on painotettu, mutta sillä ei ole saraketta: valitse sarake tai poista paino.`,
  notANumber: (text) => `”${text}” ei ole luku`,
  required: "Pakollinen tieto",

  parametersHeading: "2. Parametrit",
  areaName: "Työllisyysalueen nimi",
  year: "Vuosi",
  threshold: "Työvoiman vähimmäismäärä",
  yearlyChange: "Työvoiman muutos vuodessa, %",
  yearlyChangeHint: "Esim. −1,2 tarkoittaa 1,2 %:n vähenemistä vuodessa.",
  projectionYears: "Ennustevuodet",
  projectionHeading: "Työvoimaennuste",
  costSplitHeading: "Kustannusjako",
  budgetTemplateNote: `Tyhjä kenttä = jaettava summa. Budjettikehyksen rivit tulevat Kerava–Sipoon suunnitelman mallista (${templateShares("fi")}), ja voit muokata niitä Excelissä.`,
  clientsLabel: "Asiakkaita",
  caseloadLabel: "Asiakkaita per HTV",
  weightsHeading: "Perusteet ja painot, %",
  weightsHelp: "Painojen summan on oltava 100 %. Tyhjä tai 0 = peruste ei ole käytössä.",
  weightsSum: (sum) => `Yhteensä ${sum} %`,
  weightsSumWrong: (sum) => `Yhteensä ${sum} % – summan on oltava 100 %`,
  costTotal: "Jaettava summa, €",
  budgetHeading: "Budjettikehys",
  budgetYearTotal: (year) => `Kehys ${year}, €`,
  planningYears: "Suunnitteluvuosia",
  staffingHeading: "Henkilöstökulut",
  sideCostFactor: "Sivukulukerroin",
  monthsPerYear: "Palkkakuukausia vuodessa",
  salaryExample: (salary, annual) => `Esim. ${salary} €/kk → ${annual} €/v`,
  caseloadHeading: "Asiakassalkku",
  clients: (group) => `${group}: asiakkaita`,
  caseload: (group) => `${group}: asiakkaita per HTV`,

  sheetsHeading: "3. Luotavat taulukot",
  sheetAlways: "aina mukana",

  generate: "Luo taulukot",
  readFirst: "Lue ensin kuntien luvut tiedostosta, valinnasta tai CSV-tekstistä.",
  readFirstCsv: "Avaa ensin Tilastokeskuksen tiedosto tai liitä kuntien luvut CSV-tekstinä ja lue ne.",
  download: "Lataa .xlsx",
  fixFirst: (count) =>
    count === 1 ? "Korjaa ensin yksi yllä mainittu kohta." : `Korjaa ensin ${count} yllä mainittua kohtaa.`,
  progressLabel: "Edistyminen",
  steps: {
    read: "Luetaan työkirjan nimiä",
    write: "Kirjoitetaan taulukoita",
    format: "Muotoillaan",
    done: "Valmis",
  },

  resultHeading: "Tulos",
  figuresHeading: "Tunnusluvut",
  downloadReady: (file) => `Tiedosto ${file} on ladattu.`,
  newSheets: "Luodut taulukot",
  openSheet: (name) => `Siirry taulukkoon ${name}`,
  figureLabourForce: "Työvoima yhteensä",
  figureProjected: (years) => `Ennuste ${years} vuoden päästä`,
  figureThreshold: "Vähimmäismäärä",
  sufficient: "Työvoima riittää",
  insufficient: "Työvoima ei riitä",
  statedMismatch: (stated, computed) =>
    `Lähteessä ilmoitettu työvoima ${stated} poikkeaa kuntien summasta ${computed}.`,
  figureShares: "Kustannusosuudet",
  figureShareOf: (name) => name,
  figureCostTotal: "Jaettu yhteensä",
  figureHtvNeed: "HTV-tarve asiakasmäärästä",
  figureHtvTotal: "Henkilöstö yhteensä, HTV",
  figureBudget: (year) => `Budjettikehys ${year}`,

  generateFailed: (reason) => `Taulukoiden luonti epäonnistui, eikä työkirjaan jäänyt muutoksia: ${reason}`,
  generateFailedLeftBehind: (reason) =>
    `Taulukoiden luonti epäonnistui, eikä työkirjaa saatu kokonaan palautettua ennalleen: ${reason}`,
  leftBehindHeading: "Työkirjaan jäi, poista käsin:",
  leftBehindUnverifiedHeading: "Työkirjaan on voinut jäädä, tarkista ja poista käsin ne, jotka ovat siellä:",
  leftBehindSheet: (name) => `laskentataulukko ”${name}”`,
  leftBehindName: (name) => `nimi ”${name}”`,
  unknownError: "tuntematon virhe",
  previewHeading: "Esikatselu",
  previewHelp: "Solut sellaisina kuin ne kirjoitetaan; kaavat näkyvät kaavoina.",
  previewSheets: "Esikatseltava taulukko",
  booleans: ["EPÄTOSI", "TOSI"],
};

/** Swedish and English are installed by loadLanguage (languages.ts) before the pane shows them. */
export const uiStrings: Catalog<UiStrings> = finnishFirst({ fi });

/** Each language's own name, so the switch reads right whichever language is on. */
export const LANGUAGE_NAMES: Catalog<string> = { fi: "Suomi", sv: "Svenska", en: "English" };
