import { promiseSlips } from "../../src/kpi/promiseSlips";
import { WEEK, chase, d } from "./fixtures";

/**
 * In week 16–22 Nov:
 *   PO-1/1 on 17th: 20 Nov → 27 Nov (+7)
 *   PO-1/1 on 20th: 27 Nov → 4 Dec (+7)
 *   PO-2/1 on 18th: 30 Nov → 26 Nov (−4)
 *   PO-3/1 on 19th: first promise (no previous) → not a slip
 *   PO-4/1 on 19th: same date re-confirmed → not a slip
 *   PO-5/1 on 12th: +10, outside the week
 * Moves 3 over 2 lines; later 2 moves / 14 days; earlier 1 move / 4 days; net 10; average 10/3.
 */
const chases = [
  chase({ date: d(2026, 11, 20), lineKey: "PO-1/1", previousPromised: d(2026, 11, 27), newPromised: d(2026, 12, 4) }),
  chase({ date: d(2026, 11, 17), lineKey: "PO-1/1", previousPromised: d(2026, 11, 20), newPromised: d(2026, 11, 27) }),
  chase({ date: d(2026, 11, 18), lineKey: "PO-2/1", poNumber: "PO-2", previousPromised: d(2026, 11, 30), newPromised: d(2026, 11, 26) }),
  chase({ date: d(2026, 11, 19), lineKey: "PO-3/1", previousPromised: null, newPromised: d(2026, 12, 1) }),
  chase({ date: d(2026, 11, 19), lineKey: "PO-4/1", previousPromised: d(2026, 12, 1), newPromised: d(2026, 12, 1) }),
  chase({ date: d(2026, 11, 12), lineKey: "PO-5/1", previousPromised: d(2026, 11, 20), newPromised: d(2026, 11, 30) }),
];

test("promise slips of the period", () => {
  const slips = promiseSlips(chases, WEEK);
  expect(slips.lines).toBe(2);
  expect(slips.later).toEqual({ moves: 2, days: 14 });
  expect(slips.earlier).toEqual({ moves: 1, days: 4 });
  expect(slips.netDays).toBe(10);
  expect(slips.averageDays).toBeCloseTo(10 / 3, 10);
  expect(slips.moves.map((m) => [m.lineKey, m.days])).toEqual([
    ["PO-1/1", 7],
    ["PO-2/1", -4],
    ["PO-1/1", 7],
  ]); // sorted by date: 17th, 18th, 20th
});

test("no moves → no average", () => {
  expect(promiseSlips([], WEEK)).toMatchObject({ lines: 0, netDays: 0, averageDays: null, moves: [] });
});
