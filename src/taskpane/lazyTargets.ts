import type { Lang } from "../i18n/lang";
import type { WorkbookTarget } from "../sheets/target";

/**
 * A target whose code is loaded when the user first reads a selection or generates, not when the
 * pane starts: the pane's first paint needs neither the writer nor its plan checks (webpack puts
 * each in its own chunk). Every call is in the pane's current language.
 */
function lazyTarget(
  kind: WorkbookTarget["kind"],
  load: () => Promise<(lang: Lang) => WorkbookTarget>,
  lang: () => Lang,
): WorkbookTarget {
  let loaded: Promise<(lang: Lang) => WorkbookTarget> | undefined;
  const target = async () => (await (loaded ??= load()))(lang());
  return {
    kind,
    readSelection: async () => (await target()).readSelection(),
    generate: async (build, progress) => (await target()).generate(build, progress),
    activateSheet: async (name) => (await target()).activateSheet(name),
  };
}

/** The .xlsx download: ExcelJS is far larger than the rest of the pane, and Excel never needs it. */
export const lazyStandaloneTarget = (lang: () => Lang): WorkbookTarget =>
  lazyTarget(
    "standalone",
    async () => {
      const { StandaloneTarget } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/target");
      return (current) => new StandaloneTarget(current);
    },
    lang,
  );

/** The open workbook through Office.js, with the plan check it runs before writing. */
export const lazyExcelTarget = (lang: () => Lang): WorkbookTarget =>
  lazyTarget(
    "excel",
    async () => {
      const { ExcelTarget } = await import(/* webpackChunkName: "excel" */ "../excel/target");
      return (current) => new ExcelTarget({ lang: current });
    },
    lang,
  );
