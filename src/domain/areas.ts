import { distance } from "fastest-levenshtein";
import { CLASSIFICATION } from "./areas.data";
import { foldName, splitMemberLabel } from "./members";

/**
 * The employment areas (työllisyysalue) of Statistics Finland's municipality-based regional
 * classification 2025 and their member municipalities (docs/sources.md#employment-areas-2025).
 * The names in Finnish, Swedish and English are data, not words of the product. This module has
 * no schema library, so the pane can load it without the engine chunk.
 */

/** A member municipality: its code (3 digits, leading zeros kept, "049") and names. */
export interface AreaMember {
  readonly code: string;
  readonly fi: string;
  readonly sv: string;
}

/** An employment area: its code in the classification (1–46), names and members in the file's order. */
export interface Area {
  readonly code: number;
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
  readonly members: readonly AreaMember[];
}

/** Every area of the classification, Åland (`ALAND_CODE`) included, in code order. */
export const CLASSIFIED_AREAS: readonly Area[] = CLASSIFICATION;
const ALL = CLASSIFIED_AREAS;

/**
 * Code of Ahvenanmaa/Åland in the classification. Åland organises its own employment services,
 * so Act 380/2023 does not apply there (docs/sources.md#employment-areas-2025): `findArea` knows
 * it, so a user who asks for it can be told why it is not offered, but it is not in `AREAS`.
 */
export const ALAND_CODE = 46;

/** The 45 mainland employment areas of the classification, in code order. */
export const AREAS: readonly Area[] = ALL.filter((area) => area.code !== ALAND_CODE);

/** False for Åland (`ALAND_CODE`), which no employment area under Act 380/2023 covers. */
export const isOffered = (area: Area): boolean => area.code !== ALAND_CODE;

const areaNames = (area: Area): readonly string[] => [area.fi, area.sv, area.en].map(foldName);

/**
 * The area with this code ("12") or name in Finnish, Swedish or English, matched after folding
 * (case, diacritics, dash variants and surrounding spaces do not matter). Åland is found too:
 * check `isOffered`.
 */
export function findArea(query: string): Area | undefined {
  const text = query.trim();
  if (/^\d{1,3}$/.test(text)) return ALL.find((area) => area.code === Number(text));
  const folded = foldName(text);
  if (folded === "") return undefined;
  return ALL.find((area) => areaNames(area).includes(folded));
}

/**
 * Words a query may be a misspelling of: the area's names in its three languages, each part of a
 * name ("Kerava", "Sipoo") and its members' Finnish and Swedish names.
 */
const areaWords = (area: Area): readonly string[] => {
  const names = areaNames(area);
  return [
    ...names,
    ...names.flatMap((name) => name.split(/[- ]/)),
    ...area.members.flatMap((member) => [member.fi, member.sv].map(foldName)),
  ];
};

/**
 * The `count` mainland areas closest to `query`, for "unknown area, did you mean …": first the
 * area of the municipality the query names, then those whose name contains it, then by the edit
 * distance to the nearest word of the area (`areaWords`); ties in code order.
 */
export function closestAreas(query: string, count = 3): Area[] {
  const folded = foldName(query);
  const home = findMunicipality(query);
  const score = (area: Area): number => {
    if (home !== undefined && area.members.includes(home)) return -1;
    if (folded !== "" && areaNames(area).some((name) => name.includes(folded))) return 0;
    return Math.min(...areaWords(area).map((word) => distance(folded, word)));
  };
  return AREAS.map((area) => ({ area, score: score(area) }))
    .sort((a, b) => a.score - b.score || a.area.code - b.area.code)
    .slice(0, Math.max(0, count))
    .map(({ area }) => area);
}

const MEMBERS: readonly AreaMember[] = ALL.flatMap((area) => area.members);
const BY_CODE = new Map(MEMBERS.map((member) => [member.code, member]));
const BY_NAME = new Map(
  MEMBERS.flatMap((member) => [member.fi, member.sv].map((name) => [foldName(name), member] as const)),
);

/**
 * The municipality a region label names, as Statistics Finland writes labels: "Kerava",
 * "KU245 Kerava", "245 Kerava", "KU245", "245", or the Swedish name "Kervo"; case and diacritics
 * do not matter. A code decides when there is one, and its name, when given, must be that
 * municipality's (a label "245 Sipoo" names nothing). Undefined for aggregates and unknown labels.
 */
export function findMunicipality(label: string): AreaMember | undefined {
  const { code, name } = splitMemberLabel(label);
  const byName = name === undefined ? undefined : BY_NAME.get(foldName(name));
  if (code === undefined) return byName;
  const byCode = BY_CODE.get(code);
  return name === undefined || byName === byCode ? byCode : undefined;
}

/** The area a municipality belongs to. */
export const areaOf = (member: AreaMember): Area | undefined =>
  ALL.find((area) => area.members.some(({ code }) => code === member.code));
