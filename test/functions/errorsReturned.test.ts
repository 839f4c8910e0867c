/**
 * office-js#3234 (https://github.com/OfficeDev/office-js/issues/3234): on the web, a custom function that throws
 * (or rejects with) a CustomFunctions.Error can leave its cell on #BUSY! until a second calculation. Every PO.*
 * function therefore returns its errors as values: shown here through Excel's calculation in the in-memory Excel,
 * with every argument an error cell, then every argument nonsense text.
 */
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { InMemoryWorkbook, calculateCustomFunction, type FunctionsMetadata } from "../../in-memory-excel";
import { installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../functions/functions") as Record<string, (...args: never[]) => unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowErrorInputs } = require("../../scripts/allow-error-inputs.js") as { allowErrorInputs: (json: string) => string };

let metadata: FunctionsMetadata;
/** id → the exported implementation, matched as CustomFunctions.associate does (by the JSDoc id). */
const IMPLEMENTATION: Record<string, string> = {
  DAYSLATE: "daysLateFn",
  WORKDAYSLATE: "workdaysLateFn",
  STATUS: "statusFn",
  AGEBUCKET: "ageBucketFn",
  CHASELEVEL: "chaseLevelFn",
  NEXTCHASE: "nextChaseFn",
  OPENQTY: "openQtyFn",
  OPENVALUE: "openValueFn",
  OTD: "otdFn",
  OTIF: "otifFn",
  PREDICTED: "predictedFn",
  STAGERISK: "stageRiskFn",
  INFULL: "inFullFn",
};

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "..", "..", "functions", "functions.ts"), false);
  metadata = JSON.parse(allowErrorInputs(result.metadataJson)) as FunctionsMetadata;
}, 30000);

describe.each([
  ["an error cell (#N/A) in every argument", "#N/A", "#N/A"],
  ["nonsense text in every argument", "soon", "#VALUE!"],
])("%s: each function returns the error, never throws", (_, input, shown) => {
  test.each(Object.keys(IMPLEMENTATION))("PO.%s", (id) => {
    const fn = metadata.functions.find((f) => f.id === id)!;
    const wb = InMemoryWorkbook.withSheets({ Sheet1: [Array.from({ length: fn.parameters.length }, () => input)] });
    const args = fn.parameters.map((_p, i) => ({ range: `Sheet1!${String.fromCharCode(65 + i)}1` }));
    const run = calculateCustomFunction(wb, metadata, id, fns[IMPLEMENTATION[id]], args, "Sheet1!Z1");
    expect(run).toEqual({ invoked: true, threw: false });
    // AGEBUCKET reads its one argument, every other function its first (a date or a quantity): the error shows.
    expect(wb.getCell(wb.findSheet("Sheet1")!, 0, 25)?.value).toBe(shown);
  });
});
