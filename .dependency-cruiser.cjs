// The project's layers as import rules, checked by test/architecture.test.ts (and by hand with
// `npx depcruise src`). Each layer may import the ones below it, never one beside or above it:
//   domain  ←  sheets (plans; sheets/render: what both adapters share)  ←  excel | xlsx  ←  taskpane, cli
// functions and i18n use the domain; nothing but the pane, the CLI and the custom functions'
// entry point composes the others. ESLint's no-restricted-imports (eslint.config.js) flags the
// same adapter and layer imports in the editor.

/** Folders under src/ as one alternation: `dirs("excel", "xlsx")` → "^src/(excel|xlsx)/". */
const dirs = (...names) => `^src/(${names.join("|")})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules that import each other, directly or through others.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "excel-not-xlsx",
      severity: "error",
      comment: "The Office.js adapter never imports the ExcelJS one; shared rules live in src/sheets/render.",
      from: { path: dirs("excel") },
      to: { path: dirs("xlsx") },
    },
    {
      name: "xlsx-not-excel",
      severity: "error",
      comment: "The ExcelJS adapter never imports the Office.js one; shared rules live in src/sheets/render.",
      from: { path: dirs("xlsx") },
      to: { path: dirs("excel") },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment: "The domain imports nothing of the project outside itself (no language, plan or host).",
      from: { path: dirs("domain") },
      to: { path: "^src/", pathNot: dirs("domain") },
    },
    {
      name: "sheets-know-no-host",
      severity: "error",
      comment: "Sheet plans know no adapter, pane, CLI or custom function; those import the plans.",
      from: { path: dirs("sheets") },
      to: { path: dirs("excel", "xlsx", "taskpane", "cli", "functions") },
    },
    {
      name: "adapters-know-no-host",
      severity: "error",
      comment: "The adapters render plans; the pane and the CLI choose and call them.",
      from: { path: dirs("excel", "xlsx") },
      to: { path: dirs("taskpane", "cli", "functions") },
    },
    {
      name: "functions-know-no-host",
      severity: "error",
      comment: "Custom functions run in Excel's functions runtime: no pane, CLI or workbook adapter.",
      from: { path: dirs("functions") },
      to: { path: dirs("taskpane", "cli", "excel", "xlsx", "sheets") },
    },
    {
      name: "i18n-knows-no-host",
      severity: "error",
      comment: "Texts are words for every edge; no edge is imported by them.",
      from: { path: dirs("i18n") },
      to: { path: dirs("taskpane", "cli", "excel", "xlsx") },
    },
    {
      name: "cli-not-pane",
      severity: "error",
      comment: "The CLI runs in Node: no pane and no Office.js adapter.",
      from: { path: dirs("cli") },
      to: { path: dirs("taskpane", "excel") },
    },
    {
      name: "exceljs-only-in-xlsx",
      severity: "error",
      comment: "ExcelJS is about 900 KB: only the .xlsx adapter, which the pane loads on demand, imports it.",
      from: { path: "^src/", pathNot: dirs("xlsx") },
      to: { path: "node_modules/exceljs/" },
    },
    {
      name: "react-only-in-taskpane",
      severity: "error",
      comment: "React and Fluent UI belong to the pane.",
      from: { path: "^src/", pathNot: dirs("taskpane") },
      to: { path: "node_modules/(react|react-dom|@fluentui/[^/]+)/" },
    },
    {
      name: "node-only-in-cli",
      severity: "error",
      comment: "Only the CLI runs in Node; everything else also runs in the browser or Excel.",
      from: { path: "^src/", pathNot: dirs("cli") },
      to: { dependencyTypes: ["core"] },
    },
  ],
  options: {
    // The project's own modules; packages are entered but not walked through.
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.d\\.ts$" },
  },
};
