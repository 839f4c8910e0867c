import { EXCEL_CELL_CHARS, fitCellText } from "../../src/report/layout/cellText";
import { sheetValue } from "../../src/report/layout";
import { reportLabels } from "../../src/report/labels";

describe("text over Excel's 32,767 characters a cell is cut, with a note", () => {
  test("up to the limit it is kept as it is", () => {
    const text = "x".repeat(32_767);
    expect(fitCellText(text)).toBe(text);
  });
  test("40,000 characters: 32,767 in all, the note last", () => {
    // Note "… [40000 > 32767]" is 17 characters: 32,767 − 17 = 32,750 characters of the text kept.
    const cut = fitCellText("S".repeat(40_000), "… [{length} > {limit}]");
    expect(cut.length).toBe(EXCEL_CELL_CHARS);
    expect(cut).toBe(`${"S".repeat(32_750)}… [40000 > 32767]`);
  });
  test("a surrogate pair is never split", () => {
    // "a" then emoji pairs, which start at odd indices (1 + 2k). The note "!" leaves 32,766 units to
    // keep, indices 0–32,765; 32,765 is odd, the first half of a pair: it goes too (32,765 kept + "!").
    const cut = fitCellText(`a${"😀".repeat(20_000)}`, "!");
    expect(cut.length).toBe(32_766);
    expect(cut.endsWith("😀!")).toBe(true);
  });
  test("every report cell goes through it, with the note in the buyer's language", () => {
    const cut = sheetValue("供".repeat(40_000), "text", reportLabels("zh-CN"), "1900") as string;
    expect(cut.length).toBe(EXCEL_CELL_CHARS);
    expect(cut.endsWith("…［已截断：原文 40000 个字符，单元格最多 32767 个］")).toBe(true);
  });
});
