import type { Area, AreaMember } from "../domain/areas";
import { memberNamesFor, type Lang } from "../i18n/lang";
import { sheetLabels } from "../i18n/sheetLabels";

/**
 * An area of the official classification as the pane shows it: names in the pane's language.
 * Only types come from the classification here, so this module costs the start-up JS nothing; the
 * data itself arrives with the engine chunk.
 */

/** The area's name in the pane's language. */
export const areaName = (lang: Lang, area: Area): string => area[lang];

/** A municipality's name in the pane's language (memberNamesFor: Swedish in Swedish, else Finnish). */
export const memberName = (lang: Lang, member: AreaMember): string => member[memberNamesFor(lang)];

/** "Kerava (245)". */
export const memberLabel = (lang: Lang, member: AreaMember): string =>
  `${memberName(lang, member)} (${member.code})`;

/** The columns of the typing template: the name, then the figures an area needs first. */
const TEMPLATE_FIELDS = ["name", "code", "labourForce", "population", "workingAge", "unemployed"] as const;

/**
 * The members as CSV text to type the figures into: a header row in the pane's language and one
 * line per member with its name and code, the figures left empty for the user (the CSV reader
 * then names each one still missing).
 */
export function memberTemplate(lang: Lang, area: Area): string {
  const header = TEMPLATE_FIELDS.map((field) => sheetLabels[lang].fields[field]);
  const figures = ";".repeat(TEMPLATE_FIELDS.length - 2);
  const lines = area.members.map((member) => `${memberName(lang, member)};${member.code}${figures}`);
  return [header.join(";"), ...lines].join("\n") + "\n";
}
