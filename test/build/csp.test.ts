import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { config } from "zod";
import {
  contentSecurityPolicy,
  cspDirectives,
  inlineScripts,
  NO_EVAL_PATCHES,
  OFFICE_JS_ORIGIN,
  OFFICE_TELEMETRY_FRAME,
} from "../../scripts/csp";
import "../../src/domain/model";

// The pane's content security policy (docs/security.md) as the build writes it into dist/ (`npm test`
// builds first), the bundles it must hold, and the dev server's headers.
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");

function built(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` (npm test does)`);
  return fs.readFileSync(full, "utf8");
}

/** The policy of a page's CSP meta tags (all of them: a second one would tighten, never loosen). */
const metaPolicies = (html: string): string[] =>
  [...html.matchAll(/<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/gi)].map(
    (m) => m[1]!,
  );

const parse = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

/**
 * Code compiled from strings: any bare `eval` (direct or indirect, `(0,eval)(…)`), any call of
 * `Function(…)` or `new Function(…)`, and the constructor copied aside (`F=Function,` as zod did).
 * Not `foo.eval(`, `xFunction(`, `instanceof Function` or `===Function`.
 */
const CODE_FROM_STRINGS =
  /(?<![\w$.])eval(?![\w$])|(?<![\w$.])Function\s*\(|(?<![=!<>])=\s*Function\s*[,;)}\n]/g;

