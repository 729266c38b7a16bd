import type { Catalog, Lang } from "../i18n/lang";
import { EMPTY_WORKBOOK, type ExistingNames } from "../sheets/naming";
import type { WorkbookPlan } from "../sheets/plan";
import type { GenerationResult, Progress, Selection, WorkbookTarget } from "../sheets/target";
import { addCharts } from "./charts";
import { planToWorkbook, workbookBytes } from "./workbook";

const NO_SELECTION: Catalog<string> = {
  fi: "Valintaa ei voi lukea, koska työkirja ei ole auki Excelissä. Syötä tiedot lomakkeelle tai lataa JSON-tiedosto.",
  sv: "Markeringen kan inte läsas eftersom arbetsboken inte är öppen i Excel. Fyll i formuläret eller läs in en JSON-fil.",
  en: "There is no selection to read: the workbook is not open in Excel. Fill in the form or load a JSON file.",
};

/** Rejection of `readSelection` outside Excel; `code` lets the pane tell it from other failures. */
export class NoSelectionError extends Error {
  readonly code = "noSelection";
  constructor(lang: Lang) {
    super(NO_SELECTION[lang]);
    this.name = "NoSelectionError";
  }
}

/**
 * The standalone target (STYLE §2): the pane outside Excel, where generation produces an .xlsx to
 * download. The workbook is always new, so the plan is built against an empty one.
 */
export class StandaloneTarget implements WorkbookTarget {
  readonly kind = "standalone";

  constructor(private readonly lang: Lang = "fi") {}

  readSelection(): Promise<Selection> {
    return Promise.reject(new NoSelectionError(this.lang));
  }

  async generate(
    build: (existing: ExistingNames) => WorkbookPlan,
    progress?: Progress,
  ): Promise<GenerationResult> {
    progress?.(0, "read");
    const plan = build(EMPTY_WORKBOOK);
    progress?.(0.2, "write");
    const workbook = planToWorkbook(plan);
    progress?.(0.5, "format");
    const file = await addCharts(await workbookBytes(workbook), plan);
    progress?.(1, "done");
    return {
      sheets: plan.sheets.map(({ key, name }) => ({ key, name })),
      names: plan.sheets.flatMap((sheet) => sheet.names.map(({ name }) => name)),
      tables: plan.sheets.flatMap((sheet) => sheet.tables.map(({ name }) => name)),
      file,
    };
  }

  activateSheet(): Promise<void> {
    return Promise.resolve();
  }
}
