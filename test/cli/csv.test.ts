/**
 * `po-followup check|report` on a register exported as CSV/TSV: read as Excel would show it, checked
 * and reported through the same pipeline as the .xlsx (same lines, same figures), the report written
 * as a new .xlsx beside the input; unreadable exports refused naming the line, in every language.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { sampleRegister } from "../../src/sample";
import { serialFromYmd } from "../../src/dates/serial";
import { writeRegisterFile, DATE_HEADERS } from "../xlsx/fixtures";
import { encodeCsv, registerAsText, toCsv, type FixtureEncoding } from "../xlsx/csvFixtures";
import { run, sha256, tempDir } from "./helpers";

const AS_OF = serialFromYmd(2026, 11, 20)!;
let dir: string;
const at = (name: string) => path.join(dir, name);
const register = sampleRegister({ asOf: AS_OF });
const textRows = registerAsText(register, DATE_HEADERS);

beforeAll(async () => {
  dir = await tempDir("po-cli-csv-");
  await fs.writeFile(at("export.csv"), encodeCsv(toCsv(textRows, ","), "utf-8-bom"));
  await writeRegisterFile(at("register.xlsx"), register);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("check", () => {
  test("a clean export: exit 0, the mapping and how the text was read", async () => {
    const before = await sha256(at("export.csv"));
    const r = await run(["check", at("export.csv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Register: export, header on row 1, 240 lines");
    expect(r.stdout).toContain('PO number ← A "PO number"');
    expect(r.stdout).toContain("No problems found.");
    expect(r.stderr).toContain('Read as CSV text: UTF-8, delimiter ",", 241 rows.');
    expect(await sha256(at("export.csv"))).toBe(before);
  });

  test("problems are listed by row and column (text and --json); exit 1", async () => {
    const rows = textRows.map((row) => [...row]);
    const qty = rows[0].indexOf("Ordered qty");
    const requested = rows[0].indexOf("Requested date");
    rows[3][qty] = "twelve";
    rows[5][requested] = "2026-13-45";
    await fs.writeFile(at("problems.csv"), toCsv(rows, ";"));
    const r = await run(["check", at("problems.csv")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2 problems:");
    expect(r.stdout).toContain('problems!K4 (Ordered qty): "twelve" is not a number.');
    expect(r.stdout).toContain('problems!I6 (Requested date): "2026-13-45" is not a date.');
    const json = JSON.parse((await run(["check", at("problems.csv"), "--json"])).stdout);
    expect(json).toMatchObject({ ok: false, streamed: false, register: { sheet: "problems", table: null, headerRow: 1, lines: 240 } });
    expect(json.problems.map((p: { row: number; column: string; value: unknown }) => [p.row, p.column, p.value])).toEqual([
      [4, "K", "twelve"],
      [6, "I", "2026-13-45"],
    ]);
  });

  const EXPORTS: {
    name: string;
    encoding: FixtureEncoding;
    delimiter: string;
    headers: string[];
    supplier: string;
    lang: string;
    read: string;
  }[] = [
    {
      name: "GB18030, Chinese headers, tab",
      encoding: "gb18030",
      delimiter: "\t",
      headers: ["采购订单号", "供应商", "数量", "交货日期"],
      supplier: "苏州精密机械有限公司",
      lang: "zh-CN",
      read: "已按 CSV 文本读取：GB18030，分隔符 制表符，共 4 行。",
    },
    {
      name: "Shift_JIS, Japanese headers, semicolon",
      encoding: "shift_jis",
      delimiter: ";",
      headers: ["発注番号", "仕入先", "数量", "納期"],
      supplier: "東京精機株式会社",
      lang: "ja",
      read: 'CSV テキストとして読み込みました: Shift_JIS、区切り文字 ";"、4 行。',
    },
    {
      name: "UTF-16LE (Excel's Unicode Text), English headers, pipe",
      encoding: "utf-16le",
      delimiter: "|",
      headers: ["PO number", "Supplier", "Ordered qty", "Requested date"],
      supplier: "Suzhou Precision",
      lang: "en",
      read: 'Read as CSV text: UTF-16LE, delimiter "|", 4 rows.',
    },
  ];
  test.each(EXPORTS)("$name: clean, in the export's language", async (e) => {
    const file = at(`export-${e.encoding}.csv`);
    const rows = [
      e.headers,
      ["PO-1", e.supplier, "10", "2026-11-20"],
      ["PO-2", e.supplier, "5", "20/11/2026"],
      ["PO-3", e.supplier, "7", "2026/12/01"],
    ];
    await fs.writeFile(file, encodeCsv(toCsv(rows, e.delimiter), e.encoding));
    const r = await run(["check", file, "--lang", e.lang]);
    expect(r.stderr).toContain(e.read);
    expect(r.code).toBe(0);
  });
});

describe("report", () => {
  test("writes a new .xlsx beside the input (report and KPI sheets) that exceljs opens; same figures as the .xlsx", async () => {
    const r = await run(["report", at("export.csv"), "--as-of", "2026-11-20", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const out = at("export - Follow-up 2026-W47.xlsx");
    expect(json).toMatchObject({ ok: true, out, copied: false, sheet: "Follow-up 2026-W47", kpiSheet: "KPI", problems: 0 });
    expect(r.stderr).toContain("A CSV file is not a workbook: the report workbook holds the report and KPI sheets only.");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name).sort()).toEqual(["Follow-up 2026-W47", "KPI"]);
    expect(wb.getWorksheet("Follow-up 2026-W47")!.getCell("A1").value).toBeTruthy();

    const xlsx = JSON.parse(
      (await run(["report", at("register.xlsx"), "--as-of", "2026-11-20", "--out", at("from-xlsx.xlsx"), "--json"])).stdout,
    );
    expect({ lines: json.lines, toChase: json.toChase, kpi: json.kpi }).toEqual({
      lines: xlsx.lines,
      toChase: xlsx.toChase,
      kpi: xlsx.kpi,
    });
  });

  test('a GB18030 export with Chinese headers, ="00123" and a quoted line break: --out and --text written', async () => {
    const rows = [
      ["采购订单号", "供应商", "数量", "交货日期", "备注"],
      [{ raw: '="00123"' }, "苏州精密机械有限公司", "100", "2026-11-10", '第一行\n第二行 "加急"'],
      ["PO-2", "深圳电子", "5", "2026-12-01", ""],
    ];
    await fs.writeFile(at("订单.csv"), encodeCsv(toCsv(rows, ","), "gb18030"));
    const r = await run([
      "report",
      at("订单.csv"),
      "--as-of",
      "2026-11-20",
      "--lang",
      "zh-CN",
      "--out",
      at("zh.xlsx"),
      "--text",
      at("zh.txt"),
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("zh.xlsx"));
    expect(wb.worksheets).toHaveLength(2);
    expect(await fs.readFile(at("zh.txt"), "utf8")).toContain("00123");
  });

  test("a CSV holds no table: --table is refused; --sheet names the file's one sheet", async () => {
    const r = await run(["report", at("export.csv"), "--table", "Register", "--out", at("t.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No table named "Register"');
    expect(await run(["check", at("export.csv"), "--sheet", "Export"])).toMatchObject({ code: 0 });
  });
});

describe("refusals", () => {
  const huge = () => `PO number,Supplier,Ordered qty,Requested date\nPO-1,A,1,2026-11-20\nPO-2,${"x".repeat(1_100_000)},2,2026-11-20\n`;
  const CASES = [
    {
      case: "a line over 1 MB",
      file: "huge.csv",
      content: huge,
      error: "csvLineTooLong",
      en: "the record that starts on line 3 is longer than 1048576 characters",
      zh: "从第 3 行开始的记录超过 1048576 个字符",
      ja: "3 行目から始まるレコードが 1048576 文字を超えています",
    },
    {
      case: "a quote never closed",
      file: "unclosed.csv",
      content: () => 'PO number,Supplier,Ordered qty,Requested date\nPO-1,"A,1,2026-11-20\n',
      error: "csvUnclosedQuote",
      en: "the quote opened on line 2 is never closed",
      zh: "第 2 行开始的引号没有闭合",
      ja: "2 行目で開いた引用符が閉じられていません",
    },
    {
      case: "only blank lines",
      file: "blank.csv",
      content: () => "\r\n;;\r\n",
      error: "csvNoValues",
      en: "holds no values",
      zh: "没有任何值",
      ja: "値がありません",
    },
  ];
  describe.each(CASES)("$case", (c) => {
    test.each([
      ["en", c.en],
      ["zh-CN", c.zh],
      ["ja", c.ja],
    ])("%s: exit 2, the line named, nothing written", async (lang, fragment) => {
      await fs.writeFile(at(c.file), c.content());
      const files = await fs.readdir(dir);
      const r = await run(["report", at(c.file), "--as-of", "2026-11-20", "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(fragment);
      expect(await fs.readdir(dir)).toEqual(files);
      const json = JSON.parse((await run(["check", at(c.file), "--json"])).stdout);
      expect(json).toMatchObject({ ok: false, error: c.error });
    });
  });
});
