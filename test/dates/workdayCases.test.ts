import { readFileSync } from "fs";
import { join } from "path";
import { makeCalendar, networkdays, workday } from "../../src/dates/calendar";
import { formatIsoDate, serialFromYmd } from "../../src/dates/serial";

/**
 * Checks calendar.ts against test/dates/workday-cases.csv, whose expected values LibreOffice Calc
 * computed (scripts/gen-workday-cases.sh, see test/dates/README.md). The CSV is committed; CI does not run LibreOffice.
 */
const lines = readFileSync(join(__dirname, "workday-cases.csv"), "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "" && !line.startsWith("#"));
const [header, ...rows] = lines;

function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const serial = serialFromYmd(y, m, d);
  if (serial === undefined) throw new Error(`bad date in workday-cases.csv: ${iso}`);
  return serial;
}

test("the table has the expected shape and at least 40 cases of each kind mixed", () => {
  expect(header).toBe("function,start,endOrDays,weekend,holidays,expected");
  expect(rows.length).toBeGreaterThanOrEqual(40);
  expect(rows.filter((r) => r.startsWith("WORKDAY.INTL,")).length).toBeGreaterThanOrEqual(20);
  expect(rows.filter((r) => r.startsWith("NETWORKDAYS.INTL,")).length).toBeGreaterThanOrEqual(20);
});

test.each(rows.map((row) => [row]))("%s", (row) => {
  const [fn, start, endOrDays, weekend, holidayList, expected] = row.split(",");
  const holidays = holidayList ? holidayList.split(";").map(isoToSerial) : [];
  const cal = makeCalendar(weekend, holidays);
  if (fn === "NETWORKDAYS.INTL") {
    expect(networkdays(cal, isoToSerial(start), isoToSerial(endOrDays))).toBe(Number(expected));
  } else if (fn === "WORKDAY.INTL") {
    expect(formatIsoDate(workday(cal, isoToSerial(start), Number(endOrDays)))).toBe(expected);
  } else {
    throw new Error(`unknown function ${fn}`);
  }
});
