import type { Lang } from "../i18n/lang";
import type { WorkbookTarget } from "../sheets/target";

/**
 * The standalone target, loaded only when the user first downloads: ExcelJS is far larger than the
 * rest of the pane, and inside Excel it is never needed (webpack puts it in its own chunk).
 */
export function lazyStandaloneTarget(lang: () => Lang): WorkbookTarget {
  let loaded: Promise<typeof import("../xlsx/target")> | undefined;
  const load = () => (loaded ??= import(/* webpackChunkName: "xlsx" */ "../xlsx/target"));
  return {
    kind: "standalone",
    readSelection: async () => {
      const { StandaloneTarget } = await load();
      return new StandaloneTarget(lang()).readSelection();
    },
    generate: async (build, progress) => {
      const { StandaloneTarget } = await load();
      return new StandaloneTarget(lang()).generate(build, progress);
    },
    activateSheet: () => Promise.resolve(),
  };
}
