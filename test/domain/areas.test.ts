import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import {
  ALAND_CODE,
  areaOf,
  AREAS,
  closestAreas,
  findArea,
  findMunicipality,
  isOffered,
} from "../../src/domain/areas";
import { foldName } from "../../src/domain/members";
import { SAMPLES } from "../../src/domain/samples";

/** The classification file itself, read independently of the generated module. */
const rows = readFileSync(join(__dirname, "../../data/tyollisyysalueet-2025.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(","));
const mainland = rows.filter((row) => row[6] !== String(ALAND_CODE));
const allMembers = AREAS.flatMap((area) => area.members);

describe("the employment areas of the 2025 classification", () => {
  test("the mainland areas: codes 1–45 in order, Åland left out", () => {
    expect(AREAS.map((area) => area.code)).toEqual([...new Set(mainland.map((row) => Number(row[6])))]);
    expect(AREAS).toHaveLength(45);
    expect(AREAS.some((area) => area.code === ALAND_CODE)).toBe(false);
  });

  test("every mainland municipality of the file is a member of its area, once", () => {
    expect(allMembers).toHaveLength(mainland.length);
    for (const [code, fi, sv, , , , area] of mainland) {
      expect(findArea(area!)?.members).toContainEqual({ code, fi, sv });
    }
  });

  test("municipality codes are 3 digits, leading zeros kept", () => {
    for (const member of allMembers) expect(member.code).toMatch(/^\d{3}$/);
    expect(findMunicipality("Espoo")?.code).toBe("049");
  });

  test("no two municipalities fold to the same name, in either language", () => {
    const owners = new Map<string, string>();
    for (const row of rows) {
      for (const name of [row[1]!, row[2]!]) {
        const folded = foldName(name);
        expect([undefined, row[0]]).toContain(owners.get(folded));
        owners.set(folded, row[0]!);
      }
    }
  });

  test("each sample area's municipalities all belong to one area of the classification, with its codes", () => {
    for (const { input } of Object.values(SAMPLES)) {
      const members = input.municipalities.map(({ name }) => findMunicipality(name!));
      expect(members).not.toContain(undefined);
      expect(input.municipalities.map(({ code }) => code)).toEqual(members.map((member) => member!.code));
      const areas = new Set(members.map((member) => areaOf(member!)?.code));
      expect(areas.size).toBe(1);
    }
  });

  test("the seed areas' sizes: Kerava-Sipoo 2, Pohjoinen Keski-Suomi 13, Kymppi 10, Kainuu-Koillismaa 10", () => {
    expect(findArea("Kerava-Sipoo")?.members.map((m) => m.fi)).toEqual(["Kerava", "Sipoo"]);
    expect(findArea("Pohjoinen Keski-Suomi")?.members).toHaveLength(13);
    expect(findArea("Kymppi")?.members).toHaveLength(10);
    expect(findArea("Kainuu-Koillismaa")?.members).toHaveLength(10);
  });
});

describe("findArea", () => {
  test("by code, and by name in Finnish, Swedish or English", () => {
    for (const area of AREAS) {
      for (const query of [String(area.code), area.fi, area.sv, area.en]) expect(findArea(query)).toBe(area);
    }
  });

  test("case, diacritics, surrounding spaces and dash variants do not matter", () => {
    const keravaSipoo = findArea("11");
    for (const query of [
      "  kerava-sipoo ",
      "KERAVA–SIPOO",
      "Kerava — Sipoo",
      "kervo - sibbo",
      "Kerava\u2212Sipoo",
    ]) {
      expect(findArea(query)).toBe(keravaSipoo);
    }
    expect(findArea("etela-hame")).toBe(findArea("Etelä-Häme"));
  });

  test("any spelling of an area name folds back to that area", () => {
    const variant = fc
      .tuple(
        fc.constantFrom(...AREAS),
        fc.constantFrom("fi", "sv", "en" as const),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([area, lang, upper, dash]) => {
        let name = area[lang];
        if (upper) name = name.toUpperCase();
        if (dash) name = name.replace(/-/g, " – ");
        return { area, query: ` ${name} ` };
      });
    fc.assert(fc.property(variant, ({ area, query }) => findArea(query) === area));
  });

  test("Åland is found by code and name, and is not offered", () => {
    for (const query of [String(ALAND_CODE), "Ahvenanmaa", "åland", "ALAND"]) {
      const area = findArea(query);
      expect(area?.code).toBe(ALAND_CODE);
      expect(isOffered(area!)).toBe(false);
    }
    for (const area of AREAS) expect(isOffered(area)).toBe(true);
  });

  test("unknown codes and names find nothing", () => {
    for (const query of ["", "  ", "0", "47", "Kerava", "Kerava-Sipo", "1.5"])
      expect(findArea(query)).toBeUndefined();
  });
});

describe("closestAreas", () => {
  test("a misspelt name suggests its area first", () => {
    expect(closestAreas("Kerava-Sipo")[0]).toBe(findArea("Kerava-Sipoo"));
    expect(closestAreas("kymmpi")[0]).toBe(findArea("Kymppi"));
    expect(closestAreas("Norra Mellersta")[0]).toBe(findArea("Pohjoinen Keski-Suomi"));
  });

  test("a member's name, or a misspelt one, suggests its area first", () => {
    expect(closestAreas("Keravaa")[0]).toBe(findArea("Kerava-Sipoo"));
    for (const area of AREAS) {
      for (const member of area.members) expect(closestAreas(member.sv)[0]).toBe(areaOf(member));
    }
  });

  test("three by default, as many as asked, never Åland", () => {
    expect(closestAreas("x")).toHaveLength(3);
    expect(closestAreas("x", 5)).toHaveLength(5);
    expect(closestAreas("Åland", 45).map((area) => area.code)).not.toContain(ALAND_CODE);
  });

  test("a part of a name finds the areas that contain it", () => {
    const found = closestAreas("keski", 10);
    const containing = AREAS.filter((area) => [area.fi, area.sv, area.en].some((n) => /keski/i.test(n)));
    expect(containing.length).toBeGreaterThan(1);
    expect(found.slice(0, containing.length)).toEqual(containing);
  });
});

describe("findMunicipality", () => {
  const kerava = { code: "245", fi: "Kerava", sv: "Kervo" };

  test.each([
    "Kerava",
    "KU245 Kerava",
    "245 Kerava",
    "KU245",
    "ku245",
    "245",
    "Kervo",
    " KERAVA ",
    "KU245 Kervo",
  ])("%p is Kerava", (label) => {
    expect(findMunicipality(label)).toEqual(kerava);
  });

  test("every member by code, by both names and by code with name", () => {
    for (const member of allMembers) {
      for (const label of [
        member.code,
        `KU${member.code}`,
        member.fi,
        member.sv,
        `${member.code} ${member.fi}`,
      ]) {
        expect(findMunicipality(label)).toBe(member);
      }
    }
  });

  test("diacritics need not be typed", () => {
    expect(findMunicipality("Aanekoski")?.fi).toBe("Äänekoski");
    expect(findMunicipality("KU992 ÄÄNEKOSKI")?.fi).toBe("Äänekoski");
  });

  test("aggregates, unknown names, unknown codes and a code naming another municipality find nothing", () => {
    for (const label of [
      "KOKO MAA",
      "SSS KOKO MAA",
      "MK01 Uusimaa",
      "Yhteensä",
      "Keravaa",
      "999",
      "KU999",
      "245 Sipoo",
      "",
    ]) {
      expect(findMunicipality(label)).toBeUndefined();
    }
  });
});
