/**
 * Large report tables' rows written straight as sheet XML (src/xlsx/tableRows.ts): each cell as
 * exceljs would write it, spliced in row order, the table's ref extended — so the report reads the
 * same, cell for cell and format for format, as when exceljs writes every row.
 */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { deferredRowsXml, extendTableRef, spliceRows, DEFER_ROWS_ABOVE } from "../../src/xlsx/tableRows";
import { readWorkbook, writeReportWorkbook, renderReportXlsx } from "../../src/xlsx";
import { allTables } from "../../src/xlsx/workbookTables";
import { buildReports, runPipeline } from "../../src/pipeline";
import { generateRegister, GENERATED_AS_OF } from "../../src/sample";
import { writeRegisterFile } from "./fixtures";

describe("deferredRowsXml", () => {
  const xml = deferredRowsXml(
    {
      table: "T",
      firstRow: 7,
      firstColumn: 2, // column B
      values: [
        ["Acme & Co", 46346, true, "", " padded "],
        ["a\u0001b", 1.5, false, "", "x"],
      ],
      formats: [
        ["General", "yyyy-mm-dd", "General", "#,##0", "General"],
        ["General", "#,##0", "General", "General", "General"],
      ],
    },
    (format) => ({ "yyyy-mm-dd": 5, "#,##0": 6 })[format] ?? null,
  );

  test("text inline and escaped, numbers and booleans as values, each with its format's style", () => {
    expect(xml).toContain('<row r="7"><c r="B7" t="inlineStr"><is><t>Acme &amp; Co</t></is></c><c r="C7" s="5"><v>46346</v></c><c r="D7" t="b"><v>1</v></c>');
  });

  test("an empty cell is written only when it carries a format (as exceljs does); General text has no style", () => {
    expect(xml).toContain('<c r="E7" s="6"/>');
    expect(xml).not.toContain('r="E8"');
  });

  test("spaces kept at the ends of text; a control character as its _xHHHH_ escape", () => {
    expect(xml).toContain('<t xml:space="preserve"> padded </t>');
    expect(xml).toContain("<t>a_x0001_b</t>");
  });
});

describe("spliceRows and extendTableRef", () => {
  const sheet = '<worksheet><sheetData><row r="1"/><row r="2"/><row r="9"/></sheetData><tableParts/></worksheet>';

  test("placed before the first row past the deferred ones, else at the end of the sheet data", () => {
    expect(spliceRows(sheet, "<X/>", 3, 8)).toBe('<worksheet><sheetData><row r="1"/><row r="2"/><X/><row r="9"/></sheetData><tableParts/></worksheet>');
    expect(spliceRows(sheet, "<X/>", 10, 12)).toBe('<worksheet><sheetData><row r="1"/><row r="2"/><row r="9"/><X/></sheetData><tableParts/></worksheet>');
    expect(spliceRows("<worksheet><sheetData/></worksheet>", "<X/>", 1, 1)).toBe("<worksheet><sheetData><X/></sheetData></worksheet>");
  });

  test("a row already written inside the deferred span is an error, never two rows of one number", () => {
    expect(() => spliceRows(sheet, "<X/>", 2, 4)).toThrow(/Row 2 is already written/);
  });

  test("the table's ref and its filter's extended to the last deferred row", () => {
    expect(extendTableRef('<table ref="A5:P6" name="T"><autoFilter ref="A5:P6"/></table>', 900)).toBe('<table ref="A5:P900" name="T"><autoFilter ref="A5:P900"/></table>');
  });
});

test(`a report whose tables pass ${DEFER_ROWS_ABOVE} rows reads as when exceljs writes every row: values, formats, table refs`, async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-table-rows-"));
  try {
    const input = path.join(dir, "register.xlsx");
    // 3,000 generated lines: the chase list and the open-lines tables run to hundreds of rows.
    await writeRegisterFile(input, generateRegister(3000, 1, GENERATED_AS_OF));
    const read = await readWorkbook(input);
    if (!read.ok) throw new Error(read.code);
    const built = buildReports(runPipeline(read.read.sources, { asOf: GENERATED_AS_OF }), read.read.sources.history, { lang: "en", generatedAt: "x" });
    const spliced = path.join(dir, "spliced.xlsx");
    await writeReportWorkbook(read.read, built, spliced);

    // The same report with exceljs writing every row.
    const reference = new ExcelJS.Workbook();
    const rendered = renderReportXlsx(reference, built.report, { dateSystem: "1900", statusLine: built.statusLine, nativeCharts: true });
    expect(rendered.deferred).toEqual([]);
    const referencePath = path.join(dir, "reference.xlsx");
    await reference.xlsx.writeFile(referencePath);

    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(spliced);
    await b.xlsx.readFile(referencePath);
    const name = built.report.sheetName;
    const cells = (wb: ExcelJS.Workbook) => {
      const out: string[] = [];
      wb.getWorksheet(name)!.eachRow((row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => void out.push(`${r}:${c} ${JSON.stringify(cell.value)} ${cell.numFmt ?? "General"}`)),
      );
      return out;
    };
    const spliceCells = cells(a);
    expect(spliceCells.length).toBeGreaterThan(3000);
    expect(spliceCells).toEqual(cells(b));
    const refs = (wb: ExcelJS.Workbook) =>
      allTables(wb)
        .filter((t) => t.sheet.name === name)
        .map((t) => `${t.name} ${t.top}-${t.bottom} ${t.left}-${t.right}`)
        .sort();
    expect(refs(a)).toEqual(refs(b));
    // At least one table was long enough to be spliced.
    expect(allTables(b).some((t) => t.bottom - t.top > DEFER_ROWS_ABOVE)).toBe(true);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 60_000);
