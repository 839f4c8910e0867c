import { daysLate } from "../../src/followup/daysLate";
import { workdaysLate } from "../../src/followup/workdaysLate";
import { makeCalendar } from "../../src/dates/calendar";
import { NOV } from "./fixtures";

describe("daysLate (calendar, signed)", () => {
  const asOf = NOV(23); // Mon 2026-11-23
  it("received early: due Fri 11-20, received Wed 11-18 → −2", () => {
    expect(daysLate(NOV(20), NOV(18), asOf)).toBe(-2);
  });
  it("received on the due date → 0", () => {
    expect(daysLate(NOV(20), NOV(20), asOf)).toBe(0);
  });
  it("open line: due Fri 11-20, asOf Mon 11-23 → 3; due Mon 11-30 → −7 (days left)", () => {
    expect(daysLate(NOV(20), null, asOf)).toBe(3);
    expect(daysLate(NOV(30), null, asOf)).toBe(-7);
  });
  it("no due date → null; unreadable due or receipt date → unknown", () => {
    expect(daysLate(null, null, asOf)).toBeNull();
    expect(daysLate(undefined, null, asOf)).toBeUndefined();
    expect(daysLate(NOV(20), undefined, asOf)).toBeUndefined();
  });
});

describe("workdaysLate (NETWORKDAYS rules, Mon–Fri)", () => {
  const cal = makeCalendar();
  it("due Fri 11-20, x Mon 11-23: NETWORKDAYS = 2 → 1", () => {
    expect(workdaysLate(cal, NOV(20), NOV(23))).toBe(1);
  });
  it("due Fri 11-20, x Wed 11-18: −(NETWORKDAYS(18, 20) − 1) = −(3 − 1) = −2", () => {
    expect(workdaysLate(cal, NOV(20), NOV(18))).toBe(-2);
  });
  it("equal dates → 0", () => {
    expect(workdaysLate(cal, NOV(20), NOV(20))).toBe(0);
  });
  it("weekend due date: due Sat 11-21, x Mon 11-23: NETWORKDAYS = 1 → 0", () => {
    expect(workdaysLate(cal, NOV(21), NOV(23))).toBe(0);
    expect(workdaysLate(cal, NOV(21), NOV(24))).toBe(1);
  });
  it("due on a holiday: holiday Thu 11-26, due 11-26, x Fri 11-27: NETWORKDAYS = 1 → 0", () => {
    const hol = makeCalendar("0000011", [NOV(26)]);
    expect(workdaysLate(hol, NOV(26), NOV(27))).toBe(0);
    // due Wed 11-25, x Fri 11-27: Wed + Fri = 2 working days → 1 (Thursday is a holiday)
    expect(workdaysLate(hol, NOV(25), NOV(27))).toBe(1);
  });
  it("blank due → null, unknown due or point → unknown", () => {
    expect(workdaysLate(cal, null, NOV(23))).toBeNull();
    expect(workdaysLate(cal, undefined, NOV(23))).toBeUndefined();
    expect(workdaysLate(cal, NOV(20), undefined)).toBeUndefined();
  });
});
