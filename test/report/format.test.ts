import { formatCell, formatPercent } from "../../src/report/format";
import { NO_DATA } from "../../src/report/model";
import { NOV } from "./fixtures";

describe("formatCell", () => {
  it("writes dates as ISO in every language", () => {
    for (const lang of ["en", "zh-CN", "ja"] as const) expect(formatCell(NOV(21), "date", { lang })).toBe("2026-11-21");
  });
  it("writes no data as words, never as 0 %", () => {
    expect(formatCell(NO_DATA, "percent", { lang: "en" })).toBe("no data");
    expect(formatCell(NO_DATA, "percent", { lang: "zh-CN" })).toBe("无数据");
    expect(formatCell(NO_DATA, "percent", { lang: "ja" })).toBe("データなし");
  });
  it("writes percents, money and signed changes", () => {
    expect(formatCell(0.875, "percent", { lang: "en" })).toBe("87.5%");
    expect(formatCell(1234.5, "money", { lang: "en", currency: "USD" })).toBe("USD 1,234.50");
    expect(formatCell(2, "integer", { lang: "en", signed: true })).toBe("+2");
    expect(formatCell(-7.5, "days", { lang: "en", signed: true })).toBe("-7.5");
    expect(formatPercent(0.05, "en", true)).toBe("+5.0 pp");
    expect(formatPercent(-0.0001, "en", true)).toBe("0.0 pp");
    expect(formatCell(null, "date", { lang: "en" })).toBe("");
  });
});
