/**
 * The code that writes chases is a chunk fetched once the first view is up (excelServices preload). When it
 * cannot be loaded (offline before it came), nothing is written and the buyer reads why, in their language.
 */
import { withOneLineWorkbook } from "./oneLineWorkbook";
import { NOV } from "../followup/fixtures";
import { makeI18n } from "../../taskpane/state/i18n";
import { chaseDraft } from "../fixtures/chaseDraft";

// The writer's chunk fails to load, as an import() does offline.
jest.mock("../../src/excel/writeChase", () => {
  throw new Error("chunk unreachable");
});

test("the chase writer unreachable: nothing is written, the buyer is told why in their language", async () => {
  await withOneLineWorkbook(async (services, snapshot, workbook) => {
    expect(snapshot.statuses).toHaveLength(1);
    const before = workbook.cellSnapshot();
    for (const lang of ["en", "zh-CN", "ja"] as const) {
      const saved = await services.logChases(snapshot, snapshot.statuses, chaseDraft(), NOV(23), lang);
      expect(saved).toEqual({ ok: false, message: makeI18n(lang).t("err_writerUnavailable") });
    }
    await expect(services.preload()).rejects.toThrow("chunk unreachable");
    expect(workbook.cellSnapshot()).toEqual(before);
  });
});
