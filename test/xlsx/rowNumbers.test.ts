/** Rows and cells without an `r` position are valid SpreadsheetML: they follow the previous one (ECMA-376 18.3.1.73, 18.3.1.4). */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { numberRowsAndCells } from "../../src/xlsx/rowNumbers";
import { readWorkbook } from "../../src/xlsx";

describe("numberRowsAndCells", () => {
  test.each([
    ["rows and cells without positions", '<row><c t="s"><v>0</v></c><c><v>5</v></c></row><row><c/></row>', '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row><row r="2"><c r="A2"/></row>'],
    ["a row after a numbered one follows it", '<row r="4"><c r="C4"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>', '<row r="4"><c r="C4"><v>1</v></c><c r="D4"><v>2</v></c></row><row r="5"><c r="A5"><v>3</v></c></row>'],
    ["an empty self-closed row", "<row/><row><c><v>1</v></c></row>", '<row r="1"/><row r="2"><c r="A2"><v>1</v></c></row>'],
  ])("%s", (_case, xml, expected) => {
    expect(numberRowsAndCells(xml)).toBe(expected);
  });
  test("a sheet already numbered is left alone (null: nothing to write)", () => {
    expect(numberRowsAndCells('<row r="1"><c r="A1"><v>1</v></c></row>')).toBeNull();
  });
});

/** A one-line register whose rows and cells carry no `r` position, as some programs write them. */
async function writeWithoutPositions(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Register").addRows([
    ["PO number", "Supplier", "Promised date", "Ordered qty"],
    ["P1", "Acme", 46346, 5],
  ]);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<row r="\d+"/g, "<row").replace(/<c r="[A-Z]+\d+"/g, "<c"));
  const file = path.join(dir, "no-positions.xlsx");
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

test.each([
  ["streamed (the runner's reader: positions followed as it parses)", 0],
  ["whole (exceljs: the rows numbered first)", Number.POSITIVE_INFINITY],
])("a workbook written without row numbers is read as Excel reads it, not refused: %s", async (_reader, streamAboveBytes) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-rows-"));
  try {
    const file = await writeWithoutPositions(dir);
    const outcome = await readWorkbook(file, { streamAboveBytes });
    if (!outcome.ok) throw new Error(`${outcome.code} ${JSON.stringify(outcome.params)}`);
    expect(outcome.read.register.values).toEqual([
      ["PO number", "Supplier", "Promised date", "Ordered qty"],
      ["P1", "Acme", 46346, 5],
    ]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
