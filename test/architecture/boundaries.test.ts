/**
 * DESIGN.md "Architecture", enforced by `npm run lint` (part of `npm test`): eslint.config.mjs checks
 * Office.js globals and JSX, .dependency-cruiser.js checks imports and cycles. Here each rule, with the
 * project's real configuration, fails on a planted violation and passes on its clean counterpart:
 * ESLint lints planted text under virtual paths of this project; dependency-cruiser cruises a planted
 * miniature of the project in a temporary directory.
 *
 * Both tools load their configuration as ES modules, which Jest's module system does not run, so they
 * run in a child Node process, as `npm run lint` runs them.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface Problem {
  ruleId: string | null;
  line: number;
  message: string;
}

/** ESLint's Node API with eslint.config.mjs, each text linted as if it were the file at `filePath`. */
function lint(files: { filePath: string; code: string }[]): Problem[][] {
  const script = `
    import { ESLint } from "eslint";
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: "eslint.config.mjs" });
    const out = [];
    for (const { filePath, code } of JSON.parse(input)) {
      const [result] = await eslint.lintText(code, { filePath });
      out.push(result.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message })));
    }
    process.stdout.write(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    input: JSON.stringify(files),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`ESLint failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** dependency-cruiser with .dependency-cruiser.js over a planted tree (path → source), as `npm run lint` runs it. */
function cruise(tree: Record<string, string>): Violation[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-architecture-"));
  try {
    for (const [file, text] of Object.entries(tree)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    // The project's packages, so that `exceljs` or `react` resolve as they do in the project.
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "junction");
    const bin = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
    const config = path.join(ROOT, ".dependency-cruiser.js");
    const run = spawnSync(process.execPath, [bin, "--config", config, "--output-type", "json", "."], { cwd: dir, encoding: "utf8" });
    if (!run.stdout) throw new Error(`dependency-cruiser failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    return result.summary.violations.map(({ rule, from, to }) => ({ rule: rule.name, from, to }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const architectureRules = (problems: Problem[]) => problems.filter((p) => p.ruleId === null || p.ruleId.startsWith("architecture/"));

describe("ESLint: Office.js globals and JSX only where DESIGN.md allows them", () => {
  const OFFICE = "architecture/office-globals";
  const JSX = "architecture/no-jsx";
  const run = "export const go = () => Excel.run(async () => {});\n";
  const language = "export const lang = () => Office.context.displayLanguage;\n";
  const newError = 'export const e = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "x");\n';
  const span = "export const Cell = () => <span>late</span>;\n";
  /** [what, as the file, code, the rule that fails (null: passes)] */
  const cases: [string, string, string, string | null][] = [
    // Office.js as a value outside src/excel
    ["Excel.run in the engine", "src/report/planted.ts", run, OFFICE],
    ["Excel.run in src/excel", "src/excel/planted.ts", run, null],
    ["Office.context in the task pane", "taskpane/views/planted.ts", language, OFFICE],
    ["Office.onReady in the task pane's entry file", "taskpane/index.tsx", "Office.onReady(() => undefined);\n", null],
    [
      "typeof Office in a custom function",
      "functions/planted.ts",
      'export const inOffice = () => typeof Office !== "undefined";\n',
      OFFICE,
    ],
    ["Office.context in the headless runner", "cli/planted.ts", language, OFFICE],
    ["globalThis.Excel in the engine", "src/kpi/planted.ts", "export const excel = () => globalThis.Excel;\n", OFFICE],
    [
      "a home-made Office declaration in the engine",
      "src/kpi/planted.ts",
      "declare const Office: { context: unknown };\nexport const c = Office;\n",
      OFFICE,
    ],
    // Office.js types: fine in src/excel and for the custom functions' errors, not in the engine
    ["Excel.RequestContext as a type in the engine", "src/report/planted.ts", "export type Ctx = Excel.RequestContext;\n", OFFICE],
    ["Excel.RequestContext as a type in src/excel", "src/excel/planted.ts", "export type Ctx = Excel.RequestContext;\n", null],
    ["CustomFunctions.Error as a type in functions/", "functions/planted.ts", "export type Failure = CustomFunctions.Error;\n", null],
    ["new CustomFunctions.Error outside functions/cells.ts", "functions/planted.ts", newError, OFFICE],
    ["new CustomFunctions.Error in functions/cells.ts", "functions/cells.ts", newError, null],
    [
      "Excel in a comment and as a property",
      "src/report/planted.ts",
      "// Excel.run is src/excel's.\nexport const n = (o: { Excel: number }) => o.Excel;\n",
      null,
    ],
    // React's JSX outside the task pane and the playground
    ["JSX in src/", "src/report/planted.tsx", span, JSX],
    ["JSX in functions/", "functions/planted.tsx", "export const Cell = () => <>late</>;\n", JSX],
    ["JSX in the task pane", "taskpane/views/planted.tsx", span, null],
  ];

  let results: Problem[][];
  beforeAll(() => {
    results = lint(cases.map(([, filePath, code]) => ({ filePath: path.join(ROOT, filePath), code })));
  }, 60_000);

  test.each(cases.map(([name, filePath, , rule], i) => [name, filePath, rule ?? "passes", i] as const))(
    "%s (%s) → %s",
    (_name, _file, rule, i) => {
      const problems = architectureRules(results[i]);
      if (rule === "passes") expect(problems).toEqual([]);
      else expect(problems.map((p) => p.ruleId)).toContain(rule);
    },
  );
});

describe("dependency-cruiser: who imports whom, and no cycles", () => {
  const engine = "export const engine = 1;\n";
  /** A planted project: each violation next to code that breaks no rule. */
  const planted: Record<string, string> = {
    "src/report/engine.ts": engine,
    "src/excel/adapter.ts": 'import { engine } from "../report/engine";\nexport const sheet = engine;\nexport type Sheet = number;\n',
    "src/xlsx/fileAdapter.ts":
      'import ExcelJS from "exceljs";\nimport { readFileSync } from "node:fs";\nimport { engine } from "../report/engine";\nexport const file = [ExcelJS, readFileSync, engine];\n',
    "cli/main.ts":
      'import nodemailer from "nodemailer";\nimport { file } from "../src/xlsx/fileAdapter";\nexport const main = [nodemailer, file];\n',
    "taskpane/View.tsx":
      'import { useState } from "react";\nimport { Button } from "@fluentui/react-components";\nimport { sheet } from "../src/excel/adapter";\nexport const view = [useState, Button, sheet];\n',
    "functions/functions.ts": 'import { engine } from "../src/report/engine";\nexport const fn = engine;\n',
    // violations
    "src/report/usesExcel.ts": 'import { sheet } from "../excel/adapter";\nexport const x = sheet;\n',
    "src/report/usesExcelType.ts": 'import type { Sheet } from "../excel/adapter";\nexport const x: Sheet = 1;\n',
    "src/kpi/usesXlsx.ts": 'import { file } from "../xlsx/fileAdapter";\nexport const x = file;\n',
    "src/xlsx/usesExcel.ts": 'import { sheet } from "../excel/adapter";\nexport const x = sheet;\n',
    "src/excel/usesXlsx.ts": 'import { file } from "../xlsx/fileAdapter";\nexport const x = file;\n',
    "src/report/usesTaskpane.ts": 'import { view } from "../../taskpane/View";\nexport const x = view;\n',
    "src/kpi/usesExceljs.ts": 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
    "src/kpi/usesFs.ts": 'import { readFileSync } from "fs";\nexport const x = readFileSync;\n',
    "src/excel/usesJszip.ts": 'export const load = () => import("jszip");\n',
    "src/report/usesReact.ts": 'import { useState } from "react";\nexport const x = useState;\n',
    "functions/usesFluent.ts": 'import { Button } from "@fluentui/react-components";\nexport const x = Button;\n',
    "src/followup/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
    "src/followup/b.ts": 'import { a } from "./a";\nexport const b = () => a;\n',
    // folders in a circle, though no file is: dates → settings (a type) → dates
    "src/dates/textDate.ts": 'import type { DateOrder } from "../settings/settings";\nexport const order: DateOrder = "DMY";\n',
    "src/dates/serial.ts": "export const serial = 1;\n",
    "src/settings/settings.ts": 'import { serial } from "../dates/serial";\nexport type DateOrder = "DMY";\nexport const s = serial;\n',
  };

  /** The same project with each violation mended. */
  const mended: Record<string, string> = {
    ...Object.fromEntries(Object.entries(planted).filter(([file]) => !/\/uses[A-Z]|\/[ab]\.ts$|src\/(dates|settings)\//.test(file))),
    "src/followup/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
    "src/followup/b.ts": "export const b = () => 1;\n",
    "src/dates/textDate.ts": 'export type DateOrder = "DMY";\nexport const order: DateOrder = "DMY";\n',
    "src/dates/serial.ts": "export const serial = 1;\n",
    "src/settings/settings.ts":
      'import type { DateOrder } from "../dates/textDate";\nimport { serial } from "../dates/serial";\nexport type { DateOrder };\nexport const s = serial;\n',
  };

  let found: Violation[];
  let clean: Violation[];
  beforeAll(() => {
    found = cruise(planted);
    clean = cruise(mended);
  }, 60_000);

  test.each([
    ["engine-not-to-adapters", "src/report/usesExcel.ts", "src/excel/adapter.ts"],
    ["engine-not-to-adapters", "src/report/usesExcelType.ts", "src/excel/adapter.ts"],
    ["engine-not-to-adapters", "src/kpi/usesXlsx.ts", "src/xlsx/fileAdapter.ts"],
    ["xlsx-not-to-excel", "src/xlsx/usesExcel.ts", "src/excel/adapter.ts"],
    ["excel-not-to-xlsx", "src/excel/usesXlsx.ts", "src/xlsx/fileAdapter.ts"],
    ["src-not-to-outside", "src/report/usesTaskpane.ts", "taskpane/View.tsx"],
    ["file-io-only-on-node-side", "src/kpi/usesExceljs.ts", "exceljs"],
    ["file-io-only-on-node-side", "src/excel/usesJszip.ts", "jszip"],
    ["node-builtins-only-on-node-side", "src/kpi/usesFs.ts", "fs"],
    ["react-only-in-ui", "src/report/usesReact.ts", "react"],
    ["react-only-in-ui", "functions/usesFluent.ts", "@fluentui/react-components"],
    ["no-cycle", "src/followup/a.ts", "src/followup/b.ts"],
    ["no-folder-cycle", "src/dates", "src/settings"],
  ])("%s fails on %s → %s", (rule, from, to) => {
    // A package resolves into node_modules (here through a link, so the path may climb out of the tree).
    const reaches = (v: Violation) => v.to === to || v.to.includes(`node_modules/${to}/`);
    expect(found.filter((v) => v.rule === rule && v.from === from && reaches(v))).not.toEqual([]);
  });

  test("no file but a planted one is blamed (folder cycles follow from the planted imports)", () => {
    const blamed = found.filter((v) => v.rule !== "no-folder-cycle").map((v) => v.from);
    expect(blamed.filter((from) => !/\/uses[A-Z]\w*\.ts$|^src\/followup\/[ab]\.ts$/.test(from))).toEqual([]);
  });

  test("the mended project passes every rule", () => {
    expect(clean).toEqual([]);
  });
});

describe("npm test runs both", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

  test("npm test runs npm run lint, which runs ESLint over the whole tree, then dependency-cruiser", () => {
    expect(pkg.scripts.test).toMatch(/npm run lint\b/);
    expect(pkg.scripts.lint).toMatch(/office-addin-lint check/);
    expect(pkg.scripts.lint).toMatch(/depcruise --config \.dependency-cruiser\.js \./);
    expect(pkg.config.lint_files).toBe(".");
  });
});
