import { computeKpis } from "../../src/kpi/computeKpis";
import { supplierScorecard } from "../../src/kpi/scorecard";
import { makeCalendar } from "../../src/dates/calendar";
import { confirmationDays } from "../../src/kpi/responsiveness";
import { AS_OF, SETTINGS, WEEK, chase, d, poLine, received } from "./fixtures";

/**
 * Week 16–22 Nov 2026 (Mon–Sun), asOf 25 Nov.
 * Acme Corp: received 17 Nov 100, rejected 10; received 19 Nov 200, accepted 196 (→ 4 rejected);
 *   received 20 Nov 50 without inspection (not counted); received 9 Nov 100 all rejected (last week).
 *   → reject rate (10 + 4) / (100 + 200) = 14 / 300.
 * Pacific: received 18 Nov 80, inspection accepted → 0 / 80.
 * 東京精密工業: received 18 Nov, no inspection data → no data.
 */
const lines = [
  received(d(2026, 11, 17), d(2026, 11, 17), { rejectedQty: 10 }),
  received(d(2026, 11, 19), d(2026, 11, 19), { orderedQty: 200, acceptedQty: 196 }),
  received(d(2026, 11, 20), d(2026, 11, 20), { orderedQty: 50 }),
  received(d(2026, 11, 9), d(2026, 11, 9), { inspection: "rejected" }),
  received(d(2026, 11, 18), d(2026, 11, 18), { supplier: "Pacific", orderedQty: 80, inspection: "accepted" }),
  received(d(2026, 11, 18), d(2026, 11, 18), { supplier: "東京精密工業" }),
];

describe("reject rate per supplier and period", () => {
  const rows = supplierScorecard(lines, [], SETTINGS, WEEK, AS_OF);
  const row = (name: string) => rows.find((r) => r.supplier === name);

  test("Acme: 14 rejected of 300 received in the week", () => {
    expect(row("Acme Corp")?.rejectRate).toEqual({ kind: "rate", value: 14 / 300, numerator: 14, denominator: 300 });
  });

  test("Pacific: inspected and all accepted → 0 of 80", () => {
    expect(row("Pacific")?.rejectRate).toEqual({ kind: "rate", value: 0, numerator: 0, denominator: 80 });
  });

  test("a supplier without inspection records has no data, not 0 %", () => {
    expect(row("東京精密工業")?.rejectRate).toEqual({ kind: "noData" });
  });

  test("the headline reject rate adds them up: 14 / (300 + 80)", () => {
    const kpis = computeKpis(lines, [], SETTINGS, WEEK, AS_OF);
    expect(kpis.rejectRate).toEqual({ kind: "rate", value: 14 / 380, numerator: 14, denominator: 380 });
    // The week before: the whole 100 of 9 Nov rejected → 100 / 100.
    const before = computeKpis(lines, [], SETTINGS, { start: d(2026, 11, 9), end: d(2026, 11, 15) }, AS_OF);
    expect(before.rejectRate).toEqual({ kind: "rate", value: 1, numerator: 100, denominator: 100 });
  });

  test("in full by the accepted quantity: 196 of 200 accepted is not in full (OTIF 0 of 1 for that line)", () => {
    const one = computeKpis([lines[1]], [], SETTINGS, WEEK, AS_OF);
    expect(one.population).toMatchObject({ lines: 1, onTime: 1, inFull: 0 });
  });
});

describe("responsiveness", () => {
  // Acme PO-A ordered Fri 13 Nov, first confirmed Wed 18 Nov: NETWORKDAYS(13, 18) = 13, 16, 17, 18 = 4 → 3 working days.
  // Acme PO-B ordered Mon 16 Nov, confirmed Tue 17 (new date), confirmed again Thu 19: first = 17 → NETWORKDAYS = 2 → 1.
  // Acme PO-C ordered Mon 16 Nov, confirmed Mon 23 Nov (next week): not counted in this week.
  // Median of [3, 1] = 2. Chases of the week with an outcome: 18 (confirmed), 17 (newDate), 19 (confirmed),
  // 20 (noAnswer), 21 (noAnswer) → no answer 2 of 5.
  const a = poLine({ poNumber: "PO-A", orderDate: d(2026, 11, 13) });
  const b = poLine({ poNumber: "PO-B", orderDate: d(2026, 11, 16) });
  const c = poLine({ poNumber: "PO-C", orderDate: d(2026, 11, 16) });
  const statuses = [a, b, c].map((line) => received(d(2026, 11, 30), d(2026, 11, 30), line));
  const log = [
    chase({ date: d(2026, 11, 18), lineKey: a.key, outcome: "confirmed" }),
    chase({ date: d(2026, 11, 17), lineKey: b.key, outcome: "newDate" }),
    chase({ date: d(2026, 11, 19), lineKey: b.key, outcome: "confirmed" }),
    chase({ date: d(2026, 11, 23), lineKey: c.key, outcome: "confirmed" }),
    chase({ date: d(2026, 11, 20), lineKey: c.key, outcome: "noAnswer" }),
    chase({ date: d(2026, 11, 21), lineKey: c.key, outcome: "noAnswer" }),
  ];

  test("median working days from order to first confirmation, and the share of chases with no answer", () => {
    const [acme] = supplierScorecard(statuses, log, SETTINGS, WEEK, AS_OF);
    expect(acme.confirmationDays).toEqual({ kind: "days", median: 2, lines: 2 });
    expect(acme.noAnswer).toEqual({ kind: "rate", value: 2 / 5, numerator: 2, denominator: 5 });
  });

  test("a holiday on Mon 16 Nov is not a working day: PO-A takes 2 working days (13, 17, 18 → 3 − 1)", () => {
    const calendar = makeCalendar("0000011", [d(2026, 11, 16)]);
    expect(confirmationDays(a, d(2026, 11, 18), WEEK, calendar)).toBe(2);
  });

  test("confirmed on the order day = 0; a confirmation dated before the order is left out", () => {
    const calendar = makeCalendar("0000011", []);
    expect(confirmationDays(b, d(2026, 11, 16), WEEK, calendar)).toBe(0);
    expect(confirmationDays(b, d(2026, 11, 16) - 1, { start: d(2026, 11, 1), end: d(2026, 11, 30) }, calendar)).toBeUndefined();
  });

  test("no chases at all: no data for both", () => {
    const [acme] = supplierScorecard(lines, [], SETTINGS, WEEK, AS_OF);
    expect(acme.supplier).toBe("Acme Corp");
    expect(acme.confirmationDays).toEqual({ kind: "noData" });
    expect(acme.noAnswer).toEqual({ kind: "noData" });
  });
});
