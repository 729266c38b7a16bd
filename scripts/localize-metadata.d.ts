// Types of scripts/localize-metadata.js (plain CommonJS, as webpack.config.js requires it).
import type { Compiler } from "webpack";

export interface LocalizedMetadataOptions {
  /** The emitted metadata asset to translate, e.g. "functions.json". */
  source: string;
  /** The translations file, relative to webpack's context; default src/functions/metadata.l10n.json. */
  translations?: string;
}

export declare class LocalizedMetadataPlugin {
  constructor(options: LocalizedMetadataOptions);
  apply(compiler: Compiler): void;
}

export declare function localizeMetadata(
  metadata: unknown,
  translations: unknown,
): { outputs: Record<string, unknown>; errors: string[] };
