/** src/workbook/dateOrder.ts: the day/month order of text dates, decided once for every entry point. */
import { dateOrderFromPattern, decideDateOrder } from "../../src/workbook/dateOrder";

describe("decideDateOrder: saved, else the locale's, else unknown", () => {
  test.each([
    ["DMY", "MDY", "DMY"], // the buyer's saved choice wins over the locale
    ["YMD", null, "YMD"],
    [null, "MDY", "MDY"], // nothing saved: the workbook's locale
    [null, "DMY", "DMY"],
    [null, null, null], // neither: such dates are reported as ambiguous
  ] as const)("saved %s, locale %s → %s", (saved, locale, expected) => {
    expect(decideDateOrder(saved, locale)).toBe(expected);
  });
});

describe("dateOrderFromPattern: a short date pattern → its order", () => {
  test.each([
    ["M/d/yyyy", "MDY"], // en-US
    ["MM/dd/yy", "MDY"],
    ["M/d/yyyy h:mm", "MDY"], // minutes are lower-case m: not a month
    ["dd.MM.yyyy", "DMY"], // de-DE
    ["d/M/yyyy", "DMY"],
    ["dd/MM/yyyy", "DMY"], // en-GB, fr-FR
    ["d-MMM-yy", "DMY"],
    ["yyyy/M/d", "YMD"], // zh-CN, ja-JP
    ["yyyy-MM-dd", "YMD"], // sv-SE, ISO
    ["yyyy年M月d日", "YMD"],
  ] as const)("%s → %s", (pattern, expected) => {
    expect(dateOrderFromPattern(pattern)).toBe(expected);
  });

  test.each(["", "General", "dddd, MMMM d, yyyy", "MM/yyyy", "d/M"])("%j → null (unknown)", (pattern) => {
    expect(dateOrderFromPattern(pattern)).toBeNull();
  });
});
