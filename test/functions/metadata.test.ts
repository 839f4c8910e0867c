import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctionsJson, localizedFileName, LOCALES } = require("../../scripts/localize-functions.js") as {
  localizeFunctionsJson: (json: string, locale: string, table?: unknown) => string;
  localizedFileName: (name: string, locale: string) => string;
  LOCALES: string[];
};

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  options?: { volatile?: boolean };
  parameters: Parameter[];
  result: { dimensionality?: string };
}

/** id → parameters (a trailing ? = optional), and whether the function is volatile. */
const EXPECTED: Record<string, { parameters: string[]; volatile: boolean }> = {
  DAYSLATE: { parameters: ["due", "received?", "asOf?"], volatile: true },
  WORKDAYSLATE: { parameters: ["due", "received?", "asOf?", "holidays?", "weekend?"], volatile: true },
  STATUS: { parameters: ["orderedQty", "receivedQty", "due", "promised?", "orderDate?", "asOf?"], volatile: true },
  AGEBUCKET: { parameters: ["daysLate"], volatile: false },
  CHASELEVEL: { parameters: ["due", "asOf?", "lastPromiseChange?"], volatile: true },
  NEXTCHASE: { parameters: ["due", "promised?", "lastChase?", "orderDate?", "asOf?"], volatile: false },
  OPENQTY: { parameters: ["orderedQty", "receivedQty"], volatile: false },
  OPENVALUE: { parameters: ["orderedQty", "receivedQty", "unitPrice"], volatile: false },
  OTD: { parameters: ["committed", "received", "lateTolerance?", "asOf?", "from?", "to?"], volatile: true },
  OTIF: {
    parameters: ["committed", "received", "orderedQty", "receivedQty", "lateTolerance?", "qtyTolerance?", "asOf?", "from?", "to?"],
    volatile: true,
  },
  PREDICTED: {
    parameters: ["supplier", "committed", "historySupplier", "historyCommitted", "historyReceived", "quantile?", "asOf?"],
    volatile: true,
  },
  STAGERISK: { parameters: ["due", "stage", "shipDate?", "eta?", "committed?", "transitDays?", "asOf?"], volatile: true },
  INFULL: { parameters: ["orderedQty", "receivedQty", "acceptedQty?", "rejectedQty?", "returnedQty?", "qtyTolerance?"], volatile: false },
};
/** Arguments that are one value for the whole call, not one per line. */
const SCALARS = new Set([
  "WORKDAYSLATE.weekend",
  "PREDICTED.quantile",
  "PREDICTED.asOf",
  "STAGERISK.asOf",
  "INFULL.qtyTolerance",
  ...["lateTolerance", "qtyTolerance", "asOf", "from", "to"].flatMap((p) => [`OTD.${p}`, `OTIF.${p}`]),
]);
const ONE_VALUE_RESULT = new Set(["OTD", "OTIF"]);

let englishJson: string;
let english: FunctionMetadata[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "..", "..", "functions", "functions.ts"), false);
  expect(result.errors).toEqual([]);
  englishJson = result.metadataJson;
  english = (JSON.parse(englishJson) as { functions: FunctionMetadata[] }).functions;
}, 30000);

const signature = (f: FunctionMetadata) => f.parameters.map((p) => p.name + (p.optional ? "?" : ""));

describe("functions.json generated from functions/functions.ts", () => {
  test("every id, with its parameters in order and their optional flags", () => {
    expect(Object.fromEntries(english.map((f) => [f.id, { parameters: signature(f), volatile: f.options?.volatile === true }]))).toEqual(
      EXPECTED,
    );
  });

  test("name = id, and every function and parameter has help text", () => {
    for (const f of english) {
      expect(f.name).toBe(f.id);
      expect(f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters)
        expect(`${f.id}.${p.name}: ${p.description ?? ""}`.length).toBeGreaterThan(`${f.id}.${p.name}: `.length + 10);
    }
  });

  test("per-line arguments are ranges, shared ones single values; per-line functions spill, OTD/OTIF return one value", () => {
    for (const f of english) {
      for (const p of f.parameters)
        expect([`${f.id}.${p.name}`, p.dimensionality ?? "scalar"]).toEqual([
          `${f.id}.${p.name}`,
          SCALARS.has(`${f.id}.${p.name}`) ? "scalar" : "matrix",
        ]);
      expect([f.id, f.result.dimensionality ?? "scalar"]).toEqual([f.id, ONE_VALUE_RESULT.has(f.id) ? "scalar" : "matrix"]);
    }
  });
});

describe("localized functions.json (scripts/localize-functions.js)", () => {
  test.each(LOCALES)("%s: same ids, names and parameters; every description translated", (locale) => {
    const localized = (JSON.parse(localizeFunctionsJson(englishJson, locale)) as { functions: FunctionMetadata[] }).functions;
    expect(localized.map((f) => [f.id, f.name, signature(f)])).toEqual(english.map((f) => [f.id, f.name, signature(f)]));
    const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/;
    localized.forEach((f, i) => {
      expect([f.id, cjk.test(f.description)]).toEqual([f.id, true]);
      expect(f.description).not.toBe(english[i].description);
      f.parameters.forEach((p, j) => {
        expect([`${f.id}.${p.name}`, cjk.test(p.description ?? "")]).toEqual([`${f.id}.${p.name}`, true]);
        expect(p.description).not.toBe(english[i].parameters[j].description);
      });
      // everything but the descriptions is unchanged
      const strip = (g: FunctionMetadata) => ({ ...g, description: "", parameters: g.parameters.map((p) => ({ ...p, description: "" })) });
      expect(strip(f)).toEqual(strip(english[i]));
    });
  });

  test("a missing or stale translation fails the build with the list of what to fix", () => {
    const table = {
      DAYSLATE: { description: "逾期天数", parameters: { due: "交期", asOf: "截止日期", extra: "多余" } },
      GONE: { description: "已删除的函数" },
    };
    const run = () => localizeFunctionsJson(englishJson, "zh-CN", table);
    expect(run).toThrow(/DAYSLATE\(received\): no description/);
    expect(run).toThrow(/DAYSLATE\(extra\): no such parameter/);
    expect(run).toThrow(/GONE: no such function/);
    expect(run).toThrow(/WORKDAYSLATE: no description/);
  });

  test("file names: functions.json → functions.zh-CN.json, functions.ja.json", () => {
    expect(LOCALES.map((l) => localizedFileName("functions.json", l))).toEqual(["functions.zh-CN.json", "functions.ja.json"]);
  });
});
