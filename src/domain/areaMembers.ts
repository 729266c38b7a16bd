import { findMunicipality, type Area, type AreaMember } from "./areas";
import { COLUMN_FIELDS } from "./members";
import type { AreaInputDraft, MunicipalityDraft } from "./model";
import { fail, ok, type Result } from "./result";
import { defaultWeights } from "./weights";

/**
 * An area of the official classification (src/domain/areas.ts) with its members' figures taken
 * from rows read elsewhere (a CSV today, a Statistics Finland export tomorrow): the one place
 * where rows meet members, so that a reader can be swapped without touching the rule.
 */

/** A member the rows do not give, or give twice (row indices into the rows given). */
export type MemberJoinProblem =
  | { readonly kind: "memberMissing"; readonly member: AreaMember }
  | { readonly kind: "memberTwice"; readonly member: AreaMember; readonly rows: readonly number[] };

export interface MemberJoin {
  /** The area's members in the classification's order, named in `names`, with code and figures. */
  readonly municipalities: MunicipalityDraft[];
  /** Index of the row each member's figures came from. */
  readonly rows: readonly number[];
  /** Rows that are no member of the area (other municipalities, unknown names), left out. */
  readonly ignored: number;
}

/**
 * The municipality a row stands for: by its label ("Kerava", "Kervo", "KU245"), and by its code
 * when it has one — the code decides, unless the label names another municipality.
 */
function municipalityOf(row: MunicipalityDraft): AreaMember | undefined {
  const byLabel = findMunicipality(row.name);
  if (row.code === undefined) return byLabel;
  const byCode = findMunicipality(row.code);
  return byLabel === undefined || byLabel === byCode ? byCode : undefined;
}

/**
 * Joins rows of figures to the area's members by municipality code or by Finnish or Swedish name
 * (`findMunicipality`). Every member needs exactly one row; rows of other municipalities are
 * counted and left out. `names` picks which of the classification's names the members get.
 */
export function joinAreaMembers(
  area: Area,
  rows: readonly MunicipalityDraft[],
  names: "fi" | "sv",
): Result<MemberJoin, MemberJoinProblem[]> {
  const found = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const member = municipalityOf(row);
    if (member) found.set(member.code, [...(found.get(member.code) ?? []), index]);
  });
  const problems: MemberJoinProblem[] = [];
  const municipalities: MunicipalityDraft[] = [];
  const used: number[] = [];
  for (const member of area.members) {
    const at = found.get(member.code) ?? [];
    if (at.length === 0) problems.push({ kind: "memberMissing", member });
    else if (at.length > 1) problems.push({ kind: "memberTwice", member, rows: at });
    else {
      const index = at[0] as number;
      municipalities.push({ ...(rows[index] as MunicipalityDraft), name: member[names], code: member.code });
      used.push(index);
    }
  }
  if (problems.length > 0) return fail(problems);
  return ok({ municipalities, rows: used, ignored: rows.length - used.length });
}

/**
 * The input for an area of the classification when nothing else is given (docs/cli.md): the
 * area's name, `year`, its members, and a cost split of 0 € — the amount is an input cell of the
 * Kustannusjako sheet that the user fills in — weighted by what every member's figures hold
 * (`defaultWeights`: the state-share criteria, else residents, else the labour force).
 */
export function areaInputDefaults(
  areaName: string,
  year: number,
  municipalities: readonly MunicipalityDraft[],
): AreaInputDraft {
  const everywhere = COLUMN_FIELDS.filter((field) => municipalities.every((m) => m[field] !== undefined));
  return {
    area: areaName,
    year,
    municipalities: [...municipalities],
    costSplit: { total: 0, weights: defaultWeights(everywhere) },
  };
}
