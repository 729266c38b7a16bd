import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT, main, renderWorkbook, type CliIo, type Renderer } from "../../src/cli/run";
import { parseAreaInput } from "../../src/domain/parse";
import { SAMPLE_IDS, type SampleId } from "../../src/domain/samples";
import type { AreaInputDraft } from "../../src/domain/model";
import { LANGS, type Lang } from "../../src/i18n/lang";
import { sampleFormWords } from "../../src/i18n/samples";
import { sampleDraft } from "../sheets/fixtures";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tyollisyysalue-cli-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(argv: string[], options: { stdin?: string; render?: Renderer } = {}): Promise<Run> {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ""),
    cwd: dir,
    render: options.render ?? renderWorkbook,
  };
  const code = await main(argv, io);
  return { code, out, err: err.replace(/[\u00a0\u202f]/g, " ") };
}

const files = (): string[] => readdirSync(dir).sort();

function writeJson(name: string, value: unknown): string {
  writeFileSync(join(dir, name), typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return name;
}

const sample = (id: SampleId): Record<string, unknown> =>
  JSON.parse(JSON.stringify(sampleDraft(id))) as Record<string, unknown>;

async function readWorkbook(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, name));
  return workbook;
}

const SHEETS: Record<Lang, string[]> = {
  fi: ["Kunnat", "Kustannusjako", "Budjettikehys", "Henkilöstötaulukko", "Palvelutuotantomatriisi"],
  sv: ["Kommuner", "Kostnadsfördelning", "Budgetram", "Personaltabell", "Serviceproduktionsmatris"],
  en: ["Municipalities", "Cost split", "Budget frame", "Staffing table", "Service production matrix"],
};

const DEFINED_NAMES = [
  "Tyovoima_Yhteensa",
  "Tyovoima_Ennuste",
  "Tyovoima_Riittaa",
  "Kustannusosuudet",
  "Kustannus_Yhteensa",
  "Htv_Yhteensa",
  "Htv_Tarve",
  "Budjetti_Yhteensa",
];

describe("sample, schema, help", () => {
  test.each(SAMPLE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
    "sample %s --lang %s prints JSON that is the sample in that language and a valid input",
    async (id, lang) => {
      const { code, out, err } = await run(["sample", id, "--lang", lang]);
      expect([code, err]).toEqual([EXIT.ok, ""]);
      const json = JSON.parse(out) as AreaInputDraft;
      expect(json).toEqual(sampleDraft(id, lang));
      expect(json.area).toBe(sampleFormWords[lang][id].area);
      expect(parseAreaInput(json).ok).toBe(true);
    },
  );

  test("sample without --lang prints the Finnish, the source plans' own words", async () => {
    const { out } = await run(["sample", "kympin"]);
    expect((JSON.parse(out) as AreaInputDraft).budget?.lines[0]?.name).toBe("Henkilöstö");
  });

  test("schema prints the JSON Schema", async () => {
    const { code, out } = await run(["schema"]);
    expect(code).toBe(EXIT.ok);
    const schema = JSON.parse(out) as { additionalProperties: unknown; required: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["area", "year", "municipalities", "costSplit"]);
  });

  test("--help prints the usage to stdout in the asked language", async () => {
    expect(await run(["--help"])).toMatchObject({ code: EXIT.ok, out: expect.stringMatching(/^Käyttö:/) });
    expect(await run(["generate", "--help", "--lang", "sv"])).toMatchObject({
      code: EXIT.ok,
      out: expect.stringMatching(/^Användning:/),
    });
    expect(await run(["help", "--lang=en"])).toMatchObject({
      code: EXIT.ok,
      out: expect.stringMatching(/Exit codes/),
    });
  });
});

