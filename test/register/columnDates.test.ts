/**
 * A slash-date column settles its own order (issue 18): when the workbook does not say its date order,
 * 03/04/2026 is read by the other dates of the same column. 25/11/2026 can only be day-first, so a
 * column holding it is DMY; 11/25/2026 can only be month-first, so a column holding it is MDY. A column
 * holding both, or neither, cannot tell: its 03/04/2026 stays an ambiguousDate problem. A known order
 * (the workbook's saved or locale order) is never second-guessed by the column.
 *
 * Serials, worked by hand from 2026-01-01 = 46023 (2025-01-01 = 45658, + 365):
 *   2026-03-04 = 46023 + 31 (Jan) + 28 (Feb) + 3 = 46085
 *   2026-04-03 = 46023 + 31 + 28 + 31 (Mar) + 2 = 46115
 *   2026-11-25 = 46023 + 304 (Jan…Oct) + 24 = 46351
 */
import { parseRegister } from "../../src/register/parseRegister";
import { columnDateOrderOf } from "../../src/register/cells";
import { describeIssue } from "../../src/register/describeIssue";
import type { DateOrder } from "../../src/dates/textDate";

const MAR_4 = 46085;
const APR_3 = 46115;
const NOV_25 = 46351;

const HEADER = ["PO number", "Supplier", "Requested date", "Promised date", "Ordered qty"];
/** Rows of [requested date, promised date]: PO numbers, supplier and quantity filled in. */
const parse = (dates: unknown[][], dateOrder: DateOrder = null) =>
  parseRegister({
    sheet: "Register",
    values: [HEADER, ...dates.map(([requested, promised], i) => [`P${i + 1}`, "Acme", requested, promised ?? "", 10])],
    firstRow: 1,
    firstColumn: 0,
    dateSystem: "1900",
    dateOrder,
  });
const brief = (parsed: ReturnType<typeof parse>) => parsed.issues.map((i) => [i.code, `${i.column}${i.row}`]);

describe("order unknown: the column's own dates settle 03/04/2026", () => {
  test.each([
    // name, requested-date cells, expected requested dates, expected problems
    ["25/11/2026 in the column → day first", ["25/11/2026", "03/04/2026"], [NOV_25, APR_3], []],
    ["11/25/2026 in the column → month first", ["11/25/2026", "03/04/2026"], [NOV_25, MAR_4], []],
    ["the evidence below the ambiguous cell counts too", ["03/04/2026", "25/11/2026"], [APR_3, NOV_25], []],
    ["dashes prove it as slashes do", ["25-11-2026", "03-04-2026"], [NOV_25, APR_3], []],
    ["full-width digits prove it too", ["２５/１１/２０２６", "03/04/2026"], [NOV_25, APR_3], []],
    ["a two-digit year: 25/11/26 is 2026-11-25, day first", ["25/11/26", "03/04/26"], [NOV_25, APR_3], []],
    // 04/04/2026 reads the same either way (4 April = 46023 + 90 + 3 = 46116) and proves nothing.
    ["equal day and month prove nothing", ["04/04/2026", "03/04/2026"], [46116, undefined], [["ambiguousDate", "C3"]]],
    ["no evidence: ambiguous stays a problem", ["03/04/2026", MAR_4], [undefined, MAR_4], [["ambiguousDate", "C2"]]],
    // 25.11.2026 is always day-first (dots), which says nothing about how the slashes were typed.
    ["a dotted date proves nothing about slashes", ["25.11.2026", "03/04/2026"], [NOV_25, undefined], [["ambiguousDate", "C3"]]],
    // 31/02/2026 is not a date at all (no 31 February, no month 31): it proves nothing.
    [
      "an impossible date proves nothing",
      ["31/02/2026", "03/04/2026"],
      [undefined, undefined],
      [
        ["notADate", "C2"],
        ["ambiguousDate", "C3"],
      ],
    ],
    [
      "conflicting evidence (25/11 and 11/25): ambiguous dates stay problems, the proven ones are read",
      ["25/11/2026", "11/25/2026", "03/04/2026"],
      [NOV_25, NOV_25, undefined],
      [["ambiguousDate", "C4"]],
    ],
  ] as const)("%s", (_name, cells, expected, problems) => {
    const parsed = parse(cells.map((c) => [c, MAR_4]));
    expect(parsed.lines.map((l) => l.requestedDate)).toEqual(expected);
    expect(brief(parsed)).toEqual(problems);
  });

  test("each column settles its own order: requested day-first, promised month-first", () => {
    const parsed = parse([
      ["25/11/2026", "11/25/2026"],
      ["03/04/2026", "03/04/2026"],
    ]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.lines[1]).toMatchObject({ requestedDate: APR_3, promisedDate: MAR_4 });
  });

  test("the conflict message still tells the buyer how to fix it", () => {
    const parsed = parse([["25/11/2026"], ["11/25/2026"], ["03/04/2026"]]);
    expect(describeIssue(parsed.issues[0], "en")).toBe(
      'Register!C4 (Requested date): "03/04/2026" could be day/month or month/day. Write it as 2026-11-21, or set the workbook\'s date order in the settings.',
    );
  });
});

