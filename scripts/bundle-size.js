// Prints the gzipped size of the JS the task-pane page loads at start (the initial chunks of its
// entries: the pane and the custom functions beside it in the shared runtime) apart from what the
// pane loads later (async chunks such as the ExcelJS writer for standalone downloads), which
// packages and source folders weigh in it, and how long the build took. Fails the build when the
// page's initial JS is over the budget.
//
// The breakdown attributes every byte of the minified initial files to the module it came from
// through a source map made for this report only (it is read and then dropped from the output).
const zlib = require("zlib");
const { SourceMapConsumer } = require("source-map-js");

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
const NAME = "BundleSizePlugin";

/**
 * The group a source file of the bundle counts under: its npm package ("@scope/name") or its folder
 * under src/ ("src/i18n"); webpack's own runtime code has no module path.
 * @param {string} source a source-map source such as "webpack://x/./node_modules/zod/v4/core/api.js"
 */
function groupOf(source, detail = false) {
  const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  if (detail) return path;
  const inPackage = path.lastIndexOf("node_modules/");
  if (inPackage >= 0) {
    const parts = path.slice(inPackage + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const src = /^src\/([^/]+)\//.exec(path);
  if (src) return `src/${src[1]}`;
  if (path.startsWith("webpack/")) return "(webpack runtime)";
  return path;
}

/**
 * The minified bytes of one file grouped by where they came from, each group's gzip estimate being
 * its own bytes gzipped alone, scaled so that the groups add up to the file's real gzipped size.
 * @returns {Map<string, { raw: number, gzip: number }>}
 */
function breakdown(code, map, detail) {
  const lines = code.split("\n");
  const chunksOf = new Map();
  const add = (group, text) => {
    if (!text) return;
    if (!chunksOf.has(group)) chunksOf.set(group, []);
    chunksOf.get(group).push(text);
  };
  // Each mapping owns the generated text from its column to the next mapping's (or the line's end).
  let previous = null;
  const flush = (line, column) => {
    if (previous) {
      const text = lines[previous.line - 1] ?? "";
      const end = line === previous.line ? column : text.length;
      add(previous.group, text.slice(previous.column, end));
    }
  };
  new SourceMapConsumer(map).eachMapping((m) => {
    flush(m.generatedLine, m.generatedColumn);
    previous = {
      line: m.generatedLine,
      column: m.generatedColumn,
      group: m.source ? groupOf(m.source, detail) : "(unmapped)",
    };
  });
  flush(Infinity, 0);
  const groups = new Map();
  for (const [group, chunks] of chunksOf) {
    const text = chunks.join("");
    groups.set(group, { raw: Buffer.byteLength(text), gzip: gzipSize(Buffer.from(text)) });
  }
  return groups;
}

class BundleSizePlugin {
  /**
   * @param {{ entries: string[], lazyOf: string, budgetKb: number, top?: number }} options
   *   entries: what the page loads at start; lazyOf: the entry whose async chunks are listed;
   *   top: how many groups to list.
   */
  constructor(options) {
    this.entries = options.entries;
    this.lazyOf = options.lazyOf;
    this.budgetKb = options.budgetKb;
    // BUNDLE_DETAIL=1 npm run build: one row per source file, more rows.
    this.detail = Boolean(process.env.BUNDLE_DETAIL);
    this.top = this.detail ? 80 : (options.top ?? 15);
    this.lines = [];
  }

  apply(compiler) {
    const { Compilation, SourceMapDevToolPlugin } = compiler.webpack;
    // Maps for the breakdown only: no reference in the files; report() deletes them again.
    new SourceMapDevToolPlugin({ filename: "[file].map", append: false, test: /\.js$/ }).apply(compiler);
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // Measured while the final sources are still in memory (after emit only sizes remain).
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.report(compilation),
      );
    });
    compiler.hooks.done.tap(NAME, (stats) => {
      const seconds = ((stats.endTime - stats.startTime) / 1000).toFixed(1);
      console.log([...this.lines, `Build time: ${seconds} s`].join("\n"));
    });
  }

  report(compilation) {
    const gzipped = (file) => {
      const asset = compilation.getAsset(file);
      return asset ? gzipSize(asset.source.buffer()) : 0;
    };
    const jsOf = (chunkOrEntry) => [...chunkOrEntry.files].filter((file) => file.endsWith(".js"));
    const entrypoints = this.entries.map((name) => compilation.entrypoints.get(name)).filter(Boolean);
    const initialChunks = new Set(entrypoints.flatMap((entrypoint) => entrypoint.chunks));
    const initialFiles = [...initialChunks].flatMap(jsOf);
    const lazyFiles = [];
    const lazyOf = compilation.entrypoints.get(this.lazyOf);
    for (const chunk of lazyOf ? lazyOf.getEntrypointChunk().getAllAsyncChunks() : []) {
      if (!initialChunks.has(chunk)) lazyFiles.push(...jsOf(chunk));
    }

    const groups = new Map();
    let initial = 0;
    for (const file of initialFiles) {
      const real = gzipped(file);
      initial += real;
      const mapAsset = compilation.getAsset(`${file}.map`);
      if (!mapAsset) continue;
      const code = compilation.getAsset(file).source.source().toString();
      const parts = breakdown(code, JSON.parse(mapAsset.source.source().toString()), this.detail);
      const estimated = [...parts.values()].reduce((sum, part) => sum + part.gzip, 0);
      for (const [group, part] of parts) {
        const sum = groups.get(group) ?? { raw: 0, gzip: 0 };
        sum.raw += part.raw;
        sum.gzip += (part.gzip * real) / estimated;
        groups.set(group, sum);
      }
    }
    for (const name of Object.keys(compilation.assets)) {
      if (name.endsWith(".js.map")) compilation.deleteAsset(name);
    }

    const ranked = [...groups].sort((a, b) => b[1].gzip - a[1].gzip);
    const shown = ranked.slice(0, this.top);
    const rest = ranked.slice(this.top);
    const row = (name, gzip, raw) => `  ${kb(gzip).padStart(9)} gzip ${kb(raw).padStart(9)} min  ${name}`;
    this.lines = [
      `Page JS gzipped, initial: ${kb(initial)} (${initialFiles.join(" + ")}; budget ${this.budgetKb} KB)`,
      ...initialFiles.map((file) => `  ${kb(gzipped(file)).padStart(9)} gzip  ${file}`),
      ...lazyFiles.map((file) => `Pane JS gzipped, lazy: ${kb(gzipped(file))} (${file})`),
      `What weighs in the initial JS (gzip estimated per package or src folder):`,
      ...shown.map(([name, size]) => row(name, size.gzip, size.raw)),
      ...(rest.length > 0
        ? [
            row(
              `${rest.length} more`,
              rest.reduce((sum, [, size]) => sum + size.gzip, 0),
              rest.reduce((sum, [, size]) => sum + size.raw, 0),
            ),
          ]
        : []),
    ];
    if (initial > this.budgetKb * KB) {
      const { WebpackError } = compilation.compiler.webpack;
      compilation.errors.push(
        new WebpackError(
          `The page's initial JS is ${kb(initial)} gzipped, over the ${this.budgetKb} KB budget`,
        ),
      );
    }
  }
}

module.exports = { BundleSizePlugin, groupOf };
