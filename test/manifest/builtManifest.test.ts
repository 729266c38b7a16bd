import * as fs from "fs";
import * as path from "path";
import { DEV_BASE_URL, rewriteManifestUrls } from "../../scripts/manifest-urls";

// Reads dist/, which `npm test` builds before running jest.
const repo = path.resolve(__dirname, "../..");
const dist = path.join(repo, "dist");

function builtManifest(): string {
  const file = path.join(dist, "manifest.xml");
  if (!fs.existsSync(file))
    throw new Error("dist/manifest.xml is missing: run `npm run build` (npm test does)");
  return fs.readFileSync(file, "utf8");
}

describe("the built add-in in dist/ (npm test builds it first; rebuild after editing manifest.xml)", () => {
  const base = (process.env.ADDIN_BASE_URL ?? DEV_BASE_URL).replace(/\/+$/, "");

  it("has manifest.xml with every development URL rewritten to ADDIN_BASE_URL (or the dev origin)", () => {
    const source = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");
    expect(builtManifest()).toBe(rewriteManifestUrls(source, base));
  });

  it("contains every file that manifest points at", () => {
    const urls = [...builtManifest().matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]!);
    const files = [
      ...new Set(urls.filter((u) => u.startsWith(base + "/")).map((u) => u.slice(base.length + 1))),
    ];
    expect(files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "support.html",
        "functions.js",
        "functions.json",
        "functions.sv.json",
        "functions.en.json",
        "assets/icon-16.png",
        "assets/icon-80.png",
      ]),
    );
    expect(files.filter((f) => !fs.existsSync(path.join(dist, f)))).toEqual([]);
  });
});
