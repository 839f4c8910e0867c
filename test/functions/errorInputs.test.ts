/**
 * Error cells as inputs, through what Excel sends (in-memory-excel/customFunctions.ts): functions.json must
 * carry `allowErrorForDataTypeAny` (added by scripts/allow-error-inputs.js, as the generator cannot), error cells
 * then arrive as CustomFunctions.Error objects, and one bad cell spoils only its own line of a spilled column.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { InMemoryWorkbook, calculateCustomFunction, type FunctionsMetadata } from "../../in-memory-excel";
import { d, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../functions/functions") as typeof import("../../functions/functions");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowErrorInputs } = require("../../scripts/allow-error-inputs.js") as { allowErrorInputs: (json: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctionsJson, LOCALES } = require("../../scripts/localize-functions.js") as {
  localizeFunctionsJson: (json: string, locale: string) => string;
  LOCALES: string[];
};

let generatedJson: string;
let built: FunctionsMetadata;
let generatedOnly: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "..", "..", "functions", "functions.ts"), false);
  expect(result.errors).toEqual([]);
  generatedJson = result.metadataJson;
  generatedOnly = JSON.parse(generatedJson) as FunctionsMetadata;
  built = JSON.parse(allowErrorInputs(generatedJson)) as FunctionsMetadata;
}, 30000);

const MON_NOV_23 = d(2026, 11, 23);
const FAR = d(2026, 12, 31);

/** Register: A ordered, B received, C due; row 4's quantity is #DIV/0!, row 5's due date #N/A. */
function register(): InMemoryWorkbook {
  return InMemoryWorkbook.withSheets({
    Register: [
      ["Ordered", "Received", "Due"],
      [100, 100, d(2026, 11, 20)],
      [100, "", d(2026, 11, 10)],
      ["#DIV/0!", "", d(2026, 11, 20)],
      [100, "", "#N/A"],
      [100, 40, FAR],
    ],
  });
}

const column = (wb: InMemoryWorkbook, letter: string) =>
  [2, 3, 4, 5, 6].map((row) => wb.getCell(wb.findSheet("Register")!, row - 1, letter.charCodeAt(0) - 65)?.value);

describe("functions.json lets error cells in (allowErrorForDataTypeAny)", () => {
  test("the build's functions.json sets the flag; the generator alone does not", () => {
    expect(built.allowErrorForDataTypeAny).toBe(true);
    expect(generatedOnly.allowErrorForDataTypeAny).toBeUndefined();
  });

  test("every parameter is typed any (the flag reaches only those); a typed one fails the build step", () => {
    for (const f of built.functions) for (const p of f.parameters) expect([f.id, p.name, p.type ?? "any"]).toEqual([f.id, p.name, "any"]);
    const typed = JSON.parse(generatedJson) as FunctionsMetadata;
    typed.functions[0].parameters[0].type = "number";
    expect(() => allowErrorInputs(JSON.stringify(typed))).toThrow(/DAYSLATE\(due\): number/);
  });

  test.each(LOCALES)("the %s copy keeps it (made from the flagged file)", (locale) => {
    expect((JSON.parse(localizeFunctionsJson(allowErrorInputs(generatedJson), locale)) as FunctionsMetadata).allowErrorForDataTypeAny).toBe(true);
  });

  test("webpack adds the flag to functions.json before the localized copies are made", () => {
    const config = readFileSync(join(__dirname, "..", "..", "webpack.config.js"), "utf8");
    const flag = config.indexOf("new AllowErrorInputsPlugin(");
    expect(flag).toBeGreaterThan(config.indexOf("new CustomFunctionsMetadataPlugin("));
    expect(flag).toBeLessThan(config.indexOf("new LocalizeFunctionsPlugin("));
  });

  test("every compilation, a child one too (HtmlWebpackPlugin's in watch mode), gets the same flagged file: no conflicting functions.json", () => {
    // The metadata plugin sets the raw file in each compilation's `compilation` hook; ours taps the same hook after it.
    const { AllowErrorInputsPlugin } = require("../../scripts/allow-error-inputs.js") as { AllowErrorInputsPlugin: new (o: { input: string }) => { apply(c: unknown): void } };
    const taps: ((compilation: { assets: Record<string, unknown>; errors: unknown[] }) => void)[] = [];
    const RawSource = class {
      constructor(private readonly text: string) {}
      source() {
        return this.text;
      }
    };
    const compiler = { webpack: { sources: { RawSource }, WebpackError: Error }, hooks: { compilation: { tap: (_: string, fn: (typeof taps)[number]) => taps.push(fn) } } };
    new AllowErrorInputsPlugin({ input: "functions.json" }).apply(compiler);
    const [parent, child] = [0, 1].map(() => ({ assets: { "functions.json": new RawSource(generatedJson) } as Record<string, InstanceType<typeof RawSource>>, errors: [] }));
    for (const compilation of [parent, child]) for (const tap of taps) tap(compilation);
    const text = (c: typeof parent) => c.assets["functions.json"].source();
    expect(JSON.parse(text(parent)).allowErrorForDataTypeAny).toBe(true);
    expect(text(child)).toBe(text(parent));
  });
});

describe("error cells through Excel's calculation (in-memory)", () => {
  test("PO.DAYSLATE over a column: the #N/A line is #N/A, the others are computed", () => {
    const wb = register();
    const run = calculateCustomFunction(wb, built, "DAYSLATE", fns.daysLateFn, [{ range: "Register!C2:C6" }, undefined, { value: MON_NOV_23 }], "Register!E2");
    expect(run).toEqual({ invoked: true, threw: false });
    // 11-23 − 11-20 = 3; 11-23 − 11-10 = 13; 3; #N/A; 11-23 − 12-31 = −(7 + 31) = −38
    expect(column(wb, "E")).toEqual([3, 13, 3, "#N/A", -38]);
  });

  test("PO.STATUS over three columns: #DIV/0! and #N/A stay on their own lines", () => {
    const wb = register();
    const args = [{ range: "Register!A2:A6" }, { range: "Register!B2:B6" }, { range: "Register!C2:C6" }, undefined, undefined, { value: MON_NOV_23 }];
    calculateCustomFunction(wb, built, "STATUS", fns.statusFn, args, "Register!G2");
    // received in full; due 11-10 < 11-23 and nothing in → Late; bad qty; bad date; 40 of 100, due 12-31 → Partial
    expect(column(wb, "G")).toEqual(["Received", "Late", "#DIV/0!", "#N/A", "Partial"]);
  });

  test("without the flag Excel never calls the function: the whole formula is the first error", () => {
    const wb = register();
    const run = calculateCustomFunction(wb, generatedOnly, "DAYSLATE", fns.daysLateFn, [{ range: "Register!C2:C6" }], "Register!E2");
    expect(run.invoked).toBe(false);
    expect(column(wb, "E")).toEqual(["#N/A", undefined, undefined, undefined, undefined]);
  });

  test("#REF! (an input-only code) becomes #VALUE!; '#N/A typed as text is a bad date, not an error", () => {
    const wb = register();
    const sheet = wb.findSheet("Register")!;
    wb.touchCell(sheet, 2, 2).value = "#REF!"; // C3
    wb.enterValue(sheet, 5, 2, "'#N/A"); // C6: text, apostrophe-prefixed
    calculateCustomFunction(wb, built, "DAYSLATE", fns.daysLateFn, [{ range: "Register!C2:C6" }, undefined, { value: MON_NOV_23 }], "Register!E2");
    expect(column(wb, "E")).toEqual([3, "#VALUE!", 3, "#N/A", "#VALUE!"]);
  });
});
