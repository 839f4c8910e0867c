import { buildReportModel } from "../../src/report/buildReportModel";
import { reportFigures } from "../../src/report/reportFigures";
import { buildKpiSheetModel } from "../../src/report/kpiSheet";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { ChaseEntry, PoLine } from "../../src/model";
import { AS_OF, NOV, entry, poLine, scenarioInput } from "./fixtures";

/** 100,000 lines over 300 suppliers, due from 60 days before to 30 days after asOf, a third received. */
function bigRegister(n: number): { lines: PoLine[]; chases: ChaseEntry[] } {
  const lines: PoLine[] = [];
  const chases: ChaseEntry[] = [];
  for (let i = 0; i < n; i++) {
    const due = AS_OF - 60 + (i % 91);
    const received = i % 3 === 0;
    const line = poLine(`PO-${i}/1`, {
      supplier: `Supplier ${i % 300}`,
      promisedDate: i % 7 === 0 ? null : due,
      requestedDate: due,
      orderDate: due - 30,
      receivedQty: received ? 100 : i % 5 === 0 ? 40 : null,
      receivedDate: received || i % 5 === 0 ? due + (i % 4) - 1 : null,
      unitPrice: 1 + (i % 50),
      currency: i % 4 === 0 ? "EUR" : "USD",
      delayReason: i % 11 === 0 ? "Transport" : null,
    });
    lines.push({ ...line, index: i, sheetRow: i + 2 });
    if (i % 10 === 0) chases.push(entry(line.key, { date: NOV(16) + (i % 5), supplier: line.supplier as string, previousPromised: due, newPromised: due + 3, outcome: "newDate" }));
  }
  return { lines, chases };
}

describe("report model performance", () => {
  it("builds the report and KPI sheet models for 100,000 lines", () => {
    const { lines, chases } = bigRegister(100_000);
    const statuses = evaluateRegister(lines, chases, DEFAULT_SETTINGS, AS_OF);
    const input = { ...scenarioInput(), register: { name: "Big", lines }, statuses, chases };
    // Speed is measured by `npm run bench` (scripts/bench-report.js), never asserted here: timings are noisy.
    const figures = reportFigures(input);
    expect(buildKpiSheetModel(input, figures).history.row.length).toBeGreaterThan(0);
    expect(buildReportModel(input).sections.length).toBe(13);
  });
});
