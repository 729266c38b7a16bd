import { quote } from "./format";
import type { Catalog, Lang } from "./lang";

/** The parts of a generation, in the order the Office.js adapter writes them. */
export type ExcelStep =
  | "read"
  | "sheets"
  | "values"
  | "tables"
  | "names"
  | "formulas"
  | "formats"
  | "validation"
  | "charts"
  | "write";

/** Why a generation could not start: the plan would step on something the workbook already holds. */
export type PlanIssue =
  | { readonly code: "sheetExists"; readonly name: string }
  | { readonly code: "nameExists"; readonly name: string };

interface ExcelMessages {
  readonly step: Readonly<Record<ExcelStep, string>>;
  readonly failed: (step: string, detail: string) => string;
  readonly restored: string;
  readonly nothingWritten: string;
  readonly leftBehind: (sheets: readonly string[], names: readonly string[]) => string;
  /** The rollback failed and the workbook could not even be read to see what is left. */
  readonly leftBehindUnverified: (sheets: readonly string[], names: readonly string[]) => string;
  readonly planRejected: (issue: string) => string;
  /** A sheet builder produced a plan Excel cannot hold; `detail` is the developers' English text. */
  readonly planInvalid: (detail: string) => string;
  readonly issue: { readonly [C in PlanIssue["code"]]: (issue: Extract<PlanIssue, { code: C }>) => string };
  /** Excel grew a table beyond the plan's range (its AutoCorrect extends tables over rows written below). */
  readonly tableMoved: (table: string, address: string) => string;
  readonly sheetNotFound: (name: string) => string;
  readonly selectionFailed: (detail: string) => string;
  readonly activateFailed: (name: string, detail: string) => string;
  readonly missingRequirements: (sets: readonly string[]) => string;
  readonly noOffice: string;
  readonly unknownError: string;
}

const list = (lang: Lang, names: readonly string[]) => names.map((n) => quote(lang, n)).join(", ");

