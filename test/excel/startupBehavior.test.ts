/**
 * src/excel/startupBehavior.ts through the in-memory Excel's Office.addin (in-memory-excel/addin.ts): the switch on
 * stores StartupBehavior.load in the document, off stores .none, per workbook; a host without SharedRuntime 1.1
 * answers "unavailable" and nothing is called or thrown.
 */
import { InMemoryWorkbook, addinOf, inMemoryOffice, startupBehaviorOf } from "../../in-memory-excel";
import { installInMemoryExcelHost, type HostOptions } from "../../in-memory-excel/host";
import { officeStartupHost, readStartupBehavior, writeStartupBehavior } from "../../src/excel/startupBehavior";

async function onHost<T>(workbook: InMemoryWorkbook, host: HostOptions, run: () => Promise<T>): Promise<T> {
  const uninstall = installInMemoryExcelHost(workbook, host);
  try {
    return await run();
  } finally {
    uninstall();
  }
}

describe("load with this workbook (Office.addin startup behaviour)", () => {
  test("a new workbook is off; on writes StartupBehavior.load, off writes .none, each read back from the document", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    await onHost(workbook, { excelApi: "1.7", platform: "windows" }, async () => {
      const host = officeStartupHost();
      expect(host).not.toBeNull();
      await expect(readStartupBehavior(host)).resolves.toEqual({ available: true, loadsWithWorkbook: false, inMemory: false });
      await expect(writeStartupBehavior(host, true)).resolves.toEqual({ available: true, loadsWithWorkbook: true, inMemory: false });
      expect(startupBehaviorOf(workbook)).toBe("Load");
      await expect(writeStartupBehavior(host, false)).resolves.toEqual({ available: true, loadsWithWorkbook: false, inMemory: false });
      expect(startupBehaviorOf(workbook)).toBe("None");
    });
    // Office.addin is not an Excel.run request: no sync was spent on it.
    expect(workbook.syncCount).toBe(0);
  });

  test("the choice belongs to the workbook it was made in", async () => {
    const mine = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const other = InMemoryWorkbook.withSheets({ Sheet1: [] });
    await onHost(mine, { excelApi: "1.7" }, () => writeStartupBehavior(officeStartupHost(), true));
    await onHost(other, { excelApi: "1.7" }, async () => {
      await expect(readStartupBehavior(officeStartupHost())).resolves.toMatchObject({ loadsWithWorkbook: false });
    });
    await onHost(mine, { excelApi: "1.7" }, async () => {
      await expect(readStartupBehavior(officeStartupHost())).resolves.toMatchObject({ loadsWithWorkbook: true }); // "reopened"
    });
  });

  test("an old host without SharedRuntime 1.1: unavailable with the reason, nothing thrown, the document untouched", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    await onHost(workbook, { excelApi: "1.7", sharedRuntime: null }, async () => {
      const host = officeStartupHost();
      await expect(readStartupBehavior(host)).resolves.toEqual({ available: false, reason: "needsSharedRuntime" });
      await expect(writeStartupBehavior(host, true)).resolves.toEqual({ available: false, reason: "needsSharedRuntime" });
      // Had the module called Office.addin there, the host would have refused (ApiNotFound): it did not call.
      await expect(addinOf(workbook, false).getStartupBehavior()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(startupBehaviorOf(workbook)).toBe("None");
  });

  test("outside Office (no Office global, as in jest and a bare page): unavailable, not an error", async () => {
    expect(officeStartupHost()).toBeNull();
    await expect(readStartupBehavior(officeStartupHost())).resolves.toEqual({ available: false, reason: "notInExcel" });
    await expect(writeStartupBehavior(null, true)).resolves.toEqual({ available: false, reason: "notInExcel" });
  });

  test("the playground's in-memory Office: works, and says it is the in-memory one", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    await expect(writeStartupBehavior(inMemoryOffice(workbook), true)).resolves.toEqual({ available: true, loadsWithWorkbook: true, inMemory: true });
    expect(startupBehaviorOf(workbook)).toBe("Load");
  });

  test("a refusal by the host while setting is thrown to the caller (the pane shows it), the document unchanged", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const refusing = { ...inMemoryOffice(workbook), addin: inMemoryOffice(workbook, false).addin };
    await expect(writeStartupBehavior(refusing, true)).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(startupBehaviorOf(workbook)).toBe("None");
  });
});
