/** The parts added for the report renderer: charts, page layout, data bars / icon sets, sheet delete / position, clear. */
import { InMemoryWorkbook, asExcelContext, createContext, chartsOf, pageLayoutOf } from "../../in-memory-excel";

function setup() {
  const workbook = InMemoryWorkbook.withSheets({ Data: [["Bucket", "Lines", "Cum"], ["Not due", 5, 0.5], ["1-7", 3, 0.8], ["8-14", 2, 1]], Other: [] });
  const fake = createContext(workbook);
  return { workbook, fake, context: asExcelContext(fake) };
}

describe("in-memory Excel: report features", () => {
  test("charts.add builds series from the source like Excel: text header → names, text first column → categories", async () => {
    const { workbook, context } = setup();
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
    chart.title.text = "Ageing";
    await context.sync();
    const [data] = chartsOf(workbook.requireSheet("Data"));
    expect(data.series).toEqual([
      { name: "Lines", chartType: "ColumnClustered", axisGroup: "Primary", values: { sheet: "Data", rect: { row: 1, col: 1, rows: 3, cols: 1 } }, categories: { sheet: "Data", rect: { row: 1, col: 0, rows: 3, cols: 1 } } },
    ]);
    expect(data.title).toBe("Ageing");
  });

  test("a secondary axis exists only once a series is on it; bad chart types fail the sync", async () => {
    const { workbook, context } = setup();
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B4"), "Columns");
    chart.axes.getItem("Value", "Secondary").maximum = 1;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const line = context.workbook.worksheets.getItem("Data").charts.getItem("Chart 1").series.add("Cum");
    line.setValues(sheet.getRange("C2:C4"));
    line.chartType = "Line";
    line.axisGroup = "Secondary";
    context.workbook.worksheets.getItem("Data").charts.getItem("Chart 1").axes.getItem("Value", "Secondary").maximum = 1;
    await context.sync();
    expect(chartsOf(workbook.requireSheet("Data"))[0].axes["Value/Secondary"]).toEqual({ maximum: 1 });
    sheet.charts.add("Pyramid3D" as Excel.ChartType, sheet.getRange("B1:B4"));
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("page layout: scale or fit-to-pages, print titles, header/footer codes", async () => {
    const { workbook, context } = setup();
    const layout = context.workbook.worksheets.getItem("Data").pageLayout;
    layout.orientation = "Landscape";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintTitleRows("$1:$2");
    layout.headersFooters.defaultForAllPages.centerFooter = "Page &P of &N";
    await context.sync();
    expect(pageLayoutOf(workbook.requireSheet("Data"))).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$2" });
    layout.load("zoom");
    await context.sync();
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    layout.zoom = { scale: 100, horizontalFitToPages: 1 };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("data bars and icon sets are stored; criteria must match the icon count; the wrong sub-object fails", async () => {
    const { workbook, context } = setup();
    const range = context.workbook.worksheets.getItem("Data").getRange("B2:B4");
    const bar = range.conditionalFormats.add("DataBar");
    bar.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    const icons = range.conditionalFormats.add("IconSet");
    icons.iconSet.style = "ThreeTrafficLights1";
    icons.iconSet.criteria = [{} as Excel.ConditionalIconCriterion, { type: "Number", operator: "GreaterThan", formula: "=3" }, { type: "Number", operator: "GreaterThan", formula: "=10" }];
    await context.sync();
    expect(workbook.requireSheet("Data").conditionalFormats.map((f) => f.type)).toEqual(["DataBar", "IconSet"]);
    icons.iconSet.criteria = [{} as Excel.ConditionalIconCriterion];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    bar.iconSet.reverseIconOrder = true;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    range.conditionalFormats.clearAll();
    await context.sync();
    expect(workbook.requireSheet("Data").conditionalFormats).toEqual([]);
  });

  test("worksheet delete / position, table delete and range.clear", async () => {
    const { workbook, context } = setup();
    workbook.seedTable("Data", "A1:C4", "T");
    const other = context.workbook.worksheets.getItem("Other");
    other.position = 0;
    context.workbook.tables.getItem("T").delete();
    await context.sync();
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Other", "Data"]);
    expect(workbook.findTable("T")).toBeUndefined();
    expect(workbook.cellAt("Data", "A2")).toBeUndefined();
    workbook.seed("Data", "E5", [[1]]);
    context.workbook.worksheets.getItem("Data").getRange().clear("All");
    context.workbook.worksheets.getItem("Data").delete();
    await context.sync();
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Other"]);
    context.workbook.worksheets.getItem("Other").delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" }); // the last sheet stays
  });
});
