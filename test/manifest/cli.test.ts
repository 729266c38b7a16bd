import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../scripts/validate-manifest";

const repo = path.resolve(__dirname, "../..");
const script = path.join(repo, "scripts/validate-manifest.ts");

async function runInProcess(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("npm run validate (scripts/validate-manifest.ts)", () => {
  it("run by tsx like npm does: exits 1 and prints file:line: [rule] for each problem", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const file = path.join(dir, "broken.xml");
    const real = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");
    const broken = real
      .replace('<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>')
      .replace('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"');
    expect(broken).not.toBe(real);
    fs.writeFileSync(file, broken);
    const lineOf = (needle: string): number => broken.slice(0, broken.indexOf(needle)).split("\n").length;

    const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), script, file], {
      cwd: repo,
      encoding: "utf8",
    });
    fs.rmSync(dir, { recursive: true });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${file}:${lineOf("Group.Labl")}: [resid] <Label resid="Group.Labl"> refers to no`,
    );
    expect(run.stderr).toContain(`${file}:${lineOf("http://localhost")}: [url] `);
    expect(run.stderr).toMatch(/: 3 problem\(s\)\n$/);
  });

  it("exits 0 for the real manifest", async () => {
    const run = await runInProcess(path.join(repo, "manifest.xml"));
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toContain("manifest.xml: valid");
  });

  it("exits 1 for a file it cannot read", async () => {
    const run = await runInProcess(path.join(repo, "no-such-manifest.xml"));
    expect(run.code).toBe(1);
    expect(run.err).toContain("no-such-manifest.xml: cannot read");
  });

  it("exits 2 with a usage line for unexpected arguments", async () => {
    const run = await runInProcess("a.xml", "b.xml");
    expect(run.code).toBe(2);
    expect(run.err).toContain("usage:");
  });
});
