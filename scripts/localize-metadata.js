// Writes functions.sv.json and functions.en.json beside the functions.json that
// custom-functions-metadata-plugin generates from the Finnish JSDoc. Per Microsoft's "Localize
// custom functions", a language's file repeats the metadata with the function's name and
// description and each parameter's name and description translated; ids never change. The
// translations live in src/functions/metadata.l10n.json, which the runtime also reads to name
// arguments in error messages. A function or parameter without a translation, or a translation
// for one that no longer exists, fails the compilation: nothing ships half translated.
const fs = require("fs");
const path = require("path");

const PLUGIN = "LocalizedMetadataPlugin";
const DEFAULT_TRANSLATIONS = "src/functions/metadata.l10n.json";

// Excel allows any Unicode letter in a function name; ASCII letters, digits, "_" and "." are the
// safe subset across Windows, Mac and the web, and names that read as a cell (AB12, R1C1) are not
// allowed (Microsoft's naming guidelines).
const FUNCTION_NAME = /^[A-Z][A-Z0-9._]{2,127}$/;
const CELL_LIKE = /^(?:[A-Z]{1,3}[0-9]+|R[0-9]*C[0-9]*)$/;
// Parameter names are only shown (never typed), so Swedish letters are fine; no spaces.
const PARAMETER_NAME = /^\p{L}[\p{L}\p{N}_.]*$/u;

const isText = (value) => typeof value === "string" && value.trim() !== "";

/**
 * Localizes one metadata object (functions.json, parsed) with `translations` (the l10n file,
 * parsed). Returns `{ outputs: { [lang]: metadata }, errors: string[] }`; pure, for tests too.
 */
function localizeMetadata(metadata, translations) {
  const errors = [];
  const outputs = {};
  const functions = Array.isArray(metadata && metadata.functions) ? metadata.functions : [];
  if (functions.length === 0) errors.push("functions.json lists no functions");
  for (const [lang, catalog] of Object.entries(translations || {})) {
    const entries = (catalog && catalog.functions) || {};
    const seenNames = new Map();
    const localized = functions.map((fn) => {
      const entry = entries[fn.id];
      if (!entry) {
        errors.push(`${lang}: no translation for function ${fn.id}`);
        return fn;
      }
      if (!isText(entry.name) || !FUNCTION_NAME.test(entry.name) || CELL_LIKE.test(entry.name)) {
        errors.push(
          `${lang}: ${fn.id}: name "${entry.name}" must be 3–128 of A–Z, 0–9, "_", "." starting with a letter, and not read as a cell`,
        );
      }
      const key = String(entry.name).toUpperCase();
      if (seenNames.has(key))
        errors.push(`${lang}: ${fn.id} and ${seenNames.get(key)} are both named ${entry.name}`);
      seenNames.set(key, fn.id);
      if (!isText(entry.description)) errors.push(`${lang}: ${fn.id}: no description`);
      const parameters = entry.parameters || {};
      const seenParameters = new Set();
      const localizedParameters = (fn.parameters || []).map((parameter) => {
        const translated = parameters[parameter.name];
        if (!translated) {
          errors.push(`${lang}: ${fn.id}: no translation for parameter ${parameter.name}`);
          return parameter;
        }
        if (!isText(translated.name) || !PARAMETER_NAME.test(translated.name)) {
          errors.push(
            `${lang}: ${fn.id}.${parameter.name}: name "${translated.name}" must be a word (letters, digits, "_")`,
          );
        }
        if (seenParameters.has(translated.name))
          errors.push(`${lang}: ${fn.id}: two parameters named ${translated.name}`);
        seenParameters.add(translated.name);
        if (!isText(translated.description))
          errors.push(`${lang}: ${fn.id}.${parameter.name}: no description`);
        return { ...parameter, name: translated.name, description: translated.description };
      });
      const known = new Set((fn.parameters || []).map((parameter) => parameter.name));
      for (const name of Object.keys(parameters)) {
        if (!known.has(name)) errors.push(`${lang}: ${fn.id}: translation for unknown parameter ${name}`);
      }
      return { ...fn, name: entry.name, description: entry.description, parameters: localizedParameters };
    });
    const ids = new Set(functions.map((fn) => fn.id));
    for (const id of Object.keys(entries)) {
      if (!ids.has(id)) errors.push(`${lang}: translation for unknown function ${id}`);
    }
    outputs[lang] = { ...metadata, functions: localized };
  }
  if (Object.keys(outputs).length === 0) errors.push("no languages to localize into");
  return { outputs, errors };
}

class LocalizedMetadataPlugin {
  /** @param {{ source: string, translations?: string }} options source: the asset to localize. */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { RawSource } = webpack.sources;
    const translationsPath = path.resolve(
      compiler.context,
      this.options.translations || DEFAULT_TRANSLATIONS,
    );
    const source = this.options.source;
    const fail = (compilation, message) =>
      compilation.errors.push(new webpack.WebpackError(`${PLUGIN}: ${message}`));

    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(translationsPath);
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(source);
          if (!asset) {
            // The metadata plugin emits nothing when the JSDoc has errors; it reports those itself.
            if (compilation.errors.length === 0) fail(compilation, `${source} was not generated`);
            return;
          }
          let metadata;
          let translations;
          try {
            metadata = JSON.parse(asset.source.source().toString());
            translations = JSON.parse(fs.readFileSync(translationsPath, "utf8"));
          } catch (error) {
            fail(compilation, `${error.message}`);
            return;
          }
          const { outputs, errors } = localizeMetadata(metadata, translations);
          if (errors.length > 0) {
            errors.forEach((message) =>
              fail(compilation, `${path.relative(compiler.context, translationsPath)}: ${message}`),
            );
            return;
          }
          const base = source.replace(/\.json$/, "");
          for (const [lang, localized] of Object.entries(outputs)) {
            compilation.emitAsset(`${base}.${lang}.json`, new RawSource(JSON.stringify(localized, null, 4)));
          }
        },
      );
    });
  }
}

module.exports = { LocalizedMetadataPlugin, localizeMetadata };
