import { BUDGET_TEMPLATE } from "../domain/templates";
import { formatPercent } from "./format";
import type { Catalog, Lang } from "./lang";

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
  /** A year typed with decimals, quoted as typed. */
  readonly notAYear: (text: string) => string;

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
  /** Required fields still empty, listed by their labels ("Työllisyysalueen nimi ja Jaettava summa"). */
  readonly fillInFirst: (fields: string) => string;
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
  /**
   * The source's own stated labour force beside the members' sum (the Kerava–Sipoo plan states
   * 30 563, its table adds up to 30 566): information about the source, not the user's mistake.
   */
  readonly statedMismatch: (stated: string, computed: string, difference: string, sheet: string) => string;
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
  /** The preview's switch between the cells' values and their formulas. */
  readonly previewFormulas: string;
  /** FALSE and TRUE as the spreadsheet shows them in the language. */
  readonly booleans: readonly [string, string];
}

/** The template's line shares as the note quotes them: "50 %, 25 %, 20 %, 5 %". */
const templateShares = (lang: Lang): string =>
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
  notAYear: (text) => `”${text}” ei ole vuosiluku; kirjoita vuosi kokonaislukuna, esim. 2025`,

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
  readFirst: "Lue ensin kuntien luvut valinnasta tai CSV-tekstistä.",
  readFirstCsv: "Liitä ensin kuntien luvut CSV-tekstinä ja lue ne.",
  download: "Lataa .xlsx",
  fixFirst: (count) =>
    count === 1 ? "Korjaa ensin yksi yllä mainittu kohta." : `Korjaa ensin ${count} yllä mainittua kohtaa.`,
  fillInFirst: (fields) => `Täytä vielä: ${fields}.`,
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
  statedMismatch: (stated, computed, difference, sheet) =>
    `Lähde ilmoittaa työvoimaksi ${stated}, mutta kuntien luvut antavat yhteensä ${computed} (ero ${difference}). Laskelmat käyttävät kuntien lukuja; ${sheet}-taulukko näyttää molemmat.`,
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
  previewHelp:
    "Luvut sellaisina kuin taulukot ne laskevat, samoin muotoiltuina. Taulukot laskevat ne kaavoilla, jotka päivittyvät, kun muutat lähtötietoja.",
  previewSheets: "Esikatseltava taulukko",
  previewFormulas: "Näytä kaavat",
  booleans: ["EPÄTOSI", "TOSI"],
};

