import { delayReasonPareto } from "../../src/kpi/delayReasons";
import { AS_OF, SETTINGS, WEEK, d, open, received } from "./fixtures";

/**
 * Counted lines (late in the week, or overdue at asOf 25 Nov):
 *   - 3 late receipts in the week: Supplier capacity, Supplier capacity, Transport
 *   - 2 open lines overdue now (committed before the week): "supplier CAPACITY ", Customs
 *   - 1 open line overdue, no reason given
 *   - 1 open line late in the week AND overdue now: Supplier capacity (counted once)
 * Not counted: an on-time receipt with a reason, an open line not yet due, a cancelled overdue line.
 * Totals: Supplier capacity 4, Transport 1, Customs 1, "" 1 → 7 lines.
 * Sorted: Supplier capacity 4 (4/7), then the ties of 1 by name with "" last:
 *   Customs (5/7), Transport (6/7), "" (7/7).
 */
const lines = [
  received(d(2026, 11, 16), d(2026, 11, 18), { delayReason: "Supplier capacity" }),
  received(d(2026, 11, 17), d(2026, 11, 20), { delayReason: "Supplier capacity" }),
  received(d(2026, 11, 18), d(2026, 11, 19), { delayReason: "Transport" }),
  open(d(2026, 11, 2), { delayReason: "supplier CAPACITY " }),
  open(d(2026, 11, 3), { delayReason: "Customs" }),
  open(d(2026, 11, 4)),
  open(d(2026, 11, 19), { delayReason: "Supplier capacity" }),
  received(d(2026, 11, 18), d(2026, 11, 18), { delayReason: "Transport" }),
  open(d(2026, 11, 30), { delayReason: "Transport" }),
  open(d(2026, 11, 2), { delayReason: "Transport" }, { lifecycle: "cancelled" }),
];

test("Pareto of delay reasons, sorted, with cumulative share", () => {
  const pareto = delayReasonPareto(lines, WEEK, AS_OF, SETTINGS);
  expect(pareto.total).toBe(7);
  expect(pareto.rows.map((r) => [r.reason, r.group, r.lines])).toEqual([
    ["Supplier capacity", "supplier", 4],
    ["Customs", "logistics", 1],
    ["Transport", "logistics", 1],
    ["", null, 1],
  ]);
  expect(pareto.rows.map((r) => r.cumulativeShare)).toEqual([4 / 7, 5 / 7, 6 / 7, 1]);
  expect(pareto.rows[0].share).toBe(4 / 7);
});

test("a reason that is not a configured code is kept as written", () => {
  const pareto = delayReasonPareto([open(d(2026, 11, 2), { delayReason: "Typhoon" })], WEEK, AS_OF, SETTINGS);
  expect(pareto.rows).toEqual([{ reason: "Typhoon", group: null, lines: 1, share: 1, cumulativeShare: 1 }]);
});

test("nothing late → empty Pareto", () => {
  expect(delayReasonPareto([], WEEK, AS_OF, SETTINGS)).toEqual({ total: 0, rows: [] });
});

test("a reason typed in Japanese or Chinese is counted under its configured code", () => {
  // 輸送遅延 (ja) and 运输延误 (zh-CN) are the labels of Transport; 3 overdue lines → Transport 3 of 3.
  const typed = ["輸送遅延", "运输延误", "Transport"].map((reason) => open(d(2026, 11, 2), { delayReason: reason }));
  const pareto = delayReasonPareto(typed, WEEK, AS_OF, SETTINGS);
  expect(pareto.rows).toEqual([{ reason: "Transport", group: "logistics", lines: 3, share: 1, cumulativeShare: 1 }]);
});
