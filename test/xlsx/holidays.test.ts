/** The headless runner reads the workbook's `Holidays` name as the add-in does (src/excel/holidays.ts). */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx";
import { workbookHolidays } from "../../src/xlsx/storedSettings";
import { parseSources } from "../../src/xlsx/headlessReport";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { registerWorkbook } from "./fixtures";

// Wed 2026-11-25 = 46351 (due), Thu 26 = 46352 (the holiday), Fri 2026-12-25 = 46381.
const WED_25 = 46351;
const THU_26 = 46352;
const XMAS = 46381;
const REGISTER = [
  ["PO number", "Line", "Supplier", "Order date", "Promised date", "Ordered qty", "Received qty"],
  ["P1", "10", "Acme", 46300, WED_25, 100, 0],
];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-xlsx-holidays-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, calendar: (string | number)[][], reference: string | null, date1904 = false): Promise<string> {
  const workbook = registerWorkbook(REGISTER, { before: { Calendar: calendar }, date1904 });
  if (reference) workbook.definedNames.add(reference, "Holidays");
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function read(file: string) {
  const outcome = await readWorkbook(file);
  if (!outcome.ok) throw new Error(outcome.code);
  return outcome.read;
}

describe("headless: the Holidays name", () => {
  test("its dates join the settings' holidays; bad cells are ignored", async () => {
    const file = await fileWith(
      "named.xlsx",
      [["Holiday"], [THU_26], ["Thanksgiving"], ["2026-12-25"], [-4], [THU_26]],
      "Calendar!$A$2:$A$9",
    );
    expect((await read(file)).stored.settings.holidays).toEqual([THU_26, XMAS]);
  });

  test("a level computed across the holiday moves by a day", async () => {
    const levelOn = async (file: string) => {
      const parsed = parseSources(await read(file));
      return evaluateRegister(parsed.parsed.lines, parsed.chases, parsed.settings, THU_26)[0].level;
    };
    // Due Wed 25; level 1 = WORKDAY(due, 1) = Thu 26, or Fri 27 when Thu 26 is a holiday.
    expect(await levelOn(await fileWith("plain.xlsx", [["Holiday"], [THU_26]], null))).toBe(1);
    expect(await levelOn(await fileWith("holiday.xlsx", [["Holiday"], [THU_26]], "Calendar!$A$2:$A$9"))).toBe(0);
  });

  test("a 1904 file: the range's serials are brought to the 1900 system", async () => {
    const file = await fileWith("1904.xlsx", [["Holiday"], [THU_26 - 1462]], "Calendar!$A$2", true);
    const got = await read(file);
    expect(got.dateSystem).toBe("1904");
    expect(got.stored.settings.holidays).toEqual([THU_26]);
  });

  test("no name, a name on a missing sheet, a damaged model: [] and no throw", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Calendar").addRows([[THU_26]]);
    expect(workbookHolidays(workbook, false)).toEqual([]);
    workbook.definedNames.add("Calendar!$A$1", "holidays"); // any case
    expect(workbookHolidays(workbook, false)).toEqual([THU_26]);
    const broken = {
      definedNames: {
        get model(): never {
          throw new Error("damaged");
        },
      },
    } as unknown as ExcelJS.Workbook;
    expect(workbookHolidays(broken, false)).toEqual([]);
  });
});