const sv: UiStrings = {
  appTitle: "Sysselsättningsområde",
  unexpectedError: (message) =>
    `Ett oväntat fel inträffade i panelen: ${message}. Ingenting skrevs i arbetsboken på grund av felet.`,
  reloadPane: "Ladda om panelen",
  modeExcel: "Skapa tabellerna i den öppna arbetsboken",
  modeStandalone: "Fristående läge",
  standaloneIntro:
    "Excel är inte tillgängligt, så tillägget körs i fristående läge: välj ett exempelområde eller klistra in CSV, förhandsgranska tabellerna och ladda ner dem som .xlsx-fil.",
  languageLabel: "Språk",

  sourceHeading: "1. Uppgifter",
  sourceLabel: "Varifrån kommunernas siffror läses",
  sourceSelection: "Markerat område",
  sourceCsv: "CSV-text",
  sourceSample: "Exempelområde",
  selectionHelp:
    "Markera ett område i arbetsboken med rubriker på första raden (Kommun, Arbetskraft, Invånare, …) och en rad per kommun under den.",
  useSelection: "Använd markeringen",
  readingSelection: "Läser markeringen…",
  selectionRead: (address, rows) => `Läst ${address}: ${rows} ${rows === 1 ? "rad" : "rader"}`,
  selectionFailed: (reason) => `Markeringen kunde inte läsas: ${reason}`,
  csvLabel: "Klistra in CSV",
  csvHelp: "En rubrikrad och en rad per kommun; avgränsare semikolon, komma eller tabb.",
  readCsv: "Läs CSV",
  csvRead: (rows) => `CSV läst: ${rows} ${rows === 1 ? "kommun" : "kommuner"}`,
  sampleLabel: "Välj exempelområde",

  mappingHeading: "Tolkning av kolumnerna",
  mappingHelp: "Kontrollera vad varje kolumn innehåller och rätta vid behov.",
  mappingColumn: (letter, header) => `Kolumn ${letter}: ${header}`,
  fieldNone: "(används inte)",
  municipalitiesRead: (count, labourForce) =>
    `${count} ${count === 1 ? "kommun" : "kommuner"}, arbetskraft sammanlagt ${labourForce}`,

  problemsHeading: "Att rätta",
  noRows: "Det finns inga kommunrader under rubrikraden.",
  missingColumn: (field) => `Kolumnen ”${field}” saknas: välj den under tolkningen av kolumnerna.`,
  duplicateColumn: (field, columns) => `”${field}” har valts för flera kolumner (${columns}).`,
  emptyName: (at) => `${at}: kommunens namn saknas`,
  tooManyRows: (at, limit) =>
    `${at}: fler än ${limit} kommunrader; ett sysselsättningsområde har högst ${limit} kommuner, så resten läses inte`,
  totalRowSkipped: (at, text) => `${at}: summaraden ”${text}” hoppades över och räknades inte som en kommun`,
  criterionColumnMissing: (field) =>
    `Fördelningsgrunden ”${field}” har en vikt men ingen kolumn: välj en kolumn eller ta bort vikten.`,
  notANumber: (text) => `”${text}” är inte ett tal`,
  required: "Obligatorisk uppgift",
  notAYear: (text) => `”${text}” är inget årtal; skriv året som ett heltal, t.ex. 2025`,

  parametersHeading: "2. Parametrar",
  areaName: "Sysselsättningsområdets namn",
  year: "År",
  threshold: "Minsta arbetskraft",
  yearlyChange: "Arbetskraftens förändring per år, %",
  yearlyChangeHint: "T.ex. −1,2 betyder en minskning med 1,2 % per år.",
  projectionYears: "Prognosår",
  projectionHeading: "Prognos för arbetskraften",
  costSplitHeading: "Kostnadsfördelning",
  budgetTemplateNote: `Tomt fält = beloppet att fördela. Budgetramens rader följer modellen i Kervo–Sibbos plan (${templateShares("sv")}) och kan ändras i Excel.`,
  clientsLabel: "Klienter",
  caseloadLabel: "Klienter per årsverke",
  weightsHeading: "Grunder och vikter, %",
  weightsHelp: "Vikterna ska summera till 100 %. Tomt eller 0 = grunden används inte.",
  weightsSum: (sum) => `Sammanlagt ${sum} %`,
  weightsSumWrong: (sum) => `Sammanlagt ${sum} % – summan ska vara 100 %`,
  costTotal: "Belopp att fördela, €",
  budgetHeading: "Budgetram",
  budgetYearTotal: (year) => `Ram ${year}, €`,
  planningYears: "Planeringsår",
  staffingHeading: "Personalkostnader",
  sideCostFactor: "Bikostnadsfaktor",
  monthsPerYear: "Lönemånader per år",
  salaryExample: (salary, annual) => `T.ex. ${salary} €/mån → ${annual} €/år`,
  caseloadHeading: "Klientportfölj",
  clients: (group) => `${group}: klienter`,
  caseload: (group) => `${group}: klienter per årsverke`,

  sheetsHeading: "3. Tabeller som skapas",
  sheetAlways: "alltid med",

  generate: "Skapa tabellerna",
  readFirst: "Läs först in kommunernas siffror från markeringen eller CSV-texten.",
  readFirstCsv: "Klistra först in kommunernas siffror som CSV-text och läs in dem.",
  download: "Ladda ner .xlsx",
  fixFirst: (count) =>
    count === 1 ? "Rätta först punkten som nämns ovan." : `Rätta först de ${count} punkter som nämns ovan.`,
  fillInFirst: (fields) => `Fyll ännu i: ${fields}.`,
  progressLabel: "Förlopp",
  steps: {
    read: "Läser arbetsbokens namn",
    write: "Skriver tabellerna",
    format: "Formaterar",
    done: "Klart",
  },

  resultHeading: "Resultat",
  figuresHeading: "Nyckeltal",
  downloadReady: (file) => `Filen ${file} har laddats ner.`,
  newSheets: "Skapade tabeller",
  openSheet: (name) => `Gå till bladet ${name}`,
  figureLabourForce: "Arbetskraft sammanlagt",
  figureProjected: (years) => `Prognos om ${years} år`,
  figureThreshold: "Minimigräns",
  sufficient: "Arbetskraften räcker",
  insufficient: "Arbetskraften räcker inte",
  statedMismatch: (stated, computed, difference, sheet) =>
    `Källan anger arbetskraften till ${stated}, men kommunernas siffror ger sammanlagt ${computed} (skillnad ${difference}). Beräkningarna använder kommunernas siffror; bladet ${sheet} visar båda.`,
  figureShares: "Kostnadsandelar",
  figureShareOf: (name) => name,
  figureCostTotal: "Fördelat sammanlagt",
  figureHtvNeed: "Behov av årsverken enligt klientantal",
  figureHtvTotal: "Personal sammanlagt, årsverken",
  figureBudget: (year) => `Budgetram ${year}`,

  generateFailed: (reason) => `Tabellerna kunde inte skapas, och arbetsboken lämnades oförändrad: ${reason}`,
  generateFailedLeftBehind: (reason) =>
    `Tabellerna kunde inte skapas, och arbetsboken kunde inte återställas helt: ${reason}`,
  leftBehindHeading: "Kvar i arbetsboken, ta bort för hand:",
  leftBehindUnverifiedHeading:
    "Kan finnas kvar i arbetsboken, kontrollera och ta bort för hand de som finns:",
  leftBehindSheet: (name) => `kalkylbladet ”${name}”`,
  leftBehindName: (name) => `namnet ”${name}”`,
  unknownError: "okänt fel",
  previewHeading: "Förhandsgranskning",
  previewHelp:
    "Talen så som bladen räknar dem, formaterade på samma sätt. Bladen räknar dem med formler som uppdateras när du ändrar indata.",
  previewSheets: "Blad att förhandsgranska",
  previewFormulas: "Visa formler",
  booleans: ["FALSKT", "SANT"],
};

