import fs from "fs";
import os from "os";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import webpack, { type Stats } from "webpack";
import { localizeMetadata, LocalizedMetadataPlugin } from "../../scripts/localize-metadata";
import translations from "../../src/functions/metadata.l10n.json";
import { costShareSpec, labourForceSpec, personYearsSpec } from "../../src/functions/specs";

/*
 * The metadata Excel reads: generated from the Finnish JSDoc, translated into sv and en by
 * scripts/localize-metadata.js, and refused by the build when either step finds a problem.
 */

const ROOT = path.resolve(__dirname, "../..");
const FUNCTIONS = path.join(ROOT, "src/functions/functions.ts");
const FIXTURES = path.join(__dirname, "fixtures");

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string }[] }[];
}

/** Silences the metadata generator's console report of the errors the test provokes. */
function quietly<T>(work: () => Promise<T>): Promise<T> {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  return work().finally(() => spy.mockRestore());
}

describe("metadata generated from src/functions/functions.ts", () => {
  let metadata: Metadata;
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(FUNCTIONS);
    expect(generated.errors).toEqual([]);
    metadata = JSON.parse(generated.metadataJson) as Metadata;
  });

  it("names each parameter as its declaration does, so messages name what Excel shows", () => {
    const declared = Object.fromEntries(
      [labourForceSpec, costShareSpec, personYearsSpec].map((spec) => [
        spec.id,
        spec.params.map((p) => p.name),
      ]),
    );
    expect(
      Object.fromEntries(metadata.functions.map((fn) => [fn.id, fn.parameters.map((p) => p.name)])),
    ).toEqual(declared);
  });

  it("is fully translated by the l10n file, with no stale entries", () => {
    const { outputs, errors } = localizeMetadata(metadata, translations);
    expect(errors).toEqual([]);
    expect(Object.keys(outputs).sort()).toEqual(["en", "sv"]);
  });
});

describe("localizeMetadata", () => {
  const source: Metadata = {
    functions: [
      {
        id: "TUPLA",
        name: "TUPLA",
        description: "Kaksinkertaistaa luvun.",
        parameters: [{ name: "luku" }, { name: "kerroin" }],
      },
    ],
  };
  const complete = () => ({
    en: {
      functions: {
        TUPLA: {
          name: "DOUBLE",
          description: "Doubles a number.",
          parameters: {
            luku: { name: "number", description: "The number to double." },
            kerroin: { name: "factor", description: "Factor, default 2." },
          },
        },
      },
    },
  });

  it("translates name, description and each parameter's name and description, and keeps the id", () => {
    const { outputs, errors } = localizeMetadata(source, complete());
    expect(errors).toEqual([]);
    expect(outputs.en).toEqual({
      functions: [
        {
          id: "TUPLA",
          name: "DOUBLE",
          description: "Doubles a number.",
          parameters: [
            { name: "number", description: "The number to double." },
            { name: "factor", description: "Factor, default 2." },
          ],
        },
      ],
    });
  });

  it.each([
    [
      "a missing function",
      (t: ReturnType<typeof complete>) => delete (t.en.functions as Partial<typeof t.en.functions>).TUPLA,
      "no translation for function TUPLA",
    ],
    [
      "a missing parameter",
      (t: ReturnType<typeof complete>) =>
        delete (t.en.functions.TUPLA.parameters as Record<string, unknown>).kerroin,
      "no translation for parameter kerroin",
    ],
    [
      "a stale parameter",
      (t: ReturnType<typeof complete>) =>
        Object.assign(t.en.functions.TUPLA.parameters, { vanha: { name: "old", description: "Old." } }),
      "translation for unknown parameter vanha",
    ],
    [
      "a stale function",
      (t: ReturnType<typeof complete>) => Object.assign(t.en.functions, { POISTETTU: t.en.functions.TUPLA }),
      "translation for unknown function POISTETTU",
    ],
    [
      "a name with Ä",
      (t: ReturnType<typeof complete>) => (t.en.functions.TUPLA.name = "TÄYSI"),
      'name "TÄYSI"',
    ],
    [
      "a name that reads as a cell",
      (t: ReturnType<typeof complete>) => (t.en.functions.TUPLA.name = "AB12"),
      'name "AB12"',
    ],
    [
      "an empty description",
      (t: ReturnType<typeof complete>) => (t.en.functions.TUPLA.description = " "),
      "TUPLA: no description",
    ],
    [
      "a parameter name with a space",
      (t: ReturnType<typeof complete>) => (t.en.functions.TUPLA.parameters.luku.name = "the number"),
      'name "the number"',
    ],
    [
      "two parameters with one name",
      (t: ReturnType<typeof complete>) => (t.en.functions.TUPLA.parameters.kerroin.name = "number"),
      "two parameters named number",
    ],
  ])("reports %s", (_title, breakIt, message) => {
    const broken = complete();
    breakIt(broken);
    const { errors } = localizeMetadata(source, broken);
    expect(errors.join("\n")).toContain(message);
  });
});

