import { serialFromYmd } from "../../src/dates/serial";

class FakeError {
  constructor(public code: string, public message?: string) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { daysLateFn } = require("../../functions/functions") as typeof import("../../functions/functions");

const d = (y: number, m: number, day: number) => serialFromYmd(y, m, day)!;

describe("PO.DAYSLATE", () => {
  test("open line: as-of minus due (Fri 2026-11-20 due, as of Sun 11-22 → 2 days late)", () => {
    expect(daysLateFn([[d(2026, 11, 20)]], [[""]], [[d(2026, 11, 22)]])).toEqual([[2]]);
  });

  test("received line: received minus due, as-of ignored (due 11-20, received 11-17 → −3, early)", () => {
    expect(daysLateFn([[d(2026, 11, 20)]], [[d(2026, 11, 17)]], [[d(2026, 12, 31)]])).toEqual([[-3]]);
  });

  test("a column spills a column, the as-of broadcasts", () => {
    const due = [[d(2026, 11, 1)], [d(2026, 11, 22)], [d(2026, 12, 1)]];
    // 11-22 − 11-01 = 21; 0; 11-22 − 12-01 = −9
    expect(daysLateFn(due, undefined, [[d(2026, 11, 22)]])).toEqual([[21], [0], [-9]]);
  });

  test("asOf defaults to today (the local date)", () => {
    jest.useFakeTimers({ now: new Date(2026, 10, 22, 23, 30) }); // late evening, local time: still the 22nd
    try {
      expect(daysLateFn([[d(2026, 11, 18)]])).toEqual([[4]]);
    } finally {
      jest.useRealTimers();
    }
  });

  test("blank due date gives a blank, not zero", () => {
    expect(daysLateFn([[""], [null]], undefined, [[d(2026, 11, 22)]])).toEqual([[""], [""]]);
  });

  test("one bad element spoils only its own result, with a message", () => {
    const result = daysLateFn([[d(2026, 11, 20)], ["next week"], [true]], undefined, [[d(2026, 11, 22)]]);
    expect(result[0]).toEqual([2]);
    expect(result[1][0]).toEqual(new FakeError("#VALUE!", 'due must be a date (a date serial), got "next week"'));
    expect(result[2][0]).toEqual(new FakeError("#VALUE!", "due must be a date (a date serial), got true"));
  });

  test("mismatched range sizes give #N/A outside the smaller range, as Excel's arrays do", () => {
    const due = [[d(2026, 11, 20)], [d(2026, 11, 21)], [d(2026, 11, 22)]];
    const received = [[d(2026, 11, 20)], [d(2026, 11, 22)]];
    const result = daysLateFn(due, received, [[d(2026, 11, 22)]]);
    expect(result.slice(0, 2)).toEqual([[0], [1]]);
    expect(result[2][0]).toEqual(new FakeError("#N/A", "The ranges have different sizes"));
  });

  test("2-D ranges keep their shape", () => {
    const due = [
      [d(2026, 11, 20), d(2026, 11, 21)],
      [d(2026, 11, 22), d(2026, 11, 23)],
    ];
    expect(daysLateFn(due, undefined, [[d(2026, 11, 22)]])).toEqual([
      [2, 1],
      [0, -1],
    ]);
  });
});
