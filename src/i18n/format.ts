import { LOCALE_OF, type Lang } from "./lang";

const cache = new Map<string, Intl.NumberFormat>();

/** Formats a number for people (never for a workbook, which stores numbers), e.g. 18 875 or 0,95. */
export function formatNumber(
  lang: Lang,
  value: number,
  maximumFractionDigits = 10,
  locale = LOCALE_OF[lang],
): string {
  const key = `${locale}|${maximumFractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping: true });
    cache.set(key, format);
  }
  return format.format(value);
}

/** Quotes user text in messages the way the language does it. */
export const quote = (lang: Lang, text: string): string => (lang === "en" ? `'${text}'` : `”${text}”`);
