import { createTemplate } from "../../src/excel/createTemplate";
import { writeChase, type RegisterCellChange, type WriteChaseInput } from "../../src/excel/writeChase";
import { diffSnapshots, InMemoryWorkbook } from "../../in-memory-excel";
import { contextFor } from "./helpers";

/**
 * A register with the shipment and receipt columns: A PO, B Line, C Supplier, D Promised, E Stage,
 * F Ship date, G ETA, H Carrier, I Tracking, J Accepted, K Rejected; header on row 1, lines on rows 2–4.
 */
const REGISTER = {
  sheet: "POs",
  columns: { promisedDate: 3, stage: 4, shipDate: 5, eta: 6, carrier: 7, tracking: 8, acceptedQty: 9, rejectedQty: 10 },
  firstDataRow: 2,
  lastDataRow: 4,
  keyColumns: { poNumber: 0, line: 1 },
};
const ETA_BEFORE = 46350;
const ETA_AFTER = 46357;

async function shipmentWorkbook(): Promise<InMemoryWorkbook> {
  const workbook = InMemoryWorkbook.withSheets({ POs: [] });
  const header = ["PO number", "Line", "Supplier", "Promised date", "Stage", "Ship date", "ETA", "Carrier", "Tracking", "Accepted qty", "Rejected qty"];
  const row = (po: string) => [po, "10", "Acme", 46340, "Shipped", 46330, ETA_BEFORE, "DHL", "1Z1", "", ""];
  const dates = [null, null, null, "yyyy-mm-dd", null, "yyyy-mm-dd", "yyyy-mm-dd", null, null, null, null];
  workbook.seed("POs", "A1", [header, row("PO1"), row("PO2"), row("PO3")], [header.map(() => null), dates, dates, dates]);
  await createTemplate(contextFor(workbook).context, { parts: ["chaseLog"] });
  return workbook;
}

const input = (changes: RegisterCellChange[]): WriteChaseInput => ({
  rows: [],
  changes,
  register: REGISTER,
  dateSystem: "1900",
  lines: [{ row: 3, key: "PO2/10" }],
});

describe("writeChase: shipment and receipt columns", () => {
  test("a chase with a new ETA writes that cell only (whole grid diff), as a date", async () => {
    const workbook = await shipmentWorkbook();
    const before = workbook.cellSnapshot();
    const result = await writeChase(contextFor(workbook).context, input([{ row: 3, field: "eta", value: ETA_AFTER, expected: ETA_BEFORE }]));
    expect(result).toMatchObject({ ok: true, cellsWritten: 1, refused: [] });
    expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual(["POs!G3"]);
    expect(workbook.valuesAt("POs", "G2:G4")).toEqual([[ETA_BEFORE], [ETA_AFTER], [ETA_BEFORE]]);
    expect(workbook.cellAt("POs", "G3")?.numberFormat).toBe("yyyy-mm-dd");
  });

  test("refuses, writing nothing, when the ETA cell changed since the pane read it", async () => {
    const workbook = await shipmentWorkbook();
    // Another buyer moved the ETA meanwhile.
    workbook.seed("POs", "G3", [[46352]]);
    const before = workbook.cellSnapshot();
    const result = await writeChase(contextFor(workbook).context, input([{ row: 3, field: "eta", value: ETA_AFTER, expected: ETA_BEFORE }]));
    expect(result).toEqual({
      ok: false,
      reason: "registerChanged",
      rows: [],
      cells: [{ row: 3, field: "eta", expected: ETA_BEFORE, found: 46352, sheet: "POs" }],
      syncs: 1,
    });
    expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]);
  });

  test("quantities are written as numbers, a tracking reference that looks like a formula as text", async () => {
    const workbook = await shipmentWorkbook();
    const result = await writeChase(
      contextFor(workbook).context,
      input([
        { row: 3, field: "acceptedQty", value: 90, expected: "" },
        { row: 3, field: "rejectedQty", value: 10, expected: "" },
        { row: 3, field: "tracking", value: "=HYPERLINK(\"x\")", expected: "1Z1" },
      ]),
    );
    expect(result).toMatchObject({ ok: true, cellsWritten: 3 });
    expect(workbook.valuesAt("POs", "J3:K3")).toEqual([[90, 10]]);
    expect(workbook.cellAt("POs", "I3")?.formula).toBeUndefined();
    expect(workbook.cellAt("POs", "I3")?.value).toBe("=HYPERLINK(\"x\")");
  });

  test("a field the register has no column for is refused, not written anywhere", async () => {
    const workbook = await shipmentWorkbook();
    const before = workbook.cellSnapshot();
    const { eta: _eta, ...withoutEta } = REGISTER.columns;
    const result = await writeChase(contextFor(workbook).context, {
      ...input([{ row: 3, field: "eta", value: ETA_AFTER }]),
      register: { ...REGISTER, columns: withoutEta },
    });
    expect(result).toMatchObject({ ok: true, cellsWritten: 0, refused: [{ field: "eta" }] });
    expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]);
  });
});