describe("usage errors: exit 2 with the usage text, nothing written", () => {
  test.each([
    [[], "virhe: komento puuttuu"],
    [["tee"], "virhe: tuntematon komento ”tee”"],
    [["generate", "in.json", "-o", "out.xlsx", "--fast"], "virhe: tuntematon valitsin ”--fast”"],
    [["generate", "in.json"], "virhe: tulostiedosto puuttuu: anna -o <työkirja.xlsx>"],
    [["generate", "in.json", "-o", "--lang", "fi"], "virhe: valitsimelta ”-o” puuttuu arvo"],
    [["generate", "in.json", "-o", "out.csv"], "virhe: tulostiedoston ”out.csv” nimen pitää päättyä .xlsx"],
    [["generate", "in.json", "-o", "a.xlsx", "-o", "b.xlsx"], "virhe: valitsin ”-o” on annettu kahdesti"],
    [["generate", "in.json", "-o", "a.xlsx", "--force=yes"], "virhe: valitsin ”--force” ei ota arvoa"],
    [
      ["generate", "in.json", "-o", "a.xlsx", "--lang", "de"],
      "virhe: kieli ”de” ei käy, odotettiin fi, sv tai en",
    ],
    [["generate", "in.json", "x.json", "-o", "a.xlsx"], "virhe: ylimääräinen argumentti ”x.json”"],
    [["generate", "-o", "a.xlsx"], "virhe: komennolta ”generate” puuttuu syötetiedosto"],
    [
      ["generate", "in.json", "-o", "a.xlsx", "--sheets", "budget,kunnat"],
      "virhe: tuntematon taulukko ”kunnat”",
    ],
    [["generate", "-", "--csv", "-", "-o", "a.xlsx"], "virhe: vakiosyötteen (-) voi lukea vain kerran"],
    [
      ["sample"],
      "virhe: esimerkin nimi puuttuu; esimerkit: ”kerava-sipoo”, ”pohjoinen-keski-suomi”, ”kympin”",
    ],
    [["sample", "kerava"], "virhe: tuntematon esimerkki ”kerava”"],
    [["sample", "kympin", "-o", "a.xlsx"], "virhe: valitsin ”-o” ei kuulu komentoon ”sample”"],
    [["schema", "extra"], "virhe: ylimääräinen argumentti ”extra”"],
  ])("%j", async (argv, message) => {
    writeJson("in.json", sampleDraft("kerava-sipoo"));
    const { code, out, err } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(out).toBe("");
    expect(err.startsWith(message)).toBe(true);
    expect(err).toContain("Käyttö:");
    expect(files()).toEqual(["in.json"]);
  });

  test("a usage error speaks the language asked for, even when something else is wrong", async () => {
    const { code, err } = await run(["generate", "--lang", "en", "--nope"]);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/^error: unknown option '--nope'\n\nUsage:/);
  });
});

