import { joinAreaMembers } from "../domain/areaMembers";
import type { Area } from "../domain/areas";
import type { MunicipalityDraft } from "../domain/model";
import { areaSourceStrings } from "../i18n/areaSource";
import { memberNamesFor, type Lang } from "../i18n/lang";
import { memberName } from "./areaMembers";

/**
 * Figures typed or selected for an official area, joined to its members by the domain's one rule
 * (`joinAreaMembers`, src/domain/areaMembers.ts, as the CLI's `--area --csv`): every member needs
 * exactly one row, found by code or by Finnish or Swedish name; rows of other municipalities are
 * counted and left out. Comes with the engine chunk, as the classification does.
 */
export type AreaRows =
  | {
      readonly ok: true;
      /** The members in the classification's order, named in the pane's language, with codes. */
      readonly municipalities: MunicipalityDraft[];
      /** The row each member's figures came from, to point later problems at the row's place. */
      readonly rows: readonly number[];
      /** "2 rows of other municipalities skipped", when there were any. */
      readonly notices: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/** `place` says where a row is, as the user finds it ("rivi 4", "B5"). */
export function joinRows(
  lang: Lang,
  area: Area,
  rows: readonly MunicipalityDraft[],
  place: (row: number) => string,
): AreaRows {
  const s = areaSourceStrings[lang];
  const joined = joinAreaMembers(area, rows, memberNamesFor(lang));
  if (!joined.ok) {
    const missing = joined.error.flatMap((p) =>
      p.kind === "memberMissing" ? [memberName(lang, p.member)] : [],
    );
    const twice = joined.error.flatMap((p) =>
      p.kind === "memberTwice"
        ? [s.memberTwice(memberName(lang, p.member), p.rows.map(place).join(", "))]
        : [],
    );
    return {
      ok: false,
      problems: [...(missing.length > 0 ? [s.membersMissing(missing.join(", "))] : []), ...twice],
    };
  }
  const { municipalities, rows: used, ignored } = joined.value;
  return { ok: true, municipalities, rows: used, notices: ignored > 0 ? [s.ignoredRows(ignored)] : [] };
}
