import type { Problem } from "../domain/result";
import { formatNumber, quote } from "./format";
import type { Catalog, Lang } from "./lang";

type Messages = { [C in Problem["code"]]: (problem: Extract<Problem, { code: C }>, lang: Lang) => string };

const n = formatNumber;

export const problemMessages: Catalog<Messages> = {
  fi: {
    notNumber: (p, l) => `teksti ${quote(l, p.text)}, odotettiin lukua`,
    boolean: (p) => `totuusarvo ${p.value ? "TOSI" : "EPÄTOSI"}, odotettiin lukua`,
    errorValue: (p) => `virhearvo ${p.text}, odotettiin lukua`,
    notFinite: () => `luku ei ole äärellinen`,
    resultNotFinite: () => `tulos ei ole äärellinen luku: argumentit ovat liian suuria tai lähellä nollaa`,
    negative: (p, l) => `negatiivinen luku ${n(l, p.value)}, odotettiin vähintään 0`,
    notInteger: (p, l) => `${n(l, p.value)} ei ole kokonaisluku`,
    tooSmall: (p, l) =>
      `${n(l, p.value)} on liian pieni, odotettiin ${p.inclusive ? "vähintään" : "yli"} ${n(l, p.min)}`,
    tooLarge: (p, l) =>
      `${n(l, p.value)} on liian suuri, odotettiin ${p.inclusive ? "enintään" : "alle"} ${n(l, p.max)}`,
    empty: () => `ei yhtään lukua`,
    missing: () => `arvo puuttuu`,
    shape: (p) => `muoto ${p.actual}, odotettiin ${p.expected}`,
    weightsSum: (p, l) => `painojen summa on ${n(l, p.sum)}, odotettiin 1 (100 %)`,
    weightsCount: (p) => `painoja on ${p.actual}, perusteita ${p.expected}`,
    zeroCriterion: (p) => `perusteen ${p.column} summa on 0, vaikka sen paino ei ole 0`,
  },
  sv: {
    notNumber: (p, l) => `texten ${quote(l, p.text)}, ett tal förväntades`,
    boolean: (p) => `sanningsvärdet ${p.value ? "SANT" : "FALSKT"}, ett tal förväntades`,
    errorValue: (p) => `felvärdet ${p.text}, ett tal förväntades`,
    notFinite: () => `talet är inte ändligt`,
    resultNotFinite: () => `resultatet är inte ett ändligt tal: argumenten är för stora eller nära noll`,
    negative: (p, l) => `negativt tal ${n(l, p.value)}, minst 0 förväntades`,
    notInteger: (p, l) => `${n(l, p.value)} är inte ett heltal`,
    tooSmall: (p, l) =>
      `${n(l, p.value)} är för litet, ${p.inclusive ? "minst" : "över"} ${n(l, p.min)} förväntades`,
    tooLarge: (p, l) =>
      `${n(l, p.value)} är för stort, ${p.inclusive ? "högst" : "under"} ${n(l, p.max)} förväntades`,
    empty: () => `inga tal alls`,
    missing: () => `värdet saknas`,
    shape: (p) => `formen ${p.actual}, ${p.expected} förväntades`,
    weightsSum: (p, l) => `vikterna summerar till ${n(l, p.sum)}, 1 (100 %) förväntades`,
    weightsCount: (p) => `${p.actual} vikter men ${p.expected} grunder`,
    zeroCriterion: (p) => `grund ${p.column} summerar till 0 fast dess vikt inte är 0`,
  },
  en: {
    notNumber: (p, l) => `text ${quote(l, p.text)}, expected a number`,
    boolean: (p) => `logical value ${p.value ? "TRUE" : "FALSE"}, expected a number`,
    errorValue: (p) => `error value ${p.text}, expected a number`,
    notFinite: () => `the number is not finite`,
    resultNotFinite: () =>
      `the result is not a finite number: the arguments are too large or too close to zero`,
    negative: (p, l) => `negative number ${n(l, p.value)}, expected at least 0`,
    notInteger: (p, l) => `${n(l, p.value)} is not a whole number`,
    tooSmall: (p, l) =>
      `${n(l, p.value)} is too small, expected ${p.inclusive ? "at least" : "more than"} ${n(l, p.min)}`,
    tooLarge: (p, l) =>
      `${n(l, p.value)} is too large, expected ${p.inclusive ? "at most" : "less than"} ${n(l, p.max)}`,
    empty: () => `no numbers at all`,
    missing: () => `the value is missing`,
    shape: (p) => `shape ${p.actual}, expected ${p.expected}`,
    weightsSum: (p, l) => `the weights sum to ${n(l, p.sum)}, expected 1 (100 %)`,
    weightsCount: (p) => `${p.actual} weights for ${p.expected} criteria`,
    zeroCriterion: (p) => `criterion ${p.column} sums to 0 although its weight is not 0`,
  },
};

/** The problem as one sentence in the user's language, prefixed by where it is: "C7: text …". */
export function describeProblem(lang: Lang, problem: Problem): string {
  const message = (problemMessages[lang][problem.code] as (p: Problem, l: Lang) => string)(problem, lang);
  return problem.at ? `${problem.at}: ${message}` : message;
}
