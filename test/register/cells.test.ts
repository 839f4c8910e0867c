import {
  EXCEL_ERRORS,
  isBlankCell,
  isExcelError,
  isRefusal,
  readDate,
  readInspection,
  readLifecycle,
  readNonNegativeNumber,
  readNumber,
  readText,
  refusal,
} from "../../src/register/cells";

// Reference serials (1900 system): 2026-01-01 = 46023 (25569 + 56×365 + 14 leap days);
// 2026-11-21 = 46023 + 324 (day 325 of the year) = 46347; 2026-03-04 = 46023 + 31 + 28 + 3 = 46085;
// 2026-04-03 = 46023 + 31 + 28 + 31 + 2 = 46115.
const NOV_21 = 46347;
const MAR_4 = 46085;
const APR_3 = 46115;

const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];

describe("blank and error cells", () => {
  test("empty string, whitespace, null and undefined are blank; 0 and FALSE are not", () => {
    for (const v of ["", "   ", "\u00a0", "\u3000", null, undefined]) expect(isBlankCell(v)).toBe(true);
    for (const v of [0, false, "0", " x "]) expect(isBlankCell(v)).toBe(false);
  });

  test.each(ERRORS)("%s is an Excel error in every reader", (error) => {
    expect(EXCEL_ERRORS.has(error)).toBe(true);
    expect(isExcelError(error)).toBe(true);
    expect(readText(error)).toBe(refusal("errorValue"));
    expect(readNumber(error)).toBe(refusal("errorValue"));
    expect(readDate(error, "1900", null)).toBe(refusal("errorValue"));
    expect(readLifecycle(error)).toBe(refusal("errorValue"));
    expect(readInspection(error)).toBe(refusal("errorValue"));
  });

  test("text that merely starts with # is text", () => {
    expect(readText("#12 bolt")).toBe("#12 bolt");
    expect(isExcelError("#12")).toBe(false);
  });
});

describe("readText", () => {
  test("trims, blank is null", () => {
    expect(readText("  ACME Ltd \n")).toBe("ACME Ltd");
    expect(readText("")).toBeNull();
    expect(readText("   ")).toBeNull();
  });

  test("numbers read as Excel's General format shows them; booleans as TRUE/FALSE", () => {
    expect(readText(4500001234)).toBe("4500001234");
    expect(readText(10)).toBe("10");
    expect(readText(true)).toBe("TRUE");
  });
});

describe("readNumber", () => {
  test.each([
    [1200, 1200],
    [0, 0],
    [12.5, 12.5],
    ["1200", 1200],
    ["1,200", 1200],
    ["1,234,567.25", 1234567.25],
    ["1 200", 1200],
    ["1\u00a0200", 1200], // no-break space
    ["1\u2009200", 1200], // thin space
    ["1\u202f200", 1200], // narrow no-break space
    ["１２００", 1200], // full-width digits
    ["１，２００", 1200], // full-width comma
    [" 12.5 ", 12.5],
    ["-3", -3],
    ["\u22123", -3], // Unicode minus sign
    [".5", 0.5],
    ["1.200", 1.2], // the point is always the decimal mark
  ])("%p → %p", (cell, expected) => {
    expect(readNumber(cell)).toBe(expected);
  });

  // A decimal comma that cannot be a thousands group (not 3 digits after it, or both marks) settles itself.
  test.each([
    ["1,5", 1.5],
    ["1.200,5", 1200.5],
    ["1,20", 1.2],
  ])("%p is read with its decimal comma: %p", (cell, expected) => {
    expect(readNumber(cell)).toBe(expected);
  });

  test.each([["abc"], ["12 pcs"], ["$12"], ["1e3"], ["12%"], ["(12)"], [true], [false]])(
    "%p is not a number",
    (cell) => {
      expect(readNumber(cell)).toBe(refusal("notANumber"));
    },
  );

  test("blank is null", () => {
    expect(readNumber("")).toBeNull();
    expect(readNumber(" ")).toBeNull();
    expect(readNumber(null)).toBeNull();
  });

  test("quantities and prices must not be negative", () => {
    expect(readNonNegativeNumber(-5)).toBe(refusal("negativeNumber"));
    expect(readNonNegativeNumber("-1,200")).toBe(refusal("negativeNumber"));
    expect(readNonNegativeNumber(0)).toBe(0);
    expect(readNonNegativeNumber("abc")).toBe(refusal("notANumber"));
  });
});

