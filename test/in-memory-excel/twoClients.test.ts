/**
 * Two Excel clients over one workbook (two co-authoring buyers): each sync is applied whole at its own
 * moment, and table.onChanged / worksheet.onChanged (ExcelApi 1.7) reach both, with source "Local" in
 * the writer's client and "Remote" in the other (Excel.EventSource).
 */
import { asExcelContext, createContext, InMemoryWorkbook, type TableChangedArgs, type WorksheetChangedArgs } from "../../in-memory-excel";

/** Events are delivered after the batch, asynchronously (setTimeout 0 in the fake). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

function workbookWithTable(): InMemoryWorkbook {
  const workbook = InMemoryWorkbook.withSheets({
    Log: [
      ["Date", "Note"],
      ["", ""],
    ],
    Other: [["x"]],
  });
  workbook.seedTable("Log", "A1:B2", "Chases");
  return workbook;
}

test("a sync is applied whole: the other client's sync sees all of it or none of it", async () => {
  const workbook = workbookWithTable();
  const a = asExcelContext(createContext(workbook, "a"));
  const b = asExcelContext(createContext(workbook, "b"));
  a.workbook.worksheets.getItem("Other").getRange("A1:B1").values = [["a1", "a2"]];
  const seenBefore = b.workbook.worksheets.getItem("Other").getRange("A1:B1").load("values");
  await b.sync(); // b's round trip lands before a's
  await a.sync();
  const seenAfter = b.workbook.worksheets.getItem("Other").getRange("A1:B1").load("values");
  await b.sync();
  expect(seenBefore.values).toEqual([["x", ""]]);
  expect(seenAfter.values).toEqual([["a1", "a2"]]);
});

test("table.onChanged: rows.add by one client reaches both, RowInserted, Local for the writer and Remote for the other", async () => {
  const workbook = workbookWithTable();
  const a = asExcelContext(createContext(workbook, "a"));
  const b = asExcelContext(createContext(workbook, "b"));
  const heardByA: TableChangedArgs[] = [];
  const heardByB: TableChangedArgs[] = [];
  a.workbook.tables.getItem("Chases").onChanged.add(async (args) => void heardByA.push(args as unknown as TableChangedArgs));
  b.workbook.tables.getItem("Chases").onChanged.add(async (args) => void heardByB.push(args as unknown as TableChangedArgs));
  await Promise.all([a.sync(), b.sync()]);

  a.workbook.tables.getItem("Chases").rows.add(undefined, [[46100, "first"]]);
  await a.sync();
  expect(heardByB).toEqual([]); // not yet: events come after the batch, asynchronously
  await delivered();
  const table = workbook.findTable("Chases")!;
  const expected = {
    type: "TableChanged",
    changeType: "RowInserted",
    tableId: String(table.id),
    worksheetId: table.sheet.id,
    address: "A3:B3",
  };
  expect(heardByA).toEqual([{ ...expected, source: "Local" }]);
  expect(heardByB).toEqual([{ ...expected, source: "Remote" }]);
});

test("table.onChanged: a write partly over the table reports the table's part; a write elsewhere raises nothing; remove() stops it", async () => {
  const workbook = workbookWithTable();
  const a = asExcelContext(createContext(workbook, "a"));
  const b = asExcelContext(createContext(workbook, "b"));
  const heardByA: TableChangedArgs[] = [];
  const subscription = a.workbook.tables
    .getItem("Chases")
    .onChanged.add(async (args) => void heardByA.push(args as unknown as TableChangedArgs));
  await a.sync();

  b.workbook.worksheets.getItem("Log").getRange("B2:C2").values = [["typed", "beside"]]; // B2 in the table, C2 outside
  b.workbook.worksheets.getItem("Other").getRange("A1").values = [["elsewhere"]];
  await b.sync();
  await delivered();
  expect(heardByA.map((e) => [e.changeType, e.source, e.address])).toEqual([["RangeEdited", "Remote", "B2"]]);

  subscription.remove();
  await a.sync();
  b.workbook.worksheets.getItem("Log").getRange("A2").values = [[46101]];
  await b.sync();
  await delivered();
  expect(heardByA).toHaveLength(1);
});

test("worksheet.onChanged tells Remote from Local too", async () => {
  const workbook = workbookWithTable();
  const a = asExcelContext(createContext(workbook, "a"));
  const b = asExcelContext(createContext(workbook, "b"));
  const heard: WorksheetChangedArgs[] = [];
  a.workbook.worksheets.getItem("Other").onChanged.add(async (args) => void heard.push(args as unknown as WorksheetChangedArgs));
  await a.sync();
  a.workbook.worksheets.getItem("Other").getRange("A1").values = [["mine"]];
  await a.sync();
  b.workbook.worksheets.getItem("Other").getRange("A2").values = [["theirs"]];
  await b.sync();
  await delivered();
  expect(heard.map((e) => [e.source, e.address])).toEqual([
    ["Local", "A1"],
    ["Remote", "A2"],
  ]);
});
