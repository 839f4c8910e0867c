/** The playground's sample with shipment and quality columns (issue 12, point 7): each new case, hand-checked at Fri 20 Nov 2026. */
import { sampleRegister, SAMPLE_HEADERS } from "../../src/sample/sampleRegister";
import { SHIPMENT_HEADERS } from "../../src/sample/sampleShipments";
import { SALES_ORDER_HEADERS } from "../../src/sample/sampleSalesOrders";
import { runPipeline } from "../../src/pipeline";
import { awaitingReplacement } from "../../src/followup/quality";
import { stageRiskLines } from "../../src/followup/stageRiskLines";
import { serialFromYmd } from "../../src/dates/serial";
import type { LineStatus } from "../../src/followup/types";
import { registerSources } from "../fixtures/sources";

const asOf = serialFromYmd(2026, 11, 20)!; // Fri
const values = sampleRegister({ asOf, salesOrders: true, shipments: true });
const model = runPipeline(registerSources(values), { asOf });
const statusOf = (po: string, line: string): LineStatus => model.statuses.find((s) => s.line.poNumber === po && s.line.line === line)!;

test("without the option the sample is unchanged; with it, nine columns after the sales orders, filled on three lines, two stages set", () => {
  const width = SAMPLE_HEADERS.length + SALES_ORDER_HEADERS.length;
  expect(values[0].slice(width)).toEqual([...SHIPMENT_HEADERS]);
  expect(values.slice(1).filter((row) => row.slice(width).some((c) => c !== ""))).toHaveLength(3);
  // Only the stuck and the in-transit lines change a base cell (their stage); every other row is the plain sample's.
  const plain = sampleRegister({ asOf, salesOrders: true });
  const changed = values.slice(1).flatMap((row, i) => (row.slice(0, width).every((c, j) => c === plain[i + 1][j]) ? [] : [i]));
  expect(changed).toHaveLength(2);
  // Every added column is recognised by the parser, each as its own field: no header left over.
  const detection = model.parsed!.detection;
  expect(detection.unmapped).toEqual([]);
  const fields = [
    "shipDate",
    "eta",
    "portArrivalDate",
    "carrier",
    "tracking",
    "inspection",
    "acceptedQty",
    "rejectedQty",
    "returnedQty",
  ] as const;
  expect(fields.map((f) => detection.columns[f])).toEqual(fields.map((_, i) => width + i));
});

test("stuck in production: PO-26127/10, due Tue 24 Nov, should have shipped by Tue 17 Nov", () => {
  // Due Tue 24 Nov; 5 default transit days: shipBy = WORKDAY(Tue 24 Nov, −5) = Tue 17 Nov (Mon 23, Fri 20, Thu 19, Wed 18, Tue 17).
  // asOf Fri 20 > Tue 17 and stage Production (not shipped): only Mon 23 and Tue 24 remain, fewer than 5 → notShipped.
  const status = statusOf("PO-26127", "10");
  expect(status.line.stage).toBe("Production");
  expect(status.due).toBe(serialFromYmd(2026, 11, 24));
  expect(status.shipment).toMatchObject({
    shipped: false,
    inTransit: false,
    risk: "notShipped",
    shipBy: serialFromYmd(2026, 11, 17),
    transitDays: 5,
  });
  expect(stageRiskLines(model.statuses)).toContain(status);
});

test("in transit: PO-26220/10 shipped Tue 17 Nov with DHL, ETA Thu 26 Nov = its due date, so not at risk", () => {
  // Ship date WORKDAY(Fri 20 Nov, −3) = Tue 17 Nov ≤ asOf: shipped; no port arrival: in transit.
  // ETA Thu 26 Nov is not after the committed (promised) Thu 26 Nov: no etaAfterCommitted; shipped: no notShipped.
  const status = statusOf("PO-26220", "10");
  expect(status.line.shipDate).toBe(serialFromYmd(2026, 11, 17));
  expect(status.committed).toBe(serialFromYmd(2026, 11, 26));
  expect(status.shipment).toMatchObject({ shipped: true, inTransit: true, risk: null, carrier: "DHL Express", tracking: "JD014600006281" });
});

test("rejected lot: PO-26013/10 received 500 of 500, 50 rejected at inspection, so 50 are open again", () => {
  // Accepted 450, rejected 50, nothing returned: good = min(450, 500 − 0) = 450; open = 500 − 450 = 50.
  const status = statusOf("PO-26013", "10");
  // Without the quality columns the line is received in full (open 0).
  const plain = runPipeline(registerSources(sampleRegister({ asOf })), { asOf }).statuses.find((s) => s.line.key === status.line.key)!;
  expect(plain).toMatchObject({ lifecycle: "received", openQty: 0 });
  expect(status.line).toMatchObject({ orderedQty: 500, receivedQty: 500, acceptedQty: 450, rejectedQty: 50, inspection: "partial" });
  expect(status.lifecycle).toBe("partial");
  expect(status.openQty).toBe(50);
  // Due Oct 19 (32 days before asOf): the reopened balance is overdue and chased.
  expect(status.state).toBe("late");
  expect(awaitingReplacement(status.line)).toBe(50); // min(refused 500 − 450 = 50, missing 500 − 450 = 50)
});

test("return awaiting replacement: PO-26027/10 rejected whole (250) and sent back, all 250 awaited", () => {
  // Accepted 0, rejected 250, returned 250: good = min(0, 250 − 250) = 0; open = 250 − 0 = 250.
  // Awaiting replacement = min(refused 250 − 0, missing 250 − 0) = 250.
  const status = statusOf("PO-26027", "10");
  expect(status.line).toMatchObject({ orderedQty: 250, receivedQty: 250, returnedQty: 250, inspection: "rejected" });
  expect(status.lifecycle).toBe("open");
  expect(status.openQty).toBe(250);
  expect(awaitingReplacement(status.line)).toBe(250);
});
