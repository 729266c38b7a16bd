// Microsoft's Office add-in rules (load/sync discipline, prettier) with typescript-eslint and React.
// eslint-plugin-office-addins bundles an older typescript-eslint, so its rules are taken one by one
// instead of its preset, and TypeScript (.ts and .tsx) is linted by the project's own version.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const react = require("eslint-plugin-react");
const prettier = require("eslint-plugin-prettier");
const prettierConfig = require("eslint-config-prettier");
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");

const officeGlobals = {
  Office: "readonly",
  Excel: "readonly",
  CustomFunctions: "readonly",
  OfficeExtension: "readonly",
};

module.exports = tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "schemas/**",
      ".tmp/**",
      "**/*.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { ...react.configs.flat.recommended, settings: { react: { version: "18" } } },
  react.configs.flat["jsx-runtime"],
  prettierConfig,
  {
    plugins: { "office-addins": officeAddins, prettier },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node, ...officeGlobals },
    },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "no-eval": "error",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The domain and the sheet plans are pure: no Office host, no DOM.
    files: ["src/domain/**/*.ts", "src/sheets/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...Object.keys(officeGlobals), "document", "window"] },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest } },
  },
);
