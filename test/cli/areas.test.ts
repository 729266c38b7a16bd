import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT, main, renderWorkbook, type CliIo } from "../../src/cli/run";
import { ALAND_CODE, CLASSIFIED_AREAS, findArea, type Area } from "../../src/domain/areas";
import { LANGS } from "../../src/i18n/lang";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tyollisyysalue-areas-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const TODAY = new Date(2027, 5, 1);

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readStdin: async () => new Uint8Array(),
    cwd: dir,
    render: renderWorkbook,
    now: () => TODAY,
  };
  const code = await main(argv, io);
  return { code, out, err: err.replace(/[\u00a0\u202f]/g, " ") };
}

const files = (): string[] => readdirSync(dir).sort();
const area = (query: string): Area => findArea(query) as Area;

/** Made-up figures for a municipality code, different for each. */
const figures = (code: string) => {
  const n = Number(code);
  return { population: 10_000 + n, workingAge: 6_000 + n, unemployed: 300 + n, labourForce: 5_000 + n };
};

/** A wide CSV (the layout src/domain/csv.ts reads): one row per label given, then a total row. */
function writeCsv(name: string, rows: readonly { label: string; code: string }[]): string {
  const lines = ["Alue;Väkiluku;Työikäiset (18–64);Työttömät;Työvoima"];
  for (const { label, code } of rows) {
    const f = figures(code);
    lines.push([label, f.population, f.workingAge, f.unemployed, f.labourForce].join(";"));
  }
  lines.push("KOKO MAA;1;1;1;1");
  writeFileSync(join(dir, name), `${lines.join("\n")}\n`);
  return name;
}

const membersOf = (a: Area) => a.members.map((m) => ({ label: m.fi, code: m.code }));

async function workbook(name: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, name));
  return book;
}

describe("areas", () => {
  test.each(LANGS)(
    "--lang %s: one tab-separated line per area of the classification, exit 0",
    async (lang) => {
      const { code, out, err } = await run(["areas", "--lang", lang]);
      expect([code, err]).toEqual([EXIT.ok, ""]);
      const lines = out.trimEnd().split("\n");
      expect(lines).toHaveLength(46);
      expect(lines).toEqual(CLASSIFIED_AREAS.map((a) => `${a.code}\t${a[lang]}\t${a.members.length}`));
    },
  );

  test("Finnish by default; the Kerava-Sipoo and Pohjoinen Keski-Suomi lines", async () => {
    const { out } = await run(["areas"]);
    expect(out.split("\n")).toContain("11\tKerava-Sipoo\t2");
    expect(out.split("\n")).toContain("27\tPohjoinen Keski-Suomi\t13");
  });

  test("takes no arguments", async () => {
    expect((await run(["areas", "x"])).code).toBe(EXIT.usage);
  });
});

