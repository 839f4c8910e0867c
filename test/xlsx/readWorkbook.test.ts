import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { readWorkbook, classifyBytes, excelValue, serialOfDate } from "../../src/xlsx";
import { sampleRegister, sampleChaseLog } from "../../src/sample";
import { serialFromYmd } from "../../src/dates/serial";
import { runPipeline } from "../../src/pipeline";
import { writeRegisterFile } from "./fixtures";

const AS_OF = serialFromYmd(2026, 11, 20)!;
const values = sampleRegister({ asOf: AS_OF, lines: 60 });
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-xlsx-read-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
const file = (name: string) => path.join(dir, name);

describe("cell values as Excel's API gives them", () => {
  test("dates back to the stored serial in either date system", () => {
    // 2026-11-20 = serial 46346 (1900) = 44884 (1904, 1462 days fewer).
    const date = new Date(Date.UTC(2026, 10, 20));
    expect(serialOfDate(date, false)).toBe(46346);
    expect(serialOfDate(date, true)).toBe(44884);
    expect(excelValue(date, false)).toBe(46346);
  });
  test("formulas, rich text, hyperlinks, errors, blanks", () => {
    expect(excelValue({ formula: "A1*2", result: 42 }, false)).toBe(42);
    expect(excelValue({ formula: "NOW()" } as ExcelJS.CellFormulaValue, false)).toBe("");
    expect(excelValue({ richText: [{ text: "PO-" }, { text: "1" }] }, false)).toBe("PO-1");
    expect(excelValue({ text: "Acme", hyperlink: "https://acme.example" }, false)).toBe("Acme");
    expect(excelValue({ error: "#N/A" } as ExcelJS.CellErrorValue, false)).toBe("#N/A");
    expect(excelValue(null, false)).toBe("");
    expect(excelValue(true, false)).toBe(true);
  });
});

describe("readWorkbook", () => {
  test("the Register table and the Chases table, values as written", async () => {
    await writeRegisterFile(file("a.xlsx"), values, { chases: sampleChaseLog({ asOf: AS_OF, lines: 60 }) });
    const out = await readWorkbook(file("a.xlsx"));
    if (!out.ok) throw new Error(out.code);
    expect(out.read.register).toMatchObject({ sheet: "Register", tableName: "Register", firstRow: 1, firstColumn: 0 });
    expect(out.read.register.values).toEqual(values);
    expect(out.read.sources.chaseLog?.tableName).toBe("Chases");
    expect(out.read.sources.dateSystem).toBe("1900");
    expect(out.read.streamed).toBe(true); // the runner's reader streams whatever the size
  });

  test("a plain range under title rows: the sheet's used range is read, the pipeline finds the header (row 3)", async () => {
    await writeRegisterFile(file("b.xlsx"), values, { asTable: false, titleRows: 2, sheetName: "POs", before: { Notes: [["read me"]] } });
    const out = await readWorkbook(file("b.xlsx"));
    if (!out.ok) throw new Error(out.code);
    expect(out.read.register).toMatchObject({ sheet: "POs", tableName: null, firstRow: 1 });
    const model = runPipeline(out.read.sources, { asOf: AS_OF, evaluate: false });
    expect(model.register).toMatchObject({ sheet: "POs", headerRow: 3 });
    expect(out.read.register.values.slice(2).map((row) => row.slice(0, values[0].length))).toEqual(values);
  });

  test("streamed and whole (exceljs): the same register, chase log and date system", async () => {
    await writeRegisterFile(file("c.xlsx"), values, { date1904: true, chases: sampleChaseLog({ asOf: AS_OF, lines: 60 }) });
    const whole = await readWorkbook(file("c.xlsx"), { streamAboveBytes: Number.POSITIVE_INFINITY });
    const streamed = await readWorkbook(file("c.xlsx"), { streamAboveBytes: 0 });
    if (!whole.ok || !streamed.ok) throw new Error("unreadable");
    expect(streamed.read.streamed).toBe(true);
    expect(streamed.read.sources.dateSystem).toBe("1904");
    expect(streamed.read.register.values).toEqual(whole.read.register.values);
    expect(streamed.read.sources.chaseLog?.values).toEqual(whole.read.sources.chaseLog?.values);
  });

  test("--sheet and --table that are not there list what is", async () => {
    await writeRegisterFile(file("d.xlsx"), values);
    expect(await readWorkbook(file("d.xlsx"), { table: "POs" })).toMatchObject({ ok: false, code: "tableNotFound", params: { names: "Register" } });
    expect(await readWorkbook(file("d.xlsx"), { sheet: "Nope" })).toMatchObject({ ok: false, code: "sheetNotFound", params: { names: "Register" } });
  });

  test("bad files: missing, empty, text, encrypted, old .xls, broken zip, no register, too large", async () => {
    await fs.writeFile(file("empty.xlsx"), "");
    await fs.writeFile(file("text.xlsx"), "PO,Supplier\n1,Acme\n");
    await fs.writeFile(file("broken.xlsx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]));
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await fs.writeFile(file("locked.xlsx"), Buffer.concat([ole, Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(64)]));
    await fs.writeFile(file("old.xls"), Buffer.concat([ole, Buffer.alloc(504), Buffer.from("Workbook", "utf16le")]));
    const none = new ExcelJS.Workbook();
    none.addWorksheet("Sheet1").addRows([["Hello", "world"], [1, 2]]);
    await none.xlsx.writeFile(file("none.xlsx"));
    await writeRegisterFile(file("big.xlsx"), values);

    expect(await readWorkbook(file("missing.xlsx"))).toMatchObject({ ok: false, code: "notFound" });
    expect(await readWorkbook(dir)).toMatchObject({ ok: false, code: "notAFile" });
    expect(await readWorkbook(file("empty.xlsx"))).toMatchObject({ ok: false, code: "empty" });
    expect(await readWorkbook(file("text.xlsx"))).toMatchObject({ ok: false, code: "notXlsx", params: { reason: "csv" } });
    expect(await readWorkbook(file("broken.xlsx"))).toMatchObject({ ok: false, code: "notXlsx" });
    expect(await readWorkbook(file("locked.xlsx"))).toMatchObject({ ok: false, code: "encrypted" });
    expect(await readWorkbook(file("old.xls"))).toMatchObject({ ok: false, code: "legacyXls" });
    expect(await readWorkbook(file("none.xlsx"))).toMatchObject({ ok: false, code: "noRegister" });
    expect(await readWorkbook(file("none.xlsx"), { streamAboveBytes: 0 })).toMatchObject({ ok: false, code: "noRegister" });
    expect(await readWorkbook(file("big.xlsx"), { maxBytes: 1000 })).toMatchObject({ ok: false, code: "tooLarge" });
  });

  test("classifyBytes names an XML file", () => {
    expect(classifyBytes(Buffer.from("<?xml version"), 13)).toEqual({ kind: "notXlsx", size: 13, reason: "xml" });
  });
});
