import { execFile } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { promisify } from "util";

/**
 * The layers of src/ as dependency-cruiser checks them with the rules of .dependency-cruiser.cjs:
 * no import cycle, no adapter importing the other, a pure domain, plans that know no host. It runs
 * as a child process because dependency-cruiser is an ES module, which Jest's CommonJS transform
 * cannot load.
 */

const ROOT = join(__dirname, "..");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");
const CLI = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Violation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
  readonly cycle?: readonly { readonly name: string }[];
}

interface CruiseResult {
  readonly modules: readonly { readonly source: string }[];
  readonly summary: { readonly violations: readonly Violation[] };
}

async function cruise(cwd: string, args: readonly string[]): Promise<CruiseResult> {
  // depcruise exits non-zero when it finds violations; its JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CLI, "--config", CONFIG, "--output-type", "json", ...args, "src"],
    { cwd, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    if (error.stdout) return { stdout: error.stdout };
    throw new Error(`dependency-cruiser failed: ${error.stderr ?? String(error)}`);
  });
  return JSON.parse(stdout) as CruiseResult;
}

const describeViolation = ({ rule, from, to, cycle }: Violation): string =>
  cycle
    ? `${rule.name}: ${from} → ${cycle.map(({ name }) => name).join(" → ")}`
    : `${rule.name}: ${from} → ${to}`;

/**
 * Violations still on main, each owned by the change that removes it. When a listed violation is
 * gone the test says so: delete its line then, so that it cannot come back.
 */
const KNOWN_EXCEPTIONS: readonly string[] = [];

describe("the layers of src/", () => {
  let result: CruiseResult;
  let found: string[];

  beforeAll(async () => {
    result = await cruise(ROOT, []);
    found = result.summary.violations.map(describeViolation);
  }, 180_000);

  test("every source file was read", () => {
    const sources = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(`${dir}/${entry.name}`)
          : /(?<!\.d)\.tsx?$/.test(entry.name)
            ? [`${dir}/${entry.name}`]
            : [],
      );
    const cruised = new Set(result.modules.map(({ source }) => source));
    expect(sources("src").filter((file) => !cruised.has(file))).toEqual([]);
  });

  test("no cycle, no adapter-to-adapter import, no layer imported from below", () => {
    expect(found.filter((violation) => !KNOWN_EXCEPTIONS.includes(violation))).toEqual([]);
  });

  test("every known exception still occurs (or its line is deleted)", () => {
    const gone = KNOWN_EXCEPTIONS.filter((exception) => !found.includes(exception));
    if (gone.length > 0) {
      console.warn(
        `Resolved, delete from KNOWN_EXCEPTIONS in test/architecture.test.ts:\n${gone.join("\n")}`,
      );
    }
    expect(gone).toEqual([]);
  });
});

describe("the rules catch what they forbid", () => {
  // A miniature src/ with one of each violation, cruised with the project's own rules.
  const files: Record<string, string> = {
    "src/excel/write.ts": 'import { look } from "../xlsx/styles";\nexport const write = look;\n',
    "src/xlsx/styles.ts": 'import { parse } from "../domain/parse";\nexport const look = parse;\n',
    "src/domain/parse.ts":
      'import { say } from "../i18n/input";\nexport const parse = say;\nexport const raw = 1;\n',
    "src/i18n/input.ts": 'import { raw } from "../domain/parse";\nexport const say = raw;\n',
    "src/sheets/plan.ts": 'import { write } from "../excel/write";\nexport const plan = write;\n',
    "src/sheets/file.ts": 'import { readFileSync } from "fs";\nexport const file = readFileSync;\n',
  };
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "architecture-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("cycles, adapter-to-adapter, impure domain, plans importing a host or Node", async () => {
    // The miniature has no tsconfig.json of its own: it is read with the project's.
    const { summary } = await cruise(dir, ["--ts-config", join(ROOT, "tsconfig.json")]);
    const broken = summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`);
    expect(broken).toEqual(
      expect.arrayContaining([
        "excel-not-xlsx: src/excel/write.ts → src/xlsx/styles.ts",
        "domain-is-pure: src/domain/parse.ts → src/i18n/input.ts",
        "sheets-know-no-host: src/sheets/plan.ts → src/excel/write.ts",
        "node-only-in-cli: src/sheets/file.ts → fs",
      ]),
    );
    expect(broken.filter((violation) => violation.startsWith("no-circular:"))).not.toEqual([]);
  }, 180_000);
});
