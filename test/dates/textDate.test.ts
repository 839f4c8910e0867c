import { parseTextDate, provenDateOrder, type DateOrder } from "../../src/dates/textDate";
import { serialFromYmd } from "../../src/dates/serial";

const s = (y: number, m: number, d: number) => serialFromYmd(y, m, d)!;
const ok = (y: number, m: number, d: number) => ({ serial: s(y, m, d) });

describe("parseTextDate: year-first forms, accepted whatever the order", () => {
  const orders: DateOrder[] = [null, "DMY", "MDY", "YMD"];
  test.each([
    ["2026-11-21"],
    ["2026/11/21"],
    ["2026.11.21"],
    ["2026-1-5", 2026, 1, 5],
    ["20261121"],
    ["2026年11月21日"],
    ["2026年11月21号"],
    ["2026 年 11 月 21 日"],
    ["2026年11月21日(土)"],
    ["2026-11-21T10:00:00"],
    ["2026-11-21T23:59:59.999Z"],
    ["2026-11-21T10:00:00+09:00"],
    ["2026-11-21 10:00"],
    ["2026/11/21 9:30 PM"],
    ["  2026-11-21  "],
    ["２０２６－１１－２１"],
    ["２０２６／１１／２１"],
    ["２０２６年１１月２１日"],
    ["2026-11-21\u3000"],
  ] as [string, number?, number?, number?][])("%s", (text, y = 2026, m = 11, d = 21) => {
    for (const order of orders) expect(parseTextDate(text, order)).toEqual(ok(y, m, d));
  });
});

describe("parseTextDate: Japanese eras", () => {
  test.each([
    ["令和8年11月21日", 2026, 11, 21], // Reiwa 1 = 2019, so Reiwa 8 = 2019 + 8 − 1 = 2026
    ["令和元年5月1日", 2019, 5, 1],
    ["R8.11.21", 2026, 11, 21],
    ["r08/11/21", 2026, 11, 21],
    ["Ｒ８．１１．２１", 2026, 11, 21],
    ["㋿8年11月21日", 2026, 11, 21], // the one-character era sign folds to 令和 under NFKC
    ["平成31年4月30日", 2019, 4, 30], // Heisei 1 = 1989: 1989 + 30 = 2019
    ["H31.4.30", 2019, 4, 30],
    ["㍻1.1.8", 1989, 1, 8],
    ["昭和64年1月7日", 1989, 1, 7], // Showa 1 = 1926: 1926 + 63
    ["S50.3.1", 1975, 3, 1],
  ] as const)("%s", (text, y, m, d) => {
    expect(parseTextDate(text, null)).toEqual(ok(y, m, d));
  });
  test("era year 0 and impossible era dates are not dates", () => {
    expect(parseTextDate("令和0年1月1日", null)).toEqual({ error: "notADate" });
    expect(parseTextDate("R8.2.30", null)).toEqual({ error: "notADate" });
  });
});

describe("parseTextDate: English month names", () => {
  test.each([
    ["21 Nov 2026", 2026, 11, 21],
    ["21-Nov-2026", 2026, 11, 21],
    ["21-Nov-26", 2026, 11, 21],
    ["21 November 2026", 2026, 11, 21],
    ["21st November 2026", 2026, 11, 21],
    ["Nov 21, 2026", 2026, 11, 21],
    ["November 21 2026", 2026, 11, 21],
    ["nov. 21, 2026", 2026, 11, 21],
    ["Sept 3, 2026", 2026, 9, 3],
    ["Sat, 21 Nov 2026", 2026, 11, 21],
    ["Saturday, November 21, 2026", 2026, 11, 21],
    ["2026-Nov-21", 2026, 11, 21],
    ["21 Nov 2026 10:00", 2026, 11, 21],
    ["1-Jan-00", 2000, 1, 1],
    ["31-Dec-99", 2099, 12, 31], // two-digit years are 2000–2099
  ] as const)("%s", (text, y, m, d) => {
    expect(parseTextDate(text, null)).toEqual(ok(y, m, d));
  });
  test("unknown month names and impossible days", () => {
    expect(parseTextDate("21 Nev 2026", null)).toEqual({ error: "notADate" });
    expect(parseTextDate("31 Nov 2026", null)).toEqual({ error: "notADate" });
    expect(parseTextDate("Nov 2026", null)).toEqual({ error: "notADate" });
  });
});

describe("parseTextDate: day and month as numbers", () => {
  test("ambiguous without a known order", () => {
    expect(parseTextDate("03/04/2026", null)).toEqual({ error: "ambiguousDate" });
    // YMD says nothing about which of two leading numbers is the day
    expect(parseTextDate("03/04/2026", "YMD")).toEqual({ error: "ambiguousDate" });
  });
  test("the known order decides", () => {
    expect(parseTextDate("03/04/2026", "DMY")).toEqual(ok(2026, 4, 3));
    expect(parseTextDate("03/04/2026", "MDY")).toEqual(ok(2026, 3, 4));
    expect(parseTextDate("3-4-26", "DMY")).toEqual(ok(2026, 4, 3));
    expect(parseTextDate("26/11/21", "YMD")).toEqual(ok(2026, 11, 21));
  });
  test("a part above 12 is the day, so the date is unambiguous", () => {
    expect(parseTextDate("25/03/2026", null)).toEqual(ok(2026, 3, 25));
    expect(parseTextDate("03/25/2026", null)).toEqual(ok(2026, 3, 25));
    expect(parseTextDate("25.03.2026", "YMD")).toEqual(ok(2026, 3, 25));
    expect(parseTextDate("０３/２５/２０２６", null)).toEqual(ok(2026, 3, 25));
  });
  test("equal day and month read the same either way", () => {
    expect(parseTextDate("04/04/2026", null)).toEqual(ok(2026, 4, 4));
  });
  test("a known order is kept even when the other reading would work", () => {
    // 03/25/2026 in a DMY workbook: month 25 does not exist. Reading it as MDY instead would read
    // the 03/04/2026 on the next row the other way round, so it is refused.
    expect(parseTextDate("03/25/2026", "DMY")).toEqual({ error: "notADate" });
    expect(parseTextDate("25/03/2026", "MDY")).toEqual({ error: "notADate" });
  });
  test("both parts above 12", () => {
    expect(parseTextDate("13/13/2026", null)).toEqual({ error: "notADate" });
  });
  test("mixed separators are not a date", () => {
    expect(parseTextDate("03/04-2026", "DMY")).toEqual({ error: "notADate" });
    expect(parseTextDate("2026-11/21", null)).toEqual({ error: "notADate" });
  });
});

