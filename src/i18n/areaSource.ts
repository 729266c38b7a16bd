import { formatNumber, quote } from "./format";
import type { Catalog, Lang } from "./lang";

/**
 * The pane's words for the employment-area chooser, opening Statistics Finland files and the
 * summary of what was recognised in them, in fi/sv/en. Only the components that come with the
 * pane's engine chunk use them, so they are not part of the pane's start-up JS.
 */
export interface AreaSourceStrings {
  readonly areaLabel: string;
  readonly areaHint: string;
  readonly areaPlaceholder: string;
  readonly ownSelection: string;
  readonly ownSelectionHelp: string;
  readonly noAreaMatch: string;
  readonly memberCount: (count: number) => string;
  /** The classification's licence asks for this line wherever it is shown (CC BY 4.0). */
  readonly sourceLine: string;
  readonly membersOf: (count: number) => string;

  readonly fileLabel: string;
  readonly fileHelp: string;
  readonly chooseFiles: string;
  readonly dropHere: string;
  readonly dropActive: string;
  readonly readingFiles: string;
  readonly filesChosen: (names: string) => string;
  readonly clearFiles: string;
  readonly fileUnreadable: (name: string, reason: string) => string;

  readonly recognisedHeading: string;
  readonly recognisedStatus: (variables: number, year: string, found: number, members: number) => string;
  readonly failedStatus: (problems: number) => string;
  readonly variableRow: (label: string, field: string, file: string) => string;
  readonly yearLabel: string;
  readonly yearOnly: (year: string) => string;
  readonly membersFound: (found: number, total: number) => string;
  readonly allRowsMembers: (count: number) => string;
  readonly membersMissing: (names: string) => string;
  readonly memberTwice: (name: string, places: string) => string;
  readonly ignoredRows: (count: number) => string;
  readonly aggregateRows: (count: number) => string;
  readonly unrecognisedHeading: string;
  readonly unrecognisedHelp: string;
  readonly unrecognisedVariable: (label: string, file: string, line: number) => string;
  readonly ignoreOption: string;
  readonly chooseField: string;
  readonly fileProblemsTitle: string;
  readonly fileNotesTitle: string;
}

const n = (lang: Lang, value: number) => formatNumber(lang, value, 0);

