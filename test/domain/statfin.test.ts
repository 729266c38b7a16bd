import { readFileSync } from "fs";
import { join } from "path";
import {
  FIXTURE_AREAS,
  FIXTURE_DIR,
  MONTHLY_DEVIATION,
  workingAge11re,
  type FixtureArea,
} from "../../scripts/gen-statfin-fixtures";
import { findArea, type AreaMember } from "../../src/domain/areas";
import { MAX_STATFIN_BYTES } from "../../src/domain/bounds";
import type { InputIssue } from "../../src/domain/parse";
import { readStatFin, type StatFinOptions, type StatFinReading } from "../../src/domain/statfin";
import { issueLine } from "../../src/i18n/input";

const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURE_DIR, name))) });
const latin1 = (name: string, text: string) => ({ name, bytes: new Uint8Array(Buffer.from(text, "latin1")) });
const utf8 = (name: string, text: string) => ({ name, bytes: new Uint8Array(Buffer.from(text, "utf8")) });

const keravaSipoo = findArea("Kerava-Sipoo")?.members as readonly AreaMember[];
const words = (issues: readonly InputIssue[]) => issues.map((issue) => issueLine("en", issue));

function read(files: { name: string; bytes: Uint8Array }[], options: StatFinOptions = {}): StatFinReading {
  const result = readStatFin(files, options);
  if (!result.ok) throw new Error(words(result.error).join("\n"));
  return result.value;
}

function refused(files: { name: string; bytes: Uint8Array }[], options: StatFinOptions = {}): InputIssue[] {
  const result = readStatFin(files, options);
  if (result.ok) throw new Error("expected the files to be refused");
  return result.error;
}

const TITLE = '"11ra -- Tunnuslukuja väestöstä alueittain, 1990-2024"\r\n\r\n';

describe("the three areas' fixtures, long and wide, Finnish and Swedish, every encoding", () => {
  const cases = FIXTURE_AREAS.flatMap((area) =>
    ["long.fi", "long.sv", "wide.fi", "wide.sv"].map(
      (variant) => [`${area.id}.${variant}.csv`, area] as const,
    ),
  );

  test.each(cases)(
    "%s: every member's four figures of 2024, with its code, in the area's order",
    (name, area) => {
      const reading = read([fixture(name)], { members: area.area.members });
      const expected = area.area.members.map((m) => ({
        name: m.fi,
        code: m.code,
        ...area.figures.get(m.code),
      }));
      expect(reading.municipalities).toEqual(expected);
      expect(reading.members).toEqual({ found: area.area.members.length, missing: [] });
      expect(reading.blocking).toEqual([]);
      expect(reading.year).toBe("2024");
      expect(reading.recognised.map((r) => [r.field, r.year])).toEqual([
        ["population", "2024"],
        ["labourForce", "2024"],
        ["unemployed", "2024"],
        ["workingAge", "2024"],
      ]);
    },
  );

  test.each(cases)("%s: totals and the two outsiders are skipped and counted", (name) => {
    const area = FIXTURE_AREAS.find((a) => name.startsWith(a.id)) as FixtureArea;
    const reading = read([fixture(name)], { members: area.area.members });
    // Long: a row per variable (four used, one not); wide: a row per region.
    const perRegion = name.includes(".long.") ? 5 : 1;
    expect(reading.aggregateRows).toBe(3 * perRegion);
    expect(reading.ignoredRows).toBe(2 * perRegion);
    const kinds = reading.warnings.map((w) => w.problem.kind);
    expect(kinds).toEqual(expect.arrayContaining(["statfinIgnoredRows", "statfinAggregateRows"]));
  });

  test("without members every municipality row is a member, named as the classification names it", () => {
    const reading = read([fixture("kerava-sipoo.long.sv.csv")]);
    expect(reading.municipalities.map((m) => [m.name, m.code])).toEqual([
      ["Kerava", "245"],
      ["Sipoo", "753"],
      ["Helsinki", "091"],
      ["Jyväskylä", "179"],
    ]);
    expect(reading.ignoredRows).toBe(0);
  });

  test("a name the classification does not know is still a member (the user's own selection)", () => {
    const text = `${TITLE}"Alue","Tiedot","2024"\r\n"Uusikunta","Työvoima",1200\r\n"KU245 Kerava","Työvoima",18875\r\n`;
    expect(read([latin1("own.csv", text)]).municipalities).toEqual([
      { name: "Uusikunta", labourForce: 1200 },
      { name: "Kerava", code: "245", labourForce: 18875 },
    ]);
  });

  test("an earlier year when asked; a year not in the file names the years it has", () => {
    const reading = read([fixture("kerava-sipoo.long.fi.csv")], { members: keravaSipoo, year: "2023" });
    expect(reading.year).toBe("2023");
    expect(reading.years).toEqual(["2022", "2023", "2024"]);
    expect(reading.municipalities[0]?.population).toBe(Math.round(38000 * 0.99));
    const issues = refused([fixture("kerava-sipoo.long.fi.csv")], { members: keravaSipoo, year: "2019" });
    expect(words(issues)).toEqual([
      "kerava-sipoo.long.fi.csv, line 3: the year '2019' is not in the file; its years are '2022', '2023', '2024'",
    ]);
  });
});

