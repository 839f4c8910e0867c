import { FakeError, d, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chaseLevelFn } = require("../../functions/functions") as typeof import("../../functions/functions");

// Due Fri 2026-11-20, offsets [−3, +1, +5, +10] working days:
// pre-due Tue 11-17, level 1 Mon 11-23, level 2 Fri 11-27, level 3 Fri 12-04.
const DUE = [[d(2026, 11, 20)]];

describe("PO.CHASELEVEL", () => {
  test("scalar", () => {
    expect(chaseLevelFn(DUE, [[d(2026, 11, 23)]])).toEqual([[1]]);
  });

  test("a column of as-of dates against one due date: each level starts on its day", () => {
    const asOf = [[d(2026, 11, 17)], [d(2026, 11, 22)], [d(2026, 11, 23)], [d(2026, 11, 26)], [d(2026, 11, 27)], [d(2026, 12, 3)], [d(2026, 12, 4)], [d(2026, 12, 31)]];
    expect(chaseLevelFn(DUE, asOf).map((r) => r[0])).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  test("a promise changed after the due date restarts the count: change Wed 11-25 → level 1 on Thu 11-26", () => {
    // asOf Fri 11-27 would be level 2 from the due date, but WORKDAY(11-25, 5) = Wed 12-02 not reached
    expect(chaseLevelFn(DUE, [[d(2026, 11, 27)]], [[d(2026, 11, 25)]])).toEqual([[1]]);
    // a change before the due date changes nothing
    expect(chaseLevelFn(DUE, [[d(2026, 11, 27)]], [[d(2026, 11, 10)]])).toEqual([[2]]);
  });

  test("2-D range, empty, text, mismatched sizes", () => {
    expect(chaseLevelFn([[d(2026, 11, 20), ""]], [[d(2026, 12, 4)]])).toEqual([[3, ""]]);
    const result = chaseLevelFn([["tomorrow"], [d(2026, 11, 20)], [d(2026, 11, 20)]], [[d(2026, 11, 23)], [d(2026, 11, 27)]]);
    expect(result).toEqual([
      [new FakeError("#VALUE!", 'due must be a date (a date serial), got "tomorrow"')],
      [2],
      [new FakeError("#N/A", "The ranges have different sizes")],
    ]);
  });
});
