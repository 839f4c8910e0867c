/**
 * A register exported as CSV/TSV is read as the one sheet Excel would show: every encoding a buyer's
 * export comes in × every delimiter, quoted fields (delimiters, line breaks, doubled quotes), Excel's
 * ="00123", and every bound an input could push (line length, columns, rows, file size).
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import iconv from "iconv-lite";
import { readWorkbook, type WorkbookRead } from "../../src/xlsx";
import { bomOf, detectEncoding, EncodingDetector, type CsvEncoding } from "../../src/xlsx/csv/detectEncoding";
import { CsvLimitError, RecordScanner, sniffDelimiter, MAX_COLUMNS, MAX_RECORD_CHARS } from "../../src/xlsx/csv/records";
import { csvCellValue, csvInfoOf, isCsvCandidate, readCsv, sheetNameOf } from "../../src/xlsx/readCsv";
import { runPipeline } from "../../src/pipeline";
import { serialFromYmd } from "../../src/dates/serial";
import { encodeCsv, toCsv, type FixtureEncoding } from "./csvFixtures";

let dir: string;
const at = (name: string) => path.join(dir, name);
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(require("node:os").tmpdir(), "po-csv-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const AS_OF = serialFromYmd(2026, 11, 20)!;

/** Headers and two lines in each language; line 1 has ="00123", a field with every delimiter, a quoted line break and quotes. */
const HEADERS = {
  en: ["PO number", "Supplier", "Description", "Ordered qty", "Requested date", "Notes"],
  zh: ["采购订单号", "供应商", "物料描述", "数量", "交货日期", "备注"],
  ja: ["発注番号", "仕入先", "品名", "数量", "納期", "備考"],
};
const LINES = {
  en: [
    ["Suzhou Precision", "Bolt, M8; zinc | long\tcut", "100", "2026-11-20", 'first line\nsecond "rush"'],
    ["Shenzhen Electronics", "Resistor", "5", "20/11/2026", ""],
  ],
  zh: [
    ["苏州精密机械有限公司", "螺栓, M8; 镀锌 | 长\t切", "100", "2026-11-20", '第一行\n第二行 "加急"'],
    ["深圳电子", "电阻", "5", "20/11/2026", ""],
  ],
  ja: [
    ["東京精機株式会社", "ボルト, M8; 亜鉛 | 長\t切", "100", "2026-11-20", '一行目\n二行目 "至急"'],
    ["大阪部品", "抵抗器", "5", "20/11/2026", ""],
  ],
};
type Lang = keyof typeof HEADERS;

function exportRows(lang: Lang): (string | { raw: string })[][] {
  const [a, b] = LINES[lang];
  return [[...HEADERS[lang]], [{ raw: '="00123"' }, ...a], ["PO-2", ...b]];
}
function expectedValues(lang: Lang): string[][] {
  const [a, b] = LINES[lang];
  return [[...HEADERS[lang]], ["00123", ...a], ["PO-2", ...b]];
}

const ENCODINGS: { encoding: FixtureEncoding; lang: Lang; detected: CsvEncoding }[] = [
  { encoding: "utf-8", lang: "en", detected: "utf-8" },
  { encoding: "utf-8", lang: "zh", detected: "utf-8" },
  { encoding: "utf-8-bom", lang: "zh", detected: "utf-8" },
  { encoding: "utf-16le", lang: "ja", detected: "utf-16le" },
  { encoding: "utf-16be", lang: "zh", detected: "utf-16be" },
  { encoding: "gb18030", lang: "zh", detected: "gb18030" },
  { encoding: "shift_jis", lang: "ja", detected: "shift_jis" },
];
const DELIMITERS: { name: string; delimiter: string; extension: string }[] = [
  { name: "comma", delimiter: ",", extension: ".csv" },
  { name: "semicolon", delimiter: ";", extension: ".csv" },
  { name: "tab", delimiter: "\t", extension: ".tsv" },
  { name: "pipe", delimiter: "|", extension: ".txt" },
];
const MATRIX = ENCODINGS.flatMap((e) => DELIMITERS.map((d) => ({ ...e, ...d })));

