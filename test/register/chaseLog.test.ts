import type { ChaseEntry } from "../../src/model";
import { CHASE_COLUMNS, chaseEntryToRow, chaseLogHeaders, parseChaseLog } from "../../src/register/chaseLog";

// 2026-11-21 = 46347, 2026-11-25 = 46351, 2026-11-28 = 46354 (1900 system); 1904 system: − 1462.
const entry: ChaseEntry = {
  date: 46347,
  lineKey: "PO-1/10",
  poNumber: "PO-1",
  line: "10",
  supplier: "ACME",
  buyer: "Li Wei",
  channel: "phone",
  contact: "Mr Tanaka",
  outcome: "newDate",
  previousPromised: 46347,
  newPromised: 46351,
  delayReason: "Transport",
  stage: "Shipped",
  note: "vessel delayed",
  nextChase: 46354,
  loggedAt: "2026-11-21T09:30:00.000Z",
};

test("the columns, in order", () => {
  expect(CHASE_COLUMNS).toEqual([
    "date",
    "poNumber",
    "line",
    "supplier",
    "buyer",
    "channel",
    "contact",
    "outcome",
    "previousPromised",
    "newPromised",
    "delayReason",
    "stage",
    "note",
    "nextChase",
    "loggedAt",
  ]);
});

test("localized headers", () => {
  expect(chaseLogHeaders("en").slice(0, 3)).toEqual(["Date", "PO number", "Line"]);
  expect(chaseLogHeaders("zh-CN")[5]).toBe("方式");
  expect(chaseLogHeaders("ja")[7]).toBe("結果");
  for (const lang of ["en", "zh-CN", "ja"] as const) expect(new Set(chaseLogHeaders(lang)).size).toBe(15);
});

test("an entry as a row: serials, stable codes, blanks as empty text", () => {
  expect(chaseEntryToRow(entry)).toEqual([
    46347,
    "PO-1",
    "10",
    "ACME",
    "Li Wei",
    "phone",
    "Mr Tanaka",
    "newDate",
    46347,
    46351,
    "Transport",
    "Shipped",
    "vessel delayed",
    46354,
    "2026-11-21T09:30:00.000Z",
  ]);
  const sparse: ChaseEntry = {
    ...entry,
    line: null,
    lineKey: "PO-1",
    buyer: null,
    contact: null,
    previousPromised: null,
    newPromised: null,
    delayReason: null,
    stage: null,
    note: null,
    nextChase: null,
  };
  expect(chaseEntryToRow(sparse)).toEqual([
    46347,
    "PO-1",
    "",
    "ACME",
    "",
    "phone",
    "",
    "newDate",
    "",
    "",
    "",
    "",
    "",
    "",
    "2026-11-21T09:30:00.000Z",
  ]);
  // 1904 workbook: 46347 − 1462 = 44885
  expect(chaseEntryToRow(entry, "1904")[0]).toBe(44885);
});

test.each(["en", "zh-CN", "ja"] as const)("round trip with %s headers", (lang) => {
  const parsed = parseChaseLog("Chase log", [chaseLogHeaders(lang), chaseEntryToRow(entry)], "1900");
  expect(parsed.issues).toEqual([]);
  expect(parsed.entries).toEqual([entry]);
});

test("round trip in a 1904 workbook", () => {
  const parsed = parseChaseLog("Chase log", [chaseLogHeaders("en"), chaseEntryToRow(entry, "1904")], "1904");
  expect(parsed.entries).toEqual([entry]);
});

test("columns in another order, localized codes, a blank line gives the PO-only key", () => {
  const headers = ["結果", "発注番号", "仕入先", "日付", "連絡手段", "明細番号"];
  const parsed = parseChaseLog("Chase log", [headers, ["新納期", "PO-2", "ACME", "2026-11-21", "メール", ""]], "1900");
  expect(parsed.issues).toEqual([]);
  expect(parsed.entries[0]).toMatchObject({
    outcome: "newDate",
    channel: "email",
    poNumber: "PO-2",
    line: null,
    lineKey: "PO-2",
    date: 46347,
    loggedAt: "",
  });
});

test("bad rows are reported and left out; good rows are kept; blank rows skipped", () => {
  const row = chaseEntryToRow(entry);
  const badChannel = [...row];
  badChannel[5] = "fax";
  const badDate = [...row];
  badDate[0] = "#N/A";
  const noSupplier = [...row];
  noSupplier[3] = "";
  const badNext = [...row];
  badNext[13] = "soon";
  const parsed = parseChaseLog(
    "Chase log",
    [chaseLogHeaders("en"), badChannel, badDate, Array(15).fill(""), noSupplier, row, badNext],
    "1900",
  );
  expect(parsed.issues.map((i) => [i.code, `${i.column}${i.row}`, i.header, i.field, i.detail])).toEqual([
    ["unknownChoice", "F2", "Channel", null, { expected: "email, phone, portal, visit, chat" }],
    ["errorValue", "A3", "Date", null, { expected: "date" }],
    ["missingValue", "D5", "Supplier", "supplier", { expected: "text" }],
    ["notADate", "N7", "Next chase", null, { expected: "date" }],
  ]);
  // The row with a bad optional date is kept with that date blank.
  expect(parsed.entries).toEqual([entry, { ...entry, nextChase: null }]);
});

test("a missing required column is reported at the header row", () => {
  const parsed = parseChaseLog(
    "Chase log",
    [
      ["Date", "PO number", "Supplier", "Channel"],
      [46347, "PO-1", "ACME", "email"],
    ],
    "1900",
  );
  expect(parsed.issues.map((i) => [i.code, `${i.column}${i.row}`, i.header])).toEqual([["missingRequiredField", "A1", "Outcome"]]);
  expect(parsed.entries).toEqual([]);
});

test("a timestamp that Excel turned into a date-time serial is read back as ISO text", () => {
  // 46347.5 = 2026-11-21 12:00
  const row = chaseEntryToRow(entry);
  row[14] = 46347.5;
  expect(parseChaseLog("Chase log", [chaseLogHeaders("en"), row], "1900").entries[0].loggedAt).toBe("2026-11-21T12:00:00");
});
