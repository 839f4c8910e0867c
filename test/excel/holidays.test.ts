import { HOLIDAYS_NAME, holidaySerial, holidaySerials, withHolidays } from "../../src/excel/holidays";
import { readRegisterAndLog } from "../../src/excel/readChaseLog";
import { saveSettings, EMPTY_STORED_SETTINGS } from "../../src/excel/settingsStore";
import { parseRegister } from "../../src/register/parseRegister";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { InMemoryWorkbook, defineName, type CellValue } from "../../in-memory-excel";
import { contextFor } from "./helpers";

// Wed 2026-11-25 = 46351, Thu 26 = 46352 (the holiday below), Fri 27 = 46353, Fri 2026-12-25 = 46381.
const WED_25 = 46351;
const THU_26 = 46352;
const FRI_27 = 46353;
const XMAS = 46381;

describe("one Holidays cell → a 1900 serial", () => {
  test("numbers are dates of the workbook's system; a time of day is dropped", () => {
    expect(holidaySerial(THU_26, "1900")).toBe(THU_26);
    expect(holidaySerial(THU_26 - 1462, "1904")).toBe(THU_26); // 1904 serial + 1462 = 1900 serial
    expect(holidaySerial(THU_26 + 0.75, "1900")).toBe(THU_26);
  });

  test("yyyy-mm-dd text is read; anything else is not a date and is ignored", () => {
    expect(holidaySerial("2026-11-26", "1900")).toBe(THU_26);
    expect(holidaySerial("2026-11-26", "1904")).toBe(THU_26); // text names the day, whatever the system
    for (const bad of ["", "Thanksgiving", "26/11/2026", "2026-02-30", "#N/A", true, null, undefined, 0, -5, 3e6, NaN, {}]) {
      expect(holidaySerial(bad, "1900")).toBeUndefined();
    }
  });

  test("a range of any shape: every date once, in order", () => {
    expect(
      holidaySerials(
        [
          [XMAS, "Christmas"],
          ["", THU_26],
          [XMAS, "#REF!"],
        ],
        "1900",
      ),
    ).toEqual([THU_26, XMAS]);
    expect(holidaySerials([], "1900")).toEqual([]);
  });
});

describe("withHolidays: the settings' holidays joined with the workbook's", () => {
  test("union, each date once, in order", () => {
    const settings = { ...DEFAULT_SETTINGS, holidays: [XMAS, THU_26] };
    expect(withHolidays(settings, [THU_26, FRI_27]).holidays).toEqual([THU_26, FRI_27, XMAS]);
  });

  test("nothing new: the same object (the settings are not copied for nothing)", () => {
    const settings = { ...DEFAULT_SETTINGS, holidays: [THU_26] };
    expect(withHolidays(settings, [THU_26])).toBe(settings);
    expect(withHolidays(settings, [])).toBe(settings);
  });
});

/** Register table on "POs" with one line due Wed 25 Nov, and a Holidays sheet with `cells` in A2 down. */
function workbookWithHolidays(
  cells: CellValue[],
  options: { date1904?: boolean; failedSyncFillsNothing?: boolean; table?: string | null } = {},
) {
  const shift = options.date1904 ? 1462 : 0;
  const workbook = InMemoryWorkbook.withSheets(
    {
      POs: [
        ["PO number", "Line", "Supplier", "Order date", "Promised date", "Ordered qty", "Received qty"],
        ["P1", "10", "Acme", 46300 - shift, WED_25 - shift, 100, 0],
      ],
      Calendar: [["Holiday"], ...cells.map((c) => [c])],
    },
    options,
  );
  if (options.table !== null) workbook.seedTable("POs", "A1:G2", options.table ?? "Register");
  return workbook;
}

