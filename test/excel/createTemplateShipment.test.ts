import { createTemplate } from "../../src/excel/createTemplate";
import { parseRegister } from "../../src/register/parseRegister";
import { INSPECTION_CHOICES, registerTemplate, STAGE_CHOICES } from "../../src/register/template";
import { InMemoryWorkbook } from "../../in-memory-excel";
import { contextFor, readRegisterOf } from "./helpers";

/** Issue 12, point 7: the created register has the shipment and quality columns, with dropdowns where they are choices. */
describe("created register: shipment and quality at receipt", () => {
  const NEW = ["shipDate", "eta", "portArrivalDate", "carrier", "tracking", "acceptedQty", "rejectedQty", "returnedQty"] as const;

  test("the new columns are there, detected as their own fields, dates as dates and quantities as numbers", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const { context } = contextFor(workbook);
    const columns = registerTemplate();
    const at = (field: string) => columns.findIndex((c) => c.field === field);
    for (const field of NEW) expect(at(field)).toBeGreaterThanOrEqual(0);
    // A line shipped 2026-11-17 (46343), ETA 2026-11-25 (46351), 90 accepted and 10 rejected of 100.
    const values: Record<string, unknown> = { poNumber: "PO1", supplier: "Acme", promisedDate: 46346, orderedQty: 100, receivedQty: 100, shipDate: 46343, eta: 46351, carrier: "COSCO", tracking: "SH1", acceptedQty: 90, rejectedQty: 10, returnedQty: 10, stage: "Arrived", inspection: "Partial" };
    await createTemplate(context, { sample: [columns.map((c) => c.header), columns.map((c) => (values[c.field] ?? null) as string | number | null)] });
    const register = workbook.findTable("Register")!;
    expect(workbook.getCell(register.sheet, 1, at("eta"))).toMatchObject({ value: 46351, numberFormat: "yyyy-mm-dd" });

    const read = await readRegisterOf(context);
    if (!read.ok) throw new Error(read.reason);
    const parsed = parseRegister(read.source);
    for (const field of NEW) expect(parsed.detection.columns[field]).toBe(at(field));
    expect(parsed.lines[0]).toMatchObject({ shipDate: 46343, eta: 46351, carrier: "COSCO", tracking: "SH1", acceptedQty: 90, rejectedQty: 10, returnedQty: 10 });
  });

  test("Stage and Inspection are dropdowns of their choices", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    await createTemplate(contextFor(workbook).context, {});
    const columns = registerTemplate();
    const sheet = workbook.findTable("Register")!.sheet;
    const listAt = (field: string) => sheet.dataValidations.find((v) => v.rect.col === columns.findIndex((c) => c.field === field))?.rule;
    expect(listAt("stage")).toMatchObject({ list: { inCellDropDown: true, source: STAGE_CHOICES.join(",") } });
    expect(listAt("inspection")).toMatchObject({ list: { inCellDropDown: true, source: INSPECTION_CHOICES.join(",") } });
    expect(listAt("eta")).toBeUndefined();
  });
});
