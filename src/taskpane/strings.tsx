import { createContext, useContext } from "react";
import type { Lang } from "../i18n/lang";
import { uiStrings, type UiStrings } from "../i18n/ui";

/** The pane's language and its strings, given once at the top and read by every component. */
export interface LangValue {
  readonly lang: Lang;
  readonly t: UiStrings;
}

const LangContext = createContext<LangValue>({ lang: "fi", t: uiStrings.fi });

export const LangProvider = LangContext.Provider;
export const useLang = (): LangValue => useContext(LangContext);
export const langValue = (lang: Lang): LangValue => ({ lang, t: uiStrings[lang] });
