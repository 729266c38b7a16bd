import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_AREAS, FIXTURE_DIR } from "../../scripts/gen-statfin-fixtures";
import { EXIT, main, renderWorkbook, type CliIo } from "../../src/cli/run";

/** `--csv` with Statistics Finland's PxWeb files: repeated to combine files, `--year` to choose one. */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tyollisyysalue-statfin-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => new Uint8Array(0),
    cwd: dir,
    render: renderWorkbook,
  };
  const code = await main(argv, io);
  return { code, out, err: err.replace(/[\u00a0\u202f]/g, " ") };
}

/** The rest of the input: everything but the municipalities, which come from the files. */
const REST = {
  area: "Kerava-Sipoo",
  year: 2025,
  costSplit: { total: 7300000, weights: { workingAge: 0.5, unemployed: 0.5 } },
};

function setUp(...fixtures: string[]): void {
  writeFileSync(join(dir, "rest.json"), JSON.stringify(REST));
  for (const name of fixtures) copyFileSync(join(FIXTURE_DIR, name), join(dir, name));
}

const ks = FIXTURE_AREAS[0]!;
const kerava = ks.figures.get("245")!;
const sipoo = ks.figures.get("753")!;

async function kunnat(file: string, sheetName = "Kunnat"): Promise<(string | number | null)[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, file));
  const sheet = workbook.getWorksheet(sheetName)!;
  const rows: (string | number | null)[][] = [];
  sheet.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v ?? null) as string | number | null)),
  );
  return rows;
}

test("a PxWeb long file (Windows-1252, title line, CRLF) gives the members, their codes and figures", async () => {
  setUp("kerava-sipoo.long.fi.csv");
  const result = await run(["generate", "rest.json", "--csv", "kerava-sipoo.long.fi.csv", "-o", "out.xlsx"]);
  expect(result).toMatchObject({ code: EXIT.ok });
  // Totals, the outsiders and the mean age skipped, said out loud.
  expect(result.err).toContain("varoitus: 15 summariviä (esim. KOKO MAA, maakunnat) ohitettiin");
  const rows = await kunnat("out.xlsx");
  const kervaRow = rows.find((row) => row.includes("Kerava"));
  expect(kervaRow).toEqual(expect.arrayContaining(["245", kerava.labourForce, kerava.population]));
  expect(rows.some((row) => row.includes("Helsinki"))).toBe(true); // no member list: every municipality
});

test("--csv repeated combines tables; --year picks the year (the monthly table's average)", async () => {
  setUp("kerava-sipoo.115b.fi.csv", "kerava-sipoo.12r5.en.csv");
  const both = ["--csv", "kerava-sipoo.115b.fi.csv", "--csv", "kerava-sipoo.12r5.en.csv"];
  const latest = await run(["generate", "rest.json", ...both, "-o", "latest.xlsx", "--lang", "en"]);
  expect(latest.code).toBe(EXIT.ok);
  expect(latest.err).toContain("warning: the figures are from different periods (2023, 2025M03)");
  const rows = await kunnat("latest.xlsx", "Municipalities");
  expect(rows.find((row) => row.includes("Sipoo"))).toEqual(
    expect.arrayContaining([sipoo.labourForce, sipoo.unemployed + 25, sipoo.workingAge]),
  );
  // 115b has no 2024: the error names the file, the header line and the years it has.
  const year = await run(["validate", "rest.json", ...both, "--year", "2024", "--lang", "en"]);
  expect(year.code).toBe(EXIT.invalidInput);
  expect(year.err).toContain(
    "kerava-sipoo.115b.fi.csv, line 3: the year '2024' is not in the file; its years are '2023'",
  );
});

