/**
 * Formulas as the .xlsx file stores them. The plan holds what a user would type in en-US Excel
 * ("=IFS(…)"); the file holds it without the "=" and with functions newer than Excel 2007 written
 * "_xlfn.IFS(…)" (ECMA-376 and MS-XLSX), or Excel shows #NAME? until the cell is re-entered.
 * LibreOffice reads both spellings. Office.js takes the typed form and needs none of this.
 */

/** Excel 2010–2019 functions stored with the `_xlfn.` prefix (Microsoft: "Issue: An _xlfn. prefix…"). */
const PREFIXED_FUNCTIONS = new Set(
  [
    // Excel 2010
    "AGGREGATE BETA.DIST BETA.INV BINOM.DIST BINOM.INV CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT",
    "CHISQ.INV CHISQ.INV.RT CHISQ.TEST CONFIDENCE.NORM CONFIDENCE.T COVARIANCE.P COVARIANCE.S",
    "ERF.PRECISE ERFC.PRECISE EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FLOOR.PRECISE",
    "GAMMA.DIST GAMMA.INV GAMMALN.PRECISE HYPGEOM.DIST ISO.CEILING LOGNORM.DIST LOGNORM.INV MODE.MULT",
    "MODE.SNGL NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV PERCENTILE.EXC",
    "PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC POISSON.DIST QUARTILE.EXC QUARTILE.INC RANK.AVG",
    "RANK.EQ STDEV.P STDEV.S T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST VAR.P VAR.S WEIBULL.DIST",
    "WORKDAY.INTL Z.TEST",
    // Excel 2013
    "ACOT ACOTH ARABIC BASE BINOM.DIST.RANGE BITAND BITLSHIFT BITOR BITRSHIFT BITXOR CEILING.MATH COMBINA",
    "COT COTH CSC CSCH DAYS DECIMAL ENCODEURL FILTERXML FLOOR.MATH FORMULATEXT GAMMA GAUSS IFNA IMCOSH",
    "IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOWEEKNUM MUNIT NUMBERVALUE PDURATION",
    "PERMUTATIONA PHI RRI SEC SECH SHEET SHEETS SKEW.P UNICHAR UNICODE WEBSERVICE XOR",
    // Excel 2016 and 2019
    "FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR",
    "CONCAT IFS MAXIFS MINIFS SWITCH TEXTJOIN",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Functions newer than Excel 2019 (dynamic arrays and after). Generated sheets must not use them:
 * Excel 2019 and LibreOffice cannot calculate them (common brief).
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

interface Token {
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
function tokens(body: string): Token[] {
  const out: Token[] = [];
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
  /** The formula as the file stores it. */
  readonly file: string;
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
    file: parts
      .map(({ text, isFunction }) =>
        isFunction && PREFIXED_FUNCTIONS.has(text.toUpperCase()) ? `_xlfn.${text}` : text,
      )
      .join(""),
    functions: parts.filter((part) => part.isFunction).map((part) => part.text.toUpperCase()),
    atShorthand: parts.some(({ text }) => text === "@" || (text.startsWith("[") && text.includes("[@"))),
  };
  if (analyses.size >= CACHE_LIMIT) analyses.clear();
  analyses.set(formula, analysis);
  return analysis;
}

/** Upper-case names of the functions a formula calls, in order of appearance. */
export const functionsIn = (formula: string): readonly string[] => analyse(formula).functions;

/** The formula as the file stores it: no leading "=", newer functions with `_xlfn.`. */
export const toFileFormula = (formula: string): string => analyse(formula).file;

/**
 * Does the formula use `[@Column]` or the implicit-intersection `@`? Both are Excel's display
 * forms; files spell the first `[#This Row]`, and LibreOffice reads neither.
 */
export const usesAtShorthand = (formula: string): boolean => analyse(formula).atShorthand;
