// Builds dist/: taskpane.html (the shared runtime page: pane + functions), functions.js
// (self-contained), functions.json with its sv/en translations, manifest.xml and the icons.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { rewriteManifestUrls, DEV_BASE_URL } = require("./scripts/manifest-urls");
const { LocalizedMetadataPlugin } = require("./scripts/localize-metadata");
const { BundleSizePlugin } = require("./scripts/bundle-size");
// Content security policy (docs/security.md): the meta tag, the dev server's headers, and the
// build-time patches that leave no eval/Function(…) in the bundles.
const { CspMetaPlugin, noEvalRules, devServerSecurity } = require("./scripts/csp");

/** Where the add-in is hosted in production, e.g. https://addin.example.fi (no trailing slash). */
const baseUrl = (process.env.ADDIN_BASE_URL || DEV_BASE_URL).replace(/\/+$/, "");

/**
 * The dev server's certificate. Desktop Excel trusts only a certificate installed in the system
 * store, which `npx office-addin-dev-certs install` (Windows/Mac, not a dependency) creates in
 * ~/.office-addin-dev-certs; without it, webpack-dev-server generates a self-signed one locally.
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return "https";
  const options = Object.fromEntries(
    Object.entries(files).map(([k, file]) => [k, fs.readFileSync(path.join(dir, file))]),
  );
  return { type: "https", options };
}

const swc = {
  loader: "swc-loader",
  options: {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2018",
    },
  },
};

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The pane's lazy chunks (the .xlsx writer of standalone mode), named for the size report.
      chunkFilename: "[name].js",
      clean: true,
      // The runtime names the global object `globalThis`, not Function("return this")() (CSP).
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: swc }, ...noEvalRules()] },
    // functions.js must run alone in Excel's custom-functions runtime: no shared or split chunks.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin({ source: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions.js is loaded by the page itself once office.js has loaded (taskpane.html).
        chunks: ["taskpane"],
      }),
      new CspMetaPlugin({ files: ["taskpane.html"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), baseUrl),
          },
        ],
      }),
      // The page's start-up JS: size, what weighs in it, build time; over the budget fails the build.
      ...(dev
        ? []
        : [new BundleSizePlugin({ entries: ["functions", "taskpane"], lazyOf: "taskpane", budgetKb: 150 })]),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      server: devServerHttps(),
      open: false,
      hot: false,
      ...devServerSecurity("./src/taskpane/taskpane.html"),
      static: false,
      devMiddleware: { writeToDisk: false },
    },
  };
};