describe("invalid input: exit 1, every issue on its own line naming the JSON path, nothing written", () => {
  async function expectInvalid(input: unknown, expected: string[], lang: Lang = "fi"): Promise<void> {
    writeJson("in.json", input);
    const { code, out, err } = await run(["generate", "in.json", "-o", "out.xlsx", "--lang", lang]);
    expect(code).toBe(EXIT.invalidInput);
    expect(out).toBe("");
    expect(err.trimEnd().split("\n")).toEqual(expected);
    expect(files()).toEqual(["in.json"]);
  }

  test("invalid JSON: line and column", async () => {
    await expectInvalid('{\n  "area": "Kerava",\n  "year": 2025,,\n}', [
      "in.json: rivi 3, sarake 16: löytyi ”,”, odotettiin kentän nimeä lainausmerkeissä",
      "in.json: 1 virhe; työkirjaa ei kirjoitettu",
    ]);
  });

  test("wrong types", async () => {
    const input = sample("kerava-sipoo");
    (input.municipalities as Record<string, unknown>[])[1] = { name: "Sipoo", labourForce: "11 691" };
    input.year = "2025";
    await expectInvalid(
      input,
      [
        "in.json: year: text '2025', expected a number (write JSON numbers without quotes or spaces: 2025)",
        "in.json: municipalities[1].labourForce: text '11 691', expected a number (write JSON numbers without quotes or spaces: 11691)",
        "in.json: 2 errors; no workbook written",
      ],
      "en",
    );
  });

  test("unknown fields", async () => {
    const input = sample("kympin");
    const first = (input.municipalities as Record<string, unknown>[])[0];
    (input.municipalities as Record<string, unknown>[])[0] = { ...first, tyovoima: 3854 };
    input.costsplit = input.costSplit;
    await expectInvalid(
      input,
      [
        "in.json: municipalities[0]: okänt fält ”tyovoima”",
        "in.json: okänt fält ”costsplit” – menade du ”costSplit”?",
        "in.json: 2 fel; arbetsboken skrevs inte",
      ],
      "sv",
    );
  });

  test("inconsistent weights", async () => {
    const input = sample("kerava-sipoo");
    input.costSplit = { total: 7300000, weights: { workingAge: 0.5, unemployed: 0.6 } };
    await expectInvalid(input, [
      "in.json: costSplit.weights: painojen summa on 1,1, odotettiin 1 (100 %)",
      "in.json: 1 virhe; työkirjaa ei kirjoitettu",
    ]);
  });

  test("a missing or unreadable input file is invalid input too", async () => {
    const missing = await run(["generate", "none.json", "-o", "out.xlsx"]);
    expect(missing).toMatchObject({
      code: EXIT.invalidInput,
      err: `virhe: tiedostoa ”${join(dir, "none.json")}” ei voitu lukea: tiedostoa ei ole\n`,
    });
    writeFileSync(join(dir, "latin1.json"), Buffer.from([0x7b, 0x22, 0x61, 0xe4, 0x22, 0x3a, 0x31, 0x7d]));
    const latin1 = await run(["validate", "latin1.json"]);
    expect(latin1.code).toBe(EXIT.invalidInput);
    expect(latin1.err).toMatch(/ei ole UTF-8-koodattua tekstiä/);
    expect(files()).toEqual(["latin1.json"]);
  });

  test("validate reports the same issues and writes nothing", async () => {
    writeJson("in.json", { area: "A" });
    const { code, err } = await run(["validate", "in.json"]);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toContain("in.json: year: pakollinen kenttä puuttuu, odotettiin kokonaislukua");
    expect(err).toContain("in.json: municipalities: pakollinen kenttä puuttuu, odotettiin listaa [ … ]");
    expect(await run(["validate", writeJson("ok.json", sampleDraft("kympin"))])).toMatchObject({
      code: EXIT.ok,
      out: "ok.json: syöte on kunnossa (10 kuntaa)\n",
    });
  });
});

describe("bounded output on bad input", () => {
  test("a million duplicate keys print a hundred lines and the count, not a million lines", async () => {
    const text = JSON.stringify(sample("kerava-sipoo")).replace("{", `{${'"k":1,'.repeat(1_000_000)}`);
    const result = await run(["validate", writeJson("dup.json", text), "--lang", "en"]);
    expect(result.code).toBe(EXIT.invalidInput);
    const lines = result.err.trimEnd().split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[99]).toBe("dup.json: and 999,900 more fields that occur more than once");
    expect(lines[100]).toBe("dup.json: 100 errors; no workbook written");
    expect(result.err.length).toBeLessThan(10_000);
  });

  test("more than a hundred problems: the first hundred, then how many more", async () => {
    const input = sample("kerava-sipoo");
    const unknown = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`extra${i}`, i]));
    const result = await run(["validate", writeJson("many.json", { ...input, ...unknown }), "--lang", "en"]);
    const lines = result.err.trimEnd().split("\n");
    expect(lines).toHaveLength(102);
    expect(lines[100]).toBe("… and 50 more problems");
    expect(lines[101]).toBe("many.json: 150 errors; no workbook written");
  });
});

