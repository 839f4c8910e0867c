/**
 * The Office.js adapter reads the `Holidays` name's cells in the register's own syncs (queueHolidays);
 * the pipeline settles them with the saved settings (src/pipeline/settle.ts). What one cell means is
 * src/workbook/holidays.ts's rule (test/workbook/holidays.test.ts).
 */
import { HOLIDAYS_NAME } from "../../src/excel/holidays";
import { readSources } from "../../src/excel/readSources";
import { saveSettings, EMPTY_STORED_SETTINGS } from "../../src/excel/settingsStore";
import { settleSettings } from "../../src/pipeline";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { InMemoryWorkbook, defineName, type CellValue } from "../../in-memory-excel";
import { contextFor, readModel } from "./helpers";

// Wed 2026-11-25 = 46351, Thu 26 = 46352 (the holiday below), Fri 2026-12-25 = 46381.
const WED_25 = 46351;
const THU_26 = 46352;
const XMAS = 46381;

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

describe("readSources reads the Holidays range with the register", () => {
  test("in the same single sync; settled, the dates join the saved settings' holidays", async () => {
    const workbook = workbookWithHolidays([THU_26, XMAS]);
    defineName(workbook, HOLIDAYS_NAME, "Calendar!$A$2:$A$50");
    const { context, fake } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, settings: { ...DEFAULT_SETTINGS, holidays: [XMAS, 46387] } });
    const before = fake.syncCount;
    const read = await readSources(context);
    expect(fake.syncCount - before).toBe(1);
    expect(read.sources.register).not.toBeNull();
    expect(read.sources.holidays).toEqual([[THU_26], [XMAS]]); // the raw cells: the adapter does not interpret them
    const settled = settleSettings(read.sources);
    expect(settled.settings.holidays).toEqual([THU_26, XMAS, 46387]);
    expect(settled.workbookHolidays).toEqual([THU_26, XMAS]);
    expect(settled.stored.settings.holidays).toEqual([XMAS, 46387]); // as saved: for a form that saves them again
  });

  test("a level computed across the holiday moves by a day", async () => {
    const asOf = THU_26;
    const levelOn = async (workbook: InMemoryWorkbook) => {
      const { model } = await readModel(contextFor(workbook).context, {}, asOf);
      const [status] = model.statuses;
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
    const read = await readSources(contextFor(workbook).context);
    expect(read.sources.holidays?.length).toBeLessThanOrEqual(8); // the used cells, not 1,048,576 rows
    expect(settleSettings(read.sources).settings.holidays).toEqual([THU_26, XMAS]);
  });

  test("a 1904 workbook: the range's serials are brought to the 1900 system", async () => {
    const workbook = workbookWithHolidays([THU_26 - 1462], { date1904: true });
    defineName(workbook, HOLIDAYS_NAME, "Calendar!$A$2:$A$3");
    const read = await readSources(contextFor(workbook).context);
    expect(read.sources.register).not.toBeNull();
    expect(read.sources.dateSystem).toBe("1904");
    expect(settleSettings(read.sources).settings.holidays).toEqual([THU_26]);
  });

  test("no name, a name that is a constant, or an empty range: the settings' holidays alone", async () => {
    for (const reference of [null, "=42", "Calendar!$C$1:$C$9"]) {
      const workbook = workbookWithHolidays([THU_26]);
      if (reference) defineName(workbook, HOLIDAYS_NAME, reference);
      const read = await readSources(contextFor(workbook).context);
      expect(read.sources.register).not.toBeNull();
      expect(read.sources.holidays).toBeNull();
      expect(settleSettings(read.sources).settings.holidays).toEqual([]);
    }
  });

  test("after a failed first sync (no Register table) the holidays come with the table found next", async () => {
    const workbook = workbookWithHolidays([THU_26], { failedSyncFillsNothing: true, table: "Orders" });
    defineName(workbook, HOLIDAYS_NAME, "Calendar!$A$2:$A$9");
    const { context } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, registerSheet: "POs" });
    const read = await readSources(context); // tries "Register" (fails), then reads the saved sheet's table
    expect(read.sources.register).toMatchObject({ sheet: "POs", tableName: "Orders" });
    expect(read.report.syncs).toBeGreaterThan(1);
    expect(settleSettings(read.sources).settings.holidays).toEqual([THU_26]);
    const fallback = await readSources(context, { sheetName: "POs" });
    expect(fallback.sources.register).not.toBeNull();
    expect(settleSettings(fallback.sources).settings.holidays).toEqual([THU_26]);
  });

  test("a register that is a sheet's used range (no table) gets them too", async () => {
    const workbook = workbookWithHolidays([XMAS], { table: null, date1904: true });
    defineName(workbook, HOLIDAYS_NAME, "Calendar!$A$2:$A$9");
    const read = await readSources(contextFor(workbook).context, { sheetName: "POs" });
    expect(read.sources.register).toMatchObject({ sheet: "POs", tableName: null });
    expect(settleSettings(read.sources).settings.holidays).toEqual([XMAS + 1462]); // XMAS read as a 1904 serial: +1462
  });
});
