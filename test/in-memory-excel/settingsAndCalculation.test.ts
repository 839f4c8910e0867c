/**
 * In-memory Excel: SettingCollection.onSettingsChanged (ExcelApi 1.4) and Application.calculate
 * (ExcelApi 1.1), as in-memory-excel/README.md describes them.
 */
import { InMemoryWorkbook, asExcelContext, createContext, installInMemoryExcel, type SettingsChangedArgs } from "../../in-memory-excel";

/** Lets the events queued by a sync (setTimeout 0, as Office.js delivers them after the batch) run. */
const events = () => new Promise((resolve) => setTimeout(resolve, 5));

function setup() {
  const workbook = InMemoryWorkbook.withSheets({ Data: [] });
  return { workbook, context: asExcelContext(createContext(workbook)) };
}

describe("settings.onSettingsChanged", () => {
  test("registered at the sync; fires once after each sync that adds, changes or deletes settings", async () => {
    const { context } = setup();
    const fired: SettingsChangedArgs[] = [];
    context.workbook.settings.onSettingsChanged.add(async (args) => void fired.push(args as unknown as SettingsChangedArgs));
    // The registration is first in the batch, so settings added in the same sync already raise the event.
    context.workbook.settings.add("a", 1);
    context.workbook.settings.add("b", 2);
    await context.sync();
    await events();
    expect(fired).toHaveLength(1); // one sync, two settings: one event

    context.workbook.settings.getItem("a").value = 3;
    await context.sync();
    await events();
    expect(fired).toHaveLength(2);

    context.workbook.settings.getItem("b").delete();
    await context.sync();
    await events();
    expect(fired).toHaveLength(3);

    // A sync that only reads settings (or writes cells) fires nothing.
    context.workbook.settings.getItemOrNullObject("a").load("value");
    context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
    await context.sync();
    await events();
    expect(fired).toHaveLength(3);
  });

  test("the handler is not called before Office.js would deliver the event (after the sync, asynchronously)", async () => {
    const { context } = setup();
    let fired = 0;
    context.workbook.settings.onSettingsChanged.add(async () => void fired++);
    await context.sync();
    context.workbook.settings.add("k", "v");
    expect(fired).toBe(0);
    await context.sync();
    expect(fired).toBe(0);
    await events();
    expect(fired).toBe(1);
  });

  test("args.settings belongs to a context of its own, through which the new value is read", async () => {
    const { context } = setup();
    const seen: unknown[] = [];
    context.workbook.settings.onSettingsChanged.add(async (args) => {
      const item = args.settings.getItem("k").load("value");
      await args.settings.context.sync();
      seen.push(item.value);
    });
    await context.sync();
    context.workbook.settings.add("k", { n: 1 });
    await context.sync();
    await events();
    expect(seen).toEqual([{ n: 1 }]);
  });

  test("a change from another context (another batch, the task pane) fires it too; remove() stops it", async () => {
    const { workbook, context } = setup();
    let fired = 0;
    const result = context.workbook.settings.onSettingsChanged.add(async () => void fired++);
    await context.sync();
    const other = asExcelContext(createContext(workbook));
    other.workbook.settings.add("k", 1);
    await other.sync();
    await events();
    expect(fired).toBe(1);
    result.remove();
    await context.sync();
    other.workbook.settings.add("k", 2);
    await other.sync();
    await events();
    expect(fired).toBe(1);
  });

  test("with Excel.run: subscribe in one batch, remove in the same context (Excel.run(context, batch))", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Data: [] });
    const uninstall = installInMemoryExcel(workbook);
    try {
      let fired = 0;
      const subscription = await Excel.run(async (context) => ({ context, result: context.workbook.settings.onSettingsChanged.add(async () => void fired++) }));
      await Excel.run(async (context) => void context.workbook.settings.add("k", 1));
      await events();
      expect(fired).toBe(1);
      await Excel.run(subscription.context, async () => subscription.result.remove());
      await Excel.run(async (context) => void context.workbook.settings.add("k", 2));
      await events();
      expect(fired).toBe(1);
    } finally {
      uninstall();
    }
  });
});

describe("application.calculate", () => {
  test("applied at the sync and recorded in workbook.calculations, in order", async () => {
    const { workbook, context } = setup();
    context.workbook.application.calculate("Full");
    expect(workbook.calculations).toEqual([]);
    await context.sync();
    expect(workbook.calculations).toEqual(["Full"]);
    context.workbook.application.calculate("Recalculate");
    context.workbook.application.calculate("FullRebuild");
    await context.sync();
    expect(workbook.calculations).toEqual(["Full", "Recalculate", "FullRebuild"]);
  });

  test("a type that is not an Excel.CalculationType fails the sync with InvalidArgument", async () => {
    const { workbook, context } = setup();
    context.workbook.application.calculate("Everything" as Excel.CalculationType);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(workbook.calculations).toEqual([]);
  });

  test("installInMemoryExcel provides Excel.CalculationType", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Data: [] });
    const uninstall = installInMemoryExcel(workbook);
    try {
      await Excel.run(async (context) => {
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      });
      expect(workbook.calculations).toEqual(["Full"]);
    } finally {
      uninstall();
    }
  });
});
