/**
 * What both adapters need to know of a formula's text: its tokens, the functions it calls and
 * whether it uses Excel's display-only `@` shorthand. The plan holds what a user would type in
 * en-US Excel ("=IFS(…)").
 */

/**
 * Functions newer than Excel 2019 (dynamic arrays and after). Generated sheets must not use them:
 * Excel 2019 and LibreOffice cannot calculate them (docs/sheets.md).
 */
export const POST_2019_FUNCTIONS: ReadonlySet<string> = new Set(
  [
    "XLOOKUP XMATCH LET LAMBDA FILTER SORT SORTBY UNIQUE SEQUENCE RANDARRAY TEXTSPLIT TEXTBEFORE",
    "TEXTAFTER VSTACK HSTACK TOCOL TOROW WRAPROWS WRAPCOLS TAKE DROP CHOOSECOLS CHOOSEROWS EXPAND MAP",
    "REDUCE SCAN MAKEARRAY BYROW BYCOL ISOMITTED ARRAYTOTEXT VALUETOTEXT GROUPBY PIVOTBY PERCENTOF",
    "IMAGE REGEXTEST REGEXEXTRACT REGEXREPLACE TRIMRANGE SINGLE ANCHORARRAY",
  ]
    .join(" ")
    .split(" "),
);

export interface FormulaToken {
  /** Source text of the token. */
  readonly text: string;
  /** A function name: an identifier directly followed by "(". */
  readonly isFunction: boolean;
}

const IDENTIFIER_START = /[A-Za-z_\\]/;
const IDENTIFIER_PART = /[A-Za-z0-9_.\\]/;

/**
 * Splits a formula into tokens just finely enough to find function names outside string literals,
 * quoted sheet names and structured-reference brackets (a column may be called "Summa (IFS)").
 */
function tokens(body: string): FormulaToken[] {
  const out: FormulaToken[] = [];
  let i = 0;
  const push = (from: number, isFunction = false) => out.push({ text: body.slice(from, i), isFunction });
  while (i < body.length) {
    const start = i;
    const ch = body[i] as string;
    if (ch === '"' || ch === "'") {
      // A doubled quote inside stays inside ("" in strings, '' in sheet names).
      for (i++; i < body.length; i++) {
        if (body[i] === ch) {
          if (body[i + 1] === ch) i++;
          else break;
        }
      }
      i++;
      push(start);
    } else if (ch === "[") {
      let depth = 0;
      for (; i < body.length; i++) {
        // An apostrophe escapes the next character inside structured-reference column names.
        if (body[i] === "'") i++;
        else if (body[i] === "[") depth++;
        else if (body[i] === "]" && --depth === 0) break;
      }
      i++;
      push(start);
    } else if (
      IDENTIFIER_START.test(ch) &&
      (start === 0 || !IDENTIFIER_PART.test(body[start - 1] as string))
    ) {
      while (i < body.length && IDENTIFIER_PART.test(body[i] as string)) i++;
      push(start, body[i] === "(");
    } else {
      i++;
      push(start);
    }
  }
  return out;
}

interface Analysis {
  readonly tokens: readonly FormulaToken[];
  /** Upper-case names of the functions it calls, in order of appearance. */
  readonly functions: readonly string[];
  /** Uses `[@Column]`, Excel's display shorthand, which is never valid in a file. */
  readonly atShorthand: boolean;
}

/**
 * Analyses by formula text. A table column repeats one formula on every row (structured references
 * do not change from row to row), so a generation analyses few distinct formulas; the cache is
 * dropped whole when it grows large.
 */
const analyses = new Map<string, Analysis>();
const CACHE_LIMIT = 20_000;

function analyse(formula: string): Analysis {
  let analysis = analyses.get(formula);
  if (analysis) return analysis;
  const parts = tokens(formula.startsWith("=") ? formula.slice(1) : formula);
  analysis = {
    tokens: parts,
    functions: parts.filter((part) => part.isFunction).map((part) => part.text.toUpperCase()),
    atShorthand: parts.some(({ text }) => text === "@" || (text.startsWith("[") && text.includes("[@"))),
  };
  if (analyses.size >= CACHE_LIMIT) analyses.clear();
  analyses.set(formula, analysis);
  return analysis;
}

/** The formula without its leading "=", as tokens that concatenate back to it. */
export const formulaTokens = (formula: string): readonly FormulaToken[] => analyse(formula).tokens;

/** Upper-case names of the functions a formula calls, in order of appearance. */
export const functionsIn = (formula: string): readonly string[] => analyse(formula).functions;

/**
 * Does the formula use `[@Column]` or the implicit-intersection `@`? Both are Excel's display
 * forms; files spell the first `[#This Row]`, and LibreOffice reads neither.
 */
export const usesAtShorthand = (formula: string): boolean => analyse(formula).atShorthand;
