import { addToConfirmation, confirmationContext, confirmationRate, newConfirmationTally } from "../../src/kpi/confirmation";
import { AS_OF, SETTINGS, d, lineStatus, open, received } from "./fixtures";

/**
 * asOf Wednesday 25 Nov 2026, confirmWithin 3 working days (Mon–Fri):
 * ordered Thu 19 → deadline WORKDAY(19, 3) = Tue 24 < 25: old enough to need a promise;
 * ordered Fri 20 → deadline Wed 25, not before asOf: still within the time to confirm.
 */
const lines = [
  open(d(2026, 11, 30), { orderDate: d(2026, 11, 19), promisedDate: d(2026, 11, 30) }), // due, confirmed
  open(d(2026, 12, 10), { orderDate: d(2026, 11, 10), requestedDate: d(2026, 12, 10) }), // due, not confirmed
  lineStatus({ orderDate: d(2026, 11, 1), promisedDate: d(2026, 11, 20), receivedQty: 10 }, { lifecycle: "partial" }), // due, confirmed
  open(d(2026, 12, 10), { orderDate: d(2026, 11, 20) }), // too young
  received(d(2026, 11, 18), d(2026, 11, 18), { orderDate: d(2026, 11, 1) }), // not open
  open(d(2026, 12, 10), { orderDate: null }), // no order date → unknown
  open(d(2026, 12, 10), { orderDate: d(2026, 11, 1), promisedDate: undefined }), // unreadable promise → unknown
  open(d(2026, 12, 10), { orderDate: d(2026, 11, 1) }, { lifecycle: "cancelled" }), // not open
];

test("confirmation rate = open lines with a promise / open lines older than confirmWithin: 2/3", () => {
  expect(confirmationRate(lines, AS_OF, SETTINGS)).toEqual({ kind: "rate", value: 2 / 3, numerator: 2, denominator: 3 });
});

test("the tally says how many open lines could not be judged", () => {
  const tally = newConfirmationTally();
  const ctx = confirmationContext(SETTINGS, AS_OF);
  for (const s of lines) addToConfirmation(tally, s, ctx);
  expect(tally).toEqual({ due: 3, confirmed: 2, unknown: 2 });
});

test("a holiday moves the deadline: with Tue 24 a holiday, the order of Thu 19 is still young", () => {
  // WORKDAY(19, 3) skipping 24 = Wed 25, not before asOf
  const settings = { ...SETTINGS, holidays: [d(2026, 11, 24)] };
  expect(confirmationRate([lines[0]], AS_OF, settings)).toEqual({ kind: "noData" });
  expect(confirmationRate([lines[0]], AS_OF, SETTINGS)).toMatchObject({ value: 1 });
});

test("no open line old enough → no data", () => {
  expect(confirmationRate([lines[3]], AS_OF, SETTINGS)).toEqual({ kind: "noData" });
});
