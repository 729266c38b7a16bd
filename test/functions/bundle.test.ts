import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import vm from "vm";
import translations from "../../src/functions/metadata.l10n.json";
import {
  ERROR_CODES,
  FakeCustomFunctionError,
  fakeOffice,
  fakeRuntime,
  type FakeRuntime,
} from "./fakeRuntime";

/*
 * The build contract (docs/functions.md): dist/functions.js registers the three ids with
 * CustomFunctions.associate and runs with only the `CustomFunctions` and `Office` globals, and
 * dist/functions.json (+ .sv/.en) describe every function and parameter. `npm test` builds first;
 * run alone, this test builds once when dist is missing or older than the sources.
 */

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const BUNDLE = path.join(DIST, "functions.js");

/** functions.ts and every file it imports, transitively (relative imports only; packages do not change). */
function bundleSources(
  file = path.join(ROOT, "src/functions/functions.ts"),
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.endsWith(".ts")) return seen;
  for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(/from "(\.\.?\/[^"]+)"/g)) {
    const target = path.resolve(path.dirname(file), specifier as string);
    const resolved = [target, `${target}.ts`].find(
      (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
    );
    if (resolved) bundleSources(resolved, seen);
  }
  return seen;
}

function ensureBuilt(): void {
  const outputs = ["functions.js", "functions.json", "functions.sv.json", "functions.en.json"].map((f) =>
    path.join(DIST, f),
  );
  // webpack leaves an unchanged output unwritten (compareBeforeEmit), so the newest one dates the build.
  const built = outputs.every(fs.existsSync) ? Math.max(...outputs.map((f) => fs.statSync(f).mtimeMs)) : 0;
  const sources = [
    ...bundleSources(),
    path.join(ROOT, "scripts/localize-metadata.js"),
    path.join(ROOT, "webpack.config.js"),
  ];
  if (built > Math.max(...sources.map((file) => fs.statSync(file).mtimeMs))) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
  });
}

/** Loads the bundle in a fresh context whose only globals are the two the contract allows. */
function load(displayLanguage: string): FakeRuntime {
  const runtime = fakeRuntime();
  const context = vm.createContext({
    CustomFunctions: runtime.CustomFunctions,
    Office: fakeOffice(displayLanguage),
  });
  vm.runInContext(fs.readFileSync(BUNDLE, "utf8"), context, { filename: "functions.js" });
  return runtime;
}

const IDS = ["HTV_TARVE", "KUSTANNUSOSUUS", "TYOVOIMA_RIITTAA"];
const residents = [[1269], [3665], [1554], [1064], [1196], [3786], [5951]];

beforeAll(ensureBuilt, 180_000);

describe("dist/functions.js", () => {
  it("registers exactly the three ids when loaded with only CustomFunctions and Office", () => {
    expect([...load("fi-FI").associated.keys()].sort()).toEqual(IDS);
  });

  it("computes the worked checks", () => {
    const fns = load("fi-FI").associated;
    const call = (id: string, ...args: unknown[]) => (fns.get(id) as (...a: unknown[]) => unknown)(...args);
    expect(call("TYOVOIMA_RIITTAA", [[18875], [11691]], null, null, null)).toBe(true);
    expect(call("TYOVOIMA_RIITTAA", [[18875]], null, null, null)).toBe(false);
    expect(call("TYOVOIMA_RIITTAA", [[28616]], null, -0.012, 25)).toBe(true);
    expect(call("TYOVOIMA_RIITTAA", [[28616]], null, -0.02, 18)).toBe(false);
    expect(call("KUSTANNUSOSUUS", 65000, [[1269]], residents, null)).toEqual([[4462.27]]);
    const spilled = call("KUSTANNUSOSUUS", 65000, residents, residents, null) as number[][];
    expect(spilled.reduce((sum, [share]) => sum + Math.round((share as number) * 100), 0)).toBe(6_500_000);
    expect(Math.round((call("HTV_TARVE", [[3762]], [[130]], null) as number) * 100) / 100).toBe(28.94);
    expect(Math.round((call("HTV_TARVE", [[3762]], [[130]], [[0.8]]) as number) * 100) / 100).toBe(36.17);
  });

  it("returns localized Excel errors in Excel's display language", () => {
    const sv = load("sv-FI").associated.get("TYOVOIMA_RIITTAA") as (...a: unknown[]) => unknown;
    const result = sv([[18875], [11691], ["18 875"]], null, null, null);
    expect(result).toBeInstanceOf(FakeCustomFunctionError);
    expect(result).toMatchObject({
      code: ERROR_CODES.invalidValue,
      message: "arbetskraft, rad 3: texten ”18 875”, ett tal förväntades",
    });
  });
});

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

