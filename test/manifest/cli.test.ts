import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const repo = path.resolve(__dirname, "../..");
const script = path.join(repo, "scripts/validate-manifest.ts");

/** Runs the script the way `npm run validate` does (tsx), without npm in between. */
const validate = (...args: string[]) =>
  spawnSync(process.execPath, [require.resolve("tsx/cli"), script, ...args], { cwd: repo, encoding: "utf8" });

describe("npm run validate (scripts/validate-manifest.ts)", () => {
  it("exits 1 and prints file:line: [rule] for each problem of a broken manifest", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const file = path.join(dir, "broken.xml");
    const real = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");
    const broken = real
      .replace('<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>')
      .replace('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"');
    expect(broken).not.toBe(real);
    fs.writeFileSync(file, broken);
    const lineOf = (needle: string): number => broken.slice(0, broken.indexOf(needle)).split("\n").length;

    const run = validate(file);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${file}:${lineOf("Group.Labl")}: [resid] <Label resid="Group.Labl"> refers to no`,
    );
    expect(run.stderr).toContain(`${file}:${lineOf("http://localhost")}: [url] `);
    expect(run.stderr).toMatch(/: 3 problem\(s\)\n$/);
    fs.rmSync(dir, { recursive: true });
  });

  it("exits 2 with a usage line for unexpected arguments", () => {
    const run = validate("a.xml", "b.xml");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage:");
  });
});