describe("parseTextDate: impossible, out of range, not dates", () => {
  test.each([
    ["2026-02-30"],
    ["2026-02-29"], // 2026 is not a leap year
    ["2100-02-29"], // divisible by 100, not by 400
    ["2026-13-01"],
    ["2026-00-10"],
    ["2026-04-31"],
    ["2026-11-00"],
    ["2026年2月30日"],
    [""],
    ["   "],
    ["TBD"],
    ["待定"],
    ["46347"],
    ["2026"],
    ["11/21"],
    ["2026-11-21x"],
    ["20261321"],
    ["#N/A"],
  ])("%p is notADate", (text) => {
    expect(parseTextDate(text, "DMY")).toEqual({ error: "notADate" });
  });
  test("leap days that exist", () => {
    expect(parseTextDate("2024-02-29", null)).toEqual(ok(2024, 2, 29));
    expect(parseTextDate("2000-02-29", null)).toEqual(ok(2000, 2, 29));
    expect(parseTextDate("1900-02-29", null)).toEqual({ serial: 60 }); // Excel's fictitious day
  });
  test("outside 1900-01-01 … 9999-12-31", () => {
    expect(parseTextDate("1899-12-31", null)).toEqual({ error: "dateOutOfRange" });
    expect(parseTextDate("0001-01-01", null)).toEqual({ error: "dateOutOfRange" });
    expect(parseTextDate("1900-01-01", null)).toEqual({ serial: 1 });
    expect(parseTextDate("9999-12-31", null)).toEqual({ serial: 2958465 });
  });
});

describe("parseTextDate: dotted dates are always day.month.year (issue 18)", () => {
  // No locale writes month.day.year with dots (German, Russian, Swiss, Czech… all write 05.11.2026
  // for 5 November), so the dots settle the order that slashes leave open.
  test.each([
    // text, workbook order, expected y-m-d
    ["05.11.2026", null, 2026, 11, 5], // was ambiguousDate: 5 November, never 11 May
    ["3.4.2026", null, 2026, 4, 3], // was ambiguousDate
    ["05.11.2026", "DMY", 2026, 11, 5],
    ["05.11.2026", "MDY", 2026, 11, 5], // the dots win over a month-first workbook
    ["05.11.2026", "YMD", 2026, 11, 5], // a four-digit year last: not year-first
    ["25.03.2026", "MDY", 2026, 3, 25], // was notADate in an MDY workbook (month 25)
    ["05.11.26", null, 2026, 11, 5], // two-digit year: 2000 + 26
    ["０５．１１．２０２６", null, 2026, 11, 5], // full-width, folded by NFKC
    ["26.11.21", "YMD", 2026, 11, 21], // a YMD workbook keeps its year-first 26.11.21
  ] as const)("%s with order %s", (text, order, y, m, d) => {
    expect(parseTextDate(text, order)).toEqual(ok(y, m, d));
  });
  test.each([
    ["11.25.2026", null], // month 25 does not exist: dotted is never month-first
    ["11.25.2026", "MDY"],
    ["31.02.2026", null], // 31 February
  ] as const)("%s with order %s is not a date", (text, order) => {
    expect(parseTextDate(text, order)).toEqual({ error: "notADate" });
  });
  test("slashes and dashes are unchanged: still ambiguous without an order", () => {
    expect(parseTextDate("05/11/2026", null)).toEqual({ error: "ambiguousDate" });
    expect(parseTextDate("05-11-2026", null)).toEqual({ error: "ambiguousDate" });
  });
});

describe("provenDateOrder: what a date proves about its column's order", () => {
  test.each([
    ["25/11/2026", "DMY"], // 25 cannot be a month
    ["11/25/2026", "MDY"], // 25 cannot be a month, so 11 is
    ["25-11-26", "DMY"],
    ["03/04/2026", null], // either way
    ["04/04/2026", null], // the same either way
    ["25.11.2026", null], // dotted: always DMY, says nothing about slashes
    ["31/02/2026", null], // neither 31 February nor a month 31: not a date, no evidence
    ["13/13/2026", null],
    ["2026/11/25", null], // year first
    ["TBD", null],
  ] as const)("%s → %s", (text, order) => {
    expect(provenDateOrder(text)).toBe(order);
  });
});

// The speed of 100,000 mixed text dates is measured by `npm run bench -- scale` (bench/scale.ts);
// each of its samples is parsed by a test above.