describe("dist/taskpane.html", () => {
  const html = built("taskpane.html");

  it("carries one policy, in <head> right after <meta charset> and before any script", () => {
    expect(metaPolicies(html)).toHaveLength(1);
    const meta = html.search(/<meta\s+http-equiv="?Content-Security-Policy/i);
    expect(meta).toBeGreaterThan(html.search(/<meta\s+charset/i));
    expect(meta).toBeLessThan(html.search(/<script/i));
    expect(meta).toBeLessThan(html.search(/<\/head>/i));
  });

  it("is the policy computed from the page itself (hashes of exactly its inline scripts)", () => {
    expect(metaPolicies(html)[0]).toBe(contentSecurityPolicy(html));
  });

  it("allows scripts only from the add-in, office.js's CDN and the page's own inline scripts by hash; no eval", () => {
    const policy = parse(metaPolicies(html)[0]!);
    const scripts = inlineScripts(html);
    expect(scripts.length).toBeGreaterThanOrEqual(1); // the CustomFunctions stand-in
    expect(policy.get("script-src")).toEqual([
      "'self'",
      OFFICE_JS_ORIGIN,
      ...scripts.map(() => expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)),
    ]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-src")).toEqual([OFFICE_JS_ORIGIN, OFFICE_TELEMETRY_FRAME]);
    const everything = [...policy.values()].flat();
    expect(everything).not.toContain("'unsafe-eval'");
    expect(everything).not.toContain("*");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    // office.js is loaded from the origin the policy names.
    expect(html).toContain(`${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`);
  });

  it("has no inline event-handler attribute (onload=, onerror=…), which the policy blocks", () => {
    const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
  });

  it("a changed inline script gets another hash (the policy follows the page, never a stale list)", () => {
    const changed = html.replace(/(<script>)([^<]+)/, "$1$2;void 0");
    expect(changed).not.toBe(html);
    expect(cspDirectives(changed)["script-src"]).not.toEqual(cspDirectives(html)["script-src"]);
  });
});

describe("the built bundles", () => {
  const bundles = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));

  it("are the pane, its lazy .xlsx writer and the functions", () => {
    expect(bundles).toEqual(expect.arrayContaining(["taskpane.js", "functions.js", "xlsx.js"]));
  });

  it.each(fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".js")) : [])(
    "%s compiles no code from strings (no eval, no Function)",
    (file) => {
      const code = built(file);
      const calls = [...code.matchAll(CODE_FROM_STRINGS)].map((m) =>
        code.slice(m.index! - 60, m.index! + 40),
      );
      expect(calls).toEqual([]);
    },
  );

  it("the scan finds what it looks for", () => {
    const samples = [
      'x=Function("return this")()',
      "e=new Function(s)",
      "eval(t)",
      "(0,eval)(t)",
      "const F=Function;new F(x)",
      "var F = Function, y",
    ];
    expect(samples.map((s) => s.match(CODE_FROM_STRINGS)?.length ?? 0)).toEqual([1, 1, 1, 1, 1, 1]);
    const innocent = [
      "isGeneratorFunction(e)",
      "a.eval(x)",
      "execUnsafeLocalFunction(f)",
      "$eval(x)",
      "e instanceof Function)",
      "t===Function)",
      "evaluate(x)",
    ];
    expect(innocent.map((s) => s.match(CODE_FROM_STRINGS)?.length ?? 0)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("the build-time patches that take eval out of third-party code", () => {
  it("each target exists where the patch expects it", () => {
    // string-replace-loader runs with strict: true, so a pattern that stops matching fails the build.
    const targets: Record<string, string> = {
      exceljs: "node_modules/exceljs/dist/exceljs.min.js",
      jszip: "node_modules/jszip/dist/jszip.min.js",
      util: "node_modules/zod/v4/core/util.js",
      doc: "node_modules/zod/v4/core/doc.js",
    };
    for (const patch of NO_EVAL_PATCHES) {
      const file = Object.values(targets).find((f) => patch.test.test(path.join(ROOT, f)));
      expect({ patch: String(patch.test), file }).toEqual({
        patch: String(patch.test),
        file: expect.any(String),
      });
      const source = fs.readFileSync(path.join(ROOT, file!), "utf8");
      for (const { search } of patch.multiple) {
        expect({
          search: String(search),
          found: typeof search === "string" ? source.includes(search) : new RegExp(search).test(source),
        }).toEqual({ search: String(search), found: true });
      }
    }
  });
});

describe("zod", () => {
  it("is made jitless in the bundle too (package.json sideEffects keeps src/domain/zodConfig.ts)", () => {
    const bundles = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(bundles.filter((f) => /\(\{\s*jitless\s*:\s*(?:!0|true)\s*\}\)/.test(built(f)))).not.toEqual([]);
  });

  it("is jitless once the domain's schemas are loaded (it would otherwise probe and use new Function)", () => {
    expect(config().jitless).toBe(true);
  });

  it("is configured by every source module that builds schemas, before zod is used", () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? files(path.join(dir, e.name))
            : /\.tsx?$/.test(e.name)
              ? [path.join(dir, e.name)]
              : [],
        );
    const users = files(path.join(ROOT, "src")).filter((f) =>
      /from "zod(\/[^"]*)?"/.test(fs.readFileSync(f, "utf8")),
    );
    expect(users.length).toBeGreaterThan(0);
    for (const file of users) {
      if (file.endsWith(path.join("domain", "zodConfig.ts"))) continue;
      const imports = [...fs.readFileSync(file, "utf8").matchAll(/^import .*?["']([^"']+)["'];$/gm)].map(
        (m) => m[1]!,
      );
      const configAt = imports.findIndex((s) => /(^|\/)zodConfig$/.test(s));
      const zodAt = imports.findIndex((s) => /^zod(\/|$)/.test(s));
      expect({ file: path.relative(ROOT, file), configFirst: configAt >= 0 && configAt < zodAt }).toEqual({
        file: path.relative(ROOT, file),
        configFirst: true,
      });
    }
  });
});

describe("the dev server (webpack.config.js devServer)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const devServer = require("../../webpack.config.js")({}, { mode: "development" }).devServer;
  const template = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");

  it("sends the pane's policy and no Access-Control-Allow-Origin", () => {
    const headers = devServer.headers();
    expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy(template));
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain("access-control-allow-origin");
  });

  it("answers without X-Powered-By (its express app is told not to send it)", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const express = require("express");
    const app = express();
    expect(devServer.setupMiddlewares([], { app })).toEqual([]);
    app.get("/", (_req: unknown, res: { send(body: string): void }) => res.send("ok"));
    const server = app.listen(0, "127.0.0.1") as http.Server;
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) =>
        http.get(`http://127.0.0.1:${port}/`, (res) => resolve(res.headers)).on("error", reject),
      );
      expect(headers["x-powered-by"]).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it("compares with express's default, which does send it", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(require("express")().enabled("x-powered-by")).toBe(true);
  });
});