async function readOk(file: string, options = {}): Promise<WorkbookRead> {
  const outcome = await readWorkbook(file, options);
  if (!outcome.ok) throw new Error(`not read: ${outcome.code} ${JSON.stringify(outcome.params)}`);
  return outcome.read;
}

describe("encodings × delimiters", () => {
  test.each(MATRIX)("$encoding ($lang) delimited by $name: text cells as Excel shows them, lines parsed", async (c) => {
    const file = at(`export-${c.encoding}-${c.lang}-${c.name}${c.extension}`);
    await fs.writeFile(file, encodeCsv(toCsv(exportRows(c.lang), c.delimiter), c.encoding));
    const read = await readOk(file);
    expect(csvInfoOf(read)).toEqual({ encoding: c.detected, delimiter: c.delimiter, rows: 3 });
    expect(read.register.values).toEqual(expectedValues(c.lang));
    expect(read).toMatchObject({ streamed: false, workbook: null, sheets: [path.parse(file).name], tables: [], ownership: [], unkept: [] });
    expect(read.sources).toMatchObject({ chaseLog: null, holidays: null, dateSystem: "1900", localeDateOrder: null, history: [] });
    expect(read.sources.register).toMatchObject({ sheet: path.parse(file).name, tableName: null, firstRow: 1, firstColumn: 0 });

    const model = runPipeline(read.sources, { asOf: AS_OF });
    expect(model.parsed!.detection.missingRequired).toEqual([]);
    expect(model.parsed!.issues).toEqual([]);
    const [first, second] = model.parsed!.lines;
    expect(first).toMatchObject({ poNumber: "00123", orderedQty: 100, requestedDate: AS_OF, sheetRow: 2 });
    expect(second).toMatchObject({ poNumber: "PO-2", orderedQty: 5, requestedDate: AS_OF, sheetRow: 3 });
  });
});

describe("encoding detection", () => {
  const zh = "采购订单号,供应商,数量,交货日期\nPO-1,苏州精密机械有限公司,100,2026-11-20\n";
  const jaKanjiOnly = "発注番号,仕入先,数量,納期\n"; // no kana: both byte structures fit
  test.each([
    ["UTF-8 BOM", encodeCsv(zh, "utf-8-bom"), "utf-8", 3],
    ["UTF-16LE BOM", encodeCsv(zh, "utf-16le"), "utf-16le", 2],
    ["UTF-16BE BOM", encodeCsv(zh, "utf-16be"), "utf-16be", 2],
    ["UTF-8 without BOM", encodeCsv(zh, "utf-8"), "utf-8", 0],
    ["ASCII", Buffer.from("PO,Supplier\n"), "utf-8", 0],
    ["GB18030 Chinese", iconv.encode(zh, "gb18030"), "gb18030", 0],
    ["GB18030 header only", iconv.encode("采购订单号,供应商,数量,交货日期\n", "gb18030"), "gb18030", 0],
    ["GB18030 four-byte character", iconv.encode("供应商,𠀀\n", "gb18030"), "gb18030", 0],
    ["Shift_JIS kanji only", iconv.encode(jaKanjiOnly, "shift_jis"), "shift_jis", 0],
    ["Shift_JIS with kana", iconv.encode("発注番号,仕入先\nPO-1,トヨタ部品株式会社\n", "shift_jis"), "shift_jis", 0],
    ["Shift_JIS half-width katakana", iconv.encode("仕入先,ｶﾌﾞｼｷｶﾞｲｼｬ ﾄｳｷｮｳ\n", "shift_jis"), "shift_jis", 0],
    // The known limit: nothing but half-width katakana in even runs is GB2312 pairs byte for byte.
    ["Shift_JIS of half-width katakana pairs only (read as GB18030)", iconv.encode("ｶﾌﾞｼ,ｶﾞｲｼ\n", "shift_jis"), "gb18030", 0],
    ["Shift_JIS CP932 extensions", iconv.encode("備考,①～③\n", "shift_jis"), "shift_jis", 0],
    ["Windows-1252 fitting both structures", iconv.encode("Lieferant;Müller Straße\n", "windows-1252"), "windows-1252", 0],
    ["Windows-1252 fitting neither", iconv.encode("Lieferant;“Müller” Straße;café au lait\n", "windows-1252"), "windows-1252", 0],
  ])("%s", (_name, bytes, encoding, bomLength) => {
    expect(detectEncoding(bytes)).toEqual({ kind: "text", encoding, bomLength });
    // Fed a byte at a time (a character cut across chunks) it says the same.
    const detector = new EncodingDetector();
    for (const b of bytes) detector.feed(Uint8Array.of(b));
    expect(detector.result()).toEqual({ kind: "text", encoding, bomLength });
  });

  test("a NUL byte outside UTF-16 is not text; a short file is still looked at", () => {
    expect(detectEncoding(Buffer.from("PO\0Supplier"))).toEqual({ kind: "binary" });
    expect(detectEncoding(Buffer.from("a"))).toEqual({ kind: "text", encoding: "utf-8", bomLength: 0 });
    expect(detectEncoding(Buffer.from([0xff, 0xfe]))).toEqual({ kind: "text", encoding: "utf-16le", bomLength: 2 });
    expect(bomOf(Buffer.from("abc"))).toBeNull();
  });
});