describe("readRegisterAndLog reads the Holidays range with the register", () => {
  test("in the same single sync; the dates join the settings' holidays", async () => {
    const workbook = workbookWithHolidays([THU_26, XMAS]);
    defineName(workbook, HOLIDAYS_NAME, "Calendar!$A$2:$A$50");
    const { context, fake } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, settings: { ...DEFAULT_SETTINGS, holidays: [XMAS, 46387] } });
    const before = fake.syncCount;
    const read = await readRegisterAndLog(context);
    expect(fake.syncCount - before).toBe(1);
    expect(read.ok).toBe(true);
    expect(read.settings.settings.holidays).toEqual([THU_26, XMAS, 46387]);
    expect(read.savedSettings.settings.holidays).toEqual([XMAS, 46387]); // as saved: for a form that saves them again
  });

  test("a level computed across the holiday moves by a day", async () => {
    const asOf = THU_26;
    const levelOn = async (workbook: InMemoryWorkbook) => {
      const read = await readRegisterAndLog(contextFor(workbook).context);
      if (!read.ok) throw new Error(read.reason);
      const [status] = evaluateRegister(parseRegister(read.source).lines, [], read.settings.settings, asOf);
      return { level: status.level, nextChase: status.nextChase };
    };
    const plain = workbookWithHolidays([THU_26]); // the list is there, but no name points at it
    const named = workbookWithHolidays([THU_26]);
    defineName(named, HOLIDAYS_NAME, "Calendar!$A$2:$A$50");
    // Due Wed 25; level 1 = WORKDAY(due, 1): Thu 26 without the holiday, Fri 27 with it.
    expect(await levelOn(plain)).toMatchObject({ level: 1 });
    expect(await levelOn(named)).toMatchObject({ level: 0 });
  });

  test("bad cells are ignored, nothing throws; a name over a whole column reads its used cells", async () => {
    const workbook = workbookWithHolidays(["Thanksgiving", THU_26, "#N/A", true, "2026-12-25", -3, ""]);
    defineName(workbook, "holidays", "Calendar!$A:$A"); // any case, whole column (header "Holiday" is text)
    const read = await readRegisterAndLog(contextFor(workbook).context);
    expect(read.settings.settings.holidays).toEqual([THU_26, XMAS]);
  });

  test("a 1904 workbook: the range's serials are brought to the 1900 system", async () => {
    const workbook = workbookWithHolidays([THU_26 - 1462], { date1904: true });
    defineName(workbook, HOLIDAYS_NAME, "Calendar!$A$2:$A$3");
    const read = await readRegisterAndLog(contextFor(workbook).context);
    if (!read.ok) throw new Error(read.reason);
    expect(read.source.dateSystem).toBe("1904");
    expect(read.settings.settings.holidays).toEqual([THU_26]);
  });

  test("no name, a name that is a constant, or an empty range: the settings' holidays alone", async () => {
    for (const reference of [null, "=42", "Calendar!$C$1:$C$9"]) {
      const workbook = workbookWithHolidays([THU_26]);
      if (reference) defineName(workbook, HOLIDAYS_NAME, reference);
      const read = await readRegisterAndLog(contextFor(workbook).context);
      expect(read.ok).toBe(true);
      expect(read.settings.settings.holidays).toEqual([]);
    }
  });

  test("after a failed first sync (no Register table) the holidays come with the table found next", async () => {
    const workbook = workbookWithHolidays([THU_26], { failedSyncFillsNothing: true, table: "Orders" });
    defineName(workbook, HOLIDAYS_NAME, "Calendar!$A$2:$A$9");
    const { context } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, registerSheet: "POs" });
    const read = await readRegisterAndLog(context); // tries "Register" (fails), then reads the saved sheet's table
    expect(read.ok).toBe(true);
    expect(read.report.syncs).toBeGreaterThan(1);
    expect(read.settings.settings.holidays).toEqual([THU_26]);
    const fallback = await readRegisterAndLog(context, { sheetName: "POs" });
    expect(fallback.ok).toBe(true);
    expect(fallback.settings.settings.holidays).toEqual([THU_26]);
  });

  test("a register that is a sheet's used range (no table) gets them too", async () => {
    const workbook = workbookWithHolidays([XMAS], { table: null, date1904: true });
    defineName(workbook, HOLIDAYS_NAME, "Calendar!$A$2:$A$9");
    const read = await readRegisterAndLog(contextFor(workbook).context, { sheetName: "POs" });
    expect(read.ok).toBe(true);
    expect(read.settings.settings.holidays).toEqual([XMAS + 1462]); // XMAS read as a 1904 serial: +1462
  });
});