const fi: AreaSourceStrings = {
  areaLabel: "Työllisyysalue",
  areaHint:
    "Hae alueen nimellä: valinta tuo alueen jäsenkunnat ja nimen. Luvut tulevat tiedostosta, valinnasta tai kirjoittamalla.",
  areaPlaceholder: "Hae aluetta",
  ownSelection: "Oma kuntavalinta",
  ownSelectionHelp:
    "Kunnat ovat ne, jotka lähteessä on (esim. suunnitteilla oleva alue tai kunta, joka on lähdössä).",
  noAreaMatch: "Ei osumia",
  memberCount: (count) => `${n("fi", count)} ${count === 1 ? "kunta" : "kuntaa"}`,
  sourceLine: "Lähde: Tilastokeskus",
  membersOf: (count) => `Jäsenkunnat (${n("fi", count)}):`,

  fileLabel: "Tilastokeskuksen tiedostot",
  fileHelp:
    "PxWeb-taulukko tallennettuna CSV:nä (esim. 11ra, 11re, 115b, 12r5). Useita tiedostoja voi yhdistää, esim. väkiluku 11ra:sta ja työttömät 12r5:stä.",
  chooseFiles: "Valitse tiedostot…",
  dropHere: "tai pudota tiedostot tähän",
  dropActive: "Pudota tiedostot",
  readingFiles: "Luetaan tiedostoja…",
  filesChosen: (names) => `Tiedostot: ${names}`,
  clearFiles: "Poista tiedostot",
  fileUnreadable: (name, reason) => `Tiedostoa ${quote("fi", name)} ei voitu lukea: ${reason}`,

  recognisedHeading: "Tiedostoista tunnistettu",
  recognisedStatus: (variables, year, found, members) =>
    `Tunnistettu ${n("fi", variables)} ${variables === 1 ? "muuttuja" : "muuttujaa"}, vuosi ${year}, jäsenkuntia löytyi ${n("fi", found)}/${n("fi", members)}.`,
  failedStatus: (problems) =>
    `Tiedostoja ei voitu käyttää: ${n("fi", problems)} ${problems === 1 ? "ongelma" : "ongelmaa"}.`,
  variableRow: (label, field, file) => `${quote("fi", label)} → ${field} (${file})`,
  yearLabel: "Tilastovuosi",
  yearOnly: (year) => `Tilastovuosi: ${year}`,
  membersFound: (found, total) => `Jäsenkunnat löytyivät: ${n("fi", found)}/${n("fi", total)}`,
  allRowsMembers: (count) => `Kunnat: ${n("fi", count)} (oma kuntavalinta: kaikki tiedoston kunnat)`,
  membersMissing: (names) => `Puuttuvat jäsenkunnat: ${names}`,
  memberTwice: (name, places) => `Jäsenkunnalla ${name} on useampi rivi (${places}): jätä yksi.`,
  ignoredRows: (count) => `Muiden kuntien rivejä ohitettu: ${n("fi", count)}`,
  aggregateRows: (count) => `Koko maan ja alueiden summarivejä ohitettu: ${n("fi", count)}`,
  unrecognisedHeading: "Tunnistamattomat muuttujat",
  unrecognisedHelp: "Valitse, mitä kukin muuttuja on, tai ohita se.",
  unrecognisedVariable: (label, file, line) => `${quote("fi", label)} (${file}, rivi ${line})`,
  ignoreOption: "Ohita",
  chooseField: "Valitse…",
  fileProblemsTitle: "Tiedostoissa on korjattavaa",
  fileNotesTitle: "Huomioita",
};

const sv: AreaSourceStrings = {
  areaLabel: "Sysselsättningsområde",
  areaHint:
    "Sök med områdets namn: valet ger områdets medlemskommuner och namn. Siffrorna kommer från en fil, markeringen eller inskrivna.",
  areaPlaceholder: "Sök område",
  ownSelection: "Eget urval av kommuner",
  ownSelectionHelp:
    "Kommunerna är de som finns i källan (t.ex. ett område som planeras eller en kommun som lämnar).",
  noAreaMatch: "Inga träffar",
  memberCount: (count) => `${n("sv", count)} ${count === 1 ? "kommun" : "kommuner"}`,
  sourceLine: "Källa: Statistikcentralen",
  membersOf: (count) => `Medlemskommuner (${n("sv", count)}):`,

  fileLabel: "Statistikcentralens filer",
  fileHelp:
    "En PxWeb-tabell sparad som CSV (t.ex. 11ra, 11re, 115b, 12r5). Flera filer kan kombineras, t.ex. folkmängd ur 11ra och arbetslösa ur 12r5.",
  chooseFiles: "Välj filer…",
  dropHere: "eller släpp filerna här",
  dropActive: "Släpp filerna",
  readingFiles: "Filerna läses…",
  filesChosen: (names) => `Filer: ${names}`,
  clearFiles: "Ta bort filerna",
  fileUnreadable: (name, reason) => `Filen ${quote("sv", name)} kunde inte läsas: ${reason}`,

  recognisedHeading: "Igenkänt i filerna",
  recognisedStatus: (variables, year, found, members) =>
    `${n("sv", variables)} ${variables === 1 ? "variabel" : "variabler"} igenkända, år ${year}, ${n("sv", found)}/${n("sv", members)} medlemskommuner hittade.`,
  failedStatus: (problems) =>
    `Filerna kunde inte användas: ${n("sv", problems)} ${problems === 1 ? "problem" : "problem"}.`,
  variableRow: (label, field, file) => `${quote("sv", label)} → ${field} (${file})`,
  yearLabel: "Statistikår",
  yearOnly: (year) => `Statistikår: ${year}`,
  membersFound: (found, total) => `Medlemskommuner hittade: ${n("sv", found)}/${n("sv", total)}`,
  allRowsMembers: (count) => `Kommuner: ${n("sv", count)} (eget urval: alla kommuner i filen)`,
  membersMissing: (names) => `Medlemskommuner som saknas: ${names}`,
  memberTwice: (name, places) => `Medlemskommunen ${name} har flera rader (${places}): lämna en.`,
  ignoredRows: (count) => `Rader för andra kommuner överhoppade: ${n("sv", count)}`,
  aggregateRows: (count) => `Summarader för hela landet och regioner överhoppade: ${n("sv", count)}`,
  unrecognisedHeading: "Okända variabler",
  unrecognisedHelp: "Välj vad varje variabel är, eller hoppa över den.",
  unrecognisedVariable: (label, file, line) => `${quote("sv", label)} (${file}, rad ${line})`,
  ignoreOption: "Hoppa över",
  chooseField: "Välj…",
  fileProblemsTitle: "Filerna behöver rättas",
  fileNotesTitle: "Observera",
};

