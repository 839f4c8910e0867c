// office-addin-lint reads this file instead of its own (`eslint -c <project>/eslint.config.mjs`) and lints
// package.json "config.lint_files": the whole tree.
//  1. The Office add-in rules and formatting (office-addins recommended, prettier) on src/, as always.
//  2. The architecture's boundaries that are not imports, over the whole tree: Office.js globals and JSX.
//     The import boundaries (who may import what, no cycles) are in .dependency-cruiser.js, run after
//     ESLint by `npm run lint`. Both are shown failing on planted violations in test/architecture/.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/** Office.js's globals. */
const OFFICE_GLOBALS = ["Office", "Excel", "CustomFunctions"];
/** Objects through which a global can be reached without naming it directly. */
const GLOBAL_OBJECTS = new Set(["globalThis", "window", "self"]);

/** Office.js globals as values (and, unless allowed, as types) are reported; see the options below. */
const officeGlobals = {
  meta: {
    type: "problem",
    docs: { description: "Office.js globals (Office, Excel, CustomFunctions) only where DESIGN.md allows them" },
    schema: [
      {
        type: "object",
        properties: {
          /** Globals this file may use as values. */
          allow: { type: "array", items: { enum: OFFICE_GLOBALS } },
          /** "allow": Office.js types (Excel.Range in a type position) are fine here; "forbid" (default): not even those. */
          types: { enum: ["allow", "forbid"] },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      value: "{{name}} is Office.js, which is called only from src/excel/ (DESIGN.md). Go through src/excel/.",
      type: "{{name}} is an Office.js type; this code stays free of Office.js, even in types.",
      declared: "Declaring {{name}} here hides the Office.js global from the boundary check. Go through src/excel/.",
    },
  },
  create(context) {
    const { allow = [], types = "forbid" } = context.options[0] ?? {};
    const names = new Set(OFFICE_GLOBALS.filter((name) => !allow.includes(name)));
    const reportDeclared = (node) => {
      if (names.has(node.name)) context.report({ node, messageId: "declared", data: { name: node.name } });
    };
    return {
      "Program:exit"(program) {
        const globalScope = context.sourceCode.getScope(program);
        // Undeclared names stay in `through`; names declared as globals in a config resolve to implicit variables.
        const references = [...globalScope.through];
        for (const variable of globalScope.variables) {
          if (names.has(variable.name) && variable.defs.length === 0) references.push(...variable.references);
        }
        for (const reference of references) {
          const { name } = reference.identifier;
          if (!names.has(name)) continue;
          // typescript-eslint's scope manager tells type from value references; plain JS has only values.
          const typeOnly = reference.isTypeReference === true && !reference.isValueReference;
          if (typeOnly && types === "allow") continue;
          context.report({ node: reference.identifier, messageId: typeOnly ? "type" : "value", data: { name } });
        }
      },
      // globalThis.Office, window["Excel"]
      MemberExpression(node) {
        if (node.object.type !== "Identifier" || !GLOBAL_OBJECTS.has(node.object.name)) return;
        const name = node.computed ? (node.property.type === "Literal" ? node.property.value : undefined) : node.property.name;
        if (names.has(name)) context.report({ node: node.property, messageId: "value", data: { name } });
      },
      // declare const Office: …; declare namespace Excel { … }
      "VariableDeclaration[declare=true] > VariableDeclarator > Identifier.id": reportDeclared,
      "TSModuleDeclaration[declare=true] > Identifier.id": reportDeclared,
    };
  },
};

/** JSX is React; only the task pane and the playground render. */
const noJsx = {
  meta: {
    type: "problem",
    docs: { description: "no JSX (React) outside taskpane/ and playground/" },
    schema: [],
    messages: { jsx: "JSX is React, which belongs to taskpane/ and playground/ only." },
  },
  create(context) {
    const report = (node) => context.report({ node, messageId: "jsx" });
    return { JSXElement: report, JSXFragment: report };
  },
};

const architecture = { meta: { name: "architecture" }, rules: { "office-globals": officeGlobals, "no-jsx": noJsx } };

const CODE = ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"];
/** Where Office.js globals may be used, by nature: the Office.js adapter, the two entry files that start
 * in Office, and what stands in for Office: the in-memory Excel and the harnesses that run the add-in on
 * it or on fakes (playground, tests, benchmarks). */
const OFFICE_JS_ALLOWED = [
  "src/excel/**",
  "taskpane/index.tsx",
  "commands/commands.ts",
  "in-memory-excel/**",
  "playground/**",
  "test/**",
  "bench/**",
  "scripts/**",
];

const recommended = officeAddins.configs.recommended;
/** Every plugin that rule names in the tree's eslint-disable comments belong to. */
const plugins = Object.assign({}, ...recommended.map((config) => config.plugins ?? {}));

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },

  // 1. The Office add-in rules and formatting: src/ (office-addin-lint's own default scope).
  ...recommended.map((config) => ({ ...config, files: config.files ? config.files.map((glob) => `src/${glob}`) : ["src/**"] })),
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    // TypeScript already resolves every name (Excel, Office, CustomFunctions, Node globals).
    rules: { "no-undef": "off" },
  },
  // package.json has no "type": "module": plain .js files (scripts/, bin/, configs) are CommonJS.
  { files: ["**/*.js"], ignores: ["src/**"], languageOptions: { sourceType: "commonjs" } },
  {
    // Outside src/ only the boundary rules run: disable comments for the other rules stay valid, and unused.
    files: CODE,
    ignores: ["src/**"],
    plugins,
    linterOptions: { reportUnusedDisableDirectives: "off" },
  },

  // 2. Boundaries over the whole tree.
  {
    files: CODE,
    plugins: { architecture },
    rules: { "architecture/office-globals": "error", "architecture/no-jsx": "error" },
  },
  // Custom functions return CustomFunctions.Error: its type is theirs to name; functions/cells.ts builds the values.
  { files: ["functions/**"], rules: { "architecture/office-globals": ["error", { types: "allow" }] } },
  { files: ["functions/cells.ts"], rules: { "architecture/office-globals": ["error", { types: "allow", allow: ["CustomFunctions"] }] } },
  { files: OFFICE_JS_ALLOWED, rules: { "architecture/office-globals": "off" } },
  { files: ["taskpane/**", "playground/**", "test/**"], rules: { "architecture/no-jsx": "off" } },
];
