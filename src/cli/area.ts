import { joinAreaMembers, type MemberJoinProblem } from "../domain/areaMembers";
import { closestAreas, findArea, isOffered, type Area } from "../domain/areas";
import type { CsvMunicipalities } from "../domain/csv";
import type { MunicipalityDraft } from "../domain/model";
import type { CliProblem } from "../i18n/cli";
import { memberNamesFor, type Lang } from "../i18n/lang";

/**
 * `--area`: an employment area of the official classification (src/domain/areas.ts) as the
 * members of the input, their figures joined from the file given with `--csv`.
 */

/** The area a `--area` value names, or why none is offered. */
export function resolveArea(query: string, lang: Lang): { area: Area } | { problem: CliProblem } {
  const area = findArea(query);
  if (area === undefined) {
    return {
      problem: {
        code: "unknownArea",
        query,
        closest: closestAreas(query).map((a) => `${a[lang]} (${a.code})`),
      },
    };
  }
  if (!isOffered(area)) return { problem: { code: "areaNotOffered", name: area[lang] } };
  return { area };
}

export type AreaFromCsv =
  | {
      readonly ok: true;
      readonly municipalities: MunicipalityDraft[];
      /** The CSV's reading with its lines in member order, to locate the model's issues. */
      readonly located: CsvMunicipalities;
      /** Rows of other municipalities, left out. */
      readonly ignored: number;
    }
  | { readonly ok: false; readonly problems: CliProblem[] };

/**
 * The area's members with the figures of the CSV's rows (joined by `joinAreaMembers`): every
 * member must have exactly one row. The one place the CLI ties a figures file to an area.
 */
export function areaFromCsv(area: Area, csv: CsvMunicipalities, path: string, lang: Lang): AreaFromCsv {
  const joined = joinAreaMembers(area, csv.municipalities, memberNamesFor(lang));
  if (!joined.ok) {
    return {
      ok: false,
      problems: joined.error.map((problem) => joinProblem(problem, csv, path, area, lang)),
    };
  }
  const { municipalities, rows, ignored } = joined.value;
  const lines = rows.map((row) => csv.lines[row] as number);
  return { ok: true, municipalities, located: { ...csv, municipalities, lines }, ignored };
}

function joinProblem(
  problem: MemberJoinProblem,
  csv: CsvMunicipalities,
  path: string,
  area: Area,
  lang: Lang,
): CliProblem {
  const name = problem.member[memberNamesFor(lang)];
  const { code } = problem.member;
  return problem.kind === "memberMissing"
    ? { code: "memberMissing", path, area: area[lang], name, municipality: code }
    : {
        code: "memberTwice",
        path,
        name,
        municipality: code,
        lines: problem.rows.map((row) => csv.lines[row] as number),
      };
}