test.each([
  [
    "bad-unrecognised.csv",
    "bad-unrecognised.csv, line 6: the variable 'Kuntien lukumäärä' is not recognised",
  ],
  ["bad-decimal.csv", "bad-decimal.csv, line 5, column 2024: '1 234,5' is an ambiguous number"],
  [
    "bad-duplicate-member.csv",
    "bad-duplicate-member.csv, line 6, column 2024: labour force (2024) of 'Kerava' is already given: bad-duplicate-member.csv, line 4, column 2024",
  ],
  ["bad-aggregate-only.csv", "bad-aggregate-only.csv, line 3: the file has only total lines"],
  ["bad-empty.csv", "bad-empty.csv: the file is empty"],
  [
    "bad-dot-code.csv",
    "bad-dot-code.csv, line 5, column 2024: '..' (not available in the statistics), expected a number",
  ],
])("%s: exit 1, the file, line and column named, nothing written", async (name, message) => {
  setUp(name);
  const result = await run(["generate", "rest.json", "--csv", name, "-o", "out.xlsx", "--lang", "en"]);
  expect(result.code).toBe(EXIT.invalidInput);
  expect(result.err).toContain(message);
  expect(readdirSync(dir)).not.toContain("out.xlsx");
});

test("a model problem points at the file's cell, or names the files when no cell holds the figure", async () => {
  writeFileSync(join(dir, "rest.json"), JSON.stringify(REST));
  const text =
    '"Tunnusluvut"\r\n\r\n"Alue","Tiedot","2024"\r\n"Kerava","Työvoima",-5\r\n"Sipoo","Työvoima",11691\r\n';
  writeFileSync(join(dir, "neg.csv"), Buffer.from(text, "latin1"));
  const result = await run(["validate", "rest.json", "--csv", "neg.csv", "--lang", "en"]);
  expect(result.code).toBe(EXIT.invalidInput);
  expect(result.err).toMatch(/^neg\.csv, line 4, column 2024: .*-5/m);
  // The cost split weighs the working age and the unemployed, which this file does not have.
  expect(result.err).toMatch(/^neg\.csv: municipalities\[0\]\.workingAge: missing, but the cost split uses/m);
});

test("--year must be a year or a month", async () => {
  setUp("kerava-sipoo.long.fi.csv");
  const result = await run([
    "validate",
    "rest.json",
    "--csv",
    "kerava-sipoo.long.fi.csv",
    "--year",
    "24",
    "--lang",
    "en",
  ]);
  expect(result.code).toBe(EXIT.usage);
  expect(result.err).toContain("year '24' is not valid, expected a year (2024) or a month (2024M06)");
});

test("the product's own wide CSV still goes through its own reader", async () => {
  writeFileSync(join(dir, "rest.json"), JSON.stringify(REST));
  writeFileSync(
    join(dir, "own.csv"),
    "Kunta;Työvoima;Työikäiset;Työttömät\nKerava;18 875;23 000;2 100\nSipoo;11 691;12 500;700\n",
  );
  const result = await run(["validate", "rest.json", "--csv", "own.csv", "--lang", "en"]);
  expect(result).toMatchObject({ code: EXIT.ok, err: "" });
});

describe("--area with Statistics Finland's files: the members from the classification", () => {
  test("Kymppi from a Swedish PxWeb file, no JSON: the ten members with their Swedish names and codes", async () => {
    setUp("kymppi.long.sv.csv");
    const result = await run([
      "generate",
      "--area",
      "Kymppi",
      "--csv",
      "kymppi.long.sv.csv",
      "-o",
      "k.xlsx",
      "--lang",
      "sv",
    ]);
    expect(result.code).toBe(EXIT.ok);
    // The outsiders are skipped and counted, not members.
    expect(result.err).toContain("varning: 10 rader gällde kommuner utanför området och hoppades över");
    const kymppi = FIXTURE_AREAS[2]!;
    const rows = await kunnat("k.xlsx", "Kommuner");
    for (const member of kymppi.area.members) {
      expect(rows.find((row) => row.includes(member.sv))).toEqual(
        expect.arrayContaining([member.code, kymppi.figures.get(member.code)!.labourForce]),
      );
    }
    expect(rows.some((row) => row.includes("Helsingfors"))).toBe(false);
  });

  test("a member without figures: exit 1, the municipality named, nothing written", async () => {
    setUp("bad-member-missing.csv");
    const result = await run([
      "generate",
      "--area",
      "Kerava-Sipoo",
      "--csv",
      "bad-member-missing.csv",
      "-o",
      "x.xlsx",
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.err).toContain("no figures were found in the files for the area's municipality 'Sipoo'");
    expect(readdirSync(dir)).not.toContain("x.xlsx");
  });
});
