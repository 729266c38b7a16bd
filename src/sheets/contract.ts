import type { AreaFigures } from "../domain/figures";
import type { SheetKey } from "./plan";

/**
 * The workbook's fixed names (docs/sheets.md, Names): defined names and table names are the same in
 * every language, ASCII, and get the generation's suffix ("", "_2", …) when a name is taken.
 */
export const DEFINED_NAMES = [
  "Tyovoima_Yhteensa",
  "Tyovoima_Ennuste",
  "Tyovoima_Riittaa",
  "Kustannusosuudet",
  "Kustannus_Yhteensa",
  "Htv_Yhteensa",
  "Htv_Tarve",
  "Budjetti_Yhteensa",
] as const;
export type DefinedName = (typeof DEFINED_NAMES)[number];

export const TABLE_NAMES = {
  municipalities: "Kunnat",
  costSplit: "Kustannusjako",
  budget: "Budjettikehys",
  staffing: "Henkilostotaulukko",
  caseload: "Asiakasryhmat",
  services: "Palvelutuotanto",
} as const;
export type TableKey = keyof typeof TABLE_NAMES;

/** Which names and tables each sheet defines. */
export const NAMES_OF_SHEET: Readonly<
  Record<SheetKey, { readonly names: readonly DefinedName[]; readonly tables: readonly TableKey[] }>
> = {
  municipalities: {
    names: ["Tyovoima_Yhteensa", "Tyovoima_Ennuste", "Tyovoima_Riittaa"],
    tables: ["municipalities"],
  },
  costSplit: { names: ["Kustannusosuudet", "Kustannus_Yhteensa"], tables: ["costSplit"] },
  budget: { names: ["Budjetti_Yhteensa"], tables: ["budget"] },
  staffing: { names: ["Htv_Yhteensa", "Htv_Tarve"], tables: ["staffing", "caseload"] },
  services: { names: [], tables: ["services"] },
};

/** The figure (src/domain/figures.ts) each defined name must recalculate to. */
export const FIGURE_OF_NAME: Readonly<Record<DefinedName, keyof AreaFigures>> = {
  Tyovoima_Yhteensa: "labourForceTotal",
  Tyovoima_Ennuste: "labourForceProjected",
  Tyovoima_Riittaa: "labourForceSufficient",
  Kustannusosuudet: "costShares",
  Kustannus_Yhteensa: "costTotal",
  Htv_Yhteensa: "htvTotal",
  Htv_Tarve: "htvNeed",
  Budjetti_Yhteensa: "budgetTotal",
};
