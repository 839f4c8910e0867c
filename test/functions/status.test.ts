import { FakeError, d, errorCell, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { statusFn } = require("../../functions/functions") as typeof import("../../functions/functions");

/** Monday 2026-11-23. Defaults: confirmWithin 3, dueSoon 5 working days, so "due soon" = due ≤ WORKDAY(11-23, 5) = Mon 11-30. */
const AS_OF = [[d(2026, 11, 23)]];
const FAR = d(2026, 12, 31);

describe("PO.STATUS", () => {
  test("scalars: each label (defaults, asOf Mon 11-23)", () => {
    expect(statusFn([[100]], [[100]], [[d(2026, 11, 20)]], undefined, undefined, AS_OF)).toEqual([["Received"]]);
    expect(statusFn([[100]], [[""]], [[d(2026, 11, 20)]], undefined, undefined, AS_OF)).toEqual([["Late"]]);
    expect(statusFn([[100]], [[40]], [[FAR]], undefined, undefined, AS_OF)).toEqual([["Partial"]]);
    expect(statusFn([[100]], [[null]], [[d(2026, 11, 30)]], undefined, undefined, AS_OF)).toEqual([["Due soon"]]);
    expect(statusFn([[100]], [[null]], [[d(2026, 12, 1)]], undefined, undefined, AS_OF)).toEqual([["On track"]]);
    // No promise, ordered Mon 11-16: WORKDAY(11-16, 3) = Thu 11-19 < 11-23 → Unconfirmed
    expect(statusFn([[100]], [[null]], [[FAR]], [[null]], [[d(2026, 11, 16)]], AS_OF)).toEqual([["Unconfirmed"]]);
  });

  test("a column spills a column; the as-of date and the order date broadcast", () => {
    const ordered = [[100], [100], [100], [100], [100]];
    const received = [[100], [40], [40], [null], [null]];
    const due = [[d(2026, 11, 10)], [d(2026, 11, 20)], [FAR], [FAR], [FAR]];
    const promised = [[null], [null], [FAR], [FAR], [null]];
    // row 2: partly received and past due → Late wins over Partial; row 4: promised → confirmed → On track;
    // row 5: ordered Wed 11-18, WORKDAY(11-18, 3) = Mon 11-23, not < 11-23 → still On track
    expect(statusFn(ordered, received, due, promised, [[d(2026, 11, 18)]], AS_OF)).toEqual([
      ["Received"],
      ["Late"],
      ["Partial"],
      ["On track"],
      ["On track"],
    ]);
  });

  test("a promised date is the date chased against: requested Fri 11-20 (past) but promised 12-31 → On track", () => {
    expect(statusFn([[10]], [[0]], [[d(2026, 11, 20)]], [[FAR]], undefined, AS_OF)).toEqual([["On track"]]);
  });

  test("2-D ranges keep their shape", () => {
    expect(statusFn([[100, 100]], [[100, 0]], [[d(2026, 11, 20), d(2026, 11, 20)]], undefined, undefined, AS_OF)).toEqual([["Received", "Late"]]);
  });

  test("empty rows are blank; bad elements are errors in their own cell only", () => {
    const result = statusFn(
      [[null], ["lots"], [-5], [true], [errorCell("#N/A")], [100]],
      [[null], [0], [0], [0], [0], [0]],
      [[""], [FAR], [FAR], [FAR], [FAR], ["next week"]],
      undefined,
      undefined,
      AS_OF,
    );
    expect(result).toEqual([
      [""],
      [new FakeError("#VALUE!", 'orderedQty must be a number, got "lots"')],
      [new FakeError("#VALUE!", "orderedQty must be zero or more, got -5")],
      [new FakeError("#VALUE!", "orderedQty must be a number, got true")],
      [new FakeError("#N/A", "orderedQty holds the error #N/A")],
      [new FakeError("#VALUE!", 'due must be a date (a date serial), got "next week"')],
    ]);
  });

  test("mismatched range sizes: #N/A outside the smaller range", () => {
    const result = statusFn([[100], [100], [100]], [[100], [0]], [[FAR]], undefined, undefined, AS_OF);
    expect(result.slice(0, 2)).toEqual([["Received"], ["On track"]]);
    expect(result[2][0]).toEqual(new FakeError("#N/A", "The ranges have different sizes"));
  });

  describe("labels in Office's display language", () => {
    afterEach(() => {
      delete (globalThis as { Office?: unknown }).Office;
    });
    const setLanguage = (displayLanguage: string) => {
      (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage } };
    };

    test("zh-CN and ja", () => {
      setLanguage("zh-CN");
      expect(statusFn([[100], [100]], [[100], [0]], [[FAR], [d(2026, 11, 20)]], undefined, undefined, AS_OF)).toEqual([["已收货"], ["逾期"]]);
      setLanguage("ja-JP");
      expect(statusFn([[100], [100]], [[100], [0]], [[FAR], [d(2026, 11, 20)]], undefined, undefined, AS_OF)).toEqual([["入荷済み"], ["遅延"]]);
    });

    test("other languages, and Office without a context yet, fall back to English", () => {
      setLanguage("fr-FR");
      expect(statusFn([[100]], [[100]], [[FAR]], undefined, undefined, AS_OF)).toEqual([["Received"]]);
      (globalThis as unknown as { Office: unknown }).Office = {};
      expect(statusFn([[100]], [[100]], [[FAR]], undefined, undefined, AS_OF)).toEqual([["Received"]]);
    });
  });
});
