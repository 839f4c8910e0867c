import { FakeError, d, errorCell, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workdaysLateFn } = require("../../functions/functions") as typeof import("../../functions/functions");

// 2026-11-20 is a Friday.
const FRI = d(2026, 11, 20);
const MON = d(2026, 11, 23);

describe("PO.WORKDAYSLATE", () => {
  test("open line, scalar: due Fri, as of Mon → NETWORKDAYS(Fri, Mon) − 1 = 2 − 1 = 1", () => {
    expect(workdaysLateFn([[FRI]], [[""]], [[MON]])).toEqual([[1]]);
  });

  test("received early: due Fri 11-20, received Wed 11-18 → −(NETWORKDAYS(Wed, Fri) − 1) = −2", () => {
    expect(workdaysLateFn([[FRI]], [[d(2026, 11, 18)]], [[d(2026, 12, 31)]])).toEqual([[-2]]);
  });

  test("a column spills a column; due Saturday, received Monday is 0 working days late", () => {
    const due = [[FRI], [d(2026, 11, 21)], [MON]];
    const received = [[null], [MON], [null]];
    // Fri→Mon 1; Sat→Mon: NETWORKDAYS = 1 (Mon) → 0; Mon→Mon 0
    expect(workdaysLateFn(due, received, [[MON]])).toEqual([[1], [0], [0]]);
  });

  test("2-D range keeps its shape", () => {
    const due = [
      [FRI, d(2026, 11, 19)],
      [MON, d(2026, 11, 25)],
    ];
    // as of Mon 11-23: Fri 1, Thu 2, Mon 0, Wed 11-25: −(NETWORKDAYS(Mon, Wed) − 1) = −2
    expect(workdaysLateFn(due, undefined, [[MON]])).toEqual([
      [1, 2],
      [0, -2],
    ]);
  });

  test("holidays are not working days: Mon 11-23 off, due Fri, as of Tue → Fri, Tue = 2 − 1 = 1 (2 without)", () => {
    const tue = d(2026, 11, 24);
    expect(workdaysLateFn([[FRI]], undefined, [[tue]])).toEqual([[2]]);
    expect(workdaysLateFn([[FRI]], undefined, [[tue]], [[MON], [""]])).toEqual([[1]]);
  });

  test("weekend as a string or an Excel number", () => {
    // Sunday only ("0000001" = code 11): Fri, Sat, Mon = 3 − 1 = 2
    expect(workdaysLateFn([[FRI]], undefined, [[MON]], undefined, "0000001")).toEqual([[2]]);
    expect(workdaysLateFn([[FRI]], undefined, [[MON]], undefined, 11)).toEqual([[2]]);
    // Friday–Saturday (code 7): due Thu 11-19, as of Sun 11-22: Thu, Sun = 2 − 1 = 1
    expect(workdaysLateFn([[d(2026, 11, 19)]], undefined, [[d(2026, 11, 22)]], undefined, 7)).toEqual([[1]]);
    // blank weekend = Saturday–Sunday
    expect(workdaysLateFn([[FRI]], undefined, [[MON]], undefined, [[""]])).toEqual([[1]]);
  });

  test("a bad weekend or holiday spoils every element (it is shared), with a message", () => {
    const due = [[FRI], [MON]];
    const badWeekend = workdaysLateFn(due, undefined, [[MON]], undefined, "1111111");
    expect(badWeekend).toHaveLength(2);
    expect(badWeekend[1][0]).toBeInstanceOf(FakeError);
    expect((badWeekend[0][0] as FakeError).message).toMatch(/^weekend must be 7 characters of 0 and 1/);
    expect((workdaysLateFn(due, undefined, [[MON]], undefined, 9)[0][0] as FakeError).code).toBe("#VALUE!");
    const badHoliday = workdaysLateFn(due, undefined, [[MON]], [["Christmas"]]);
    expect(badHoliday).toEqual([
      [new FakeError("#VALUE!", 'holidays must be a date (a date serial), got "Christmas"')],
      [new FakeError("#VALUE!", 'holidays must be a date (a date serial), got "Christmas"')],
    ]);
  });

  test("empty, text, boolean and error elements; mismatched sizes", () => {
    const due = [[""], ["soon"], [true], [errorCell("#N/A")], [FRI]];
    const result = workdaysLateFn(due, [[null], [null], [null], [null]], [[MON]]);
    expect(result[0]).toEqual([""]);
    expect(result[1]).toEqual([new FakeError("#VALUE!", 'due must be a date (a date serial), got "soon"')]);
    expect(result[2]).toEqual([new FakeError("#VALUE!", "due must be a date (a date serial), got true")]);
    expect(result[3]).toEqual([new FakeError("#N/A", "due holds the error #N/A")]);
    expect(result[4]).toEqual([new FakeError("#N/A", "The ranges have different sizes")]);
  });
});
