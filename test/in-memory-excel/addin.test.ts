/**
 * The in-memory Excel's Office.addin startup behaviour (in-memory-excel/addin.ts), as documented:
 * https://learn.microsoft.com/javascript/api/office/office.addin (both calls return promises, SharedRuntime 1.1),
 * https://learn.microsoft.com/javascript/api/office/office.startupbehavior ("Load" / "None"),
 * https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open (document scope).
 */
import { InMemoryWorkbook, addinOf, opensWithAddin, startupBehaviorOf, STARTUP_BEHAVIOR } from "../../in-memory-excel";
import { installInMemoryExcelHost } from "../../in-memory-excel/host";

describe("in-memory Office.addin startup behaviour", () => {
  test("Office's enum values, and a new document answers None", async () => {
    expect(STARTUP_BEHAVIOR).toEqual({ load: "Load", none: "None" });
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    await expect(addinOf(workbook).getStartupBehavior()).resolves.toBe("None");
    expect(opensWithAddin(workbook)).toBe(false);
  });

  test("set is per document: every Office.addin of that workbook sees it, another workbook does not", async () => {
    const a = InMemoryWorkbook.withSheets({ S: [] });
    const b = InMemoryWorkbook.withSheets({ S: [] });
    await addinOf(a).setStartupBehavior("Load");
    await expect(addinOf(a).getStartupBehavior()).resolves.toBe("Load"); // a second runtime on the same document
    await expect(addinOf(b).getStartupBehavior()).resolves.toBe("None");
    expect([opensWithAddin(a), opensWithAddin(b)]).toEqual([true, false]);
    await addinOf(a).setStartupBehavior("None");
    expect(startupBehaviorOf(a)).toBe("None");
  });

  test("a value outside the enum is refused; a host without SharedRuntime refuses both calls", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    await expect(addinOf(workbook).setStartupBehavior("Always" as never)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(addinOf(workbook, false).setStartupBehavior("Load")).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(startupBehaviorOf(workbook)).toBe("None");
  });

  test("installInMemoryExcelHost puts Office.addin and Office.StartupBehavior in place, and takes them away again", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    const uninstall = installInMemoryExcelHost(workbook, { excelApi: "1.7" });
    const office = (globalThis as unknown as { Office: typeof Office }).Office;
    expect(office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
    await office.addin.setStartupBehavior(office.StartupBehavior.load);
    expect(startupBehaviorOf(workbook)).toBe("Load");
    uninstall();
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    const old = installInMemoryExcelHost(workbook, { excelApi: "1.7", sharedRuntime: null });
    expect((globalThis as unknown as { Office: typeof Office }).Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    old();
  });
});