describe("order known (saved in the settings or from the locale): never second-guessed by the column", () => {
  test.each([
    // order, cells, expected: the known order reads 03/04; the other order's proof is not a date
    ["DMY", ["11/25/2026", "03/04/2026"], [undefined, APR_3], [["notADate", "C2"]]],
    ["MDY", ["25/11/2026", "03/04/2026"], [undefined, MAR_4], [["notADate", "C2"]]],
    ["DMY", ["25/11/2026", "03/04/2026"], [NOV_25, APR_3], []],
    ["MDY", ["11/25/2026", "03/04/2026"], [NOV_25, MAR_4], []],
  ] as const)("%s workbook: %j", (order, cells, expected, problems) => {
    const parsed = parse(
      cells.map((c) => [c, MAR_4]),
      order,
    );
    expect(parsed.lines.map((l) => l.requestedDate)).toEqual(expected);
    expect(brief(parsed)).toEqual(problems);
  });

  test("YMD: the column is not consulted (03/04/2026 stays ambiguous, as before)", () => {
    const parsed = parse([["25/11/2026"], ["03/04/2026"]], "YMD");
    expect(brief(parsed)).toEqual([["ambiguousDate", "C3"]]);
  });
});

describe("columnDateOrderOf", () => {
  const rows = (cells: unknown[]) => [["Date"], ...cells.map((c) => [c])];
  test.each([
    [["25/11/2026", "03/04/2026"], "DMY"],
    [["11/25/2026", "03/04/2026"], "MDY"],
    [["25/11/2026", "11/25/2026"], null], // conflict
    [["03/04/2026", 46115, "", null, "2026-11-25", "TBD"], null], // nothing proves an order
    [["25/11/2026", "13/11/2026", "31/12/2026"], "DMY"], // all agree
  ] as const)("%j → %s", (cells, order) => {
    expect(columnDateOrderOf(rows([...cells]), 0)).toBe(order);
  });
  test("the header row is not read", () => {
    expect(columnDateOrderOf([["25/11/2026"], ["03/04/2026"]], 0)).toBeNull();
  });
});

describe("serials outside Excel's range 1 … 2,958,465 (9999-12-31) are refused, naming the range", () => {
  const one = (cell: unknown, dateSystem: "1900" | "1904" = "1900") =>
    parseRegister({
      sheet: "Register",
      values: [HEADER, ["P1", "Acme", cell, "", 10]],
      firstRow: 1,
      firstColumn: 0,
      dateSystem,
      dateOrder: null,
    });
  test.each([
    // cell, date system, read as (undefined: refused)
    [1_000_000_000, "1900", undefined],
    [2_958_466, "1900", undefined], // the day after 9999-12-31
    [0, "1900", undefined], // Excel's 1900-01-00
    [-1, "1900", undefined],
    [2_958_465, "1900", 2_958_465], // 9999-12-31
    [1, "1900", 1], // 1900-01-01
    [2_958_465.75, "1900", 2_958_465], // a time of day on the last day: the day is kept
    [1_000_000_000, "1904", undefined], // 1e9 + 1462 is no better
    [2_957_003, "1904", 2_958_465], // 2,958,465 − 1,462: 9999-12-31 in a 1904 workbook
    [2_957_004, "1904", undefined],
  ] as const)("%d (%s system) → %s", (cell, system, read) => {
    const parsed = one(cell, system);
    expect(parsed.lines[0].requestedDate).toBe(read);
    expect(brief(parsed)).toEqual(read === undefined ? [["dateOutOfRange", "C2"]] : []);
  });
  test.each([
    [
      "en",
      "Register!C2 (Requested date): 1000000000 is not a date: Excel's date serials run from 1 (1900-01-01) to 2,958,465 (9999-12-31).",
    ],
    ["zh-CN", "Register!C2 (Requested date)：1000000000 不是日期：Excel 的日期序列号范围为 1（1900-01-01）至 2,958,465（9999-12-31）。"],
    [
      "ja",
      "Register!C2 (Requested date)：1000000000 は日付ではありません。Excel の日付シリアル値は 1（1900-01-01）～2,958,465（9999-12-31）です。",
    ],
  ] as const)("the message names the serial range (%s)", (lang, message) => {
    expect(describeIssue(one(1_000_000_000).issues[0], lang)).toBe(message);
  });
  test("a text date out of range keeps naming the dates", () => {
    const parsed = one("1899-12-31");
    expect(describeIssue(parsed.issues[0], "en")).toBe(
      'Register!C2 (Requested date): "1899-12-31" is outside the dates Excel can show (1900-01-01 to 9999-12-31).',
    );
  });
});
