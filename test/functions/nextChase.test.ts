import { FakeError, d, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nextChaseFn } = require("../../functions/functions") as typeof import("../../functions/functions");

// Due (and promised) Fri 2026-11-20: pre-due Tue 11-17, level 1 Mon 11-23, level 2 Fri 11-27, level 3 Fri 12-04.
const DUE = [[d(2026, 11, 20)]];
const AS_OF = [[d(2026, 11, 23)]];

describe("PO.NEXTCHASE", () => {
  test("never chased: the first escalation date, the pre-due reminder Tue 11-17 (already due: chase now)", () => {
    expect(nextChaseFn(DUE, DUE, undefined, undefined, AS_OF)).toEqual([[d(2026, 11, 17)]]);
  });

  test("a column of last chases: the next escalation date after it, at least 2 working days later", () => {
    const lastChase = [[d(2026, 11, 17)], [d(2026, 11, 24)], [d(2026, 11, 26)], [d(2026, 12, 4)]];
    expect(nextChaseFn(DUE, DUE, lastChase, undefined, AS_OF)).toEqual([
      [d(2026, 11, 23)], // after Tue 11-17: level 1 Mon 11-23 (gap end Thu 11-19 is earlier)
      [d(2026, 11, 27)], // after Tue 11-24: level 2 Fri 11-27 (gap end Thu 11-26)
      [d(2026, 11, 30)], // after Thu 11-26: level 2 Fri 11-27, but gap end WORKDAY(11-26, 2) = Mon 11-30
      [d(2026, 12, 8)], // level 3 chased Fri 12-04: every 2 working days, Tue 12-08
    ]);
  });

  test("unconfirmed line: confirmation chase the working day after WORKDAY(order, 3)", () => {
    // Requested Thu 12-31, ordered Mon 11-16: deadline Thu 11-19, confirmation chase Fri 11-20,
    // before the pre-due reminder WORKDAY(12-31, −3) = Mon 12-28.
    expect(nextChaseFn([[d(2026, 12, 31)]], [[""]], undefined, [[d(2026, 11, 16)]], AS_OF)).toEqual([[d(2026, 11, 20)]]);
    // Once promised, only the escalation dates remain.
    expect(nextChaseFn([[d(2026, 12, 31)]], [[d(2026, 12, 31)]], undefined, [[d(2026, 11, 16)]], AS_OF)).toEqual([[d(2026, 12, 28)]]);
  });

  test("does not move with asOf (so it is not volatile)", () => {
    expect(nextChaseFn(DUE, DUE, undefined, undefined, [[d(2027, 1, 15)]])).toEqual([[d(2026, 11, 17)]]);
  });

  test("2-D range, empty, text, booleans, mismatched sizes", () => {
    expect(nextChaseFn([[d(2026, 11, 20), ""]], undefined, undefined, undefined, AS_OF)).toEqual([[d(2026, 11, 17), ""]]);
    const result = nextChaseFn([[d(2026, 11, 20)], [d(2026, 11, 20)], [d(2026, 11, 20)]], undefined, [["yesterday"], [true]], undefined, AS_OF);
    expect(result).toEqual([
      [new FakeError("#VALUE!", 'lastChase must be a date (a date serial), got "yesterday"')],
      [new FakeError("#VALUE!", "lastChase must be a date (a date serial), got true")],
      [new FakeError("#N/A", "The ranges have different sizes")],
    ]);
  });
});
