import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  affects,
  audit,
  productionPackages,
  readRepository,
  type OsvEntry,
  type Repository,
} from "../../scripts/audit";

const ROOT = resolve(__dirname, "../..");

/** `npm run audit` itself, as CI runs it: the shipped tree against the committed advisories. */
test("npm run audit passes on this repository and says what it checked", () => {
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/audit.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^\d+ production packages \(\d+ names\) checked against \d+ advisories/);
  expect(run.stdout).toContain(
    "acknowledged: uuid@8.3.2 (exceljs@4.4.0/dist/exceljs.min.js) GHSA-w5hq-g745-h8pq",
  );
  expect(run.stdout.trim().endsWith("audit passed")).toBe(true);
}, 60_000);

const uuidAdvisory = (): OsvEntry =>
  JSON.parse(readFileSync(join(ROOT, "advisories/osv/GHSA-w5hq-g745-h8pq.json"), "utf8")) as OsvEntry;

describe("OSV ranges", () => {
  const [affected] = uuidAdvisory().affected;
  test.each([
    ["8.3.2", true],
    ["9.0.1", true],
    ["11.1.0", true],
    ["11.1.1", false],
    ["12.0.0", true],
    ["12.0.1", false],
    ["13.0.0", true],
    ["13.0.1", false],
    ["14.0.0", false],
  ])("uuid %s affected: %s", (version, expected) => {
    expect(affects(affected!, version)).toBe(expected);
  });

  test("last_affected, and a list of versions", () => {
    const entry = {
      package: { ecosystem: "npm", name: "x" },
      ranges: [{ type: "SEMVER", events: [{ introduced: "1.0.0" }, { last_affected: "1.2.0" }] }],
      versions: ["0.9.0"],
    };
    expect(["0.8.0", "0.9.0", "1.0.0", "1.2.0", "1.2.1"].map((v) => affects(entry, v))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe("the audit's verdict", () => {
  const lock = (uuid: { version: string; dev?: boolean }) => ({
    packages: {
      "": { name: "app" },
      "node_modules/exceljs": { version: "4.4.0" },
      "node_modules/uuid": uuid,
    },
  });
  const repository = (over: Partial<Repository>): Repository => ({
    lock: lock({ version: "11.1.1" }),
    advisories: [uuidAdvisory()],
    embedded: [],
    acknowledged: [],
    ...over,
  });

  test("fails on a vulnerable production version and names it", () => {
    const report = audit(repository({ lock: lock({ version: "8.3.2" }) }));
    expect(report.ok).toBe(false);
    expect(report.lines).toContain(
      "VULNERABLE: uuid@8.3.2 (node_modules/uuid) GHSA-w5hq-g745-h8pq: uuid: Missing buffer bounds check in v3/v5/v6 when buf is provided",
    );
  });

  test("ignores development-only packages and fixed versions", () => {
    expect(audit(repository({ lock: lock({ version: "8.3.2", dev: true }) })).ok).toBe(true);
    expect(audit(repository({})).ok).toBe(true);
  });

  test("checks a package embedded in a shipped file, and accepts it only with a reason that still matches", () => {
    const embedded = [
      { in: "exceljs", inVersion: "4.4.0", file: "dist/exceljs.min.js", package: "uuid", version: "8.3.2" },
    ];
    expect(audit(repository({ embedded })).ok).toBe(false);
    const acknowledged = [
      {
        id: "GHSA-w5hq-g745-h8pq",
        package: "uuid",
        version: "8.3.2",
        where: "exceljs@4.4.0/dist/exceljs.min.js",
        reason: "v4 only",
      },
    ];
    expect(audit(repository({ embedded, acknowledged })).ok).toBe(true);
    // The acknowledgement covers that copy only: the same version in the lockfile is still a finding.
    expect(audit(repository({ embedded, acknowledged, lock: lock({ version: "8.3.2" }) })).ok).toBe(false);
    // Once the embedded copy is gone, the acknowledgement is stale and fails the audit.
    const stale = audit(repository({ acknowledged }));
    expect(stale.ok).toBe(false);
    expect(stale.lines).toContain(
      "STALE acknowledgement: GHSA-w5hq-g745-h8pq for uuid@8.3.2 (exceljs@4.4.0/dist/exceljs.min.js) matches nothing shipped; remove it",
    );
  });

  test("a withdrawn advisory does not count", () => {
    const withdrawn = { ...uuidAdvisory(), withdrawn: "2026-05-05T00:00:00Z" };
    expect(audit(repository({ lock: lock({ version: "8.3.2" }), advisories: [withdrawn] })).ok).toBe(true);
  });
});

describe("the shipped tree", () => {
  const tree = productionPackages(readRepository(ROOT).lock);
  const versions = (name: string) => tree.filter((p) => p.name === name).map((p) => p.version);

  test("has ExcelJS's transitive packages overridden: uuid 11.1.1+, no fstream, rimraf or old unzipper", () => {
    expect(versions("exceljs")).toEqual(["4.4.0"]);
    expect(versions("uuid")).toEqual(["11.1.1"]);
    expect(versions("fstream")).toEqual([]);
    expect(versions("rimraf")).toEqual([]);
    expect(versions("unzipper").every((v) => Number(v.split(".")[1]) >= 12)).toBe(true);
  });

  test("and ExcelJS really loads the overridden uuid, through its own require", async () => {
    const exceljsDir = dirname(require.resolve("exceljs/package.json"));
    const uuidPackage = require.resolve("uuid/package.json", { paths: [exceljsDir] });
    expect((JSON.parse(readFileSync(uuidPackage, "utf8")) as { version: string }).version).toBe("11.1.1");
    // ExcelJS's only use of uuid: the x14 id of a conditional-format rule such as a data bar.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("A");
    sheet.getCell("A1").value = 1;
    sheet.addConditionalFormatting({
      ref: "A1:A2",
      rules: [
        {
          type: "dataBar",
          priority: 1,
          cfvo: [{ type: "min" }, { type: "max" }],
          color: { argb: "FF638EC6" },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // A version-4 UUID from uuid 11's v4(), upper-cased by ExcelJS.
    expect(xml).toMatch(
      /<x14:id>\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}<\/x14:id>/,
    );
  });
});