describe("StatFin's tables", () => {
  const figures = (FIXTURE_AREAS[0] as FixtureArea).figures;
  const kerava = figures.get("245") as NonNullable<ReturnType<typeof figures.get>>;
  const sipoo = figures.get("753") as NonNullable<ReturnType<typeof figures.get>>;

  test("tyokay 115b: labour force = main activity 11 + 12 (all ages); 18–64 of all activities = working age", () => {
    const reading = read([fixture("kerava-sipoo.115b.fi.csv")], { members: keravaSipoo });
    expect(reading.municipalities).toEqual([
      {
        name: "Kerava",
        code: "245",
        population: kerava.population,
        workingAge: kerava.workingAge,
        labourForce: kerava.labourForce,
      },
      {
        name: "Sipoo",
        code: "753",
        population: sipoo.population,
        workingAge: sipoo.workingAge,
        labourForce: sipoo.labourForce,
      },
    ]);
    const labourForce = reading.recognised.find((r) => r.field === "labourForce");
    expect(labourForce?.parts).toEqual(["11 Työlliset", "12 Työttömät"]);
    expect(reading.year).toBe("2023");
    // Pensioners, and the employed and unemployed aged 18–64 alone, are not used, and that is said.
    const unused = reading.warnings.find((w) => w.problem.kind === "statfinUnusedCategories");
    expect(unused && issueLine("en", unused)).toMatch(
      /2 categories are not used \(e\.g\. '18-64', '24 Eläkeläiset'\)/,
    );
  });

  test("vaerak 11re (Swedish): the single years 18–64 summed, men and women apart left out", () => {
    const reading = read([fixture("kerava-sipoo.11re.sv.csv")], { members: keravaSipoo });
    expect(reading.municipalities.map((m) => [m.population, m.workingAge])).toEqual([
      [kerava.population, workingAge11re(kerava.population)],
      [sipoo.population, workingAge11re(sipoo.population)],
    ]);
    expect(reading.recognised.find((r) => r.field === "workingAge")?.parts).toHaveLength(47);
    // Without a labour force the area cannot be built: said, not thrown.
    expect(words(reading.blocking)).toEqual([
      "'Kerava' has no labour force, which is required",
      "'Sipoo' has no labour force, which is required",
    ]);
  });

  test("tyonv 12r5 (English): the latest month by default, a month or a year's average when asked", () => {
    const file = fixture("kerava-sipoo.12r5.en.csv");
    const unemployed = (options: StatFinOptions) =>
      read([file], { members: keravaSipoo, ...options }).municipalities.map((m) => m.unemployed);
    expect(unemployed({})).toEqual([kerava.unemployed + 25, sipoo.unemployed + 25]);
    expect(unemployed({ year: "2024M06" })).toEqual([
      kerava.unemployed + (MONTHLY_DEVIATION[5] as number),
      sipoo.unemployed + (MONTHLY_DEVIATION[5] as number),
    ]);
    // The deviations of 2024 sum to 0: the year's mean is the figure itself.
    expect(unemployed({ year: "2024" })).toEqual([kerava.unemployed, sipoo.unemployed]);
    const partial = read([file], { members: keravaSipoo, year: "2025" });
    expect(words(partial.warnings)).toContain(
      "kerava-sipoo.12r5.en.csv, line 3: the 2025 average was taken over only 3 months, the others not being in the file",
    );
  });

  test("several files combined: 115b gives the labour force, 12r5 the unemployed; their periods differ, said", () => {
    const reading = read([fixture("kerava-sipoo.115b.fi.csv"), fixture("kerava-sipoo.12r5.en.csv")], {
      members: keravaSipoo,
    });
    expect(reading.municipalities[1]).toEqual({
      name: "Sipoo",
      code: "753",
      population: sipoo.population,
      workingAge: sipoo.workingAge,
      labourForce: sipoo.labourForce,
      unemployed: sipoo.unemployed + 25,
    });
    expect(reading.blocking).toEqual([]);
    expect(reading.year).toBe("2025");
    expect(reading.warnings.map((w) => w.problem)).toContainEqual({
      kind: "statfinMixedPeriods",
      periods: ["2023", "2025M03"],
    });
  });

  test("two sources of one variable are an error naming both; mapping one away resolves it", () => {
    const files = [fixture("kerava-sipoo.115b.fi.csv"), fixture("kerava-sipoo.11re.sv.csv")];
    const issues = refused(files, { members: keravaSipoo });
    expect(words(issues)[0]).toBe(
      "kerava-sipoo.11re.sv.csv, line 4, column 2024: population (2023) of 'Kerava' is already given: " +
        "kerava-sipoo.115b.fi.csv, line 12, column 2023; keep only one",
    );
    const reading = read(files, {
      members: keravaSipoo,
      mapping: { "Totalt / Totalt": "ignore", Totalt: "ignore" },
    });
    expect(reading.municipalities[0]?.workingAge).toBe(kerava.workingAge);
  });
});

