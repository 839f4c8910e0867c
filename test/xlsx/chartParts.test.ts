/** Native chart parts: what the chart XML says, checked against the plan the add-in draws from. */
import { XMLParser } from "fast-xml-parser";
import { chartXml, drawingXml, reference, withDrawing } from "../../src/xlsx/chartParts";
import type { ChartPlan, SheetValue } from "../../src/report/layout";

/** A Pareto as the report plans it: counts as columns (primary), cumulative share as a line (secondary, 0–100 %). */
const PARETO: ChartPlan = {
  name: "delayPareto_2026W47",
  title: "Delay reasons (Pareto)",
  chartType: "ColumnClustered",
  source: { row: 9, col: 2, rows: 3, cols: 1 },
  series: [
    { name: "Lines", values: { row: 10, col: 2, rows: 2, cols: 1 }, categories: { row: 10, col: 0, rows: 2, cols: 1 }, chartType: "ColumnClustered", axisGroup: "Primary" },
    { name: "Cumulative", values: { row: 10, col: 4, rows: 2, cols: 1 }, categories: { row: 10, col: 0, rows: 2, cols: 1 }, chartType: "Line", axisGroup: "Secondary" },
  ],
  from: { row: 13, col: 0 },
  to: { row: 28, col: 7 },
  primaryAxis: { numberFormat: "#,##0" },
  secondaryAxis: { min: 0, max: 1, numberFormat: "0%" },
};

/** Row 10 (0-based 9) is the header; rows 11–12 the data: Material 6 lines (60 %), Capacity 4 (100 %). */
const CELLS: Record<string, SheetValue> = {
  "9:2": "Lines",
  "9:4": "Cumulative share",
  "10:0": "Material",
  "10:2": 6,
  "10:4": 0.6,
  "11:0": "Capacity",
  "11:2": 4,
  "11:4": 1,
};
const valueAt = ({ row, col }: { row: number; col: number }): SheetValue => CELLS[`${row}:${col}`] ?? "";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true, isArray: (name) => ["ser", "pt", "axId"].includes(name) });

describe("chartXml", () => {
  const doc = parser.parse(chartXml(PARETO, "Follow-up 2026-W47", valueAt)).chartSpace.chart;
  const plot = doc.plotArea;

  test("the title, and the legend at the bottom as the add-in sets it", () => {
    expect(doc.title.tx.rich.p.r.t).toBe("Delay reasons (Pareto)");
    expect(doc.legend.legendPos.val).toBe("b");
  });

  test("columns on the primary axes (1, 2), the line on the secondary ones (3, 4)", () => {
    expect(plot.barChart.ser).toHaveLength(1);
    expect(plot.lineChart.ser).toHaveLength(1);
    expect(plot.barChart.axId.map((a: { val: string }) => a.val)).toEqual(["1", "2"]);
    expect(plot.lineChart.axId.map((a: { val: string }) => a.val)).toEqual(["3", "4"]);
    // The secondary category axis is hidden and its value axis stands on the right, crossing at the maximum.
    expect(plot.catAx[1].delete.val).toBe("1");
    expect(plot.valAx[1]).toMatchObject({ axPos: { val: "r" }, crosses: { val: "max" } });
  });

  test("each series refers to its cells, absolute and with the sheet quoted, and caches their values", () => {
    const [bar] = plot.barChart.ser;
    expect(bar.tx.v).toBe("Lines"); // named as the add-in names it (series.name)
    expect(bar.cat.strRef.f).toBe("'Follow-up 2026-W47'!$A$11:$A$12");
    expect(bar.cat.strRef.strCache.pt.map((p: { v: string }) => p.v)).toEqual(["Material", "Capacity"]);
    expect(bar.val.numRef.f).toBe("'Follow-up 2026-W47'!$C$11:$C$12");
    expect(bar.val.numRef.numCache.pt.map((p: { v: number }) => p.v)).toEqual([6, 4]);
    const [line] = plot.lineChart.ser;
    expect(line.val.numRef.numCache.pt.map((p: { v: number }) => p.v)).toEqual([0.6, 1]);
    expect(line.marker.symbol.val).toBe("none"); // "Line", not "LineMarkers"
  });

  test("axis bounds and number formats from the plan: secondary 0–100 % as 0%, primary #,##0 with no bounds", () => {
    expect(plot.valAx[1].scaling).toMatchObject({ min: { val: "0" }, max: { val: "1" } });
    expect(plot.valAx[1].numFmt).toMatchObject({ formatCode: "0%", sourceLinked: "0" });
    expect(plot.valAx[0].scaling.min).toBeUndefined();
    expect(plot.valAx[0].numFmt.formatCode).toBe("#,##0");
  });

  test("schema order inside a value axis: axId, scaling, delete, axPos, gridlines, numFmt, …, crossAx, crosses, crossBetween", () => {
    const xml = chartXml(PARETO, "S", valueAt);
    const axis = /<c:valAx>.*?<\/c:valAx>/.exec(xml)![0];
    const order = [...axis.matchAll(/<c:(\w+)/g)].map((m) => m[1]).filter((n) => n !== "valAx" && n !== "orientation");
    expect(order).toEqual(["axId", "scaling", "delete", "axPos", "majorGridlines", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "crossAx", "crosses", "crossBetween"]);
  });

  test("dates as categories (a trend) are cached as numbers, so the cells' date format shows them", () => {
    const trend: ChartPlan = { ...PARETO, series: [{ ...PARETO.series[0], categories: { row: 10, col: 2, rows: 2, cols: 1 } }] };
    const ser = parser.parse(chartXml(trend, "S", valueAt)).chartSpace.chart.plotArea.barChart.ser[0];
    expect(ser.cat.numRef.numCache.pt.map((p: { v: number }) => p.v)).toEqual([6, 4]);
  });
});

describe("drawingXml and withDrawing", () => {
  test("anchored from the plan's first cell to past its last one (rows 14–29, columns A–H), named as the add-in names it", () => {
    const anchor = parser.parse(drawingXml([{ plan: PARETO, relId: "rId1" }])).wsDr.twoCellAnchor;
    expect(anchor.from).toMatchObject({ col: 0, row: 13 });
    expect(anchor.to).toMatchObject({ col: 8, row: 29 });
    expect(anchor.graphicFrame.nvGraphicFramePr.cNvPr.name).toBe("delayPareto_2026W47");
    expect(anchor.graphicFrame.graphic.graphicData.chart.id).toBe("rId1");
  });

  test("the <drawing> element goes before tableParts (CT_Worksheet order), with the part's own r: prefix", () => {
    const sheet = '<worksheet xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><pageSetup/><tableParts count="1"/></worksheet>';
    expect(withDrawing(sheet, "rIdX")).toBe(
      '<worksheet xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><pageSetup/><drawing r:id="rIdX"/><tableParts count="1"/></worksheet>',
    );
    expect(withDrawing('<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>', "rIdX")).toBe(
      '<x:worksheet xmlns:x="m"><x:sheetData/><x:drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdX"/></x:worksheet>',
    );
  });

  test("reference: a quote in the sheet name is doubled", () => {
    expect(reference("Buyer's KPI", { row: 0, col: 27, rows: 2, cols: 1 })).toBe("'Buyer''s KPI'!$AB$1:$AB$2");
  });
});