const en: AreaSourceStrings = {
  areaLabel: "Employment area",
  areaHint:
    "Search by the area's name: choosing one brings its member municipalities and name. The figures come from a file, the selection or typing.",
  areaPlaceholder: "Search areas",
  ownSelection: "Own selection of municipalities",
  ownSelectionHelp:
    "The municipalities are those in the source (e.g. an area being planned, or a member leaving).",
  noAreaMatch: "No matches",
  memberCount: (count) => `${n("en", count)} ${count === 1 ? "municipality" : "municipalities"}`,
  sourceLine: "Source: Statistics Finland",
  membersOf: (count) => `Member municipalities (${n("en", count)}):`,

  fileLabel: "Statistics Finland files",
  fileHelp:
    "A PxWeb table saved as CSV (e.g. 11ra, 11re, 115b, 12r5). Several files can be combined, e.g. population from 11ra and unemployed from 12r5.",
  chooseFiles: "Choose files…",
  dropHere: "or drop the files here",
  dropActive: "Drop the files",
  readingFiles: "Reading the files…",
  filesChosen: (names) => `Files: ${names}`,
  clearFiles: "Remove the files",
  fileUnreadable: (name, reason) => `The file ${quote("en", name)} could not be read: ${reason}`,

  recognisedHeading: "Recognised in the files",
  recognisedStatus: (variables, year, found, members) =>
    `${n("en", variables)} ${variables === 1 ? "variable" : "variables"} recognised, year ${year}, ${n("en", found)}/${n("en", members)} members found.`,
  failedStatus: (problems) =>
    `The files could not be used: ${n("en", problems)} ${problems === 1 ? "problem" : "problems"}.`,
  variableRow: (label, field, file) => `${quote("en", label)} → ${field} (${file})`,
  yearLabel: "Statistics year",
  yearOnly: (year) => `Statistics year: ${year}`,
  membersFound: (found, total) => `Members found: ${n("en", found)}/${n("en", total)}`,
  allRowsMembers: (count) =>
    `Municipalities: ${n("en", count)} (own selection: every municipality in the files)`,
  membersMissing: (names) => `Members missing: ${names}`,
  memberTwice: (name, places) => `The member ${name} has more than one row (${places}): keep one.`,
  ignoredRows: (count) => `Rows of other municipalities skipped: ${n("en", count)}`,
  aggregateRows: (count) => `Whole-country and regional total rows skipped: ${n("en", count)}`,
  unrecognisedHeading: "Unrecognised variables",
  unrecognisedHelp: "Choose what each variable holds, or ignore it.",
  unrecognisedVariable: (label, file, line) => `${quote("en", label)} (${file}, line ${line})`,
  ignoreOption: "Ignore",
  chooseField: "Choose…",
  fileProblemsTitle: "The files need fixing",
  fileNotesTitle: "Notes",
};

export const areaSourceStrings: Catalog<AreaSourceStrings> = { fi, sv, en };
