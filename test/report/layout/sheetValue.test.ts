import { cellNumberFormat, sheetValue } from "../../../src/report/layout/sheetValue";
import { NO_DATA } from "../../../src/report/model";
import { NOV } from "../fixtures";

const LABELS = { noData: "no data", yes: "yes", no: "no" };

test("numbers, words for no data and booleans, blank as empty text", () => {
  expect(sheetValue(12.5, "number", LABELS, "1900")).toBe(12.5);
  expect(sheetValue(NO_DATA, "percent", LABELS, "1900")).toBe("no data");
  expect(sheetValue(true, "text", LABELS, "1900")).toBe("yes");
  expect(sheetValue(null, "date", LABELS, "1900")).toBe("");
  expect(sheetValue(Number.NaN, "number", LABELS, "1900")).toBe("");
});

test("text is kept as it is: guarding it for Office.js is the add-in renderer's job", () => {
  expect(sheetValue("=SUM(A1)", "text", LABELS, "1900")).toBe("=SUM(A1)");
  expect(sheetValue("0045", "text", LABELS, "1900")).toBe("0045");
});

test("dates as serials of the workbook's date system (1904: 1,462 days fewer)", () => {
  expect(sheetValue(NOV(20), "date", LABELS, "1900")).toBe(NOV(20));
  expect(sheetValue(NOV(20), "date", LABELS, "1904")).toBe(NOV(20) - 1462);
  expect(sheetValue(NOV(20), "integer", LABELS, "1904")).toBe(NOV(20)); // only date columns move
});

test("number formats only for numbers: text and no data stay General", () => {
  expect(cellNumberFormat(3, "days", true)).toBe("+0.0;-0.0;0.0");
  expect(cellNumberFormat(NO_DATA, "percent")).toBe("General");
});