const en: UiStrings = {
  appTitle: "Employment area",
  unexpectedError: (message) =>
    `The pane ran into an unexpected error: ${message}. Nothing was written to your workbook because of it.`,
  reloadPane: "Reload the pane",
  modeExcel: "Create the tables in the open workbook",
  modeStandalone: "Standalone mode",
  standaloneIntro:
    "Excel is not available, so the add-in runs standalone: choose a sample area or paste CSV, preview the sheets and download them as an .xlsx file.",
  languageLabel: "Language",

  sourceHeading: "1. Data",
  sourceLabel: "Where the municipalities' figures come from",
  sourceSelection: "Selected range",
  sourceCsv: "CSV text",
  sourceSample: "Sample area",
  selectionHelp:
    "Select a range in the workbook with headers in its first row (Municipality, Labour force, Population, …) and one row per municipality below.",
  useSelection: "Use selection",
  readingSelection: "Reading the selection…",
  selectionRead: (address, rows) => `Read ${address}: ${rows} ${rows === 1 ? "row" : "rows"}`,
  selectionFailed: (reason) => `The selection could not be read: ${reason}`,
  csvLabel: "Paste CSV",
  csvHelp: "A header row and one row per municipality; separated by semicolons, commas or tabs.",
  readCsv: "Read CSV",
  csvRead: (rows) => `CSV read: ${rows} ${rows === 1 ? "municipality" : "municipalities"}`,
  sampleLabel: "Choose a sample area",

  mappingHeading: "Column mapping",
  mappingHelp: "Check what each column holds and correct it if needed.",
  mappingColumn: (letter, header) => `Column ${letter}: ${header}`,
  fieldNone: "(not used)",
  municipalitiesRead: (count, labourForce) =>
    `${count} ${count === 1 ? "municipality" : "municipalities"}, total labour force ${labourForce}`,

  problemsHeading: "To fix",
  noRows: "There are no municipality rows below the header row.",
  missingColumn: (field) => `Column '${field}' is missing: choose it in the column mapping.`,
  duplicateColumn: (field, columns) => `'${field}' is chosen for more than one column (${columns}).`,
  emptyName: (at) => `${at}: the municipality's name is missing`,
  tooManyRows: (at, limit) =>
    `${at}: more than ${limit} municipality rows; an employment area has at most ${limit} municipalities, so the rest is not read`,
  totalRowSkipped: (at, text) => `${at}: total row '${text}' skipped, not counted as a municipality`,
  criterionColumnMissing: (field) =>
    `The cost-split criterion '${field}' has a weight but no column: choose a column or remove the weight.`,
  notANumber: (text) => `'${text}' is not a number`,
  required: "Required",
  notAYear: (text) => `'${text}' is not a year; write the year as a whole number, e.g. 2025`,

  parametersHeading: "2. Parameters",
  areaName: "Name of the employment area",
  year: "Year",
  threshold: "Minimum labour force",
  yearlyChange: "Yearly change of the labour force, %",
  yearlyChangeHint: "E.g. −1.2 means a decrease of 1.2 % a year.",
  projectionYears: "Years to project",
  projectionHeading: "Labour-force projection",
  costSplitHeading: "Cost split",
  budgetTemplateNote: `Empty = the amount to split. The frame's lines follow the Kerava–Sipoo plan's model (${templateShares("en")}); edit them in Excel.`,
  clientsLabel: "Clients",
  caseloadLabel: "Clients per person-year",
  weightsHeading: "Criteria and weights, %",
  weightsHelp: "The weights must sum to 100 %. Empty or 0 = the criterion is not used.",
  weightsSum: (sum) => `Total ${sum} %`,
  weightsSumWrong: (sum) => `Total ${sum} % – must be 100 %`,
  costTotal: "Amount to split, €",
  budgetHeading: "Budget frame",
  budgetYearTotal: (year) => `Frame ${year}, €`,
  planningYears: "Planning years",
  staffingHeading: "Personnel costs",
  sideCostFactor: "Side-cost factor",
  monthsPerYear: "Salary months a year",
  salaryExample: (salary, annual) => `E.g. ${salary} €/month → ${annual} €/year`,
  caseloadHeading: "Caseload",
  clients: (group) => `${group}: clients`,
  caseload: (group) => `${group}: clients per person-year`,

  sheetsHeading: "3. Sheets to create",
  sheetAlways: "always included",

  generate: "Create the sheets",
  readFirst: "First read the municipalities' figures from the selection or the CSV text.",
  readFirstCsv: "First paste the municipalities' figures as CSV text and read them.",
  download: "Download .xlsx",
  fixFirst: (count) =>
    count === 1 ? "First fix the item listed above." : `First fix the ${count} items listed above.`,
  fillInFirst: (fields) => `Still to fill in: ${fields}.`,
  progressLabel: "Progress",
  steps: {
    read: "Reading the workbook's names",
    write: "Writing the sheets",
    format: "Formatting",
    done: "Done",
  },

  resultHeading: "Result",
  figuresHeading: "Key figures",
  downloadReady: (file) => `The file ${file} has been downloaded.`,
  newSheets: "Sheets created",
  openSheet: (name) => `Go to sheet ${name}`,
  figureLabourForce: "Total labour force",
  figureProjected: (years) => `Projected in ${years} years`,
  figureThreshold: "Minimum",
  sufficient: "Labour force sufficient",
  insufficient: "Labour force not sufficient",
  statedMismatch: (stated, computed, difference, sheet) =>
    `The source states a labour force of ${stated}, but the municipalities' figures add up to ${computed} (difference ${difference}). The calculations use the municipalities' figures; the ${sheet} sheet shows both.`,
  figureShares: "Cost shares",
  figureShareOf: (name) => name,
  figureCostTotal: "Split in total",
  figureHtvNeed: "Person-years needed for the clients",
  figureHtvTotal: "Staff in total, person-years",
  figureBudget: (year) => `Budget frame ${year}`,

  generateFailed: (reason) =>
    `The sheets could not be created, and the workbook was left unchanged: ${reason}`,
  generateFailedLeftBehind: (reason) =>
    `The sheets could not be created, and the workbook could not be fully restored: ${reason}`,
  leftBehindHeading: "Left in the workbook, delete by hand:",
  leftBehindUnverifiedHeading: "May be left in the workbook, check and delete by hand those that are there:",
  leftBehindSheet: (name) => `the worksheet '${name}'`,
  leftBehindName: (name) => `the name '${name}'`,
  unknownError: "unknown error",
  previewHeading: "Preview",
  previewHelp:
    "The figures as the sheets compute them, formatted the same way. The sheets compute them with formulas that update when you change the inputs.",
  previewSheets: "Sheet to preview",
  previewFormulas: "Show formulas",
  booleans: ["FALSE", "TRUE"],
};

export const uiStrings: Catalog<UiStrings> = { fi, sv, en };

/** Each language's own name, so the switch reads right whichever language is on. */
export const LANGUAGE_NAMES: Catalog<string> = { fi: "Suomi", sv: "Svenska", en: "English" };
