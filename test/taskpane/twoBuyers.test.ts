/**
 * Two buyers, one workbook, through the task pane: Mei's pane (the installed in-memory Excel, client
 * "local") and Ken, another Excel client over the same workbook (client "ken"). Ken's writes reach Mei's
 * pane as Remote change events (table.onChanged on Register and Chases); her pane reloads; a chase she
 * logs on a value Ken changed meanwhile is refused, says what changed, and the pane reloads.
 */
import { excelServices } from "../../taskpane/state/excelServices";
import { AppStore, REMOTE_RELOAD_DEBOUNCE_MS } from "../../taskpane/state/store";
import { fixedToday } from "../../taskpane/state/today";
import { describeConflicts, savedOverText } from "../../taskpane/state/conflictText";
import { chaseDraft } from "../fixtures/chaseDraft";
import { createTemplate } from "../../src/excel/createTemplate";
import { serialFromYmd } from "../../src/dates/serial";
import { asExcelContext, createContext, diffSnapshots, installInMemoryExcel, InMemoryWorkbook } from "../../in-memory-excel";

const NOV = (day: number) => serialFromYmd(2026, 11, day)!;
const HEADER = ["PO number", "Line", "Supplier", "Order date", "Requested date", "Promised date", "Ordered qty"];

let uninstall: () => void = () => undefined;
let store: AppStore | null = null;
afterEach(() => {
  store?.dispose();
  store = null;
  uninstall();
});

async function sharedWorkbook(): Promise<InMemoryWorkbook> {
  const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
  await createTemplate(asExcelContext(createContext(workbook)), {
    sample: [HEADER, ["PO-A", "1", "Acme", NOV(2), NOV(13), NOV(13), 100], ["PO-B", "1", "Bolt", NOV(2), NOV(13), NOV(16), 100]],
  });
  uninstall = installInMemoryExcel(workbook);
  return workbook;
}

/** Ken, in his own Excel, types a new promised date for the line on `row`. */
async function kenPromises(workbook: InMemoryWorkbook, row: number, date: number): Promise<void> {
  const table = workbook.findTable("Register")!;
  const header = workbook.valuesAt("Register", `A${table.row + 1}:Z${table.row + 1}`)[0];
  const column = header.indexOf("Promised date");
  expect(column).toBeGreaterThanOrEqual(0);
  const ken = asExcelContext(createContext(workbook, "ken"));
  ken.workbook.worksheets.getItem("Register").getCell(row - 1, column).values = [[date]];
  await ken.sync();
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const promisedOf = (s: AppStore, key: string) => s.statusOf(key)?.line.promisedDate;

test("another buyer's change reaches the pane: it reloads once after the burst, and says why", async () => {
  const workbook = await sharedWorkbook();
  const services = excelServices({ now: () => new Date("2026-11-23T10:00:00Z") });
  const loads = jest.spyOn(services, "load");
  store = new AppStore(services, fixedToday(NOV(23)), "en");
  await store.load();
  const row = store.statusOf("PO-A/1")!.line.sheetRow;
  await until(() => workbook.tableChangedHandlers.size > 0, "the pane to subscribe");

  // Ken's burst: three quick writes (one event each) → one reload after the debounce.
  await kenPromises(workbook, row, NOV(18));
  await kenPromises(workbook, row, NOV(19));
  await kenPromises(workbook, row, NOV(20));
  const loadsBefore = loads.mock.calls.length;
  await until(() => promisedOf(store!, "PO-A/1") === NOV(20), "the pane to show Ken's date");
  await new Promise((resolve) => setTimeout(resolve, REMOTE_RELOAD_DEBOUNCE_MS + 100));
  expect(loads.mock.calls.length - loadsBefore).toBe(1);
  expect(store.getState().notice).toBe(
    "The register or chase log was changed in another window or by another buyer; the pane has been refreshed.",
  );
});

test("the pane's own chase does not count as another buyer's change (no extra reload)", async () => {
  await sharedWorkbook();
  const services = excelServices({ now: () => new Date("2026-11-23T10:00:00Z") });
  store = new AppStore(services, fixedToday(NOV(23)), "en");
  await store.load();
  const loads = jest.spyOn(services, "load");
  const line = store.statusOf("PO-A/1")!;
  const result = await store.logChases([line], chaseDraft({ outcome: "confirmed" }), (n) => `${n} logged`);
  expect(result).toEqual({ ok: true, count: 1 });
  await new Promise((resolve) => setTimeout(resolve, REMOTE_RELOAD_DEBOUNCE_MS + 100));
  expect(loads).toHaveBeenCalledTimes(1); // logChases' own reload only
});

test("Mei logs a new date on a line whose promised date Ken changed since her pane read it: refused, told what changed, reloaded; then it saves (2 syncs)", async () => {
  const workbook = await sharedWorkbook();
  const services = excelServices({ now: () => new Date("2026-11-23T10:00:00Z") });
  store = new AppStore(services, fixedToday(NOV(23)), "en");
  await store.load();
  const line = store.statusOf("PO-A/1")!;
  await kenPromises(workbook, line.line.sheetRow, NOV(20)); // before Mei's pane hears of it

  const before = workbook.cellSnapshot();
  const draft = chaseDraft({ outcome: "newDate", newPromised: NOV(30) });
  const refused = await store.logChases([line], draft, (n) => `${n} logged`);
  expect(refused).toEqual({
    ok: false,
    reload: true,
    message: `Nothing was saved: Promised date in row ${line.line.sheetRow} of Register (was 2026-11-13, now 2026-11-20) changed after the pane read it, probably another buyer logging a chase at the same time. The pane now shows the current values: check the line and log your chase again.`,
  });
  expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]); // Ken's date kept, no log row
  expect(promisedOf(store, "PO-A/1")).toBe(NOV(20)); // the pane reloaded

  // Logging the chase, compare-and-set included, is 2 round trips (the pane's reload after it is not counted).
  const syncs = workbook.syncCount;
  const saved = await services.logChases(store.getState().snapshot!, [store.statusOf("PO-A/1")!], draft, NOV(23), "en");
  expect(saved).toEqual({ ok: true, count: 1 });
  expect(workbook.syncCount - syncs).toBe(2);
  await store.load();
  expect(promisedOf(store, "PO-A/1")).toBe(NOV(30));
});