describe("bounded input", () => {
  test("a device such as /dev/zero is refused before reading, not read until memory runs out", async () => {
    writeJson("rest.json", { area: "A", year: 2025, costSplit: { total: 1, weights: { labourForce: 1 } } });
    const result = await run(["validate", "rest.json", "--csv", "/dev/zero", "--lang", "en"]);
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.err).toBe(
      "error: could not read '/dev/zero': it is not a regular file (a device or a pipe, say)\n",
    );
  });

  test("a file or stdin over 10 MB is refused by its size", async () => {
    writeFileSync(join(dir, "big.json"), `{"area": "${"x".repeat(10 * 1024 * 1024)}"}`);
    const file = await run(["validate", "big.json", "--lang", "en"]);
    expect(file.code).toBe(EXIT.invalidInput);
    expect(file.err).toBe(
      `error: could not read '${join(dir, "big.json")}': it is over 10 MB; input this large is not read\n`,
    );
    const stdin = await run(["validate", "-", "--lang", "en"], { stdin: " ".repeat(10 * 1024 * 1024 + 1) });
    expect(stdin.err).toBe("error: could not read '-': it is over 10 MB; input this large is not read\n");
  });
});

describe("messages worded for a person", () => {
  test("1e308 is written with an exponent, not 309 digits", async () => {
    const input = sample("kerava-sipoo");
    const result = await run([
      "validate",
      writeJson("big.json", { ...input, costSplit: { total: 1e308, weights: { population: 1 } } }),
      "--lang",
      "en",
    ]);
    expect(result.err).toContain(
      "big.json: costSplit.total: 1E308 is too large, expected at most 10,000,000,000\n",
    );
    expect(result.err.length).toBeLessThan(200);
  });

  test("one CSV cell gives one limit error, and the CSV's problems are counted against the CSV file", async () => {
    const rest = sample("kerava-sipoo");
    delete rest.municipalities;
    rest.costSplit = { total: 1000, weights: { labourForce: 1 } };
    delete rest.staffing;
    writeJson("rest.json", rest);
    writeFileSync(join(dir, "kunnat.csv"), "Kunta;Työvoima\nKerava;99999999999999999999\nSipoo;11691\n");
    const result = await run(["validate", "rest.json", "--csv", "kunnat.csv", "--lang", "en"]);
    expect(result.err).toBe(
      "kunnat.csv: line 2, column Työvoima: 1E20 is too large, expected at most 10,000,000\n" +
        "kunnat.csv: 1 error; no workbook written\n",
    );
  });
});

