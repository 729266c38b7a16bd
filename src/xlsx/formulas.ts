/**
 * Formulas as the .xlsx file stores them. The plan holds what a user would type in en-US Excel
 * ("=IFS(…)"); the file holds it without the "=" and with functions newer than Excel 2007 written
 * "_xlfn.IFS(…)" (ECMA-376 and MS-XLSX), or Excel shows #NAME? until the cell is re-entered.
 * LibreOffice reads both spellings. Office.js takes the typed form and needs none of this.
 */
import { formulaTokens } from "../sheets/render/formulas";

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

/** The formula as the file stores it, by formula text (a generation has few distinct ones). */
const fileFormulas = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** The formula as the file stores it: no leading "=", newer functions with `_xlfn.`. */
export function toFileFormula(formula: string): string {
  let file = fileFormulas.get(formula);
  if (file !== undefined) return file;
  file = formulaTokens(formula)
    .map(({ text, isFunction }) =>
      isFunction && PREFIXED_FUNCTIONS.has(text.toUpperCase()) ? `_xlfn.${text}` : text,
    )
    .join("");
  if (fileFormulas.size >= CACHE_LIMIT) fileFormulas.clear();
  fileFormulas.set(formula, file);
  return file;
}
