/** Microsoft's CDN for office.js. */
export const OFFICE_JS_ORIGIN: "https://appsforoffice.microsoft.com";

/** The telemetry proxy page office.js opens in a frame. */
export const OFFICE_TELEMETRY_FRAME: "https://telemetryservice.firstpartyapps.oaspapps.com";

/** The text of every inline (no src) <script> of an HTML page. */
export function inlineScripts(html: string): string[];

/** The pane's content security policy for an HTML page, as directives and their sources. */
export function cspDirectives(html: string): Record<string, string[]>;

/** The policy as the one-line string of a meta tag or header. */
export function contentSecurityPolicy(html: string): string;

/** Writes the policy as the first element of <head> of each page html-webpack-plugin emits. */
export class CspMetaPlugin {
  apply(compiler: unknown): void;
}

/** The policy written as a meta tag right after <meta charset> of a page. */
export function withCspMeta(html: string): string;

/** Replacements that leave no eval/Function(…) in the bundles, per module (string-replace-loader). */
export const NO_EVAL_PATCHES: readonly {
  readonly test: RegExp;
  readonly multiple: readonly { readonly search: string | RegExp; readonly replace: string }[];
}[];

/** The webpack rules applying NO_EVAL_PATCHES. */
export function noEvalRules(): unknown[];

/** The dev server's security settings: the policy header, and no X-Powered-By. */
export function devServerSecurity(templatePath: string): {
  headers(): Record<string, string>;
  setupMiddlewares<M>(middlewares: M, devServer: { app: { disable(setting: string): unknown } }): M;
};
