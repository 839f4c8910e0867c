import { makeCalendar } from "../../src/dates/calendar";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { customerImpact, salesOrdersOf } from "../../src/impact/customerImpact";
import type { Prediction } from "../../src/predict/predictArrival";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { d, makeLine } from "../followup/fixtures";

// Mon–Fri, no holidays; February 2026: Mon 16, Wed 18, Thu 19, Fri 20, Mon 23, Fri 27.
const cal = makeCalendar();
const asOf = d(2026, 2, 9);

const lines = [
  makeLine({ index: 0, key: "PO1/10", supplier: "Acme", salesOrder: "SO-1; SO-2", customer: "Kite GmbH", soNeedDate: d(2026, 2, 20), promisedDate: d(2026, 2, 16) }),
  makeLine({ index: 1, key: "PO2/10", supplier: "Bolt", salesOrder: "SO-2", customer: "Kite GmbH", soNeedDate: d(2026, 2, 27), promisedDate: d(2026, 2, 23) }),
  // Received: no longer a threat. No need date: cannot be judged.
  makeLine({ index: 2, key: "PO3/10", salesOrder: "SO-3", soNeedDate: d(2026, 2, 10), promisedDate: d(2026, 2, 20), receivedQty: 100, receivedDate: d(2026, 2, 6) }),
  makeLine({ index: 3, key: "PO4/10", salesOrder: "SO-4", soNeedDate: null, promisedDate: d(2026, 3, 20) }),
];
const statuses = evaluateRegister(lines, [], DEFAULT_SETTINGS, asOf);
const predicted = (p50: number) => ({ p50 }) as Prediction;

test("without a prediction the due date is expected: SO-1 has 2 working days to spare", () => {
  // Latest arrival = Fri 20 Feb − 2 working days = Wed 18 Feb. PO1 due Mon 16 Feb: 2 working days early.
  const impact = customerImpact(statuses, new Map(), cal, 2);
  const so1 = impact.find((o) => o.salesOrder === "SO-1")!;
  expect(so1).toMatchObject({ customer: "Kite GmbH", needDate: d(2026, 2, 20), latestArrival: d(2026, 2, 18), atRisk: false, margin: 2 });
  expect(so1.lines.map((l) => [l.status.line.key, l.expected, l.predicted])).toEqual([["PO1/10", d(2026, 2, 16), false]]);
  expect(impact.map((o) => o.salesOrder).sort()).toEqual(["SO-1", "SO-2"]);
});

test("with a prediction of Thu 19 Feb, SO-1 is at risk by 1 working day", () => {
  // Thu 19 Feb is 1 working day after Wed 18 Feb.
  const impact = customerImpact(statuses, new Map([["PO1/10", predicted(d(2026, 2, 19))]]), cal, 2);
  const so1 = impact.find((o) => o.salesOrder === "SO-1")!;
  expect(so1).toMatchObject({ atRisk: true, margin: -1 });
  expect(so1.lines[0]).toMatchObject({ expected: d(2026, 2, 19), predicted: true });
});

test("a sales order fed by two lines takes the earliest need date and its latest line", () => {
  // SO-2: need dates Fri 20 and Fri 27 Feb → Fri 20 → latest Wed 18 Feb.
  // PO1 due Mon 16 Feb: margin 2. PO2 due Mon 23 Feb: NETWORKDAYS(18, 23) − 1 = 4 − 1 = 3 late → margin −3.
  const impact = customerImpact(statuses, new Map(), cal, 2);
  expect(impact[0]).toMatchObject({ salesOrder: "SO-2", atRisk: true, margin: -3, latestArrival: d(2026, 2, 18) });
  expect(impact[0].lines.map((l) => [l.status.line.key, l.margin])).toEqual([
    ["PO2/10", -3],
    ["PO1/10", 2],
  ]);
});

test("internal lead days 0: the need date itself is the latest arrival", () => {
  // PO2 due Mon 23 Feb vs Fri 20 Feb: NETWORKDAYS(20, 23) − 1 = 1 late.
  expect(customerImpact(statuses, new Map(), cal, 0)[0]).toMatchObject({ salesOrder: "SO-2", margin: -1 });
});

test("sales orders in one cell", () => {
  expect(salesOrdersOf("SO-1; SO-2")).toEqual(["SO-1", "SO-2"]);
  expect(salesOrdersOf("SO-1、SO-2，SO-1\nSO-3")).toEqual(["SO-1", "SO-2", "SO-3"]);
  expect(salesOrdersOf(" ; ")).toEqual([]);
});
