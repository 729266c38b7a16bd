import { findMunicipality, type Area } from "../domain/areas";
import type { MunicipalityDraft } from "../domain/model";
import { areaSourceStrings } from "../i18n/areaSource";
import { quote } from "../i18n/format";
import type { Lang } from "../i18n/lang";
import { memberName } from "./areaMembers";

/**
 * Figures typed or selected for an official area, held against its members: every member needs a
 * row, and a row of another municipality is a mistake to fix (a member leaving is planned with the
 * user's own selection instead). Rows are matched by name in Finnish or Swedish, with or without
 * Statistics Finland's code ("KU245 Kerava", "Kervo"). Comes with the engine chunk, as the
 * classification does.
 */
export function areaProblems(
  lang: Lang,
  area: Area,
  municipalities: readonly Pick<Partial<MunicipalityDraft>, "name">[],
): string[] {
  const s = areaSourceStrings[lang];
  const codes = new Set(area.members.map((member) => member.code));
  const found = new Set<string>();
  const problems: string[] = [];
  for (const { name = "" } of municipalities) {
    const member = findMunicipality(name);
    if (member && codes.has(member.code)) found.add(member.code);
    else problems.push(s.notAMember(quote(lang, name), area[lang]));
  }
  const missing = area.members.filter((member) => !found.has(member.code));
  if (missing.length > 0) problems.push(s.membersMissing(missing.map((m) => memberName(lang, m)).join(", ")));
  return problems;
}