describe("delimiter sniffing", () => {
  test.each([
    ["Excel's sep= line", "sep=|\nPO|Supplier\n", "|", 6],
    ["semicolons with decimal commas", "PO;Supplier;Price\nPO-1;A;1,5\nPO-2;B;2,75\n", ";", 0],
    ["title rows above the header", "Open orders, exported 2026-11-20\n\nPO\tSupplier\tQty\nPO-1\tA\t1\n", "\t", 0],
    ["commas inside quotes do not count", 'PO|Note\nPO-1|"a, b, c"\nPO-2|"d, e"\n', "|", 0],
    ["a quoted line break", 'PO,Note\nPO-1,"a;\nb;c"\n', ",", 0],
  ])("%s", (_name, head, delimiter, skip) => {
    expect(sniffDelimiter(head, ".csv", true)).toEqual({ delimiter, skip });
  });

  test("one column: tab for .tsv, comma otherwise", () => {
    expect(sniffDelimiter("PO\nPO-1\n", ".tsv", true).delimiter).toBe("\t");
    expect(sniffDelimiter("PO\nPO-1\n", ".csv", true).delimiter).toBe(",");
  });
});

describe("cells", () => {
  test.each([
    ['="00123"', "00123"],
    ['="a""b"', 'a"b'],
    ['=""', ""],
    ["=1+2", "=1+2"],
    ['x="1"', 'x="1"'],
    ["00123", "00123"],
  ])("%s → %s", (field, value) => {
    expect(csvCellValue(field)).toBe(value);
  });

  test('quoted and unquoted ="…", quotes inside unquoted fields, CR / LF / CRLF line ends', async () => {
    const file = at("quirks.csv");
    await fs.writeFile(
      file,
      'PO number,Supplier,Ordered qty,Requested date,Size\r\n="007","=""A Co""",1,2026-11-20,5" pipe\rPO-2,B,2,2026-11-21,x\nPO-3,C,3,2026-11-22,y',
    );
    const read = await readOk(file);
    expect(read.register.values.slice(1)).toEqual([
      ["007", "A Co", "1", "2026-11-20", '5" pipe'],
      ["PO-2", "B", "2", "2026-11-21", "x"],
      ["PO-3", "C", "3", "2026-11-22", "y"],
    ]);
  });

  test("title rows above the header, rows of different lengths, trailing blank lines: the header is found", async () => {
    const file = at("titled.csv");
    await fs.writeFile(
      file,
      "Open purchase orders\nExported 2026-11-20,,\n\nPO number,Supplier,Ordered qty,Requested date\nPO-1,A,1\nPO-2,B,2,2026-11-21,extra\n\n\n",
    );
    const read = await readOk(file);
    expect(read.register.values).toHaveLength(6);
    expect(read.register.values[5]).toEqual(["PO-2", "B", "2", "2026-11-21", "extra"]);
    expect(read.register.values[4]).toEqual(["PO-1", "A", "1", "", ""]);
    const model = runPipeline(read.sources, { asOf: AS_OF });
    expect(model.register!.headerRow).toBe(4);
    expect(model.parsed!.lines.map((l) => l.sheetRow)).toEqual([5, 6]);
  });
});

