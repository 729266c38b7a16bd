import { DEFAULT_LANG, isLang, langFromLocale, type Lang } from "../i18n/lang";

/**
 * The language the pane starts in (docs/taskpane.md, "Start-up: Excel or standalone"):
 * 1. the language the user last chose in the pane's switch, remembered in this browser;
 * 2. inside Excel, Office's display language when it is Finnish, Swedish or English;
 * 3. outside Excel, Swedish when the browser's first language is Swedish, else Finnish.
 * The pane is for Finnish municipalities, whose working languages are Finnish and Swedish; a
 * browser set to English (most work laptops and test machines) says little about its user, so it
 * no longer turns the standalone pane English. English is one choice away and is then remembered.
 */
export function initialLanguage(args: {
  readonly remembered: string | null | undefined;
  readonly excel: boolean;
  readonly displayLanguage: string | undefined;
  readonly browserLanguage: string | undefined;
}): Lang {
  if (isLang(args.remembered)) return args.remembered;
  if (args.excel) return langFromLocale(args.displayLanguage);
  return langFromLocale(args.browserLanguage) === "sv" ? "sv" : DEFAULT_LANG;
}

const STORAGE_KEY = "tyollisyysalue.lang";

/** Storage may be unavailable (a locked-down browser, a sandboxed frame): then nothing is remembered. */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function rememberedLanguage(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: Lang): void {
  try {
    storage()?.setItem(STORAGE_KEY, lang);
  } catch {
    // Full or refused storage: the choice holds for this session only.
  }
}