describe("readDate", () => {
  test("numbers are serials; the time of day is dropped", () => {
    expect(readDate(NOV_21, "1900", null)).toBe(NOV_21);
    expect(readDate(NOV_21 + 0.75, "1900", null)).toBe(NOV_21);
  });

  test("1904 workbooks: serials are shifted by 1462 days", () => {
    // 2026-11-21 is 46347 in the 1900 system and 46347 − 1462 = 44885 in the 1904 system.
    expect(readDate(44885, "1904", null)).toBe(NOV_21);
    expect(readDate(0, "1904", null)).toBe(1462); // 1904-01-01
  });

  test("serials Excel cannot show are out of range", () => {
    expect(readDate(0, "1900", null)).toBe(refusal("dateOutOfRange"));
    expect(readDate(-5, "1900", null)).toBe(refusal("dateOutOfRange"));
    expect(readDate(2958466, "1900", null)).toBe(refusal("dateOutOfRange")); // the day after 9999-12-31
  });

  test("unambiguous text dates", () => {
    expect(readDate("2026-11-21", "1900", null)).toBe(NOV_21);
    expect(readDate("2026/11/21", "1900", null)).toBe(NOV_21);
    expect(readDate("2026年11月21日", "1900", null)).toBe(NOV_21);
    expect(readDate("２０２６－１１－２１", "1900", null)).toBe(NOV_21);
    // Text is a calendar date: the workbook's date system does not shift it.
    expect(readDate("2026-11-21", "1904", null)).toBe(NOV_21);
  });

  test("03/04/2026 is ambiguous without a date order and read with one", () => {
    expect(readDate("03/04/2026", "1900", null)).toBe(refusal("ambiguousDate"));
    expect(readDate("03/04/2026", "1900", "DMY")).toBe(APR_3);
    expect(readDate("03/04/2026", "1900", "MDY")).toBe(MAR_4);
  });

  test("impossible dates and non-dates", () => {
    expect(readDate("2026-02-30", "1900", null)).toBe(refusal("notADate"));
    expect(readDate("31/02/2026", "1900", "DMY")).toBe(refusal("notADate"));
    expect(readDate("soon", "1900", null)).toBe(refusal("notADate"));
  });

  test("booleans in a date column are not dates", () => {
    expect(readDate(true, "1900", null)).toBe(refusal("notADate"));
    expect(readDate(false, "1900", null)).toBe(refusal("notADate"));
  });

  test("blank is null", () => {
    expect(readDate("", "1900", null)).toBeNull();
    expect(readDate(undefined, "1900", null)).toBeNull();
  });
});

describe("readLifecycle", () => {
  test.each([
    ["Cancelled", "cancelled"],
    ["canceled", "cancelled"],
    ["取消", "cancelled"],
    ["已取消", "cancelled"],
    ["キャンセル", "cancelled"],
    ["Closed", "closed"],
    ["关闭", "closed"],
    ["已关闭", "closed"],
    ["已關閉", "closed"],
    ["完了", "closed"],
    ["クローズ", "closed"],
    ["On hold", "onHold"],
    ["ON-HOLD", "onHold"],
    ["暂停", "onHold"],
    ["保留", "onHold"],
    ["ホールド", "onHold"],
  ])("%s → %s", (cell, expected) => {
    expect(readLifecycle(cell)).toBe(expected);
  });

  test("blank and derived states (Open, Received…) are not set by the buyer", () => {
    for (const cell of ["", "Open", "Received", "Partial", "To Receive and Bill", "进行中", "オープン"])
      expect(readLifecycle(cell)).toBeNull();
  });

  test("anything else is an unknown lifecycle", () => {
    expect(readLifecycle("Maybe")).toBe(refusal("unknownLifecycle"));
    expect(readLifecycle(3)).toBe(refusal("unknownLifecycle"));
  });
});

describe("readInspection", () => {
  test.each([
    ["Accepted", "accepted"],
    ["合格", "accepted"],
    ["PASS", "accepted"],
    ["Rejected", "rejected"],
    ["不合格", "rejected"],
    ["NG", "rejected"],
    ["Partial", "partial"],
    ["部分合格", "partial"],
    ["一部合格", "partial"],
  ])("%s → %s", (cell, expected) => {
    expect(readInspection(cell)).toBe(expected);
  });

  test("blank and pending are null; anything else is unknown", () => {
    expect(readInspection("")).toBeNull();
    expect(readInspection("待检")).toBeNull();
    expect(readInspection("Looks fine")).toBe(refusal("unknownInspection"));
  });
});

test("refusals are shared objects, values are primitives", () => {
  expect(refusal("notADate")).toBe(refusal("notADate"));
  expect(isRefusal(refusal("notADate"))).toBe(true);
  expect(isRefusal(0)).toBe(false);
  expect(isRefusal(null)).toBe(false);
  expect(isRefusal("x")).toBe(false);
});
