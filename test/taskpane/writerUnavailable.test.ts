/**
 * The code that writes chases is a chunk fetched once the first view is up (excelServices preload). When it
 * cannot be loaded (offline before it came), nothing is written and the buyer reads why, in their language.
 */
import { excelServices } from "../../taskpane/state/excelServices";
import { createTemplate } from "../../src/excel/createTemplate";
import { serialFromYmd } from "../../src/dates/serial";
import { installInMemoryExcel, InMemoryWorkbook, asExcelContext, createContext } from "../../in-memory-excel";
import { makeI18n } from "../../taskpane/state/i18n";
import { chaseDraft } from "../fixtures/chaseDraft";

// The writer's chunk fails to load, as an import() does offline.
jest.mock("../../src/excel/writeChase", () => {
  throw new Error("chunk unreachable");
});

const NOV = (day: number) => serialFromYmd(2026, 11, day)!;

test("the chase writer unreachable: nothing is written, the buyer is told why in their language", async () => {
  const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
  const header = ["PO number", "Line", "Supplier", "Order date", "Requested date", "Promised date", "Ordered qty"];
  await createTemplate(asExcelContext(createContext(workbook)), { sample: [header, ["PO-A", "1", "Acme", NOV(2), NOV(13), NOV(13), 100]] });
  const uninstall = installInMemoryExcel(workbook);
  try {
    const services = excelServices({ now: () => new Date("2026-11-23T10:00:00Z") });
    const snapshot = (await services.load(NOV(23), "en"))!;
    expect(snapshot.statuses).toHaveLength(1);
    const before = workbook.cellSnapshot();
    for (const lang of ["en", "zh-CN", "ja"] as const) {
      const saved = await services.logChases(snapshot, snapshot.statuses, chaseDraft(), NOV(23), lang);
      expect(saved).toEqual({ ok: false, message: makeI18n(lang).t("err_writerUnavailable") });
    }
    await expect(services.preload!()).rejects.toThrow("chunk unreachable");
    expect(workbook.cellSnapshot()).toEqual(before);
  } finally {
    uninstall();
  }
});
