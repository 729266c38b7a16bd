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

/** Import patterns for the project folders `names` (the folder itself and anything inside it). */
const folders = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);
const exceljsOnlyInXlsx = { name: "exceljs", message: "Only the .xlsx adapter (src/xlsx) uses ExcelJS." };

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
  // One-way layers: each adapter renders plans with what src/sheets/render shares, never with the
  // other adapter; the plans and the domain know no adapter, pane or CLI.
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "exceljs", message: "The Office.js adapter does not use ExcelJS." }],
          patterns: [
            {
              group: folders("xlsx"),
              message: "src/excel must not import the .xlsx adapter; shared rules live in src/sheets/render.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: folders("excel"),
              message:
                "src/xlsx must not import the Office.js adapter; shared rules live in src/sheets/render.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/sheets/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [exceljsOnlyInXlsx],
          patterns: [
            {
              group: folders("excel", "xlsx"),
              message: "Plans know no adapter; the adapters import them.",
            },
            {
              group: folders("taskpane", "cli", "functions"),
              message: "Plans know no pane, CLI or custom function.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [exceljsOnlyInXlsx],
          patterns: [
            {
              group: folders("excel", "xlsx", "sheets"),
              message: "The domain knows no sheet plan or adapter; they import it.",
            },
            {
              group: folders("taskpane", "cli", "functions"),
              message: "The domain knows no pane, CLI or custom function.",
            },
            {
              group: folders("i18n"),
              message: "The domain knows no language: it returns problems as data, which src/i18n words.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest } },
  },
);
