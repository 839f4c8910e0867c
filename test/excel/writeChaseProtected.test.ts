/**
 * A protected sheet (issue 17): Office.js batches are not transactions, so a chase whose Chases row is appended
 * before the register cells are refused was half-written. writeChase now reads `worksheet.protection.protected`
 * of both sheets in its first sync and writes nothing when either is protected (in-memory-excel/protection.ts).
 */
import { createTemplate } from "../../src/excel/createTemplate";
import { writeChase, type WriteChaseInput } from "../../src/excel/writeChase";
import { CHASE_LOG_COLUMNS } from "../../src/register/template";
import { InMemoryWorkbook, protectSheet } from "../../in-memory-excel";
import { contextFor, registerWorkbook } from "./helpers";

const DATE_COLUMNS = CHASE_LOG_COLUMNS.flatMap((c, i) => (c.numberFormat === "yyyy-mm-dd" ? [i] : []));
const ROW = [46100, "PO4500001", "20", "Supplier 1", "Mei", "email", null, "newDate", 46041, 46110, "Transport", "Shipped", "called", 46105, "2026-03-17T09:00:00Z"];

async function workbookWithLog(): Promise<InMemoryWorkbook> {
  const workbook = registerWorkbook(10);
  await createTemplate(contextFor(workbook).context, { parts: ["chaseLog"] });
  return workbook;
}

const input: WriteChaseInput = {
  rows: [ROW],
  dateColumns: DATE_COLUMNS,
  changes: [
    { row: 5, field: "promisedDate", value: 46110 },
    { row: 5, field: "stage", value: "Shipped" },
  ],
  register: { sheet: "POs", columns: { promisedDate: 5, stage: 8 }, firstDataRow: 4, lastDataRow: 13 },
  dateSystem: "1900",
};

describe("writeChase on a protected sheet writes nothing", () => {
  test.each(["POs", "Chase log"])("%s protected: refused after the first sync, no cell changed", async (protectedSheet) => {
    const workbook = await workbookWithLog();
    protectSheet(workbook, protectedSheet);
    const before = workbook.cellSnapshot();
    const result = await writeChase(contextFor(workbook).context, input);
    expect(result).toEqual({ ok: false, reason: "sheetProtected", sheets: [protectedSheet], syncs: 1 });
    expect(workbook.cellSnapshot()).toEqual(before);
    expect(workbook.findTable("Chases")?.dataRows).toBe(1); // the new table's blank row only
  });

  test("the fake refuses a write to a protected sheet as Excel does (AccessDenied), earlier actions of the batch kept", async () => {
    const workbook = await workbookWithLog();
    protectSheet(workbook, "POs");
    const { context } = contextFor(workbook);
    context.workbook.worksheets.getItem("Chase log").getRange("Q1").values = [["kept"]];
    context.workbook.worksheets.getItem("POs").getRange("F5").values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(workbook.valuesAt("Chase log", "Q1")).toEqual([["kept"]]);
  });

  test("unprotected again: the chase is written", async () => {
    const workbook = await workbookWithLog();
    protectSheet(workbook, "POs");
    protectSheet(workbook, "POs", false);
    expect(await writeChase(contextFor(workbook).context, input)).toMatchObject({ ok: true, appended: 1, cellsWritten: 2 });
  });
});
