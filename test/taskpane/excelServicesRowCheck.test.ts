/**
 * Logging a chase after the buyer sorted the register: the pane's row numbers are stale, so nothing
 * may be written (another PO's promised date would be overwritten and the log row filed against it).
 */
import { excelServices } from "../../taskpane/state/excelServices";
import { chaseDraft } from "../fixtures/chaseDraft";
import { createTemplate } from "../../src/excel/createTemplate";
import { serialFromYmd } from "../../src/dates/serial";
import { columnLetter } from "../../src/register/columnLetter";
import { installInMemoryExcel, InMemoryWorkbook, asExcelContext, createContext, diffSnapshots } from "../../in-memory-excel";

const NOV = (day: number) => serialFromYmd(2026, 11, day)!;
const DRAFT = chaseDraft({ outcome: "newDate", newPromised: NOV(30) });

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

test("logChases after a sort: nothing written, the buyer is told to refresh; after a reload it works (2 syncs)", async () => {
  const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
  const header = ["PO number", "Line", "Supplier", "Order date", "Requested date", "Promised date", "Ordered qty"];
  await createTemplate(asExcelContext(createContext(workbook)), {
    sample: [header, ["PO-A", "1", "Acme", NOV(2), NOV(13), NOV(13), 100], ["PO-B", "1", "Bolt", NOV(2), NOV(13), NOV(16), 100]],
  });
  uninstall = installInMemoryExcel(workbook);
  const services = excelServices({ now: () => new Date("2026-11-23T10:00:00Z") });
  const snapshot = (await services.load(NOV(23), "en"))!;
  const { statuses } = snapshot;
  const lineA = statuses.find((s) => s.line.key === "PO-A/1")!;

  // The buyer sorts the register: PO-B now sits in PO-A's row and the other way round.
  const rowA = lineA.line.sheetRow;
  const rowB = statuses.find((s) => s.line.key === "PO-B/1")!.line.sheetRow;
  const last = columnLetter(workbook.findTable("Register")!.cols - 1); // past Z since the shipment columns
  const cellsA = workbook.valuesAt("Register", `A${rowA}:${last}${rowA}`);
  const cellsB = workbook.valuesAt("Register", `A${rowB}:${last}${rowB}`);
  workbook.seed("Register", `A${rowA}`, cellsB);
  workbook.seed("Register", `A${rowB}`, cellsA);

  const before = workbook.cellSnapshot();
  const stale = await services.logChases(snapshot, [lineA], DRAFT, NOV(23), "en");
  expect(stale.ok).toBe(false);
  expect(!stale.ok && stale.message).toContain("Press Refresh");
  expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]); // PO-B's promise untouched, no log row

  const fresh = (await services.load(NOV(23), "en"))!;
  const moved = fresh.statuses.find((s) => s.line.key === "PO-A/1")!;
  expect(moved.line.sheetRow).toBe(rowB);
  const syncs = workbook.syncCount;
  expect(await services.logChases(fresh, [moved], DRAFT, NOV(23), "en")).toEqual({ ok: true, count: 1 });
  expect(workbook.syncCount - syncs).toBe(2);
  const after = (await services.load(NOV(23), "en"))!;
  expect(after.parsed.lines.map((l) => [l.key, l.promisedDate])).toEqual([
    ["PO-B/1", NOV(16)],
    ["PO-A/1", NOV(30)],
  ]);
  expect(after.chases.map((e) => e.lineKey)).toEqual(["PO-A/1"]);
});
