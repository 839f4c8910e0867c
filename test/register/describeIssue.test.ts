import type { CellIssue, IssueCode } from "../../src/model";
import { LANGS } from "../../src/i18n/i18n";
import { describeIssue, expectedOf, sheetPrefix } from "../../src/register/describeIssue";

const base = { sheet: "Register", row: 12, column: "F", header: "Promised date", field: "promisedDate" } as const;
const issue = (code: IssueCode, value: unknown, extra: Partial<CellIssue> = {}): CellIssue => ({ ...base, code, value, ...extra });

test("the example of the brief, in English", () => {
  expect(describeIssue(issue("notADate", "31/02/2026"), "en")).toBe(
    'Register!F12 (Promised date): "31/02/2026" is not a date. Expected a date such as 2026-11-21.',
  );
});

test("Chinese and Japanese", () => {
  expect(describeIssue(issue("notADate", "31/02/2026"), "zh-CN")).toBe(
    "Register!F12 (Promised date)：“31/02/2026” 不是日期。应为日期，例如 2026-11-21。",
  );
  expect(describeIssue(issue("notADate", "31/02/2026"), "ja")).toBe(
    "Register!F12 (Promised date)：「31/02/2026」 は日付ではありません。2026-11-21 のような日付が必要です。",
  );
});

test("without a header the field label of the user's language names the column", () => {
  const noHeader = issue("negativeNumber", -5, { header: null, field: "orderedQty", column: "G" });
  expect(describeIssue(noHeader, "en")).toBe("Register!G12 (Ordered qty): -5 is negative. Expected zero or more.");
  expect(describeIssue(noHeader, "zh-CN")).toBe("Register!G12 (订购数量)：-5 是负数。应为零或正数。");
  expect(describeIssue(noHeader, "ja")).toBe("Register!G12 (発注数量)：-5 は負の値です。0 以上の値が必要です。");
});

test("errors read unquoted, with what the column expects", () => {
  expect(describeIssue(issue("errorValue", "#N/A"), "en")).toBe(
    "Register!F12 (Promised date): the cell shows the error #N/A. Expected a date such as 2026-11-21.",
  );
  expect(describeIssue(issue("errorValue", "#REF!", { field: "orderedQty", header: "Qty" }), "en")).toContain(
    "Expected a number such as 1200, without units.",
  );
});

test("booleans and blanks are shown the way Excel shows them", () => {
  expect(describeIssue(issue("notADate", true), "en")).toContain("TRUE is not a date");
  expect(describeIssue(issue("missingValue", "", { field: "supplier", header: "Vendor" }), "en")).toBe(
    "Register!F12 (Vendor): the cell is blank, but Supplier is required.",
  );
});

test("duplicate keys, received before ordered, missing columns", () => {
  expect(
    describeIssue(issue("duplicateKey", "PO-1/10", { field: "poNumber", header: "PO", column: "A", detail: { firstRow: 2 } }), "en"),
  ).toBe('Register!A12 (PO): PO line "PO-1/10" already appears in row 2. Each PO line should appear once.');
  // 46327 = 2026-11-01, 46347 = 2026-11-21
  expect(describeIssue(issue("receivedBeforeOrdered", 46327, { detail: { receivedDate: 46327, orderDate: 46347 } }), "en")).toContain(
    "received on 2026-11-01, before the order date 2026-11-21",
  );
  const either = issue("missingRequiredField", null, {
    row: 1,
    column: "A",
    header: null,
    field: "requestedDate",
    detail: { orField: "promisedDate" },
  });
  expect(describeIssue(either, "en")).toBe(
    "Register!A1 (Requested date): no column for Requested date or Promised date. The register needs at least one of them; add a column or map one by hand.",
  );
  expect(describeIssue({ ...either, detail: undefined, field: "supplier" }, "ja")).toContain("「仕入先」の列がありません");
});

test("a blank due date asks for either date", () => {
  expect(describeIssue(issue("missingValue", "", { field: "requestedDate" }), "en")).toContain("neither a requested nor a promised date");
});

test("chase-log columns carry their own expectation", () => {
  const channel = issue("unknownChoice", "fax", {
    sheet: "Chase log",
    header: "Channel",
    field: null,
    detail: { expected: "email, phone" },
  });
  expect(describeIssue(channel, "en")).toBe(`'Chase log'!F12 (Channel): "fax" is not one of the expected values. Expected email, phone.`);
});

const ALL_CODES: IssueCode[] = [
  "missingRequiredField",
  "missingValue",
  "errorValue",
  "notADate",
  "ambiguousDate",
  "dateOutOfRange",
  "notANumber",
  "negativeNumber",
  "unknownLifecycle",
  "unknownInspection",
  "duplicateKey",
  "receivedBeforeOrdered",
  "unknownChoice",
];

test.each(ALL_CODES.flatMap((code) => LANGS.map((lang) => [code, lang] as const)))("%s has a full message in %s", (code, lang) => {
  const text = describeIssue(issue(code, "x", { detail: { firstRow: 2, orderDate: 46347, receivedDate: 46327 } }), lang);
  expect(text.startsWith("Register!F12 (Promised date)")).toBe(true);
  expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
  expect(text.length).toBeGreaterThan(30);
});

test("expectedOf gives the expectation alone, for problem lists", () => {
  expect(expectedOf(issue("notADate", "x"), "en")).toBe("a date such as 2026-11-21");
  expect(expectedOf(issue("notANumber", "x", { field: "orderedQty" }), "ja")).toBe("1200 のような数値（単位なし）");
  expect(expectedOf(issue("unknownLifecycle", "x", { field: "lifecycle" }), "zh-CN")).toBe("取消、关闭、暂停或留空");
});

describe("sheetPrefix", () => {
  test("quotes sheet names as Excel writes them in a reference", () => {
    expect(sheetPrefix("Register")).toBe("Register!");
    expect(sheetPrefix("采购跟踪")).toBe("采购跟踪!");
    expect(sheetPrefix("Chase log")).toBe("'Chase log'!");
    expect(sheetPrefix("Follow-up 2026-W47")).toBe("'Follow-up 2026-W47'!");
    expect(sheetPrefix("Bob's POs")).toBe("'Bob''s POs'!");
  });
});
