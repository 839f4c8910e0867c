import { runPipeline } from "../../src/pipeline";
import { buildReports } from "../../src/pipeline/buildReports";
import { registerSources } from "../fixtures/sources";

// 2026-02-09 = 46062 (Mon), 2026-02-13 = 46066 (Fri), 2026-02-20 = 46073 (Fri), 2026-02-18 = 46071 (Wed), 2026-03-20 = 46101.
const HEADER = ["PO number", "Supplier", "Promised date", "Ordered qty", "Received qty", "Sales order", "Customer", "SO need date"];
const AS_OF = 46062;

function reportOf(rows: unknown[][], lang: "en" | "ja" = "en") {
  return buildReports(runPipeline(registerSources(rows), { asOf: AS_OF }), [], { lang, generatedAt: "2026-02-09 09:00" }).report;
}

test("Customer orders at risk lists the lines behind each at-risk sales order, with the margin", () => {
  // No receipts anywhere: predictions are the due dates. SO-1 needs Fri 20 Feb → in by Wed 18 Feb.
  // PO-1 due Fri 13 Feb: margin NETWORKDAYS(13, 18) − 1 = 3. PO-2 due Fri 20 Feb: 2 working days late → −2: SO-1 at risk.
  // SO-2 (need 20 Mar) is not at risk: not listed.
  const report = reportOf([
    HEADER,
    ["PO-1", "Acme", 46066, 1, 0, "SO-1", "Kite", 46073],
    ["PO-2", "Bolt", 46073, 1, 0, "SO-1", "Kite", 46073],
    ["PO-3", "Bolt", 46066, 1, 0, "SO-2", "Kite", 46101],
  ]);
  const section = report.sections.find((s) => s.id === "customerImpact");
  expect(section?.kind).toBe("table");
  if (section?.kind !== "table") return;
  expect(section.title).toBe("Customer orders at risk");
  const col = (key: string) => section.columns.findIndex((c) => c.key === key);
  expect(section.rows.map((r) => [r[col("salesOrder")], r[col("poNumber")], r[col("latestArrival")], r[col("expected")], r[col("margin")]])).toEqual([
    ["SO-1", "PO-2", 46071, 46073, -2],
    ["SO-1", "PO-1", 46071, 46066, 3],
  ]);
  // The section follows "to chase now".
  const ids = report.sections.map((s) => s.id);
  expect(ids.indexOf("customerImpact")).toBeGreaterThan(ids.indexOf("toChase"));
  expect(ids.indexOf("customerImpact")).toBeLessThan(ids.indexOf("comingDue"));
});

test("in Japanese; no section for a register without a sales-order column", () => {
  const ja = reportOf([HEADER, ["PO-2", "Bolt", 46073, 1, 0, "SO-1", "Kite", 46073]], "ja");
  expect(ja.sections.find((s) => s.id === "customerImpact")?.title).toBe("リスクのある受注");
  const plain = reportOf([HEADER.slice(0, 5), ["PO-2", "Bolt", 46073, 1, 0]]);
  expect(plain.sections.some((s) => s.id === "customerImpact")).toBe(false);
});
