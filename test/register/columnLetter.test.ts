import { columnIndex, columnLetter, parseCellAddress } from "../../src/register/columnLetter";

test.each([
  [0, "A"],
  [25, "Z"],
  [26, "AA"], // 26 = 1×26 + 0 → "A" then "A"
  [27, "AB"],
  [51, "AZ"],
  [52, "BA"],
  [701, "ZZ"], // 26 + 26×26 − 1
  [702, "AAA"],
  [16383, "XFD"], // Excel's last column
])("column %i is %s", (index, letters) => {
  expect(columnLetter(index)).toBe(letters);
});

test("a negative or non-number index has no letter", () => {
  expect(columnLetter(-1)).toBe("");
  expect(columnLetter(Number.NaN)).toBe("");
});

describe("columnIndex and parseCellAddress", () => {
  test("column letters back to 0-based indexes", () => {
    expect([columnIndex("A"), columnIndex("z"), columnIndex("AA"), columnIndex("XFD")]).toEqual([0, 25, 26, 16383]);
    expect([columnIndex(""), columnIndex("A1"), columnIndex("ABCD")]).toEqual([-1, -1, -1]);
  });
  test("addresses with and without a sheet, quoted as Excel writes them", () => {
    expect(parseCellAddress("B12")).toEqual({ sheet: null, row: 12, column: 1 });
    expect(parseCellAddress("$AA$3")).toEqual({ sheet: null, row: 3, column: 26 });
    expect(parseCellAddress("Register!F12")).toEqual({ sheet: "Register", row: 12, column: 5 });
    expect(parseCellAddress("'Chase log'!A5")).toEqual({ sheet: "Chase log", row: 5, column: 0 });
    expect(parseCellAddress("'Bob''s POs'!C2")).toEqual({ sheet: "Bob's POs", row: 2, column: 2 });
    expect(parseCellAddress("采购跟踪!D7")).toEqual({ sheet: "采购跟踪", row: 7, column: 3 });
  });
  test("anything else is null, never an exception", () => {
    expect(parseCellAddress("A1:B2")).toBeNull();
    expect(parseCellAddress("not an address")).toBeNull();
    expect(parseCellAddress("")).toBeNull();
  });
});
