import { excelServices } from "../../taskpane/state/excelServices";
import type { Services, Snapshot } from "../../taskpane/state/services";
import { createTemplate } from "../../src/excel/createTemplate";
import { NOV } from "../followup/fixtures";
import { installInMemoryExcel, InMemoryWorkbook, asExcelContext, createContext } from "../../in-memory-excel";

/**
 * The add-in's template with one line (PO-A, Acme, promised Fri 13 Nov), loaded through the pane's services on
 * Mon 23 Nov at 10:00 UTC, with the in-memory Excel installed while `run` runs.
 */
export async function withOneLineWorkbook(
  run: (services: Services, snapshot: Snapshot, workbook: InMemoryWorkbook) => Promise<void>,
): Promise<void> {
  const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
  const header = ["PO number", "Line", "Supplier", "Order date", "Requested date", "Promised date", "Ordered qty"];
  await createTemplate(asExcelContext(createContext(workbook)), { sample: [header, ["PO-A", "1", "Acme", NOV(2), NOV(13), NOV(13), 100]] });
  const uninstall = installInMemoryExcel(workbook);
  try {
    const services = excelServices({ now: () => new Date("2026-11-23T10:00:00Z") });
    await run(services, (await services.load(NOV(23), "en"))!, workbook);
  } finally {
    uninstall();
  }
}