describe("generate --area --csv", () => {
  test("members from the classification, figures from the file; other rows left out and counted", async () => {
    const kerava = area("Kerava-Sipoo");
    const others = membersOf(area("Kymppi"));
    writeCsv("luvut.csv", [...others.slice(0, 3), ...membersOf(kerava).reverse(), ...others.slice(3)]);
    const { code, out, err } = await run([
      "generate",
      "--area",
      "kerava-sipoo",
      "--csv",
      "luvut.csv",
      "-o",
      "out.xlsx",
    ]);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^out\.xlsx: Kunnat, Kustannusjako/);
    expect(err).toContain(`huomio: luvut.csv: ${others.length} muiden kuntien riviä jätettiin pois`);
    const sheet = (await workbook("out.xlsx")).getWorksheet("Kunnat") as ExcelJS.Worksheet;
    expect(sheet.getCell("A2").value).toBe("Kerava-Sipoo");
    expect(String(sheet.getCell("A4").value)).toMatch(/^Lähde: Tilastokeskus/);
    const cellAt = (address: string) => sheet.getCell(address).value;
    kerava.members.forEach((m, i) => {
      expect([cellAt(`A${6 + i}`), cellAt(`B${6 + i}`), cellAt(`F${6 + i}`)]).toEqual([
        m.fi,
        m.code,
        figures(m.code).labourForce,
      ]);
    });
  });

  test("a Swedish workbook names the members in Swedish; codes and Swedish labels join too", async () => {
    const pks = area("27");
    writeCsv(
      "pks.csv",
      pks.members.map((m, i) => ({
        label: [m.sv, `KU${m.code}`, `${m.code} ${m.fi}`][i % 3] as string,
        code: m.code,
      })),
    );
    const { code, err } = await run([
      "generate",
      "--area",
      "Norra Mellersta Finland",
      "--csv",
      "pks.csv",
      "-o",
      "sv.xlsx",
      "--lang",
      "sv",
    ]);
    expect(code).toBe(EXIT.ok);
    expect(err).toBe(
      `varning: pks.csv: rad ${pks.members.length + 2}: summaraden ”KOKO MAA” hoppades över\n`,
    );
    const sheet = (await workbook("sv.xlsx")).getWorksheet("Kommuner") as ExcelJS.Worksheet;
    expect(sheet.getCell("A2").value).toBe(pks.sv);
    expect(pks.members.map((_, i) => sheet.getCell(`A${6 + i}`).value)).toEqual(pks.members.map((m) => m.sv));
    expect(pks.members.map((_, i) => sheet.getCell(`B${6 + i}`).value)).toEqual(
      pks.members.map((m) => m.code),
    );
  });

  test("defaults: this year, a cost split of 0 € to fill in, the state-share weights when the file has them", async () => {
    writeCsv("k.csv", membersOf(area("11")));
    const { code } = await run(["validate", "--area", "11", "--csv", "k.csv"]);
    expect(code).toBe(EXIT.ok);
    await run(["generate", "--area", "11", "--csv", "k.csv", "-o", "d.xlsx"]);
    const book = await workbook("d.xlsx");
    const kunnat = book.getWorksheet("Kunnat") as ExcelJS.Worksheet;
    expect(kunnat.getCell("A1").value).toBe(`Jäsenkunnat ja työvoiman riittävyys ${TODAY.getFullYear()}`);
    const split = book.getWorksheet("Kustannusjako") as ExcelJS.Worksheet;
    const texts: string[] = [];
    split.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
    expect(texts.join("|")).toMatch(/Työikäiset/);
    expect(texts.join("|")).toMatch(/Työttömät/);
  });

  test("a JSON input supplies the rest; its municipalities would clash with the area's", async () => {
    writeCsv("k.csv", membersOf(area("11")));
    const rest = { area: "Oma nimi", year: 2026, costSplit: { total: 100000, weights: { labourForce: 1 } } };
    writeFileSync(join(dir, "rest.json"), JSON.stringify(rest));
    const ok = await run(["generate", "rest.json", "--area", "11", "--csv", "k.csv", "-o", "j.xlsx"]);
    expect(ok.code).toBe(EXIT.ok);
    const kunnat = (await workbook("j.xlsx")).getWorksheet("Kunnat") as ExcelJS.Worksheet;
    expect([kunnat.getCell("A1").value, kunnat.getCell("A2").value]).toEqual([
      "Jäsenkunnat ja työvoiman riittävyys 2026",
      "Oma nimi",
    ]);
    writeFileSync(join(dir, "both.json"), JSON.stringify({ ...rest, municipalities: [] }));
    const both = await run(["generate", "both.json", "--area", "11", "--csv", "k.csv", "-o", "b.xlsx"]);
    expect(both.code).toBe(EXIT.invalidInput);
    expect(files()).not.toContain("b.xlsx");
  });

  test("a member without figures: exit 1 naming it, nothing written", async () => {
    const kymppi = area("Kymppi");
    const missing = kymppi.members[4]!;
    writeCsv(
      "k.csv",
      membersOf(kymppi).filter((m) => m.code !== missing.code),
    );
    for (const lang of LANGS) {
      const { code, err } = await run([
        "generate",
        "--area",
        "kymppi",
        "--csv",
        "k.csv",
        "-o",
        "out.xlsx",
        "--lang",
        lang,
      ]);
      expect(code).toBe(EXIT.invalidInput);
      expect(err).toContain(`${lang === "sv" ? missing.sv : missing.fi} (${missing.code})`);
    }
    const { err } = await run(["generate", "--area", "kymppi", "--csv", "k.csv", "-o", "out.xlsx"]);
    expect(err).toContain(
      `virhe: k.csv: alueen ”Kymppi” jäsenkunnalle ${missing.fi} (${missing.code}) ei ole lukuja tiedostossa\n` +
        "k.csv: 1 virhe; työkirjaa ei kirjoitettu\n",
    );
    expect(files()).toEqual(["k.csv"]);
  });

  test("a member twice (its Finnish and its Swedish name): exit 1 with both lines, nothing written", async () => {
    const kerava = area("11");
    const [first] = kerava.members;
    writeCsv("k.csv", [...membersOf(kerava), { label: first!.sv, code: first!.code }]);
    const { code, err } = await run([
      "generate",
      "--area",
      "11",
      "--csv",
      "k.csv",
      "-o",
      "out.xlsx",
      "--lang",
      "en",
    ]);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toContain(
      `the member ${first!.fi} (${first!.code}) is in the file more than once, on lines 2, 4`,
    );
    expect(files()).toEqual(["k.csv"]);
  });

  test("an unknown area: exit 1 with the closest names, nothing written", async () => {
    writeCsv("k.csv", membersOf(area("11")));
    const { code, err } = await run([
      "generate",
      "--area",
      "Kerava-Sipo",
      "--csv",
      "k.csv",
      "-o",
      "out.xlsx",
      "--lang",
      "en",
    ]);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(
      /^error: unknown employment area 'Kerava-Sipo'; closest: 'Kerava-Sipoo \(11\)', '[^']+', '[^']+'/,
    );
    expect(files()).toEqual(["k.csv"]);
  });

  test("Åland: exit 1 saying why it is not offered, nothing written", async () => {
    writeCsv("k.csv", membersOf(area(String(ALAND_CODE))));
    for (const [query, lang, words] of [
      ["Ahvenanmaa", "fi", /Ahvenanmaa järjestää työvoimapalvelunsa itse.*380\/2023/],
      ["Åland", "sv", /Åland ordnar sin arbetskraftsservice själv.*380\/2023/],
      [String(ALAND_CODE), "en", /Åland organises its employment services itself.*380\/2023/],
    ] as const) {
      const { code, err } = await run([
        "generate",
        "--area",
        query,
        "--csv",
        "k.csv",
        "-o",
        "out.xlsx",
        "--lang",
        lang,
      ]);
      expect(code).toBe(EXIT.invalidInput);
      expect(err).toMatch(words);
    }
    expect(files()).toEqual(["k.csv"]);
  });

  test("--area needs --csv (usage, exit 2); --area belongs to generate and validate", async () => {
    expect((await run(["generate", "--area", "11", "-o", "out.xlsx"])).code).toBe(EXIT.usage);
    expect((await run(["areas", "--area", "11"])).code).toBe(EXIT.usage);
    expect(files()).toEqual([]);
  });
});
