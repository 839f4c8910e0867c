/** What the package index reads before any cell: sheets, tables, names, date system, the add-in's records, unkept parts. */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { readPackageIndex, parseReference, MAX_PART_BYTES } from "../../src/xlsx/packageIndex";
import { registerWorkbook, withAddInRecords } from "./fixtures";

const REGISTER = [
  ["PO number", "Supplier", "Promised date", "Ordered qty"],
  ["P1", "Acme", 46346, 10],
];

async function zipWith(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const WORKBOOK_XML = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

describe("readPackageIndex", () => {
  test("sheets in order, tables with their sheet and rect, workbook-scope names, 1904 flag", async () => {
    const workbook = registerWorkbook(REGISTER, { before: { Calendar: [["Holiday"], [46352]] }, date1904: true });
    workbook.definedNames.add("Calendar!$A$2:$A$9", "Holidays");
    const index = await readPackageIndex(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(index.sheets.map((s) => s.name)).toEqual(["Calendar", "Register"]);
    // The table spans A1:D2: header row 1, data row 2, columns A–D.
    expect(index.tables).toEqual([{ name: "Register", sheet: "Register", rect: { top: 1, left: 1, bottom: 2, right: 4 } }]);
    expect(index.names).toEqual([{ name: "Holidays", formula: "Calendar!$A$2:$A$9" }]);
    expect(index.date1904).toBe(true);
    expect(index.settingsRecord).toBeUndefined();
  });

  test("the add-in's records come back as Office.js gives them (the JSON text of the setting)", async () => {
    const workbook = registerWorkbook(REGISTER);
    const record = JSON.stringify({ version: 1, settings: { minGap: 3 }, mapping: {}, registerTable: null, registerSheet: null });
    const owned = JSON.stringify({ version: 2, sheets: [{ id: "{A}", name: "KPI" }] });
    const bytes = await withAddInRecords(await workbook.xlsx.writeBuffer(), { poFollowup: record, poFollowupSheets: owned });
    const index = await readPackageIndex(bytes);
    expect(index.settingsRecord).toBe(record);
    expect(index.ownedSheetsRecord).toBe(owned);
  });

  test("charts, pivot tables, slicers and macros are named as what a copy would lose", async () => {
    const bytes = await zipWith({
      "xl/workbook.xml": WORKBOOK_XML,
      "xl/_rels/workbook.xml.rels": RELS,
      "xl/charts/chart1.xml": "<x/>",
      "xl/pivotTables/pivotTable1.xml": "<x/>",
      "xl/slicers/slicer1.xml": "<x/>",
      "xl/vbaProject.bin": "x",
    });
    expect((await readPackageIndex(bytes)).unkept).toEqual(["charts", "pivotTables", "slicers", "macros"]);
  });

  test("a plain workbook loses nothing", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Register").addRow(["PO number", "Supplier"]);
    expect((await readPackageIndex(Buffer.from(await workbook.xlsx.writeBuffer()))).unkept).toEqual([]);
  });

  test("not a zip, or no workbook part: a PackageError with a reason", async () => {
    await expect(readPackageIndex(Buffer.from("not a zip"))).rejects.toThrow(/zip/);
    await expect(readPackageIndex(await zipWith({ "a.txt": "x" }))).rejects.toThrow(/workbook\.xml/);
  });

  test("a metadata part that inflates past the limit is refused without inflating it all", async () => {
    const bomb = `<workbook>${" ".repeat(MAX_PART_BYTES + 1024)}</workbook>`;
    await expect(readPackageIndex(await zipWith({ "xl/workbook.xml": bomb }))).rejects.toThrow(/inflates (to more than|\d+ times)/); // refused from the zip directory (zipLimits.ts) or while inflating
  });
});

describe("parseReference", () => {
  test("quoted sheet names, single cells, whole ranges", () => {
    expect(parseReference("'My ''q'' sheet'!$A$2:$B$5")).toEqual({ sheet: "My 'q' sheet", rect: { top: 2, left: 1, bottom: 5, right: 2 } });
    expect(parseReference("=Calendar!C3")).toEqual({ sheet: "Calendar", rect: { top: 3, left: 3, bottom: 3, right: 3 } });
    expect(parseReference("{46352,46381}")).toBeNull();
  });
});
