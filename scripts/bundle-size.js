// Prints the gzipped size of what the task pane loads at start (its entry's initial chunks) apart
// from what it loads later (async chunks such as the ExcelJS writer for standalone downloads).
const zlib = require("zlib");

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

class BundleSizePlugin {
  /** @param {{ entry: string, budgetKb: number }} options */
  constructor(options) {
    this.entry = options.entry;
    this.budgetKb = options.budgetKb;
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      // Measured while the final sources are still in memory (after emit only sizes remain).
      compilation.hooks.processAssets.tap(
        { name: "BundleSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.report(compilation),
      );
    });
  }

  report(compilation) {
    const gzipped = (file) => {
      const asset = compilation.getAsset(file);
      return asset ? zlib.gzipSync(asset.source.buffer(), { level: 9 }).length : 0;
    };
    const entrypoint = compilation.entrypoints.get(this.entry);
    if (!entrypoint) return;
    const initialFiles = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
    const initialChunks = new Set(entrypoint.chunks);
    const lazyFiles = [];
    for (const chunk of entrypoint.getEntrypointChunk().getAllAsyncChunks()) {
      if (initialChunks.has(chunk)) continue;
      for (const file of chunk.files) if (file.endsWith(".js")) lazyFiles.push(file);
    }
    const initial = initialFiles.reduce((sum, file) => sum + gzipped(file), 0);
    // The page also loads the other entries (the shared runtime loads functions.js beside the pane).
    const others = [...compilation.entrypoints.keys()].filter((name) => name !== this.entry);
    const lines = [
      `Pane JS gzipped, initial: ${kb(initial)} (${initialFiles.join(", ")}; goal ≤ ${this.budgetKb} KB)`,
      ...lazyFiles.map((file) => `Pane JS gzipped, lazy:    ${kb(gzipped(file))} (${file})`),
      ...others.flatMap((name) =>
        (compilation.entrypoints.get(name)?.getFiles() ?? [])
          .filter((file) => file.endsWith(".js"))
          .map((file) => `Entry ${name}, gzipped:  ${kb(gzipped(file))} (${file})`),
      ),
    ];
    console.log(lines.join("\n"));
    if (initial > this.budgetKb * KB) {
      const { WebpackError } = compilation.compiler.webpack;
      compilation.warnings.push(
        new WebpackError(
          `The pane's initial JS is ${kb(initial)} gzipped, over the ${this.budgetKb} KB goal`,
        ),
      );
    }
  }
}

module.exports = { BundleSizePlugin };
