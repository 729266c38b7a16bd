/** The add-in's languages: Finnish is the default, Swedish and English are full translations. */
export const LANGS = ["fi", "sv", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "fi";

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/**
 * Maps an Office display language or BCP 47 tag ("sv-FI", "en-US", "fi") to ours; anything else
 * falls back to Finnish, the language of the users' own plans.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const primary = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : DEFAULT_LANG;
}

/**
 * Which of a municipality's official names (Statistics Finland's classification has Finnish and
 * Swedish ones) a text in `lang` uses: Swedish in Swedish, Finnish otherwise (there are no English
 * names). The pane, the CLI and their workbooks follow this one rule.
 */
export const memberNamesFor = (lang: Lang): "fi" | "sv" => (lang === "sv" ? "sv" : "fi");

/** The locale used to format numbers and dates shown to the user in each language. */
export const LOCALE_OF: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** A catalog gives every language the same keys with the same shapes, so none can lag behind. */
export type Catalog<T> = Record<Lang, T>;

/**
 * A catalog whose Finnish part is in the pane's start-up bundle while the Swedish and English parts
 * come in their own chunks (languages.ts installs them). Until a language is installed its entry
 * is the Finnish one: text in the default language, never a crash.
 */
export const finnishFirst = <T>({ fi }: { readonly fi: T }): Catalog<T> => ({ fi, sv: fi, en: fi });
