import { supplierScorecard } from "../../src/kpi/scorecard";
import { AS_OF, SETTINGS, WEEK, chase, d, open, received } from "./fixtures";

/**
 * Week 16–22 Nov, asOf 25 Nov.
 * Acme Corp: on-time receipt (committed 17), late receipt (committed 18, received 21 → 3 days),
 *   an open line committed 10 Nov (before the week) 100 × 2 USD, ordered 1 Nov with a promise;
 *   2 chases in the week (one spelt "ACME CORP"), 1 the week before.
 *   → population 2, OTD 1/2, OTIF 1/2, days late mean = median = 3, open 1 line 200 USD,
 *     overdue 1 line 200 USD, confirmation 1/1, chases 2.
 * 東京精密工業: an open line due 30 Nov, 50 × 1,000 JPY, ordered 24 Nov without a promise
 *   (WORKDAY(24, 3) = 27 Nov, not yet before asOf) → nothing measured, confirmation no data.
 * Müller GmbH: one receipt committed in October, no chases → not active, not listed.
 * Pacific Components: only chases → listed with chases 1.
 * A line without supplier name, overdue → listed last as "".
 */
const lines = [
  received(d(2026, 11, 17), d(2026, 11, 17)),
  received(d(2026, 11, 18), d(2026, 11, 21)),
  open(d(2026, 11, 10), { currency: "USD", unitPrice: 2, orderDate: d(2026, 11, 1), promisedDate: d(2026, 11, 10) }),
  open(d(2026, 11, 30), { supplier: "東京精密工業", currency: "JPY", unitPrice: 1000, orderedQty: 50, orderDate: d(2026, 11, 24) }),
  received(d(2026, 10, 7), d(2026, 10, 7), { supplier: "Müller GmbH" }),
  open(d(2026, 11, 2), { supplier: null, currency: "EUR", unitPrice: 1 }),
];
const chases = [
  chase({ date: d(2026, 11, 16) }),
  chase({ date: d(2026, 11, 19), supplier: "ACME CORP" }),
  chase({ date: d(2026, 11, 9) }),
  chase({ date: d(2026, 11, 20), supplier: "Pacific Components" }),
];

test("a scorecard row per active supplier, with the same measures as the headline", () => {
  const rows = supplierScorecard(lines, chases, SETTINGS, WEEK, AS_OF);
  expect(rows.map((r) => r.supplier)).toEqual(["Acme Corp", "Pacific Components", "東京精密工業", ""]);
  expect(rows[0]).toEqual({
    supplier: "Acme Corp",
    population: 2,
    otd: { kind: "rate", value: 0.5, numerator: 1, denominator: 2 },
    otif: { kind: "rate", value: 0.5, numerator: 1, denominator: 2 },
    daysLate: { kind: "days", mean: 3, median: 3, max: 3, lines: 1 },
    openLines: 1,
    openValue: { USD: 200 },
    overdueLines: 1,
    pastDueValue: { USD: 200 },
    confirmation: { kind: "rate", value: 1, numerator: 1, denominator: 1 },
    chases: 2,
    // No inspection columns → no reject rate; no chase confirmed a date → no confirmation time;
    // both chases of the week were answered "no answer" (the fixture's outcome) → 2 / 2.
    rejectRate: { kind: "noData" },
    confirmationDays: { kind: "noData" },
    noAnswer: { kind: "rate", value: 1, numerator: 2, denominator: 2 },
  });
  expect(rows[1]).toMatchObject({ population: 0, otd: { kind: "noData" }, openLines: 0, chases: 1 });
  expect(rows[2]).toMatchObject({
    population: 0,
    otd: { kind: "noData" },
    daysLate: { kind: "noData" },
    openLines: 1,
    openValue: { JPY: 50000 },
    overdueLines: 0,
    pastDueValue: {},
    confirmation: { kind: "noData" },
    chases: 0,
  });
  expect(rows[3]).toMatchObject({ supplier: "", openLines: 1, overdueLines: 1, pastDueValue: { EUR: 100 } });
});