export const excelMessages: Catalog<ExcelMessages> = {
  fi: {
    step: {
      read: "työkirjan lukeminen",
      sheets: "laskentataulukoiden lisääminen",
      values: "arvojen kirjoittaminen",
      tables: "taulukoiden luominen",
      names: "nimien määrittäminen",
      formulas: "kaavojen kirjoittaminen",
      formats: "muotoilu",
      validation: "tietojen kelpoisuuden tarkistaminen",
      charts: "kaavioiden lisääminen",
      write: "kirjoittaminen",
    },
    failed: (step, detail) => `Laskentataulukoiden luonti epäonnistui vaiheessa ”${step}”: ${detail}.`,
    restored: "Työkirja on palautettu ennalleen.",
    nothingWritten: "Työkirjaan ei kirjoitettu mitään.",
    leftBehind: (sheets, names) =>
      `Työkirjaa ei saatu kokonaan palautettua; poista käsin ${[
        sheets.length > 0 ? `laskentataulukot ${list("fi", sheets)}` : "",
        names.length > 0 ? `nimet ${list("fi", names)}` : "",
      ]
        .filter(Boolean)
        .join(" ja ")}.`,
    leftBehindUnverified: (sheets, names) =>
      `Työkirjaa ei saatu palautettua eikä sen tilaa voitu tarkistaa; poista käsin ne näistä, jotka ovat työkirjassa: ${[
        sheets.length > 0 ? `laskentataulukot ${list("fi", sheets)}` : "",
        names.length > 0 ? `nimet ${list("fi", names)}` : "",
      ]
        .filter(Boolean)
        .join(" ja ")}.`,
    planRejected: (issue) => `Laskentataulukoita ei luotu: ${issue}. Työkirjaan ei kirjoitettu mitään.`,
    planInvalid: (detail) =>
      `Laskentataulukoita ei luotu, koska apuohjelman laatimassa suunnitelmassa on virhe (ilmoita siitä kehittäjille): ${detail}`,
    issue: {
      sheetExists: (i) => `laskentataulukko ${quote("fi", i.name)} on jo työkirjassa`,
      nameExists: (i) => `nimi ${quote("fi", i.name)} on jo käytössä työkirjassa`,
    },
    tableMoved: (table, address) =>
      `Excel laajensi taulukon ${quote("fi", table)} alueelle ${address} (Excelin automaattinen korjaus laajentaa taulukon sen alle kirjoitettuun riviin)`,
    sheetNotFound: (name) => `Laskentataulukkoa ${quote("fi", name)} ei löydy työkirjasta.`,
    selectionFailed: (detail) => `Valittua aluetta ei voitu lukea: ${detail}.`,
    activateFailed: (name, detail) => `Laskentataulukkoa ${quote("fi", name)} ei voitu avata: ${detail}.`,
    missingRequirements: (sets) =>
      `Tämä Excel-versio ei tue kaikkia apuohjelman tarvitsemia ominaisuuksia (puuttuu ${sets.join(", ")}). ` +
      "Päivitä Excel tai käytä Excelin verkkoversiota; työkirjan voi myös ladata .xlsx-tiedostona.",
    noOffice: "Apuohjelma ei ole Excelissä, joten työkirjaan ei voi kirjoittaa suoraan.",
    unknownError: "tuntematon virhe",
  },
  sv: {
    step: {
      read: "läsning av arbetsboken",
      sheets: "tillägg av kalkylblad",
      values: "skrivning av värden",
      tables: "skapande av tabeller",
      names: "definition av namn",
      formulas: "skrivning av formler",
      formats: "formatering",
      validation: "dataverifiering",
      charts: "tillägg av diagram",
      write: "skrivning",
    },
    failed: (step, detail) => `Det gick inte att skapa kalkylbladen i steget ”${step}”: ${detail}.`,
    restored: "Arbetsboken har återställts som den var.",
    nothingWritten: "Ingenting skrevs i arbetsboken.",
    leftBehind: (sheets, names) =>
      `Arbetsboken kunde inte återställas helt; ta bort för hand ${[
        sheets.length > 0 ? `kalkylbladen ${list("sv", sheets)}` : "",
        names.length > 0 ? `namnen ${list("sv", names)}` : "",
      ]
        .filter(Boolean)
        .join(" och ")}.`,
    leftBehindUnverified: (sheets, names) =>
      `Arbetsboken kunde inte återställas och dess tillstånd kunde inte kontrolleras; ta bort för hand de av dessa som finns i arbetsboken: ${[
        sheets.length > 0 ? `kalkylbladen ${list("sv", sheets)}` : "",
        names.length > 0 ? `namnen ${list("sv", names)}` : "",
      ]
        .filter(Boolean)
        .join(" och ")}.`,
    planRejected: (issue) => `Kalkylbladen skapades inte: ${issue}. Ingenting skrevs i arbetsboken.`,
    planInvalid: (detail) =>
      `Kalkylbladen skapades inte eftersom tilläggets plan innehåller ett fel (meddela utvecklarna): ${detail}`,
    issue: {
      sheetExists: (i) => `kalkylbladet ${quote("sv", i.name)} finns redan i arbetsboken`,
      nameExists: (i) => `namnet ${quote("sv", i.name)} används redan i arbetsboken`,
    },
    tableMoved: (table, address) =>
      `Excel utökade tabellen ${quote("sv", table)} till området ${address} (Excels autokorrigering utökar en tabell med en rad som skrivs under den)`,
    sheetNotFound: (name) => `Kalkylbladet ${quote("sv", name)} finns inte i arbetsboken.`,
    selectionFailed: (detail) => `Det markerade området kunde inte läsas: ${detail}.`,
    activateFailed: (name, detail) => `Kalkylbladet ${quote("sv", name)} kunde inte öppnas: ${detail}.`,
    missingRequirements: (sets) =>
      `Den här versionen av Excel stöder inte alla funktioner som tillägget behöver (saknas: ${sets.join(", ")}). ` +
      "Uppdatera Excel eller använd Excel på webben; arbetsboken kan också laddas ned som en .xlsx-fil.",
    noOffice: "Tillägget körs inte i Excel, så det kan inte skriva direkt i en arbetsbok.",
    unknownError: "okänt fel",
  },
  en: {
    step: {
      read: "reading the workbook",
      sheets: "adding the worksheets",
      values: "writing the values",
      tables: "creating the tables",
      names: "defining the names",
      formulas: "writing the formulas",
      formats: "formatting",
      validation: "data validation",
      charts: "adding the charts",
      write: "writing",
    },
    failed: (step, detail) => `Creating the worksheets failed at step '${step}': ${detail}.`,
    restored: "The workbook has been restored as it was.",
    nothingWritten: "Nothing was written to the workbook.",
    leftBehind: (sheets, names) =>
      `The workbook could not be fully restored; please delete ${[
        sheets.length > 0 ? `the worksheets ${list("en", sheets)}` : "",
        names.length > 0 ? `the names ${list("en", names)}` : "",
      ]
        .filter(Boolean)
        .join(" and ")} by hand.`,
    leftBehindUnverified: (sheets, names) =>
      `The workbook could not be restored, nor read to check what is left; please delete by hand those of ${[
        sheets.length > 0 ? `the worksheets ${list("en", sheets)}` : "",
        names.length > 0 ? `the names ${list("en", names)}` : "",
      ]
        .filter(Boolean)
        .join(" and ")} that are in the workbook.`,
    planRejected: (issue) =>
      `The worksheets were not created: ${issue}. Nothing was written to the workbook.`,
    planInvalid: (detail) =>
      `The worksheets were not created because the add-in's plan has an error (please report it): ${detail}`,
    issue: {
      sheetExists: (i) => `the worksheet ${quote("en", i.name)} is already in the workbook`,
      nameExists: (i) => `the name ${quote("en", i.name)} is already used in the workbook`,
    },
    tableMoved: (table, address) =>
      `Excel extended the table ${quote("en", table)} to ${address} (Excel's AutoCorrect extends a table over a row written below it)`,
    sheetNotFound: (name) => `The worksheet ${quote("en", name)} is not in the workbook.`,
    selectionFailed: (detail) => `The selected range could not be read: ${detail}.`,
    activateFailed: (name, detail) => `The worksheet ${quote("en", name)} could not be opened: ${detail}.`,
    missingRequirements: (sets) =>
      `This version of Excel lacks features the add-in needs (missing ${sets.join(", ")}). ` +
      "Update Excel or use Excel on the web; the workbook can also be downloaded as an .xlsx file.",
    noOffice: "The add-in is not running in Excel, so it cannot write to a workbook directly.",
    unknownError: "unknown error",
  },
};

export const describePlanIssue = (lang: Lang, issue: PlanIssue): string =>
  (excelMessages[lang].issue[issue.code] as (i: PlanIssue) => string)(issue);