const readMetadata = (file: string): FunctionMetadata[] =>
  (JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as { functions: FunctionMetadata[] }).functions;

/** A parameter as "name:type:dimensionality[:optional]"; the generator omits scalar and required. */
const signature = (p: ParameterMetadata): string =>
  [p.name, p.type ?? "any", p.dimensionality ?? "scalar", ...(p.optional ? ["optional"] : [])].join(":");

describe("dist/functions.json and its translations", () => {
  it("lists every function with every parameter as docs/functions.md has it", () => {
    const fi = readMetadata("functions.json");
    expect(
      fi.map((fn) => ({
        id: fn.id,
        name: fn.name,
        parameters: fn.parameters.map(signature),
        result: `${fn.result.type ?? "any"}:${fn.result.dimensionality ?? "scalar"}`,
      })),
    ).toEqual([
      {
        id: "TYOVOIMA_RIITTAA",
        name: "TYOVOIMA_RIITTAA",
        parameters: [
          "tyovoima:any:matrix",
          "raja:any:scalar:optional",
          "vuosimuutos:any:scalar:optional",
          "vuodet:any:scalar:optional",
        ],
        result: "boolean:scalar",
      },
      {
        id: "KUSTANNUSOSUUS",
        name: "KUSTANNUSOSUUS",
        parameters: [
          "kokonaismaara:any:scalar",
          "kunnan_perusteet:any:matrix",
          "kaikkien_perusteet:any:matrix",
          "painot:any:matrix:optional",
        ],
        result: "number:matrix",
      },
      {
        id: "HTV_TARVE",
        name: "HTV_TARVE",
        parameters: [
          "asiakkaat:any:matrix",
          "asiakkaita_per_htv:any:matrix",
          "salkkuosuus:any:matrix:optional",
        ],
        result: "number:scalar",
      },
    ]);
    for (const fn of fi) {
      expect(fn.description).toBeTruthy();
      fn.parameters.forEach((p) => expect(p.description).toBeTruthy());
    }
  });

  it.each(["sv", "en"] as const)(
    "functions.%s.json: same ids and shapes, translated names and descriptions",
    (lang) => {
      const fi = readMetadata("functions.json");
      const localized = readMetadata(`functions.${lang}.json`);
      expect(localized.map((fn) => fn.id)).toEqual(fi.map((fn) => fn.id));
      localized.forEach((fn, i) => {
        const original = fi[i] as FunctionMetadata;
        const expected =
          translations[lang].functions[fn.id as keyof (typeof translations)[typeof lang]["functions"]];
        expect(fn.name).toBe(expected.name);
        expect(fn.name).not.toBe(original.name);
        expect(fn.description).toBe(expected.description);
        expect(fn.result).toEqual(original.result);
        expect(fn.parameters.map((p) => p.name)).toEqual(
          original.parameters.map(
            (p) => (expected.parameters as Record<string, { name: string }>)[p.name]?.name,
          ),
        );
        fn.parameters.forEach((p, j) => {
          const source = original.parameters[j] as ParameterMetadata;
          expect({ ...p, name: source.name, description: source.description }).toEqual(source);
          expect(p.description).not.toBe(source.description);
        });
      });
    },
  );
});
