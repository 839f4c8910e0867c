import { FakeError, d, errorCell, installCustomFunctions, outcome } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { otdFn, otifFn } = require("../../functions/functions") as typeof import("../../functions/functions");

/**
 * Week 2026-W47 (Mon 11-16 … Sun 11-22), as of Wed 11-25. Whole columns, header row included:
 * 1. committed 11-16, received 11-16          on time
 * 2. committed 11-17, received 11-19          2 days late
 * 3. committed 11-18, received 11-10          early: on time (early tolerance unlimited)
 * 4. committed 11-19, not received            past due: a miss
 * 5. committed 11-30, not received            not yet due: not in the population
 * 6. blank row                                skipped
 * Row 0 is the header: its text is no date, so it is left out like any unreadable line.
 */
const COMMITTED = [["Committed"], [d(2026, 11, 16)], [d(2026, 11, 17)], [d(2026, 11, 18)], [d(2026, 11, 19)], [d(2026, 11, 30)], [null]];
const RECEIVED = [["Received"], [d(2026, 11, 16)], [d(2026, 11, 19)], [d(2026, 11, 10)], [""], [""], [null]];
const ORDERED = [["Ordered"], [10], [10], [10], [10], [10], [null]];
const RECEIVED_QTY = [["Qty received"], [10], [10], [8], [0], [null], [null]];
const AS_OF = d(2026, 11, 25);

describe("PO.OTD", () => {
  test("on time 1, 3 of population 1–4 → 2 / 4 = 0.5", () => {
    expect(otdFn(COMMITTED, RECEIVED, undefined, AS_OF)).toBe(0.5);
  });

  test("late tolerance 2 days: line 2 (11-19 ≤ 11-17 + 2) is on time, line 4 is still a miss → 3 / 4", () => {
    expect(otdFn(COMMITTED, RECEIVED, 2, AS_OF)).toBe(0.75);
  });

  test("period 11-16 … 11-18: lines 1–3 → 2 / 3; scalars may come as one-cell ranges", () => {
    expect(otdFn(COMMITTED, RECEIVED, [[""]], [[AS_OF]], [[d(2026, 11, 16)]], d(2026, 11, 18))).toBeCloseTo(2 / 3, 12);
  });

  test("as of 11-19, line 4 is not yet past due → 2 / 3", () => {
    expect(otdFn(COMMITTED, RECEIVED, 0, d(2026, 11, 19))).toBeCloseTo(2 / 3, 12);
  });

  test("a 2-D range is read cell by cell: the same four lines in a 2×2 grid → 0.5", () => {
    const committed = [
      [d(2026, 11, 16), d(2026, 11, 17)],
      [d(2026, 11, 18), d(2026, 11, 19)],
    ];
    const received = [
      [d(2026, 11, 16), d(2026, 11, 19)],
      [d(2026, 11, 10), null],
    ];
    expect(otdFn(committed, received, undefined, AS_OF)).toBe(0.5);
  });

  test("no line in the population: #N/A 'no data', never 0 % or 100 %", () => {
    expect(outcome(() => otdFn(COMMITTED, RECEIVED, 0, AS_OF, d(2026, 12, 1), d(2026, 12, 31)))).toEqual(
      new FakeError("#N/A", "No data: no line with a committed date in the period is received or past due"),
    );
    expect(outcome(() => otdFn([[null]], [[null]], 0, AS_OF))).toBeInstanceOf(FakeError);
  });

  test("bad cells are left out as unknown (engine rule), they do not spoil the rate", () => {
    const committed = [...COMMITTED, [errorCell("#N/A")], [true], [d(2026, 11, 20)]];
    const received = [...RECEIVED, [d(2026, 11, 20)], [d(2026, 11, 20)], ["soon"]];
    // the last line's receipt date is unreadable: unknown, not a miss
    expect(otdFn(committed, received, 0, AS_OF)).toBe(0.5);
  });

  test("mismatched sizes and bad scalar arguments: #VALUE! with a message", () => {
    expect(outcome(() => otdFn(COMMITTED, RECEIVED.slice(0, 5), 0, AS_OF))).toEqual(
      new FakeError("#VALUE!", "received has 5×1 cells but committed has 7×1; give ranges of the same size"),
    );
    expect(outcome(() => otdFn(COMMITTED, RECEIVED, "two", AS_OF))).toEqual(new FakeError("#VALUE!", 'lateTolerance must be a number, got "two"'));
    expect(outcome(() => otdFn(COMMITTED, RECEIVED, 0, "today"))).toEqual(new FakeError("#VALUE!", 'asOf must be a date (a date serial), got "today"'));
    expect(outcome(() => otdFn(COMMITTED, RECEIVED, 0, AS_OF, d(2026, 11, 20), d(2026, 11, 16)))).toEqual(
      new FakeError("#VALUE!", "from must be on or before to"),
    );
    expect(outcome(() => otdFn(COMMITTED, RECEIVED, errorCell("#N/A"), AS_OF))).toEqual(new FakeError("#N/A", "lateTolerance holds the error #N/A"));
  });

  test("asOf defaults to today (clock set to 2027-01-15): lines 4 and 5 are both past due misses → 2 / 5", () => {
    jest.useFakeTimers({ now: new Date(2027, 0, 15, 10, 0) });
    try {
      expect(otdFn(COMMITTED, RECEIVED)).toBe(0.4);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("PO.OTIF", () => {
  test("line 1 only: 2 is late, 3 is short (8 of 10, a partial receipt is never in full), 4 is open → 1 / 4", () => {
    expect(otifFn(COMMITTED, RECEIVED, ORDERED, RECEIVED_QTY, 0, 0, AS_OF)).toBe(0.25);
  });

  test("quantity tolerance 20 %: 8 ≥ 10 × (1 − 0.2) is in full → lines 1, 3 → 2 / 4", () => {
    expect(otifFn(COMMITTED, RECEIVED, ORDERED, RECEIVED_QTY, 0, 0.2, AS_OF)).toBe(0.5);
  });

  test("late tolerance and period together: 11-17 … 11-19 with 2 days → lines 2 (on time, in full), 3 (short), 4 (open) → 1 / 3", () => {
    expect(otifFn(COMMITTED, RECEIVED, ORDERED, RECEIVED_QTY, 2, 0, AS_OF, d(2026, 11, 17), d(2026, 11, 19))).toBeCloseTo(1 / 3, 12);
  });

  test("no data, mismatched quantity column, tolerance of 100 % or more", () => {
    expect((outcome(() => otifFn([[null]], [[null]], [[null]], [[null]], 0, 0, AS_OF)) as FakeError).code).toBe("#N/A");
    expect(outcome(() => otifFn(COMMITTED, RECEIVED, ORDERED.slice(1), RECEIVED_QTY, 0, 0, AS_OF))).toEqual(
      new FakeError("#VALUE!", "orderedQty has 6×1 cells but committed has 7×1; give ranges of the same size"),
    );
    expect(outcome(() => otifFn(COMMITTED, RECEIVED, ORDERED, RECEIVED_QTY, 0, 1, AS_OF))).toEqual(
      new FakeError("#VALUE!", "qtyTolerance must be a share below 100% (e.g. 5% or 0.05), got 1"),
    );
  });
});