const temporary: string[] = [];
const temporaryDirectory = (prefix: string): string => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(directory);
  return directory;
};
afterAll(() => temporary.forEach((directory) => fs.rmSync(directory, { recursive: true, force: true })));

/** Builds `entry` with the same two metadata plugins as webpack.config.js, into a temp directory. */
function build(entry: string, translationsFile: string): Promise<{ stats: Stats; out: string }> {
  const out = temporaryDirectory("te-functions-");
  const compiler = webpack({
    mode: "none",
    context: ROOT,
    entry,
    output: { path: out, filename: "functions.js" },
    infrastructureLogging: { level: "none" },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: entry }),
      new LocalizedMetadataPlugin({ source: "functions.json", translations: translationsFile }),
    ],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) reject(error ?? new Error("no stats"));
      else resolve({ stats, out });
    }),
  );
}

function writeTranslations(content: unknown): string {
  const file = path.join(temporaryDirectory("te-l10n-"), "l10n.json");
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

const tinyTranslations = (withFactor: boolean) => ({
  sv: {
    functions: {
      TUPLA: {
        name: "DUBBEL",
        description: "Fördubblar ett tal.",
        parameters: {
          luku: { name: "tal", description: "Talet som fördubblas." },
          ...(withFactor ? { kerroin: { name: "faktor", description: "Faktor, standard 2." } } : {}),
        },
      },
    },
  },
});

describe("the build refuses broken metadata", () => {
  const broken = path.join(FIXTURES, "broken-functions.js");
  const tiny = path.join(FIXTURES, "tiny-functions.js");

  it("custom-functions-metadata reports a name starting with a digit and a duplicate id", async () => {
    const generated = await quietly(() => generateCustomFunctionsMetadata(broken));
    const errors = generated.errors.join("\n");
    expect(errors).toContain('"1BAD" should start with an alphabetic character');
    expect(errors).toContain("duplicate id: TWICE");
  });

  it("webpack with custom-functions-metadata-plugin fails the compilation on those errors", async () => {
    const { stats, out } = await quietly(() => build(broken, writeTranslations(tinyTranslations(true))));
    expect(stats.hasErrors()).toBe(true);
    const messages = stats.compilation.errors.map((error) => error.message).join("\n");
    expect(messages).toContain("1BAD");
    expect(fs.existsSync(path.join(out, "functions.json"))).toBe(false);
  });

  it("fails the compilation when a parameter lacks its translation", async () => {
    const { stats, out } = await build(tiny, writeTranslations(tinyTranslations(false)));
    expect(stats.hasErrors()).toBe(true);
    expect(stats.compilation.errors.map((error) => error.message).join("\n")).toContain(
      "sv: TUPLA: no translation for parameter kerroin",
    );
    expect(fs.existsSync(path.join(out, "functions.sv.json"))).toBe(false);
  });

  it("emits functions.<lang>.json beside functions.json when all is translated", async () => {
    const { stats, out } = await build(tiny, writeTranslations(tinyTranslations(true)));
    expect(stats.compilation.errors).toEqual([]);
    const fi = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")) as Metadata;
    const sv = JSON.parse(fs.readFileSync(path.join(out, "functions.sv.json"), "utf8")) as Metadata;
    expect(fi.functions.map((fn) => [fn.id, fn.name])).toEqual([["TUPLA", "TUPLA"]]);
    expect(sv.functions.map((fn) => [fn.id, fn.name, fn.parameters.map((p) => p.name)])).toEqual([
      ["TUPLA", "DUBBEL", ["tal", "faktor"]],
    ]);
    expect(fs.readFileSync(path.join(out, "functions.js"), "utf8")).toContain(
      'CustomFunctions.associate("TUPLA"',
    );
  });
});