describe("bad files: each a clear error naming the file, the line and the column", () => {
  test.each([
    ["bad-empty.csv", "bad-empty.csv: the file is empty"],
    [
      "bad-aggregate-only.csv",
      "bad-aggregate-only.csv, line 3: the file has only total lines (2, e.g. WHOLE COUNTRY or a region) and no municipality's figures; choose the municipalities in the table",
    ],
    [
      "bad-decimal.csv",
      "bad-decimal.csv, line 5, column 2024: '1 234,5' is an ambiguous number: in this file the decimal separator is a point (e.g. 0.5); write thousands without a separator or with a space",
    ],
    [
      "bad-duplicate-member.csv",
      "bad-duplicate-member.csv, line 6, column 2024: labour force (2024) of 'Kerava' is already given: bad-duplicate-member.csv, line 4, column 2024; keep only one",
    ],
    [
      "bad-two-columns.csv",
      "bad-two-columns.csv, line 4, column 2024 Asukkaat: population (2024) of 'Kerava' is already given: bad-two-columns.csv, line 4, column 2024 Väkiluku; keep only one",
    ],
  ])("%s", (name, message) => {
    expect(words(refused([fixture(name)], { members: keravaSipoo }))[0]).toBe(message);
  });

  test("a member missing from the file is named, and so is the member without a labour force", () => {
    const reading = read([fixture("bad-member-missing.csv")], { members: keravaSipoo });
    expect(reading.members).toEqual({ found: 1, missing: ["Sipoo"] });
    expect(words(reading.blocking)).toEqual([
      "no figures were found in the files for the area's municipality 'Sipoo'",
    ]);
  });

  test("a dot code is reported where a member needs the value, and not for an outsider", () => {
    const reading = read([fixture("bad-dot-code.csv")], { members: keravaSipoo });
    expect(words(reading.blocking)).toEqual([
      "bad-dot-code.csv, line 5, column 2024: '..' (not available in the statistics), expected a number",
    ]);
    for (const code of [".", "...", "....", "-"]) {
      const text = `${TITLE}"Alue","Tiedot","2024"\r\n"Helsinki","Työvoima",${code}\r\n"Kerava","Työvoima",18875\r\n"Sipoo","Työvoima",11691\r\n"Sipoo","Väkiluku",${code}\r\n`;
      const dots = read([latin1("dots.csv", text)], { members: keravaSipoo });
      expect(dots.blocking).toEqual([]);
      expect(words(dots.warnings)).toContain(
        `dots.csv, line 7, column 2024: '${code}' (not available in the statistics), left empty`,
      );
    }
  });

  test("an unrecognised variable is listed; mapped or ignored, it is not", () => {
    const file = fixture("bad-unrecognised.csv");
    const reading = read([file], { members: keravaSipoo });
    expect(reading.unrecognised).toEqual([
      { file: "bad-unrecognised.csv", label: "Kuntien lukumäärä", line: 6 },
    ]);
    expect(
      read([file], { members: keravaSipoo, mapping: { "Kuntien lukumäärä": "ignore" } }).blocking,
    ).toEqual([]);
    const mapped = read([file], {
      members: keravaSipoo,
      mapping: { "Kuntien lukumäärä": "foreignLanguage" },
    });
    expect(mapped.municipalities.map((m) => m.foreignLanguage)).toEqual([1, 1]);
  });

  test("a file over the limit is refused before it is decoded", () => {
    const issues = refused([{ name: "huge.csv", bytes: new Uint8Array(MAX_STATFIN_BYTES + 1) }]);
    expect(issues.map((i) => i.problem)).toEqual([{ kind: "inputTooLarge", limit: MAX_STATFIN_BYTES }]);
  });
});

