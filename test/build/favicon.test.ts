import * as fs from "fs";
import * as path from "path";

// The pane's page names its icon (the built page is minified: attributes may go unquoted), and the build serves that icon beside it: a browser opening the
// page asks for nothing that is not there (no /favicon.ico 404). test/e2e/resources.test.ts loads
// the page and watches every request.
const DIST = path.resolve(__dirname, "../../dist");

function built(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` (npm test does)`);
  return fs.readFileSync(full, "utf8");
}

describe("the pane's icon", () => {
  const html = built("taskpane.html");
  const icons = [...html.matchAll(/<link\s[^>]*\brel="?icon"?[\s>][^>]*>?/gi)].map((m) => m[0]);

  it("is linked once from dist/taskpane.html, as a PNG beside the page", () => {
    expect(icons).toHaveLength(1);
    const href = /\bhref="?([^"\s>]+)/.exec(icons[0] as string)?.[1] ?? "";
    expect(href).toMatch(/^assets\/[\w-]+\.png$/);
    const file = path.join(DIST, href);
    expect(fs.existsSync(file)).toBe(true);
    // A PNG, not an HTML error page saved under the name.
    expect([...fs.readFileSync(file).subarray(0, 8)]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);
  });

  it("comes from the page's own origin, which the content security policy's img-src allows", () => {
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? "";
    expect(policy).toMatch(/img-src 'self'/);
  });
});