describe("which files are read as CSV", () => {
  test.each([
    [
      "a CSV saved as .xlsx is refused, as Excel refuses it (the name says workbook)",
      "register.xlsx",
      "PO number,Supplier,Ordered qty,Requested date\nPO-1,A,1,2026-11-20\n",
      false,
    ],
    ["a .txt export with tabs", "register.txt", "PO number\tSupplier\tOrdered qty\tRequested date\nPO-1\tA\t1\t2026-11-20\n", true],
    [
      "a .csv whose first line is a title",
      "titled.csv",
      "Open orders\nPO number,Supplier,Ordered qty,Requested date\nPO-1,A,1,2026-11-20\n",
      true,
    ],
  ])("%s", async (_name, name, text, ok) => {
    await fs.writeFile(at(name), text);
    expect((await readWorkbook(at(name))).ok).toBe(ok);
  });

  test("an HTML page named .csv and a binary .csv stay refused as before; a plain text .log is not CSV", async () => {
    await fs.writeFile(at("page.csv"), "<html><body>PO</body></html>");
    await fs.writeFile(at("binary.csv"), Buffer.from([0x01, 0x02, 0x00, 0x00, 0x99, 0x10]));
    await fs.writeFile(at("notes.log"), "just a note\n");
    expect(await readWorkbook(at("page.csv"))).toMatchObject({ ok: false, code: "notXlsx", params: { reason: "xml" } });
    expect(await readWorkbook(at("binary.csv"))).toMatchObject({ ok: false, code: "notXlsx", params: { reason: "notZip" } });
    expect(await readWorkbook(at("notes.log"))).toMatchObject({ ok: false, code: "notXlsx", params: { reason: "text" } });
    expect(isCsvCandidate("a.TSV", { kind: "notXlsx", size: 1, reason: "text" })).toBe(true);
    expect(isCsvCandidate("a.csv", { kind: "xlsx", size: 1 })).toBe(false);
  });

  test("a GB18030 export whose head is not UTF-8 is read when named .csv", async () => {
    const file = at("gb.csv");
    await fs.writeFile(file, iconv.encode("采购订单号,供应商,数量,交货日期\nPO-1,苏州精密,10,2026-11-20\n", "gb18030"));
    expect(csvInfoOf(await readOk(file))!.encoding).toBe("gb18030");
  });
});

