import translations from "../functions/metadata.l10n.json";
import type { Catalog, Lang } from "./lang";

/**
 * Words the custom functions use to say where a problem is: "tyovoima, rivi 3". Finnish names
 * and descriptions live in the JSDoc of src/functions/functions.ts (Excel reads them from there);
 * Swedish and English ones in src/functions/metadata.l10n.json, which the build also uses.
 */
export interface FunctionWords {
  readonly row: string;
  readonly column: string;
  readonly or: string;
  /** "(kuten asiakkaat)": which other argument a range must match. */
  readonly like: (argument: string) => string;
  /** "(kaikkien_perusteet: 2 saraketta)": the table whose columns a shape follows. */
  readonly columnsOf: (argument: string, count: number) => string;
  /** A defect of ours, not of the input: said plainly rather than hidden behind a bare #VALUE!. */
  readonly internal: (detail: string) => string;
}

export const functionWords: Catalog<FunctionWords> = {
  fi: {
    row: "rivi",
    column: "sarake",
    or: "tai",
    like: (argument) => `(kuten ${argument})`,
    columnsOf: (argument, count) => `(${argument}: ${count} ${count === 1 ? "sarake" : "saraketta"})`,
    internal: (detail) => `sisäinen virhe lisäosassa: ${detail}`,
  },
  sv: {
    row: "rad",
    column: "kolumn",
    or: "eller",
    like: (argument) => `(som ${argument})`,
    columnsOf: (argument, count) => `(${argument}: ${count} ${count === 1 ? "kolumn" : "kolumner"})`,
    internal: (detail) => `internt fel i tillägget: ${detail}`,
  },
  en: {
    row: "row",
    column: "column",
    or: "or",
    like: (argument) => `(like ${argument})`,
    columnsOf: (argument, count) => `(${argument}: ${count} ${count === 1 ? "column" : "columns"})`,
    internal: (detail) => `internal error in the add-in: ${detail}`,
  },
};

export interface LocalizedParameter {
  readonly name: string;
  readonly description: string;
}
export interface LocalizedFunction {
  readonly name: string;
  readonly description: string;
  /** Keyed by the Finnish parameter name, which is also the JavaScript parameter name. */
  readonly parameters: Readonly<Record<string, LocalizedParameter>>;
}
/** Swedish and English metadata, keyed by function id (ids never change with the language). */
export type FunctionTranslations = Readonly<
  Record<Exclude<Lang, "fi">, { readonly functions: Readonly<Record<string, LocalizedFunction>> }>
>;

export const functionTranslations: FunctionTranslations = translations;

/** The argument's name as Excel shows it in `lang`, so that a message names what the user sees. */
export function argumentName(lang: Lang, functionId: string, parameter: string): string {
  if (lang === "fi") return parameter;
  return functionTranslations[lang].functions[functionId]?.parameters[parameter]?.name ?? parameter;
}
