import type { Result } from "../domain/result";
import { functionWords } from "../i18n/functions";
import { langFromLocale, type Lang } from "../i18n/lang";
import { describeProblem } from "../i18n/problems";
import type { Param } from "./params";
import { evaluate, isBadNumber, isMissingData, type FunctionSpec } from "./runner";
import { costShareSpec, labourForceSpec, personYearsSpec } from "./specs";

/*
 * The custom functions as Excel sees them (namespace TE, docs/functions.md). The JSDoc below is the
 * Finnish metadata: custom-functions-metadata-plugin turns it into dist/functions.json and appends
 * the CustomFunctions.associate calls; scripts/localize-metadata.js adds the sv and en files.
 *
 * Every argument is declared `unknown` (metadata type "any"), never `number`: with `number`,
 * Excel would itself turn TRUE into 1 and reject "18 875" with a bare #VALUE!, and a blank cell
 * would arrive as 0 instead of taking the default. Ranges are matrices, so Excel passes them whole.
 */

/** The language Excel is shown in; Office or its context is missing outside Excel or before init. */
function displayLang(): Lang {
  const office = typeof Office === "undefined" ? undefined : Office;
  return langFromLocale(office?.context?.displayLanguage);
}

/**
 * Runs a declared function on Excel's raw arguments. A problem becomes a CustomFunctions.Error
 * returned as the value (the runtime shows its message in the cell's error tooltip); nothing is
 * thrown, not even for a defect of ours.
 */
function run<P extends readonly Param<unknown>[], R>(
  spec: FunctionSpec<P, R>,
  args: readonly unknown[],
): R | CustomFunctions.Error {
  const lang = displayLang();
  let result: Result<R>;
  try {
    result = evaluate(spec, args, lang);
  } catch (defect) {
    const detail = defect instanceof Error ? defect.message : String(defect);
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      functionWords[lang].internal(detail),
    );
  }
  if (result.ok) return result.value;
  const code = isMissingData(result.error)
    ? CustomFunctions.ErrorCode.notAvailable
    : isBadNumber(result.error)
      ? CustomFunctions.ErrorCode.invalidNumber
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, describeProblem(lang, result.error));
}

/**
 * Riittääkö työllisyysalueen työvoima: TOSI, jos työvoiman summa × (1 + vuosimuutos)^vuodet on vähintään raja (laki 380/2023: 20 000).
 * @customfunction TYOVOIMA_RIITTAA
 * @param tyovoima Kuntien työvoiman määrät (luku tai alue), lasketaan yhteen. Tyhjät solut ohitetaan.
 * @param [raja] Vähimmäistyövoima, oletus 20 000.
 * @param [vuosimuutos] Työvoiman vuosimuutos desimaalilukuna, esim. -0,012 = -1,2 %. Oletus 0.
 * @param [vuodet] Ennusteen pituus kokonaisina vuosina, oletus 0.
 * @returns {boolean} TOSI, jos työvoima riittää.
 */
export function labourForceEnough(
  tyovoima: unknown[][],
  raja?: unknown,
  vuosimuutos?: unknown,
  vuodet?: unknown,
) {
  return run(labourForceSpec, [tyovoima, raja, vuosimuutos, vuodet]);
}

/**
 * Kunnan kustannusosuus euroina: kokonaismäärä × Σ paino × kunnan peruste / kaikkien peruste yhteensä, sentteihin pyöristettynä. Koko jäsenkuntataulukolle tulos on sarake, joka summautuu täsmälleen kokonaismäärään.
 * @customfunction KUSTANNUSOSUUS
 * @param kokonaismaara Jaettava summa euroina.
 * @param kunnan_perusteet Kunnan jakoperusteet yhdellä rivillä (esim. asukkaat), tai rivi kutakin kuntaa kohden.
 * @param kaikkien_perusteet Kaikkien jäsenkuntien jakoperusteet: rivi kuntaa kohden, sarake perustetta kohden.
 * @param [painot] Perusteiden painot (≥ 0, summa 1) rivinä tai sarakkeena, oletus yhtä suuret painot.
 * @returns {number[][]} Kustannusosuudet euroina, rivi kutakin kunnan_perusteet-riviä kohden.
 */
export function costShare(
  kokonaismaara: unknown,
  kunnan_perusteet: unknown[][],
  kaikkien_perusteet: unknown[][],
  painot?: unknown[][],
) {
  return run(costShareSpec, [kokonaismaara, kunnan_perusteet, kaikkien_perusteet, painot]);
}

/**
 * Henkilötyövuosien (HTV) tarve: Σ asiakkaat / (asiakkaita per HTV × salkkuosuus), pyöristämättä.
 * @customfunction HTV_TARVE
 * @param asiakkaat Asiakkaiden määrä (luku tai alue, esim. ryhmittäin).
 * @param asiakkaita_per_htv Asiakassalkku: asiakkaita kokoaikaista henkilötyövuotta kohden (> 0), luku tai samanmuotoinen alue.
 * @param [salkkuosuus] Osuus täydestä asiakassalkusta, yli 0 ja enintään 1, oletus 1; esim. 0,8 neuvontatyötä myös tekevälle.
 * @returns {number} Tarvittavat henkilötyövuodet.
 */
export function personYearsNeed(
  asiakkaat: unknown[][],
  asiakkaita_per_htv: unknown[][],
  salkkuosuus?: unknown[][],
) {
  return run(personYearsSpec, [asiakkaat, asiakkaita_per_htv, salkkuosuus]);
}
