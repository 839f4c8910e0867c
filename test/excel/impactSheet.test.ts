/** The add-in's Customer impact sheet (issue 13, point 2) in the in-memory Excel: written to a sheet we own, never to the buyer's. */
import { InMemoryWorkbook, installInMemoryExcel } from "../../in-memory-excel";
import { writeCustomerImpactSheet } from "../../src/excel/impactSheet";
import { customerImpactTable } from "../../src/report/customerImpactSheet";
import { runPipeline } from "../../src/pipeline";
import { OWNED_SHEETS_KEY } from "../../src/workbook/ownedSheets";
import { registerSources } from "../fixtures/sources";
import { chronicSlipperRows } from "../fixtures/chronicSlipper";

// The pipeline test's chronic slipper (test/pipeline/predictionsAndImpact.test.ts): every Acme slip was
// 5 working days, so P50 = P90 = promised + 5. PO-5 (Fri 13 Feb) → Fri 20 Feb (46073), 2 working days after
// SO-8's latest arrival Wed 18 Feb (46071); PO-4 (Mon 9 Feb) → Mon 16 Feb (46069), 2 to spare.
const ROWS = chronicSlipperRows("=Kite"); // PO-5's customer "=Kite" must stay text
const model = runPipeline(registerSources(ROWS), { asOf: 46062 });
const table = customerImpactTable(model.customerImpact!, (key) => model.predictions?.get(key), "en");

async function write(workbook: InMemoryWorkbook, dateSystem: "1900" | "1904" = "1900") {
  const uninstall = installInMemoryExcel(workbook);
  try {
    return await writeCustomerImpactSheet(table, { dateSystem });
  } finally {
    uninstall();
  }
}

/** Rows 5… as [sales order, PO, expected, P90, margin]. */
function body(workbook: InMemoryWorkbook, sheet: string): unknown[][] {
  const header = workbook.valuesAt(sheet, "A4:O4")[0];
  const at = (name: string) => header.indexOf(name);
  return workbook.valuesAt(sheet, "A5:O7").map((r) => [r[at("Sales order")], r[at("PO number")], r[at("Expected arrival")], r[at("Late case (P90)")], r[at("Margin (working days)")]]);
}

test("a new sheet, marked as ours, per sales order the lines with P50, P90 and the margin", async () => {
  const workbook = InMemoryWorkbook.withSheets({ Register: [] });
  expect(await write(workbook)).toEqual({ sheet: "Customer impact", clashWith: null, created: true });
  expect(body(workbook, "Customer impact")).toEqual([
    ["SO-8", "PO-5", 46073, 46073, -2],
    ["SO-8", "PO-4", 46069, 46069, 2],
    ["SO-9", "PO-5", 46073, 46073, -2],
  ]);
  expect(workbook.cellAt("Customer impact", "L5")?.numberFormat).toBe("yyyy-mm-dd");
  expect(String(workbook.settings.get(OWNED_SHEETS_KEY))).toContain("Customer impact");
  // "=Kite" stays text: never a formula.
  expect(workbook.valuesAt("Customer impact", "B7:B7")[0][0]).toBe("=Kite");
  // Run again: the same sheet of ours is rewritten, not a second one added.
  expect(await write(workbook)).toEqual({ sheet: "Customer impact", clashWith: null, created: false });
  expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Register", "Customer impact"]);
});

test("a 'Customer impact' sheet the buyer made is left alone: '(2)' is written instead", async () => {
  const workbook = InMemoryWorkbook.withSheets({ Register: [], "Customer impact": [["my own notes"]] });
  expect(await write(workbook)).toEqual({ sheet: "Customer impact (2)", clashWith: "Customer impact", created: true });
  expect(workbook.valuesAt("Customer impact", "A1:A1")).toEqual([["my own notes"]]);
  expect(body(workbook, "Customer impact (2)")[0]).toEqual(["SO-8", "PO-5", 46073, 46073, -2]);
});

test("a 1904 workbook gets its own serials: 46073 − 1462 = 44611", async () => {
  const workbook = InMemoryWorkbook.withSheets({ Register: [] });
  await write(workbook, "1904");
  expect(body(workbook, "Customer impact")[0]).toEqual(["SO-8", "PO-5", 44611, 44611, -2]);
});
