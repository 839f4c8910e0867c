import { makeCalendar, networkdays, workday } from "../../src/dates/calendar";
import { serialFromYmd, ymdFromSerial, isoWeekday } from "../../src/dates/serial";
const s = (y: number, m: number, d: number) => serialFromYmd(y, m, d)!;
test("quick", () => {
  expect(s(1900,1,1)).toBe(1); expect(s(1900,3,1)).toBe(61); expect(s(1970,1,1)).toBe(25569);
  expect(ymdFromSerial(59)).toEqual({year:1900,month:2,day:28});
  expect(isoWeekday(s(2026,11,22))).toBe(7);
  const cal = makeCalendar();
  expect(networkdays(cal, s(2026,11,16), s(2026,11,22))).toBe(5);
  expect(networkdays(cal, s(2026,11,22), s(2026,11,16))).toBe(-5);
  expect(workday(cal, s(2026,11,20), 1)).toBe(s(2026,11,23));
  expect(workday(cal, s(2026,11,23), -1)).toBe(s(2026,11,20));
  expect(workday(cal, s(2026,11,22), -3)).toBe(s(2026,11,18));
  const hol = makeCalendar("0000011", [s(2026,11,23)]);
  expect(workday(hol, s(2026,11,20), 1)).toBe(s(2026,11,24));
});
