/** The playground's sample with sales orders (issue 13, point 3): the at-risk example, hand-checked. */
import { sampleRegister, SAMPLE_HEADERS } from "../../src/sample/sampleRegister";
import { sampleLines } from "../../src/sample/sampleLines";
import { runPipeline } from "../../src/pipeline";
import { serialFromYmd } from "../../src/dates/serial";
import { registerSources } from "../fixtures/sources";

const asOf = serialFromYmd(2026, 11, 20)!; // Fri
const values = sampleRegister({ asOf, salesOrders: true });
const model = runPipeline(registerSources(values), { asOf });

test("without the option the sample is unchanged; with it, three columns at the end, three lines filled", () => {
  expect(sampleRegister({ asOf })).toEqual(values.map((row) => row.slice(0, SAMPLE_HEADERS.length)));
  expect(values[0].slice(SAMPLE_HEADERS.length)).toEqual(["Sales order", "Customer", "SO need date"]);
  expect(values.slice(1).filter((row) => row[SAMPLE_HEADERS.length] !== "")).toHaveLength(3);
});

test("SO-7001 is at risk: needed Mon 23 Nov, so due in by Thu 19 Nov, and its late unconfirmed line is expected today at the earliest", () => {
  // Need WORKDAY(Fri 20 Nov, 1) = Mon 23 Nov; latest arrival WORKDAY(Mon 23, −2) = Thu 19 Nov (46345).
  // The line (unconfirmed past its deadline) is expected no earlier than Fri 20 Nov (a prediction is never before today): ≥ 1 working day late.
  const so = model.customerImpact!.find((o) => o.salesOrder === "SO-7001")!;
  const line = sampleLines({ asOf }).find((l) => l.scenario === "lateUnconfirmed")!;
  expect(so).toMatchObject({ customer: "Kite Industries", needDate: serialFromYmd(2026, 11, 23), latestArrival: serialFromYmd(2026, 11, 19), atRisk: true });
  expect(so.lines.map((l) => l.status.line.poNumber)).toEqual([line.poNumber]);
  expect(so.margin).toBeLessThanOrEqual(-1);
});

test("SO-7002 is in time: its two lines are needed 40 working days after their own dates", () => {
  const so = model.customerImpact!.find((o) => o.salesOrder === "SO-7002")!;
  expect(so.lines).toHaveLength(2);
  expect(so.atRisk).toBe(false);
  // At-risk orders come first.
  expect(model.customerImpact!.map((o) => o.atRisk)).toEqual([...model.customerImpact!.map((o) => o.atRisk)].sort((a, b) => Number(b) - Number(a)));
});
