import * as fs from "fs";
import * as path from "path";
import { DEV_BASE_URL, rewriteManifestUrls } from "../../scripts/manifest-urls";
import { validateManifest } from "../../scripts/validate-manifest";

const real = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const PRODUCTION = "https://addin.example.fi";

const count = (text: string, needle: string): number => text.split(needle).length - 1;

/** Every URL-valued attribute (namespace declarations are names, not links). */
const urlAttributes = (xml: string): string[] =>
  [...xml.matchAll(/\s([\w:]+)="(https?:\/\/[^"]*)"/g)]
    .filter((m) => !m[1]!.startsWith("xmlns"))
    .map((m) => m[2]!);

describe("rewriteManifestUrls on the real manifest", () => {
  const rewritten = rewriteManifestUrls(real, PRODUCTION);

  it("leaves no localhost behind", () => {
    expect(rewritten).not.toMatch(/localhost/i);
  });

  it("moves every development URL, not just the first (Microsoft's template moved 1 of 9)", () => {
    const before = count(real, DEV_BASE_URL + "/");
    // The manifest has a dozen development URLs; a rewrite that stops early must not pass.
    expect(before).toBeGreaterThanOrEqual(12);
    expect(urlAttributes(real).filter((url) => url.startsWith(DEV_BASE_URL + "/"))).toHaveLength(before);
    expect(count(rewritten, PRODUCTION + "/")).toBe(before);
    expect(urlAttributes(rewritten).every((url) => url.startsWith(PRODUCTION + "/"))).toBe(true);
    expect(urlAttributes(rewritten)).toHaveLength(urlAttributes(real).length);
  });

  it("treats a trailing slash on ADDIN_BASE_URL like none", () => {
    expect(rewriteManifestUrls(real, PRODUCTION + "/")).toBe(rewritten);
  });

  it("keeps the manifest valid (XSDs and own checks) after the rewrite", async () => {
    expect(await validateManifest(rewritten)).toEqual([]);
  });

  it("a rewrite that leaves one URL behind fails the own-origin rule at that URL", async () => {
    const partial = rewritten.replace(`${PRODUCTION}/functions.js`, `${DEV_BASE_URL}/functions.js`);
    expect(partial).not.toBe(rewritten);
    const problems = await validateManifest(partial);
    expect(problems).toEqual([
      {
        line: partial.slice(0, partial.indexOf(`${DEV_BASE_URL}/functions.js`)).split("\n").length,
        rule: "url",
        message: `bt:Urls/bt:Url "Functions.Script.Url": "${DEV_BASE_URL}/functions.js" is not on the add-in's own origin ${PRODUCTION} (that of <DefaultSettings><SourceLocation>)`,
      },
    ]);
  });
});
