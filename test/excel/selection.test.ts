import { selectCell, selectedRegisterRow, getSelectedCell, onSelectionChanged } from "../../src/excel/selection";
import { runExcel, runExcelIn } from "../../src/excel/run";
import { installInMemoryExcel } from "../../in-memory-excel";
import { contextFor, registerWorkbook } from "./helpers";

/** Office.js delivers events after the sync, asynchronously. */
const events = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("selection", () => {
  test("selecting a problem cell activates its sheet and selects it in one sync", async () => {
    const workbook = registerWorkbook(5);
    workbook.addSheet("Other");
    const { context, fake } = contextFor(workbook);
    await selectCell(context, "POs", 6, 5);
    expect(fake.syncCount).toBe(1);
    expect(workbook.selection?.rect).toEqual({ row: 5, col: 5, rows: 1, cols: 1 });
    expect(await getSelectedCell(context)).toEqual({ sheet: "POs", row: 6, column: 5 });
  });

  test("the register row under the selection, or null outside the data rows", async () => {
    const workbook = registerWorkbook(5);
    const { context } = contextFor(workbook);
    const register = { sheet: "POs", firstDataRow: 4, lastDataRow: 8 };
    await selectCell(context, "POs", 7, 2);
    expect(await selectedRegisterRow(context, register)).toBe(7);
    await selectCell(context, "POs", 3, 2); // the header
    expect(await selectedRegisterRow(context, register)).toBeNull();
  });

  describe("through Excel.run (runExcel)", () => {
    let uninstall: () => void = () => undefined;
    afterEach(() => uninstall());

    test("runExcel runs a batch on a fresh context; runExcelIn reuses an earlier batch's context", async () => {
      const workbook = registerWorkbook(5);
      uninstall = installInMemoryExcel(workbook);
      const first = await runExcel(async (context) => context);
      const again = await runExcelIn(first, async (context) => context);
      expect(again).toBe(first);
      const cell = await runExcel(async (context) => {
        await selectCell(context, "POs", 6, 2);
        return getSelectedCell(context);
      });
      expect(cell).toEqual({ sheet: "POs", row: 6, column: 2 });
    });

    test("onSelectionChanged: the handler runs after each selection change until unsubscribed (1 sync each way)", async () => {
      const workbook = registerWorkbook(5);
      uninstall = installInMemoryExcel(workbook);
      const before = workbook.syncCount;
      let calls = 0;
      const unsubscribe = await onSelectionChanged(() => void calls++);
      expect(workbook.syncCount - before).toBe(1);
      expect(workbook.selectionHandlers.size).toBe(1);

      await runExcel((context) => selectCell(context, "POs", 6, 2));
      await events();
      expect(calls).toBe(1);

      await unsubscribe();
      expect(workbook.selectionHandlers.size).toBe(0);
      await runExcel((context) => selectCell(context, "POs", 7, 2));
      await events();
      expect(calls).toBe(1);
    });

    test("a host that refuses the subscription leaves a no-op unsubscribe (never throws)", async () => {
      const workbook = registerWorkbook(5);
      uninstall = installInMemoryExcel(workbook);
      workbook.failNextSync(new Error("not supported"));
      const unsubscribe = await onSelectionChanged(() => undefined);
      await expect(unsubscribe()).resolves.toBeUndefined();
      expect(workbook.selectionHandlers.size).toBe(0);
    });
  });
});
