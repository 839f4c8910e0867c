/** The headless runner reads the workbook's `Holidays` name as the add-in does (src/workbook/holidays.ts), whole or streamed. */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx";
import { runPipeline, settleSettings } from "../../src/pipeline";
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

async function read(file: string, streamAboveBytes?: number) {
  const outcome = await readWorkbook(file, { streamAboveBytes });
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
    expect(settleSettings((await read(file)).sources).settings.holidays).toEqual([THU_26, XMAS]);
    expect(settleSettings((await read(file, 0)).sources).settings.holidays).toEqual([THU_26, XMAS]); // streamed: the same
  });

  test("a level computed across the holiday moves by a day", async () => {
    const levelOn = async (file: string) => {
      return runPipeline((await read(file)).sources, { asOf: THU_26 }).statuses[0].level;
    };
    // Due Wed 25; level 1 = WORKDAY(due, 1) = Thu 26, or Fri 27 when Thu 26 is a holiday.
    expect(await levelOn(await fileWith("plain.xlsx", [["Holiday"], [THU_26]], null))).toBe(1);
    expect(await levelOn(await fileWith("holiday.xlsx", [["Holiday"], [THU_26]], "Calendar!$A$2:$A$9"))).toBe(0);
  });

  test("a 1904 file: the range's serials are brought to the 1900 system", async () => {
    const file = await fileWith("1904.xlsx", [["Holiday"], [THU_26 - 1462]], "Calendar!$A$2", true);
    const got = await read(file);
    expect(got.sources.dateSystem).toBe("1904");
    expect(settleSettings(got.sources).settings.holidays).toEqual([THU_26]);
  });

  test("no name, a name in another case, a name on a missing sheet, a constant: [] or its dates, and no throw", async () => {
    const holidaysOf = async (name: string, reference: string | null, nameText = "Holidays") => {
      const workbook = registerWorkbook(REGISTER, { before: { Calendar: [[THU_26]] } });
      if (reference) workbook.definedNames.add(reference, nameText);
      const file = path.join(dir, name);
      await workbook.xlsx.writeFile(file);
      return settleSettings((await read(file)).sources).settings.holidays;
    };
    expect(await holidaysOf("none.xlsx", null)).toEqual([]);
    expect(await holidaysOf("case.xlsx", "Calendar!$A$1", "holidays")).toEqual([THU_26]);
    expect(await holidaysOf("gone.xlsx", "Gone!$A$1")).toEqual([]);
  });
});
