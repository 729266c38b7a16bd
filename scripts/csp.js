// The pane's content security policy (docs/security.md), one definition for the meta tag the build
// writes into taskpane.html and the header the dev server sends. Inline <script>s are allowed by
// their sha256 hash, computed from the page itself, so editing one cannot silently break the policy.
const { createHash } = require("crypto");

/** Microsoft's CDN for office.js; office.js loads its host scripts and an error page from it too. */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
/** Where office.js's own telemetry (its Aria web SDK) posts. */
const OFFICE_TELEMETRY = "https://*.pipe.aria.microsoft.com";
/** The telemetry proxy page office.js frames (its ULSEndpointProxy; seen in Chromium outside Office). */
const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";

/** The text of every inline (no src) <script> of an HTML page. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => body);
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The policy for an HTML page as directives. `script-src` has no 'unsafe-inline' and no
 * 'unsafe-eval'; `style-src` allows inline styles, which Fluent UI (Griffel) inserts at run time.
 */
function cspDirectives(html) {
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'", OFFICE_JS_ORIGIN, ...inlineScripts(html).map(sha256)],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", OFFICE_TELEMETRY],
    // The frames office.js itself opens: its "add-in not trusted" page from the CDN, and its
    // telemetry proxy.
    "frame-src": [OFFICE_JS_ORIGIN, OFFICE_TELEMETRY_FRAME],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
}

/** The policy as the one-line string of a meta tag or header. */
function contentSecurityPolicy(html) {
  return Object.entries(cspDirectives(html))
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/**
 * Writes the policy into <head> of the named pages, computed from the final HTML (after
 * html-webpack-plugin's minifier), so the hashes cover exactly the inline scripts each page has.
 */
class CspMetaPlugin {
  /** @param {{ files: string[] }} options */
  constructor(options) {
    this.files = options.files;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CspMetaPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CspMetaPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const file of this.files) {
            const asset = compilation.getAsset(file);
            if (!asset) throw new Error(`CspMetaPlugin: no ${file} to write the policy into`);
            compilation.updateAsset(
              file,
              new sources.RawSource(withCspMeta(asset.source.source().toString())),
            );
          }
        },
      );
    });
  }
}

/** The page with its policy as a meta tag right after <meta charset> (which must come first). */
function withCspMeta(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  const anchor = /<meta\s+charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error("CspMetaPlugin: the page has no <head>");
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * Code that would build functions from strings, replaced at build time so no `eval` or
 * `Function(…)` is left in the bundles (test/security/csp.test.ts scans them). Strict: the build
 * fails when a pattern no longer matches, e.g. after an upgrade, so each is looked at again.
 */
const NO_EVAL_PATCHES = [
  {
    // ExcelJS's prebuilt browser file (browserify): lodash, core-js and a global shim find the
    // global object with Function("return this")() when `self`/`globalThis` are missing.
    test: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    multiple: [
      { search: /Function\("return this"\)\(\)/g, replace: "globalThis" },
      // The setImmediate polyfill would run a code string; only functions are ever passed.
      {
        search: '"function"!=typeof e&&(e=new Function(""+e))',
        replace: '"function"!=typeof e&&function(){throw new TypeError("setImmediate needs a function")}()',
      },
      // regenerator-runtime's fallback for engines without globalThis.
      { search: 'Function("r","regeneratorRuntime = r")(n)', replace: "void 0" },
    ],
  },
  {
    // JSZip's prebuilt browser file (src/xlsx/charts.ts adds chart parts with it): its setImmediate
    // polyfill would run a code string; only functions are ever passed.
    test: /[\\/]node_modules[\\/]jszip[\\/]dist[\\/]jszip\.min\.js$/,
    multiple: [
      {
        search: '"function"!=typeof e&&(e=new Function(""+e))',
        replace: '"function"!=typeof e&&function(){throw new TypeError("setImmediate needs a function")}()',
      },
    ],
  },
  {
    // zod's probe for eval support; the pane sets z.config({ jitless: true }) and never needs it.
    test: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    multiple: [{ search: /const F = Function;\s*new F\(""\);\s*return true;/, replace: "return false;" }],
  },
  {
    // zod's code generator (its JIT), unreachable when jitless.
    test: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    multiple: [
      {
        search: /compile\(\) \{\s*const F = Function;/,
        replace:
          'compile() {\n        throw new Error("zod code generation is off (jitless)");\n        const F = null;',
      },
    ],
  },
];

/** The webpack module rules that apply NO_EVAL_PATCHES with string-replace-loader. */
const noEvalRules = () =>
  NO_EVAL_PATCHES.map(({ test, multiple }) => ({
    test,
    loader: "string-replace-loader",
    options: { multiple: multiple.map((patch) => ({ ...patch, strict: true })) },
  }));

/**
 * The dev server's part: the policy header for the pane page (read per request, so an edited page
 * gets matching hashes), no `Access-Control-Allow-Origin: *` and no `X-Powered-By`.
 */
function devServerSecurity(templatePath) {
  const fs = require("fs");
  return {
    headers: () => ({
      "Content-Security-Policy": contentSecurityPolicy(fs.readFileSync(templatePath, "utf8")),
      "X-Content-Type-Options": "nosniff",
    }),
    setupMiddlewares: (middlewares, devServer) => {
      devServer.app.disable("x-powered-by");
      return middlewares;
    },
  };
}

module.exports = {
  OFFICE_TELEMETRY_FRAME,
  withCspMeta,
  NO_EVAL_PATCHES,
  noEvalRules,
  devServerSecurity,
  OFFICE_JS_ORIGIN,
  inlineScripts,
  cspDirectives,
  contentSecurityPolicy,
  CspMetaPlugin,
};
