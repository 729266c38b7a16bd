import { spawn as spawnAsync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findArea } from "../../src/domain/areas";
import { sampleDraft } from "../sheets/fixtures";

/**
 * The real entry point, as the README runs it: `npm run --silent cli -- …`. Few and coarse — the
 * behaviour is tested through `main` in cli.test.ts; these prove the exit codes and streams reach
 * the shell.
 */

const ROOT = resolve(__dirname, "../..");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tyollisyysalue-spawn-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Through npm, or straight through tsx (the script npm runs) where the npm wrapper adds nothing. */
function cli(...args: string[]) {
  return spawn("npm", ["run", "--silent", "cli", "--", ...args]);
}

/** Through npm typed in another directory: relative paths are the user's, not the project's. */
function cliIn(cwd: string, ...args: string[]) {
  return spawn("npm", ["--prefix", ROOT, "run", "--silent", "cli", "--", ...args], cwd);
}

function tsx(...args: string[]) {
  return spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["src/cli/main.ts", ...args]);
}

function spawn(command: string, args: string[], cwd = ROOT) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("sample prints JSON on stdout and exits 0", () => {
  const { code, stdout } = cli("sample", "kympin");
  expect(code).toBe(0);
  expect((JSON.parse(stdout) as { municipalities: unknown[] }).municipalities).toHaveLength(10);
}, 60_000);

test("generate writes a workbook and exits 0; invalid input exits 1 naming the path and writes nothing", () => {
  const input = join(dir, "in.json");
  writeFileSync(input, JSON.stringify(sampleDraft("kerava-sipoo")));
  const ok = tsx("generate", input, "-o", join(dir, "out.xlsx"), "--lang", "en");
  expect(ok.code).toBe(0);
  expect(statSync(join(dir, "out.xlsx")).size).toBeGreaterThan(5000);

  writeFileSync(
    input,
    '{"area": "A", "year": 2025, "municipalities": [{"name": "A", "labourForce": -1}], "costSplit": {"total": 1, "weights": {"labourForce": 1}}}',
  );
  const bad = tsx("generate", input, "-o", join(dir, "bad.xlsx"));
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain("municipalities[0].labourForce: negatiivinen luku");
  expect(existsSync(join(dir, "bad.xlsx"))).toBe(false);
}, 120_000);

test("a usage error exits 2 with the usage text on stderr", () => {
  const { code, stdout, stderr } = cli("generate", join(dir, "in.json"));
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).toContain("virhe: tulostiedosto puuttuu");
  expect(stderr).toContain("Paluuarvot: 0 valmis");
}, 60_000);

test("a write killed (SIGKILL) between writing and renaming leaves a temporary file the next write removes", async () => {
  const work = mkdtempSync(join(dir, "killed-"));
  const target = join(work, "out.xlsx");
  // The CLI's own first half of the atomic write, in a process of its own that is then killed.
  const script = join(work, "half.ts");
  writeFileSync(
    script,
    `import { writeTemporary } from ${JSON.stringify(join(ROOT, "src/cli/files"))};\n` +
      `writeTemporary(${JSON.stringify(target)}, new Uint8Array(4096)).then((t) => {\n` +
      `  process.stdout.write(t + "\\n");\n` +
      `  setInterval(() => undefined, 1000);\n` +
      `});\n`,
  );
  const child = spawnAsync(process.execPath, ["--import", "tsx", script], { cwd: ROOT });
  const temporary = await new Promise<string>((done, failed) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) done(out.trim());
    });
    child.on("exit", (code) => failed(new Error(`exited ${code} before writing`)));
  });
  const exited = new Promise((done) => child.on("exit", done));
  child.kill("SIGKILL");
  await exited;
  expect(temporary).toMatch(new RegExp(`/\\.out\\.xlsx\\.${child.pid}\\.[0-9a-f]{12}\\.tmp$`));
  expect(readdirSync(work).sort()).toEqual([temporary.split("/").pop(), "half.ts"].sort());

  writeFileSync(join(work, "in.json"), JSON.stringify(sampleDraft("kympin")));
  const next = tsx("generate", join(work, "in.json"), "-o", target);
  expect(next.code).toBe(0);
  expect(readdirSync(work).sort()).toEqual(["half.ts", "in.json", "out.xlsx"]);
}, 120_000);

test("areas lists the classification and exits 0", () => {
  const { code, stdout } = cli("areas", "--lang", "sv");
  expect(code).toBe(0);
  const lines = stdout.trimEnd().split("\n");
  expect(lines).toHaveLength(46);
  expect(lines).toContain("11\tKervo-Sibbo\t2");
}, 60_000);

test("generate --area: relative paths from where npm run was typed; exit 1 and nothing written for a missing member or an unknown area", () => {
  const work = mkdtempSync(join(dir, "area-"));
  const kerava = findArea("Kerava-Sipoo")!;
  const rows = kerava.members.map((m, i) => `${m.fi};${18000 + i}`);
  writeFileSync(join(work, "luvut.csv"), ["Kunta;Työvoima", ...rows].join("\n"));
  const ok = cliIn(work, "generate", "--area", "Kerava-Sipoo", "--csv", "luvut.csv", "-o", "out.xlsx");
  expect([ok.code, ok.stderr]).toEqual([0, ""]);
  expect(statSync(join(work, "out.xlsx")).size).toBeGreaterThan(5000);
  expect(existsSync(join(ROOT, "out.xlsx"))).toBe(false);

  writeFileSync(join(work, "vajaa.csv"), ["Kunta;Työvoima", rows[0]].join("\n"));
  const missing = cliIn(work, "generate", "--area", "11", "--csv", "vajaa.csv", "-o", "vajaa.xlsx");
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain(`${kerava.members[1]!.fi} (${kerava.members[1]!.code})`);
  const unknown = cliIn(work, "generate", "--area", "Keravaa", "--csv", "luvut.csv", "-o", "tuntematon.xlsx");
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain("Kerava-Sipoo (11)");
  const notThere = cliIn(work, "generate", "--area", "11", "--csv", "ei.csv", "-o", "ei.xlsx");
  expect(notThere.code).toBe(1);
  expect(notThere.stderr).toContain(join(work, "ei.csv"));
  expect(readdirSync(work).sort()).toEqual(["luvut.csv", "out.xlsx", "vajaa.csv"]);
}, 180_000);