describe("bytes and separators", () => {
  const body = "Alue;Tiedot;2024\r\nKerava;Työvoima;18 875,5\r\nSipoo;Työvoima;11\u00a0691\r\n";
  const expected = [18875.5, 11691];
  const labourForce = (file: { name: string; bytes: Uint8Array }) =>
    read([file], { members: keravaSipoo }).municipalities.map((m) => m.labourForce);

  test("UTF-8 without a mark is read strictly as UTF-8 (not as Windows-1252)", () => {
    expect(labourForce(utf8("a.csv", body))).toEqual(expected);
  });

  test("UTF-16 big-endian with its mark", () => {
    const le = Buffer.from(`\ufeff${body}`, "utf16le");
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    expect(labourForce({ name: "be.csv", bytes: be })).toEqual(expected);
  });

  test("tab-separated with decimal points, LF line ends", () => {
    const text = "Alue\tTiedot\t2024\nKerava\tTyövoima\t18875.5\nSipoo\tTyövoima\t11691\n";
    expect(labourForce(utf8("t.csv", text))).toEqual(expected);
  });

  test("a decimal mark other than the file's first is an error", () => {
    const text = "Alue;Tiedot;2024\nKerava;Työvoima;18875,5\nSipoo;Työvoima;11691.5\n";
    expect(words(refused([utf8("m.csv", text)], { members: keravaSipoo }))).toEqual([
      "m.csv, line 3, column 2024: '11691.5' is an ambiguous number: in this file the decimal separator is a comma (e.g. 0,5); write thousands without a separator or with a space",
    ]);
  });

  test("wide with several years per variable: each variable's latest, or the year asked for", () => {
    const text =
      '"Tunnusluvut"\r\n\r\n"Alue","2023 Työvoima","2024 Työvoima","Työlliset 2024"\r\n' +
      '"Kerava",18700,18875,17200\r\n"Sipoo",11600,11691,11050\r\n';
    const file = latin1("w.csv", text);
    const latest = read([file], { members: keravaSipoo });
    expect(latest.municipalities.map((m) => m.labourForce)).toEqual([18875, 11691]);
    // The employed alone are a known figure the product does not import: skipped, not unrecognised.
    expect(latest.unrecognised).toEqual([]);
    expect(latest.warnings.map((w) => w.problem.kind)).toContain("statfinUnusedCategories");
    expect(
      read([file], { members: keravaSipoo, year: "2023" }).municipalities.map((m) => m.labourForce),
    ).toEqual([18700, 11600]);
  });

  test("the product's own wide CSV reads too", () => {
    const text = "Kunta;Työvoima;Asukkaat\nKerava;18 875;38 000\nSipoo;11 691;22 000\n";
    expect(read([utf8("own.csv", text)]).municipalities).toEqual([
      { name: "Kerava", code: "245", labourForce: 18875, population: 38000 },
      { name: "Sipoo", code: "753", labourForce: 11691, population: 22000 },
    ]);
  });
});
