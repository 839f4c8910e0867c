import { columnLetter } from "../../src/register/columnLetter";

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
