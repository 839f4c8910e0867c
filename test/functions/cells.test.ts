import { FakeError, d, errorCell, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cells = require("../../functions/cells") as typeof import("../../functions/cells");

describe("functions/cells", () => {
  test("blank: empty, null, undefined and spaces", () => {
    expect([null, undefined, "", "   "].map((c) => cells.isBlank(c))).toEqual([true, true, true, true]);
    expect([0, "0", false].map((c) => cells.isBlank(c))).toEqual([false, false, false]);
  });

  test("readDate: serials (time of day dropped), unambiguous text dates, refusals with a message", () => {
    expect(cells.readDate(d(2026, 11, 20), "due")).toEqual({ ok: true, value: d(2026, 11, 20) });
    expect(cells.readDate(d(2026, 11, 20) + 0.75, "due")).toEqual({ ok: true, value: d(2026, 11, 20) });
    expect(cells.readDate("2026-11-20", "due")).toEqual({ ok: true, value: d(2026, 11, 20) });
    expect(cells.readDate("", "due")).toEqual({ ok: true, value: null });
    expect(cells.readDate("03/04/2026", "due")).toEqual({
      ok: false,
      error: new FakeError("#VALUE!", 'due could be day/month or month/day; write it as 2026-11-21, got "03/04/2026"'),
    });
    expect(cells.readDate(0, "due")).toEqual({ ok: false, error: new FakeError("#VALUE!", "due must be a date between 1900-01-01 and 9999-12-31, got 0") });
    expect(cells.readDate(false, "due")).toEqual({ ok: false, error: new FakeError("#VALUE!", "due must be a date (a date serial), got false") });
  });

  test("readQty: numbers and number text, negatives and words refused", () => {
    expect(cells.readQty("1,200", "orderedQty")).toEqual({ ok: true, value: 1200 });
    expect(cells.readQty(-1, "orderedQty")).toEqual({ ok: false, error: new FakeError("#VALUE!", "orderedQty must be zero or more, got -1") });
    expect(cells.readQty("12 pcs", "orderedQty")).toEqual({ ok: false, error: new FakeError("#VALUE!", 'orderedQty must be a number, got "12 pcs"') });
    expect(cells.readNumber(-3, "daysLate")).toEqual({ ok: true, value: -3 });
  });

  test("error values propagate; codes a function cannot return become #VALUE!", () => {
    expect(cells.readDate(errorCell("#N/A"), "due")).toEqual({ ok: false, error: new FakeError("#N/A", "due holds the error #N/A") });
    expect(cells.readDate(errorCell("#DIV/0!"), "due")).toEqual({ ok: false, error: new FakeError("#DIV/0!", undefined) });
    expect(cells.readQty(errorCell("#REF!"), "orderedQty")).toEqual({ ok: false, error: new FakeError("#VALUE!", "orderedQty holds the error #REF!") });
    // An error typed as text (what Office.js returns for an error cell) is an error too.
    expect(cells.readDate("#N/A", "due")).toEqual({ ok: false, error: new FakeError("#VALUE!", 'due holds the error #N/A') });
  });

  test("readText and scalarOf", () => {
    expect(cells.readText("  0000011 ", "weekend")).toEqual({ ok: true, value: "0000011" });
    expect(cells.readText(true, "weekend").ok).toBe(false);
    expect(cells.scalarOf([[5]])).toBe(5);
    expect(cells.scalarOf(5)).toBe(5);
    expect(cells.scalarOf(undefined)).toBeUndefined();
  });

  test("broadcast: a 1×1 stretches, a row and a column make a grid, a smaller range is #N/A outside", () => {
    const sum = (a: unknown[][], b: unknown[][]) =>
      cells.mapElements([a as never, b as never], ([x, y]) => (x as number) + (y as number));
    expect(sum([[1], [2]], [[10]])).toEqual([[11], [12]]);
    expect(sum([[1], [2]], [[10, 20]])).toEqual([
      [11, 21],
      [12, 22],
    ]);
    const result = sum([[1], [2], [3]], [[10], [20]]);
    expect(result[2][0]).toEqual(new FakeError("#N/A", "The ranges have different sizes"));
    expect(cells.fillShape([[[1], [2]] as never], "x")).toEqual([["x"], ["x"]]);
  });
});
