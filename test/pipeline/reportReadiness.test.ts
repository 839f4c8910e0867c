import { registerOnlySources, reportReadiness, runPipeline } from "../../src/pipeline";
import { registerSources } from "../fixtures/sources";

const AS_OF = 46346; // 2026-11-20
const readiness = (sources: ReturnType<typeof registerSources>) => reportReadiness(sources, runPipeline(sources, { asOf: AS_OF }));

describe("reportReadiness: the rule the ribbon command and the CLI follow before writing", () => {
  test("no register in the workbook: notFound", () => {
    expect(readiness(registerOnlySources(null))).toEqual({ ready: null, blocker: { reason: "notFound" } });
  });

  test("a register sheet with nothing in it: empty, named by its sheet", () => {
    expect(readiness(registerSources([[""]], { sheet: "Orders" })).blocker).toEqual({ reason: "empty", register: "Orders" });
  });

  test("a header and no lines: empty, named by its table", () => {
    const sources = registerSources([["PO number", "Supplier", "Promised date", "Ordered qty"]], { tableName: "Register" });
    expect(readiness(sources).blocker).toEqual({ reason: "empty", register: "Register" });
  });

  test("neither due date: unmapped, both listed (one of them is enough)", () => {
    const sources = registerSources([
      ["PO number", "Supplier", "Ordered qty"],
      ["PO-1", "Acme", 5],
    ]);
    expect(readiness(sources).blocker).toEqual({ reason: "unmapped", register: "Register", missing: ["requestedDate", "promisedDate"] });
  });

  test("a requested date without a promised date is enough: ready, with the parsed line", () => {
    const sources = registerSources([
      ["PO number", "Supplier", "Requested date", "Ordered qty"],
      ["PO-1", "Acme", 46339, 5],
    ]);
    const { ready, blocker } = readiness(sources);
    expect(blocker).toBeNull();
    expect(ready?.lines.map((l) => [l.poNumber, l.requestedDate])).toEqual([["PO-1", 46339]]);
  });
});
