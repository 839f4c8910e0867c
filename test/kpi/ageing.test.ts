import { ageing, ageingBucket } from "../../src/kpi/ageing";
import { openOf, pastDue, pastDueOf } from "../../src/kpi/openValue";
import { d, lineStatus, open, received } from "./fixtures";

test("bucket edges: ≤ 0, 1–7, 8–14, 15–30, 31–60, > 60", () => {
  expect([-5, 0, 1, 7, 8, 14, 15, 30, 31, 60, 61].map(ageingBucket)).toEqual([
    "notDue", "notDue", "d1to7", "d1to7", "d8to14", "d8to14", "d15to30", "d15to30", "d31to60", "d31to60", "over60",
  ]);
});

/**
 * Open lines at asOf (days late against the due date), value = open qty × price:
 *   -3 days  100 × 2 USD = 200 USD        → Not due
 *    0 days  10 × 1,000 JPY = 10,000 JPY  → Not due
 *    3 days  50 × 3 USD = 150 USD         → 1–7
 *    7 days  no price                      → 1–7 (counted, no value)
 *   20 days  40 × 5 EUR = 200 EUR         → 15–30
 *   90 days  partial, 30 open × 10 CNY = 300 CNY → > 60
 *   no due date, 20 × 1 USD = 20 USD       → undated
 * Not counted: a received line, a cancelled line, an on-hold line.
 */
const lines = [
  lineStatus({ currency: "USD" }, { daysLate: -3, openValue: 200 }),
  lineStatus({ currency: "JPY" }, { daysLate: 0, openValue: 10000 }),
  lineStatus({ currency: "USD" }, { daysLate: 3, openValue: 150 }),
  lineStatus({ currency: "USD" }, { daysLate: 7, openValue: null }),
  lineStatus({ currency: "EUR" }, { daysLate: 20, openValue: 200 }),
  lineStatus({ currency: "CNY" }, { lifecycle: "partial", daysLate: 90, openValue: 300 }),
  lineStatus({ currency: "USD" }, { daysLate: null, openValue: 20 }),
  received(d(2026, 11, 1), d(2026, 11, 20)),
  open(d(2026, 10, 1), { currency: "USD", unitPrice: 5 }, { lifecycle: "cancelled" }),
  open(d(2026, 10, 1), { currency: "USD", unitPrice: 5 }, { lifecycle: "onHold" }),
];

test("ageing counts and open value per currency", () => {
  expect(ageing(lines)).toEqual({
    rows: [
      { bucket: "notDue", lines: 2, value: { JPY: 10000, USD: 200 } },
      { bucket: "d1to7", lines: 2, value: { USD: 150 } },
      { bucket: "d8to14", lines: 0, value: {} },
      { bucket: "d15to30", lines: 1, value: { EUR: 200 } },
      { bucket: "d31to60", lines: 0, value: {} },
      { bucket: "over60", lines: 1, value: { CNY: 300 } },
    ],
    undated: { lines: 1, value: { USD: 20 } },
    withoutValue: 1,
  });
});

test("past-due value per currency = every bucket but Not due; never summed across currencies", () => {
  // 150 USD + 200 EUR + 300 CNY over 4 lines (3, 7, 20 and 90 days late)
  expect(pastDue(lines)).toEqual({ lines: 4, value: { CNY: 300, EUR: 200, USD: 150 } });
});

test("open lines and value include the undated ones", () => {
  // USD 200 + 150 + 20 = 370
  expect(openOf(ageing(lines))).toEqual({ lines: 7, value: { CNY: 300, EUR: 200, JPY: 10000, USD: 370 } });
  expect(pastDueOf(ageing([]))).toEqual({ lines: 0, value: {} });
});
