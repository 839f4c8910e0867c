import { currencyDecimals, fractionDigits, fractionDigitsOf } from "../../src/numbers";
import { decimalFormat, numberFormatFor } from "../../src/report/layout/numberFormats";

describe("currencyDecimals: ISO 4217 minor units", () => {
  test("yen and won none, dollar, euro, yuan and pound two, the dinars three", () => {
    expect(["JPY", "KRW", "VND"].map(currencyDecimals)).toEqual([0, 0, 0]);
    expect(["USD", "EUR", "CNY", "GBP"].map(currencyDecimals)).toEqual([2, 2, 2, 2]);
    expect(["KWD", "BHD", "OMR"].map(currencyDecimals)).toEqual([3, 3, 3]);
  });
  test("read as the register writes it: case and spaces ignored", () => {
    expect(currencyDecimals(" jpy ")).toBe(0);
  });
  test("a code ISO 4217 does not list, a blank or none: two", () => {
    expect([currencyDecimals("RMB"), currencyDecimals(""), currencyDecimals(undefined), currencyDecimals(null)]).toEqual([2, 2, 2, 2]);
  });
});

describe("fractionDigits: whole unless the value has a fraction", () => {
  test("500 → 0, 12.5 → 1, 3.75 → 2, 0.125 → 3", () => {
    expect([500, 12.5, 3.75, 0.125].map((v) => fractionDigits(v, 3))).toEqual([0, 1, 2, 3]);
  });
  test("capped: 1/3 of a day shows one decimal, not sixteen", () => {
    expect(fractionDigits(1 / 3, 1)).toBe(1);
  });
  test("float noise is not a fraction: 0.1 + 0.2 needs one decimal, 3 × 0.1 × 10 none", () => {
    expect(fractionDigits(0.1 + 0.2, 3)).toBe(1);
    expect(fractionDigits(0.1 * 3 * 10, 3)).toBe(0);
  });
  test("a column takes the most any value needs; text and blanks need none", () => {
    expect(fractionDigitsOf([500, null, "n/a", 12.5, 7], 3)).toBe(1);
    expect(fractionDigitsOf([30, 4, -2], 1)).toBe(0);
  });
});

describe("Excel number formats from the decimals", () => {
  test("plain and signed", () => {
    expect([0, 2, 3].map((d) => decimalFormat(d))).toEqual(["#,##0", "#,##0.00", "#,##0.000"]);
    expect(decimalFormat(0, true)).toBe("+#,##0;-#,##0;0");
    expect(decimalFormat(2, true)).toBe("+#,##0.00;-#,##0.00;0.00");
  });
  test("decimals apply to money, quantities and days; percents and dates keep theirs", () => {
    expect(numberFormatFor("money", false, 0)).toBe("#,##0");
    expect(numberFormatFor("days", true, 0)).toBe("+#,##0;-#,##0;0");
    expect(numberFormatFor("percent", false, 0)).toBe("0.0%");
    expect(numberFormatFor("date", false, 0)).toBe("yyyy-mm-dd");
  });
});