describe("generate", () => {
  test.each([
    ["kerava-sipoo", "fi"],
    ["pohjoinen-keski-suomi", "fi"],
    ["kympin", "fi"],
    ["kerava-sipoo", "sv"],
    ["kympin", "en"],
  ] as const)(
    "%s in %s: exit 0 and a workbook ExcelJS reads, with the five sheets and the names",
    async (id, lang) => {
      writeJson("in.json", sampleDraft(id));
      const { code, out, err } = await run(["generate", "in.json", "-o", "tulos.xlsx", "--lang", lang]);
      expect([code, err]).toEqual([EXIT.ok, ""]);
      expect(out).toBe(`tulos.xlsx: ${SHEETS[lang].join(", ")}\n`);
      expect(files()).toEqual(["in.json", "tulos.xlsx"]);
      const workbook = await readWorkbook("tulos.xlsx");
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS[lang]);
      const names = (workbook.definedNames as unknown as { model: { name: string }[] }).model.map(
        (n) => n.name,
      );
      expect([...names].sort()).toEqual([...DEFINED_NAMES].sort());
      // The municipalities are there, as text, in input order.
      const first = workbook.worksheets[0];
      const cells: unknown[] = [];
      first?.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
      for (const municipality of sampleDraft(id).municipalities) expect(cells).toContain(municipality.name);
    },
  );

  test("--sheets limits the workbook (the municipalities sheet always comes)", async () => {
    writeJson("in.json", sampleDraft("kympin"));
    const { code } = await run(["generate", "in.json", "-o", "osa.xlsx", "--sheets", "costSplit"]);
    expect(code).toBe(EXIT.ok);
    expect((await readWorkbook("osa.xlsx")).worksheets.map((sheet) => sheet.name)).toEqual([
      "Kunnat",
      "Kustannusjako",
    ]);
  });

  test("input from standard input", async () => {
    const { code } = await run(["generate", "-", "-o", "stdin.xlsx"], {
      stdin: JSON.stringify(sampleDraft("kympin")),
    });
    expect(code).toBe(EXIT.ok);
    expect(files()).toEqual(["stdin.xlsx"]);
  });

  test("an existing workbook is not replaced without --force (exit 3, bytes untouched)", async () => {
    writeJson("in.json", sampleDraft("kympin"));
    writeFileSync(join(dir, "out.xlsx"), "the user's own file");
    const refused = await run(["generate", "in.json", "-o", "out.xlsx"]);
    expect(refused).toMatchObject({
      code: EXIT.notWritten,
      err: `virhe: tiedosto ”${join(dir, "out.xlsx")}” on jo olemassa; sitä ei korvata ilman valitsinta --force\n`,
    });
    expect(readFileSync(join(dir, "out.xlsx"), "utf8")).toBe("the user's own file");
    expect(files()).toEqual(["in.json", "out.xlsx"]);
    const forced = await run(["generate", "in.json", "-o", "out.xlsx", "--force"]);
    expect(forced.code).toBe(EXIT.ok);
    expect((await readWorkbook("out.xlsx")).worksheets).toHaveLength(5);
    expect(files()).toEqual(["in.json", "out.xlsx"]);
  });

  test("a missing directory or a failing generation leaves nothing behind (exit 3)", async () => {
    writeJson("in.json", sampleDraft("kympin"));
    const noDir = await run(["generate", "in.json", "-o", "puuttuu/out.xlsx"]);
    expect(noDir).toMatchObject({
      code: EXIT.notWritten,
      err: `virhe: hakemistoa ”${join(dir, "puuttuu")}” ei ole\n`,
    });
    const failing: Renderer = async () => {
      throw new Error("boom");
    };
    const failed = await run(["generate", "in.json", "-o", "out.xlsx"], { render: failing });
    expect(failed).toMatchObject({
      code: EXIT.notWritten,
      err: "virhe: työkirjan teko epäonnistui (ohjelmavirhe): boom\n",
    });
    expect(files()).toEqual(["in.json"]);
  });

  test("the workbook appears whole or not at all: a file created meanwhile is not replaced", async () => {
    writeJson("in.json", sampleDraft("kympin"));
    // Another program writes the output file while the workbook is being made.
    const racing: Renderer = async (input, lang, sheets) => {
      const rendered = await renderWorkbook(input, lang, sheets);
      writeFileSync(join(dir, "out.xlsx"), "written meanwhile");
      return rendered;
    };
    const { code } = await run(["generate", "in.json", "-o", "out.xlsx"], { render: racing });
    expect(code).toBe(EXIT.notWritten);
    expect(readFileSync(join(dir, "out.xlsx"), "utf8")).toBe("written meanwhile");
    expect(files()).toEqual(["in.json", "out.xlsx"]); // no temporary file left
  });
});

