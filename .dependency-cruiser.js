/**
 * The import boundaries of DESIGN.md "Architecture", checked on resolved paths by `npm run lint`
 * (`depcruise .`, after ESLint; ESLint checks what is not an import: Office globals and JSX).
 *
 * Every kind of dependency counts: import, export … from, import type, require, dynamic import().
 * Paths are relative to the directory the cruise runs from (the project root; the architecture test
 * runs the same rules over a planted miniature of the project).
 */

/** The engine: src/ outside its two adapters. */
const ENGINE = "^src/(?!excel/|xlsx/)";
/** Code that runs in Excel or in the browser (the task pane bundle, the playground): no Node built-ins, no file libraries. */
const BROWSER_SIDE = "^(src/(?!xlsx/)|functions/|taskpane/|commands/|playground/|in-memory-excel/)";
/** The product code in which no import may go round in a circle, file by file or folder by folder. */
const ACYCLIC = "^(src|functions|taskpane|cli|commands)/";

module.exports = {
  forbidden: [
    {
      name: "engine-not-to-adapters",
      severity: "error",
      comment: "The engine is pure TypeScript: it imports neither the Office.js adapter (src/excel) nor the file adapter (src/xlsx).",
      from: { path: ENGINE },
      to: { path: "^src/(excel|xlsx)/" },
    },
    {
      name: "xlsx-not-to-excel",
      severity: "error",
      comment: "The file adapter does not lean on the Office.js adapter: what both need lives in the engine.",
      from: { path: "^src/xlsx/" },
      to: { path: "^src/excel/" },
    },
    {
      name: "excel-not-to-xlsx",
      severity: "error",
      comment: "The Office.js adapter does not lean on the file adapter: what both need lives in the engine.",
      from: { path: "^src/excel/" },
      to: { path: "^src/xlsx/" },
    },
    {
      name: "src-not-to-outside",
      severity: "error",
      comment: "src/ imports only src/ and packages: never taskpane/, functions/, cli/, commands/, playground/, in-memory-excel/, test/ …",
      from: { path: "^src/" },
      to: { pathNot: "^src/|(^|/)node_modules/", dependencyTypesNot: ["core"] },
    },
    {
      name: "react-only-in-ui",
      severity: "error",
      comment: "react, react-dom and @fluentui/* belong to the task pane and the playground (and their tests).",
      from: { pathNot: "^(taskpane|playground|test)/" },
      to: { path: "(^|/)node_modules/(@types/)?(react|react-dom|@fluentui/[^/]+)/" },
    },
    {
      name: "file-io-only-on-node-side",
      severity: "error",
      comment:
        "exceljs, jszip, unzipper, nodemailer, csv-parse, iconv-lite belong to the file adapter (src/xlsx) and the headless runner (cli), " +
        "with bench/, scripts/, bin/ and test/; code that runs in Excel or the browser cannot load them.",
      from: { path: BROWSER_SIDE },
      to: { path: "(^|/)node_modules/(@types/)?(exceljs|jszip|unzipper|nodemailer|csv-parse|iconv-lite)/" },
    },
    {
      name: "node-builtins-only-on-node-side",
      severity: "error",
      comment: "fs, path and the other Node built-ins: only src/xlsx, cli, bench, scripts, bin and test (Excel and the browser have none).",
      from: { path: BROWSER_SIDE },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-cycle",
      severity: "error",
      comment: "No module imports itself through others.",
      from: { path: ACYCLIC },
      to: { circular: true },
    },
    {
      name: "no-folder-cycle",
      severity: "error",
      comment: "No folder imports itself through others (src/dates → src/settings → src/dates counts, type-only imports too).",
      scope: "folder",
      from: { path: ACYCLIC },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "(^|/)node_modules/" },
    exclude: { path: "^(node_modules|dist|coverage|test-artifacts|\\.git)/" },
    // Parse with TypeScript so that type-only imports count (they couple modules just the same).
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
    // Only compute what the rules need (cycles are computed because a rule asks for them).
    skipAnalysisNotInRules: true,
  },
};
