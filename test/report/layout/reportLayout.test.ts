import { layoutReport, reportTableName, textWidth, STYLE_FONTS } from "../../../src/report/layout";
import { buildReportModel } from "../../../src/report/buildReportModel";
import { scenarioInput } from "../fixtures";

test("table names: per period and section, suffixed when taken elsewhere", () => {
  expect(reportTableName("2026-W47", "toChase")).toBe("FU_2026W47_ToChase");
  expect(reportTableName("2026-11", "scorecard", new Set(["fu_202611_scorecard"]))).toBe("FU_202611_Scorecard_2");
});

test("CJK text counts double width", () => {
  expect(textWidth("宁波海天")).toBe(8);
  expect(textWidth("Acme")).toBe(4);
  // Mixed: 2 + 1 + 2 (宁 a 波); an emoji is one character of two UTF-16 units: 1 + 1 + 1.
  expect(textWidth("宁a波")).toBe(5);
  expect(textWidth("a😀b")).toBe(3);
  expect(textWidth("")).toBe(0);
  expect(textWidth("ＡＢ")).toBe(4); // full-width Latin
});

test("title, status line and header block on top, frozen and repeated when printed; every style has a font", () => {
  const layout = layoutReport(buildReportModel(scenarioInput()), { dateSystem: "1900", statusLine: "Built 2026-11-20" });
  expect(layout.blocks[0]).toMatchObject({ row: 0, col: 0, values: [["Follow-up report 2026-W47"]] });
  expect(layout.blocks[1]).toMatchObject({ row: 1, values: [["Built 2026-11-20"]] });
  expect(layout.frozenRows).toBe(4); // title, status, header labels, header values
  expect(layout.printTitleRows).toEqual([1, 4]);
  expect(layout.styles.every((s) => STYLE_FONTS[s.kind] !== undefined)).toBe(true);
  expect(new Set(layout.tables.map((t) => t.name)).size).toBe(layout.tables.length);
});
