import { createRoot } from "react-dom/client";
import { missingRequirements } from "../excel/requirements";
import { DEFAULT_LANG, isLang, type Lang } from "../i18n/lang";
import { loadLanguage } from "../i18n/languages";
import { uiStrings } from "../i18n/ui";
import type { WorkbookTarget } from "../sheets/target";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { detectHost } from "./host";
import { initialLanguage, rememberedLanguage } from "./language";
import { lazyExcelTarget, lazyStandaloneTarget } from "./lazyTargets";

/**
 * Starts the pane. Inside Excel it writes into the open workbook; anywhere else (or in an Excel too
 * old for the API it needs) it runs standalone on the samples and offers the workbook as an .xlsx
 * download. Its language is chosen by initialLanguage (language.ts); a Swedish or English start
 * loads that language's catalogs before the first render, so no Finnish flashes first.
 */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const remembered = rememberedLanguage();
  // A remembered language's chunk loads while the host is still being detected.
  if (isLang(remembered)) loadLanguage(remembered).catch(() => undefined);
  const host = await detectHost();
  const excel = host.kind === "excel";
  const lang: Lang = initialLanguage({
    remembered,
    excel,
    displayLanguage: excel ? host.displayLanguage : undefined,
    browserLanguage: navigator.language,
  });
  // Without its catalogs (a dropped connection) the pane still starts, in Finnish.
  const shown = await loadLanguage(lang).then(
    () => lang,
    () => DEFAULT_LANG,
  );
  const missing = excel ? missingRequirements() : [];

  let current: Lang = shown;
  const target =
    excel && missing.length === 0 ? lazyExcelTarget(() => current) : lazyStandaloneTarget(() => current);
  const targetFor = (next: Lang): WorkbookTarget => {
    current = next;
    return target;
  };
  document.documentElement.lang = shown;
  createRoot(container).render(
    <ErrorBoundary lang={shown}>
      <App targetFor={targetFor} initialLang={shown} missingRequirements={missing} />
    </ErrorBoundary>,
  );
}

start().catch((error: unknown) => {
  // Before React is up there is nothing but the page: say it there.
  const root = document.getElementById("root");
  const message = error instanceof Error ? error.message : String(error);
  if (root) root.textContent = uiStrings.fi.unexpectedError(message);
});