test("what changed, in Chinese and Japanese, each cell with its sheet (a register may span monthly sheets; dates as yyyy-mm-dd, a blank cell named as such)", () => {
  const cells = [
    { row: 7, field: "promisedDate" as const, expected: NOV(13), found: NOV(20), sheet: "Register" },
    { row: 7, field: "stage" as const, expected: "", found: "QC", sheet: "Nov" },
  ];
  expect(describeConflicts(cells, "1900", "zh-CN")).toBe(
    "工作表“Register”第 7 行的“承诺交期”（原为 2026-11-13，现为 2026-11-20）；工作表“Nov”第 7 行的“进度”（原为 空白，现为 QC）",
  );
  expect(describeConflicts(cells, "1900", "ja")).toMatch(
    /^シート「Register」7 行目の「.+」（変更前 2026-11-13、現在 2026-11-20）、シート「Nov」7 行目の「.+」（変更前 空欄、現在 QC）$/,
  );
  // A 1904 workbook's serial is 1462 days smaller for the same day.
  expect(describeConflicts([{ ...cells[0], expected: NOV(13) - 1462, found: NOV(20) - 1462 }], "1904", "en")).toBe(
    "Promised date in row 7 of Register (was 2026-11-13, now 2026-11-20)",
  );
  // Every date column the pane writes reads as a date, the ship date and the ETA too (not as 46339); quantities as numbers.
  const shipment = [
    { row: 9, field: "shipDate" as const, expected: NOV(13), found: NOV(16), sheet: "Register" },
    { row: 9, field: "eta" as const, expected: "", found: NOV(27), sheet: "Register" },
    { row: 9, field: "acceptedQty" as const, expected: 40, found: 46, sheet: "Register" },
  ];
  const text = describeConflicts(shipment, "1900", "en");
  expect(text).toContain("(was 2026-11-13, now 2026-11-16)");
  expect(text).toContain("(was blank, now 2026-11-27)");
  expect(text).toContain("(was 40, now 46)");
});

test("saved while another buyer's save landed between our two round trips: the buyer is told whose value was replaced", () => {
  const cells = [{ row: 4, field: "promisedDate" as const, expected: NOV(13), found: NOV(18), sheet: "Register" }];
  expect(savedOverText(cells, "1900", "en")).toBe(
    "Saved, but at the same moment someone else changed Promised date in row 4 of Register (was 2026-11-13, now 2026-11-18), and your chase replaced that value. The pane now shows the current values: check the line.",
  );
});
