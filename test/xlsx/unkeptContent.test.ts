import JSZip from "jszip";
import ExcelJS from "exceljs";
import { unkeptContent } from "../../src/xlsx/storedSettings";

async function zipWith(names: string[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const name of names) zip.file(name, "<x/>");
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("what a copy written by exceljs would lose", () => {
  test("charts, pivot tables, slicers and macros are named", async () => {
    const bytes = await zipWith([
      "xl/workbook.xml",
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/slicers/slicer1.xml",
      "xl/vbaProject.bin",
    ]);
    expect(await unkeptContent(bytes)).toEqual(["charts", "pivotTables", "slicers", "macros"]);
  });
  test("a plain workbook loses nothing", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Register").addRow(["PO number", "Supplier"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await unkeptContent(bytes)).toEqual([]);
  });
  test("bytes that are not a zip give an empty list, not an exception", async () => {
    expect(await unkeptContent(Buffer.from("not a zip"))).toEqual([]);
  });
});
