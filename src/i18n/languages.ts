import { inputWords, type InputWords } from "./input";
import type { SampleId } from "../domain/samples";
import { DEFAULT_LANG, type Lang } from "./lang";
import { sampleFormWords, sampleNames, type SampleWords } from "./samples";
import { uiStrings, type UiStrings } from "./ui";

/**
 * The pane's start-up bundle carries Finnish, the default; the Swedish and English parts of the
 * big catalogs (the pane's words, the input messages, the samples' form words) come in a chunk per language, loaded before
 * the pane first shows that language. Node (the CLI, the tests) installs every language at once
 * with allLanguages.ts.
 */

/** One language's part of the catalogs that are loaded on demand. */
export interface LanguagePack {
  readonly ui: UiStrings;
  readonly inputWords: InputWords;
  readonly sampleNames: Readonly<Record<SampleId, string>>;
  readonly sampleFormWords: SampleWords;
}

const installed = new Set<Lang>([DEFAULT_LANG]);

export function installLanguage(lang: Lang, pack: LanguagePack): void {
  uiStrings[lang] = pack.ui;
  inputWords[lang] = pack.inputWords;
  sampleNames[lang] = pack.sampleNames;
  sampleFormWords[lang] = pack.sampleFormWords;
  installed.add(lang);
}

export const isLanguageInstalled = (lang: Lang): boolean => installed.has(lang);

const chunks: Record<Exclude<Lang, "fi">, () => Promise<{ readonly pack: LanguagePack }>> = {
  sv: () => import(/* webpackChunkName: "lang-sv" */ "./sv/index"),
  en: () => import(/* webpackChunkName: "lang-en" */ "./en/index"),
};
const loading = new Map<Lang, Promise<void>>();

/** Installs a language's catalogs, loading its chunk the first time; every caller shares one load. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === "fi" || installed.has(lang)) return Promise.resolve();
  let load = loading.get(lang);
  if (!load) {
    load = chunks[lang]().then(
      ({ pack }) => installLanguage(lang, pack),
      (error: unknown) => {
        // A failed chunk (a dropped connection) may be asked for again.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, load);
  }
  return load;
}
