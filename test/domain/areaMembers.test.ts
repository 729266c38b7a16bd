import fc from "fast-check";
import { areaInputDefaults, joinAreaMembers } from "../../src/domain/areaMembers";
import { AREAS, findArea, type Area } from "../../src/domain/areas";
import type { MunicipalityDraft } from "../../src/domain/model";
import { parseAreaInput } from "../../src/domain/parse";

const area = (query: string): Area => findArea(query) as Area;
const row = (
  name: string,
  labourForce: number,
  extra: Partial<MunicipalityDraft> = {},
): MunicipalityDraft => ({
  name,
  labourForce,
  ...extra,
});

describe("joinAreaMembers", () => {
  test("any area: rows in any order, under any label, give the members in the classification's order", () => {
    const labels = (m: Area["members"][number]) => [m.fi, m.sv, m.code, `KU${m.code}`, `${m.code} ${m.fi}`];
    fc.assert(
      fc.property(
        fc.constantFrom(...AREAS),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (a, labelIndex, reverse) => {
          const rows = a.members.map((m, i) => row(labels(m)[labelIndex] as string, 100 + i));
          const joined = joinAreaMembers(a, reverse ? [...rows].reverse() : rows, "fi");
          expect(joined.ok && joined.value.municipalities).toEqual(
            a.members.map((m, i) => ({ name: m.fi, code: m.code, labourForce: 100 + i })),
          );
          expect(joined.ok && joined.value.ignored).toBe(0);
        },
      ),
    );
  });

  test("other municipalities' rows are counted and left out; Swedish names when asked", () => {
    const kerava = area("Kerava-Sipoo");
    const joined = joinAreaMembers(
      kerava,
      [row("Helsinki", 1), row("Sibbo", 2), row("Tuntematon", 3), row("Kervo", 4)],
      "sv",
    );
    expect(joined).toEqual({
      ok: true,
      value: {
        municipalities: [
          { name: "Kervo", code: "245", labourForce: 4 },
          { name: "Sibbo", code: "753", labourForce: 2 },
        ],
        rows: [3, 1],
        ignored: 2,
      },
    });
  });

  test("a code column decides; a name naming another municipality than its code matches nothing", () => {
    const kerava = area("11");
    const joined = joinAreaMembers(
      kerava,
      [row("Keravan kaupunki", 1, { code: "245" }), row("Sipoo", 2, { code: "245" })],
      "fi",
    );
    expect(joined.ok).toBe(false);
    expect(!joined.ok && joined.error).toEqual([{ kind: "memberMissing", member: kerava.members[1] }]);
  });

  test("every missing member and every member given twice is a problem", () => {
    const kymppi = area("Kymppi");
    const [first] = kymppi.members;
    const joined = joinAreaMembers(kymppi, [row(first!.fi, 1), row(first!.sv.toUpperCase(), 2)], "fi");
    expect(!joined.ok && joined.error).toEqual([
      { kind: "memberTwice", member: first, rows: [0, 1] },
      ...kymppi.members.slice(1).map((member) => ({ kind: "memberMissing", member })),
    ]);
  });
});

describe("areaInputDefaults", () => {
  test("a valid input: the area's name, the year, the members, 0 € split by what every member has", () => {
    const members = [
      row("Kerava", 18875, { workingAge: 23000, unemployed: 2100 }),
      row("Sipoo", 11691, { workingAge: 12500, unemployed: 700 }),
    ];
    const draft = areaInputDefaults("Kerava-Sipoo", 2026, members);
    expect(draft).toEqual({
      area: "Kerava-Sipoo",
      year: 2026,
      municipalities: members,
      costSplit: { total: 0, weights: { workingAge: 0.5, unemployed: 0.5 } },
    });
    expect(parseAreaInput(draft).ok).toBe(true);
    const partly = [row("Kerava", 18875, { population: 38000 }), row("Sipoo", 11691)];
    expect(areaInputDefaults("A", 2026, partly).costSplit.weights).toEqual({ labourForce: 1 });
    expect(parseAreaInput(areaInputDefaults("A", 2026, partly)).ok).toBe(true);
  });
});
