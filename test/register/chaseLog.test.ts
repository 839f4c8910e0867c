import type { ChaseEntry } from "../../src/model";
import { CHASE_COLUMNS, chaseEntryToRow, chaseLogHeaders, chaseTimestamp, parseChaseLog, timestampSerial } from "../../src/register/chaseLog";

// 2026-11-21 = 46347, 2026-11-25 = 46351, 2026-11-28 = 46354 (1900 system); 1904 system: − 1462.
// Logged at 09:30:00 = 34,200 s of 86,400 = 0.395833… of a day: 46347.395833…
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
  loggedAt: "2026-11-21T09:30:00",
};
const LOGGED_AT = 46347 + 34200 / 86400;

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

test("an entry as a row: serials, channel and outcome as English labels by default, blanks as empty text", () => {
  expect(chaseEntryToRow(entry)).toEqual([
    46347,
    "PO-1",
    "10",
    "ACME",
    "Li Wei",
    "Phone",
    "Mr Tanaka",
    "New date",
    46347,
    46351,
    "Transport",
    "Shipped",
    "vessel delayed",
    46354,
    LOGGED_AT,
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
    "Phone",
    "",
    "New date",
    "",
    "",
    "",
    "",
    "",
    "",
    LOGGED_AT,
  ]);
  // 1904 workbook: 46347 − 1462 = 44885, the timestamp too: 44885.395833…
  expect(chaseEntryToRow(entry, "1904")[0]).toBe(44885);
  expect(chaseEntryToRow(entry, "1904")[14]).toBeCloseTo(44885 + 34200 / 86400, 10);
});

test("channel and outcome in the workbook's language (columns 6 and 8)", () => {
  const at = (lang: "zh-CN" | "ja") => {
    const row = chaseEntryToRow(entry, "1900", lang);
    return [row[5], row[7]];
  };
  expect(at("ja")).toEqual(["電話", "新納期"]);
  expect(at("zh-CN")).toEqual(["电话", "新交期"]);
});

test("timestamps: text as the pane writes it (with or without seconds, a zone suffix ignored) → date-time serial", () => {
  expect(timestampSerial("2026-11-21T09:30:00")).toBe(LOGGED_AT);
  expect(timestampSerial("2026-11-21T09:30:00.561Z")).toBe(LOGGED_AT); // whole seconds, clock time as written
  expect(timestampSerial("2026-11-21 18:00")).toBe(46347.75); // 18 h = 0.75 day
  expect([timestampSerial(""), timestampSerial("2026-02-30T10:00:00"), timestampSerial("2026-11-21T24:00:00"), timestampSerial("yesterday")]).toEqual([null, null, null, null]);
  // A text that is not a timestamp is written as it is.
  expect(chaseEntryToRow({ ...entry, loggedAt: "by hand" })[14]).toBe("by hand");
  // The buyer's clock, whatever the machine's zone: local fields of the Date.
  expect(chaseTimestamp(new Date(2026, 11, 4, 20, 6, 44, 561))).toBe("2026-12-04T20:06:44");
});

test.each(["en", "zh-CN", "ja"] as const)("round trip with %s headers and labels", (lang) => {
  const parsed = parseChaseLog("Chase log", [chaseLogHeaders(lang), chaseEntryToRow(entry, "1900", lang)], "1900");
  expect(parsed.issues).toEqual([]);
  expect(parsed.entries).toEqual([entry]);
});

test("a log mixes languages and old codes: every row reads (a buyer in Tokyo and one in Shanghai share it)", () => {
  const rows = (["en", "zh-CN", "ja"] as const).map((lang) => chaseEntryToRow(entry, "1900", lang));
  const old = [...chaseEntryToRow(entry)];
  old[5] = "phone"; // the codes older versions wrote
  old[7] = "newDate";
  old[14] = "2026-11-21T09:30:00.000Z"; // and Logged at as ISO text
  const parsed = parseChaseLog("Chase log", [chaseLogHeaders("en"), ...rows, old], "1900");
  expect(parsed.issues).toEqual([]);
  expect(parsed.entries).toEqual([entry, entry, entry, { ...entry, loggedAt: "2026-11-21T09:30:00.000Z" }]);
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

test("a date-time serial is read back as ISO text, in either date system", () => {
  // 46347.5 = 2026-11-21 12:00; in a 1904 workbook the same moment is 46347.5 − 1462 = 44885.5
  const row = chaseEntryToRow(entry);
  row[14] = 46347.5;
  expect(parseChaseLog("Chase log", [chaseLogHeaders("en"), row], "1900").entries[0].loggedAt).toBe("2026-11-21T12:00:00");
  row[14] = 44885.5;
  expect(parseChaseLog("Chase log", [chaseLogHeaders("en"), row], "1904").entries[0].loggedAt).toBe("2026-11-21T12:00:00");
});