describe("refusals and bounds", () => {
  const header = "PO number,Supplier,Ordered qty,Requested date\n";

  test("an empty file (0 bytes), a file of blank lines, a file without a register header", async () => {
    await fs.writeFile(at("zero.csv"), "");
    await fs.writeFile(at("blank.csv"), "\uFEFF\r\n\r\n,,\r\n");
    await fs.writeFile(at("noheader.csv"), "a,b,c\n1,2,3\n");
    expect(await readWorkbook(at("zero.csv"))).toMatchObject({ ok: false, code: "empty" });
    expect(await readWorkbook(at("blank.csv"))).toMatchObject({ ok: false, code: "empty", params: { problem: "noValues" } });
    expect(await readWorkbook(at("noheader.csv"))).toMatchObject({
      ok: false,
      code: "noRegister",
      params: { problem: "noHeader", encoding: "UTF-8", delimiter: "," },
    });
  });

  test("a line over 1 MB is refused, naming its line, before it is kept", async () => {
    const file = at("huge-line.csv");
    await fs.writeFile(file, `${header}PO-1,A,1,2026-11-20\nPO-2,${"x".repeat(MAX_RECORD_CHARS + 10)},2,2026-11-20\n`);
    expect(await readWorkbook(file)).toMatchObject({
      ok: false,
      code: "notXlsx",
      params: { reason: "csv", problem: "lineTooLong", line: 3, limit: MAX_RECORD_CHARS },
    });
  });

  test("a quote never closed: refused at the line it opened on (or as a line too long)", async () => {
    await fs.writeFile(at("unclosed.csv"), `${header}PO-1,A,1,2026-11-20\nPO-2,"never closed,2,2026-11-20\nPO-3,C,3,2026-11-20\n`);
    expect(await readWorkbook(at("unclosed.csv"))).toMatchObject({ ok: false, params: { problem: "unclosedQuote", line: 3 } });
  });

  test("more than 16,384 columns on a line is refused, naming the line (quoted line breaks above counted)", async () => {
    const file = at("wide.csv");
    await fs.writeFile(file, `${header}PO-1,"two\nlines",1,2026-11-20\n${",".repeat(MAX_COLUMNS)}\n`);
    expect(await readWorkbook(file)).toMatchObject({ ok: false, params: { problem: "tooManyColumns", line: 4, limit: MAX_COLUMNS } });
  });

  test("more rows than the limit (Excel's 1,048,576; smaller here) is refused", async () => {
    const file = at("long.csv");
    await fs.writeFile(file, `${header}${"PO-1,A,1,2026-11-20\n".repeat(10)}`);
    const outcome = await readCsv(file, (await fs.stat(file)).size, {
      maxBytes: 1 << 30,
      limits: { maxRecordChars: MAX_RECORD_CHARS, maxColumns: MAX_COLUMNS, maxRows: 8 },
    });
    expect(outcome).toMatchObject({ ok: false, params: { problem: "tooManyRows", line: 9, limit: 8 } });
  });

  test("a file over the size limit is refused before it is read", async () => {
    await fs.writeFile(at("big.csv"), `${header}PO-1,A,1,2026-11-20\n`);
    expect(await readWorkbook(at("big.csv"), { maxBytes: 10 })).toMatchObject({ ok: false, code: "tooLarge" });
  });

  test("--table has nothing to name; --sheet must be the file's own sheet", async () => {
    await fs.writeFile(at("Register 2026.csv"), `${header}PO-1,A,1,2026-11-20\n`);
    expect(await readWorkbook(at("Register 2026.csv"), { table: "Register" })).toMatchObject({ ok: false, code: "tableNotFound" });
    expect(await readWorkbook(at("Register 2026.csv"), { sheet: "Other" })).toMatchObject({
      ok: false,
      code: "sheetNotFound",
      params: { sheets: "Register 2026" },
    });
    expect((await readWorkbook(at("Register 2026.csv"), { sheet: "register 2026" })).ok).toBe(true);
  });

  test("the scanner counts records, lines and columns across chunks", () => {
    const seen: [number, number][] = [];
    const scanner = new RecordScanner(",", undefined, (fields, _chars, line) => {
      seen.push([fields, line]);
    });
    for (const ch of 'a,b\r\n"x\r\ny",z\r\n\r\nlast') scanner.feed(ch);
    scanner.end();
    expect(seen).toEqual([
      [2, 1],
      [2, 2],
      [1, 4],
      [1, 5],
    ]);
    expect(() => new RecordScanner(",", { maxRecordChars: 5, maxColumns: 10, maxRows: 10 }).feed("abcdef")).toThrow(CsvLimitError);
  });

  test("the sheet is named after the file as Excel names it", () => {
    expect(sheetNameOf("/x/Register.csv")).toBe("Register");
    expect(sheetNameOf("/x/a[1]:b.csv")).toBe("a_1__b");
    expect(sheetNameOf(`/x/${"n".repeat(40)}.csv`)).toHaveLength(31);
  });
});
