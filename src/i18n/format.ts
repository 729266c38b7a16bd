import { LOCALE_OF, type Lang } from "./lang";

const cache = new Map<string, Intl.NumberFormat>();

/**
 * Past this size digits stop helping a reader: 1e308 would be 309 digits. Such numbers, and
 * (at full precision) ones too small to show any digit, such as 5e-324, which would read 0, are
 * written with an exponent: 1E308, 5E-324.
 */
const PLAIN_LIMIT = 1e15;

/** Formats a number for people (never for a workbook, which stores numbers), e.g. 18 875 or 0,95. */
export function formatNumber(
  lang: Lang,
  value: number,
  maximumFractionDigits = 10,
  locale = LOCALE_OF[lang],
): string {
  const magnitude = Math.abs(value);
  const scientific =
    Number.isFinite(value) &&
    (magnitude >= PLAIN_LIMIT ||
      (maximumFractionDigits >= 10 && magnitude > 0 && magnitude < 0.5 * 10 ** -maximumFractionDigits));
  const key = `${locale}|${scientific ? "e" : maximumFractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = scientific
      ? new Intl.NumberFormat(locale, { notation: "scientific", maximumFractionDigits: 3 })
      : new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping: true });
    cache.set(key, format);
  }
  return format.format(value);
}

/** A number with exactly `digits` decimals, trailing zeros kept: 42,80 (grouped unless told not to). */
export function formatFixed(lang: Lang, value: number, digits: number, grouping = true): string {
  const key = `${LOCALE_OF[lang]}|fixed${digits}${grouping ? "g" : ""}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_OF[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: grouping,
    });
    cache.set(key, format);
  }
  return format.format(value);
}

/** Euros for people, always to the cent: "169 923,20 €" (the unit after a space in all three languages). */
export const formatEuros = (lang: Lang, value: number): string => `${formatFixed(lang, value, 2)} €`;

/**
 * A number as a sheet shows it under one of the workbook's number format codes (NUMBER_FORMATS of
 * src/sheets/plan.ts, which all read this way): the zeros after the point are the decimals, a comma
 * groups thousands, "%" shows a fraction as a percentage and a quoted text is a unit after the
 * number: '#,##0.00 "€"' → "169 923,20 €", "0.0 %" → "12,5 %", "0" → "2025". "@" (text) and no
 * code show the number as it is.
 */
export function formatByCode(lang: Lang, value: number, code: string | undefined): string {
  // A code of sections ("positive;negative;zero;text") shows a number by its first: the sheets'
  // negative sections differ from it only by the sign, which formatFixed writes anyway.
  const pattern = /^([#,0]+)(?:\.(0+))?( ?%)?(?: "([^"]*)")?$/.exec((code ?? "").split(";")[0] as string);
  if (!pattern) return formatNumber(lang, value);
  const [, integer = "", decimals = "", percent, unit] = pattern;
  const shown = percent ? Number((value * 100).toPrecision(12)) : value;
  const text = formatFixed(lang, shown, decimals.length, integer.includes(","));
  return `${text}${percent ? " %" : ""}${unit === undefined ? "" : ` ${unit}`}`;
}

/** A fraction as a percentage for people: 0,25 → "25 %" (a space before the sign, as all three languages write it). */
export const formatPercent = (lang: Lang, fraction: number, maximumFractionDigits = 2): string =>
  `${formatNumber(lang, Number((fraction * 100).toPrecision(12)), maximumFractionDigits)} %`;

/** "130 ja 120", "130 och 120", "130 and 120": items joined as the language joins a list. */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE_OF[lang], { type: "conjunction" }).format(items);
}

/** Quotes user text in messages the way the language does it. */
export const quote = (lang: Lang, text: string): string => (lang === "en" ? `'${text}'` : `”${text}”`);
