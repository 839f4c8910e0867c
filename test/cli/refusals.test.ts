/**
 * Every refusal names its real cause (issue 15), in English, Chinese and Japanese, exits 2, and
 * nothing is written first. One row per case: the file, the arguments, and a fragment of each message.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { sampleRegister } from "../../src/sample";
import { writeRegisterFile } from "../xlsx/fixtures";
import { run, sha256, tempDir } from "./helpers";

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await tempDir("po-cli-refusals-");
  await writeRegisterFile(at("register.xlsx"), sampleRegister({ asOf: 46346, lines: 10 }));
  await fs.writeFile(at("export.csv"), "采购订单号,供应商,数量\nPO1,苏州精密,10\n");
  await fs.writeFile(at("header-only.csv"), "PO number,Line,Supplier,Ordered qty,Promised date\n");
  await fs.writeFile(at("no-dates.csv"), "PO number,Line,Supplier,Ordered qty,Notes\nPO1,10,Acme,5,x\n");
  await fs.writeFile(at("page.xls"), "<html><body><table><tr><td>PO</td></tr></table></body></html>");
  await fs.symlink(at("loop-b.xlsx"), at("loop-a.xlsx"));
  await fs.symlink(at("loop-a.xlsx"), at("loop-b.xlsx"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const CASES: { case: string; args: () => string[]; en: string; zh: string; ja: string }[] = [
  // A CSV export is read (test/cli/csv.test.ts); one without the register's headers is refused, saying how it was read.
  {
    case: "a CSV export without a register header",
    args: () => ["check", at("export.csv")],
    en: 'export.csv (read as UTF-8, delimiter ",")',
    zh: '的前 50 行中没有登记表表头（按 UTF-8、分隔符 "," 读取）',
    ja: '先頭 50 行に台帳の見出しがありません (UTF-8、区切り文字 "," として読み込み)',
  },
  // The ribbon command's rule (src/pipeline/reportReadiness.ts): no report from a register without lines or due dates.
  {
    case: "a register with a header and no lines",
    args: () => ["report", at("header-only.csv"), "--out", at("r0.xlsx")],
    en: "The register on header-only has no PO lines yet: no report was written.",
    zh: "header-only 上的登记表还没有任何采购行",
    ja: "header-only の台帳にはまだ発注明細がありません",
  },
  {
    case: "a sheet named with --sheet that has neither due date",
    args: () => ["report", at("no-dates.csv"), "--sheet", "no-dates", "--out", at("r0.xlsx")],
    en: "lacks required columns: Requested date, Promised date.",
    zh: "缺少必需列：需求日期、承诺交期。",
    ja: "必須の列がありません：希望納期、回答納期。",
  },
  { case: "a web page saved as .xls", args: () => ["check", at("page.xls")], en: "it is an XML or HTML file", zh: "这是 XML 或 HTML 文件", ja: "XML または HTML ファイルです" },
  { case: "a symbolic link loop", args: () => ["check", at("loop-a.xlsx")], en: "symbolic link that leads back to itself", zh: "指向自身的符号链接", ja: "自分自身を指すシンボリックリンク" },
  { case: "a missing file", args: () => ["check", at("nope.xlsx")], en: "no such file", zh: "文件不存在", ja: "ファイルがありません" },
  {
    case: "--html naming the input",
    args: () => ["report", at("register.xlsx"), "--out", at("r1.xlsx"), "--html", at("register.xlsx")],
    en: "must not be the input file: the register is never overwritten",
    zh: "登记表绝不会被覆盖",
    ja: "台帳は上書きしません",
  },
  {
    case: "--text and --out naming one file",
    args: () => ["report", at("register.xlsx"), "--out", at("same.xlsx"), "--text", at("same.xlsx")],
    en: "is named for two outputs",
    zh: "被指定为两个输出",
    ja: "2 つの出力",
  },
];

describe.each(CASES)("$case", ({ args, en, zh, ja }) => {
  test.each([
    ["en", en],
    ["zh-CN", zh],
    ["ja", ja],
  ])("%s: exit 2, the cause named, nothing written", async (lang, fragment) => {
    const before = await sha256(at("register.xlsx"));
    const files = await fs.readdir(dir);
    const r = await run([...args(), "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(fragment);
    expect(await fs.readdir(dir)).toEqual(files); // no output appeared (not even the report workbook)
    expect(await sha256(at("register.xlsx"))).toBe(before);
  });
});