describe("--csv: municipalities from a CSV file, the rest from JSON", () => {
  const rest = (): Record<string, unknown> => {
    const input = sample("kerava-sipoo");
    delete input.municipalities;
    return input;
  };
  const csv = [
    '"Alue";"Väkiluku";"Työikäiset (18–64)";"Työttömät";"Työvoima"',
    '"Kerava";"38 000";"23 000";"2 100";"18 875"',
    '"Sipoo";"22 000";"12 500";"700";"11 691"',
    '"Yhteensä";"60 000";"35 500";"2 800";"30 566"',
  ].join("\n");

  test("generates, saying which lines it skipped", async () => {
    writeJson("muut.json", rest());
    writeFileSync(join(dir, "kunnat.csv"), csv);
    const { code, out, err } = await run([
      "generate",
      "muut.json",
      "--csv",
      "kunnat.csv",
      "-o",
      "tulos.xlsx",
    ]);
    expect(code).toBe(EXIT.ok);
    expect(err).toBe("varoitus: kunnat.csv: rivi 4: summarivi ”Yhteensä” ohitettiin\n");
    expect(out).toMatch(/^tulos\.xlsx: Kunnat/);
    const sheet = (await readWorkbook("tulos.xlsx")).getWorksheet("Kunnat");
    const values: unknown[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toEqual(expect.arrayContaining(["Kerava", "Sipoo", 18875, 11691]));
  });

  test("a 100 000-line CSV is refused with one problem at the line past the 400-municipality limit", async () => {
    writeJson("muut.json", rest());
    const lines = Array.from({ length: 100_000 }, (_, i) => `Kunta ${i};${1000 + i}`);
    writeFileSync(join(dir, "kunnat.csv"), ["Kunta;Työvoima", ...lines].join("\n"));
    const { code, err } = await run(["validate", "muut.json", "--csv", "kunnat.csv", "--lang", "en"]);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toBe(
      "kunnat.csv: line 402: more than 400 municipality lines; an employment area has at most 400 " +
        "municipalities, so the rest is not read\n" +
        "kunnat.csv: 1 error; no workbook written\n",
    );
  });

  test("CSV problems name the file, line and column; whole-area problems point at the CSV line", async () => {
    writeJson("muut.json", rest());
    writeFileSync(join(dir, "kunnat.csv"), "Kunta;Työvoima;Työikäiset;Työttömät\nKerava;18 8x5;23000;2100\n");
    const bad = await run(["validate", "muut.json", "--csv", "kunnat.csv"]);
    expect(bad.code).toBe(EXIT.invalidInput);
    expect(bad.err.split("\n")[0]).toBe(
      "kunnat.csv: rivi 2, sarake Työvoima: teksti ”18 8x5”, odotettiin lukua",
    );
    writeFileSync(join(dir, "kunnat.csv"), "Kunta;Työvoima;Työttömät\nKerava;18875;2100\nSipoo;11691;700\n");
    const missing = await run(["validate", "muut.json", "--csv", "kunnat.csv"]);
    expect(missing.code).toBe(EXIT.invalidInput);
    expect(missing.err.split("\n").slice(0, 2)).toEqual([
      "kunnat.csv: rivi 2: puuttuu, mutta kustannusjako käyttää perustetta ”workingAge” (työikäiset (18–64)) painolla 0,5",
      "kunnat.csv: rivi 3: puuttuu, mutta kustannusjako käyttää perustetta ”workingAge” (työikäiset (18–64)) painolla 0,5",
    ]);
  });

  test("municipalities in both the JSON and the CSV is an error, not a silent choice", async () => {
    writeJson("in.json", sampleDraft("kerava-sipoo"));
    writeFileSync(join(dir, "kunnat.csv"), csv);
    const { code, err } = await run(["generate", "in.json", "--csv", "kunnat.csv", "-o", "x.xlsx"]);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toContain(
      "in.json: municipalities: kunnat on annettu sekä JSONissa että CSV-tiedostossa; poista toinen",
    );
    expect(files()).toEqual(["in.json", "kunnat.csv"]);
  });

  test("a CSV saved as ANSI (Windows-1252) reads with its Finnish letters", async () => {
    writeJson("muut.json", rest());
    const ansi = Buffer.from(
      csv.replace(/"Yhteensä".*$/m, "").replace("Työikäiset (18–64)", "Työikäiset"),
      "latin1",
    );
    writeFileSync(join(dir, "kunnat.csv"), ansi);
    expect((await run(["validate", "muut.json", "--csv", "kunnat.csv"])).code).toBe(EXIT.ok);
  });
});
