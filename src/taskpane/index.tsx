import { createRoot } from "react-dom/client";
import { missingRequirements } from "../excel/requirements";
import { langFromLocale, type Lang } from "../i18n/lang";
import { uiStrings } from "../i18n/ui";
import type { WorkbookTarget } from "../sheets/target";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { detectHost } from "./host";
import { lazyExcelTarget, lazyStandaloneTarget } from "./lazyTargets";

/**
 * Starts the pane. Inside Excel it writes into the open workbook and speaks Office's display
 * language; anywhere else (or in an Excel too old for the API it needs) it runs standalone on the
 * samples and offers the workbook as an .xlsx download, in the browser's language.
 */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const host = await detectHost();
  const excel = host.kind === "excel";
  const lang: Lang = langFromLocale(excel ? host.displayLanguage : navigator.language);
  const missing = excel ? missingRequirements() : [];

  let current: Lang = lang;
  const target =
    excel && missing.length === 0 ? lazyExcelTarget(() => current) : lazyStandaloneTarget(() => current);
  const targetFor = (next: Lang): WorkbookTarget => {
    current = next;
    return target;
  };
  document.documentElement.lang = lang;
  createRoot(container).render(
    <ErrorBoundary lang={lang}>
      <App targetFor={targetFor} initialLang={lang} missingRequirements={missing} />
    </ErrorBoundary>,
  );
}

start().catch((error: unknown) => {
  // Before React is up there is nothing but the page: say it there.
  const root = document.getElementById("root");
  const message = error instanceof Error ? error.message : String(error);
  if (root) root.textContent = uiStrings[langFromLocale(navigator.language)].unexpectedError(message);
});
