import { chooseRegister, listSources, queueInventory } from "../../src/excel/locateRegister";
import { saveSettings, EMPTY_STORED_SETTINGS, SETTINGS_KEY } from "../../src/excel/settingsStore";
import { createTemplate } from "../../src/excel/createTemplate";
import { InMemoryWorkbook } from "../../in-memory-excel";
import { contextFor, registerWorkbook } from "./helpers";

describe("listSources", () => {
  test("tables first, then every sheet, the Chases table left out, in one sync", async () => {
    const workbook = registerWorkbook(3);
    await createTemplate(contextFor(workbook).context, { parts: ["chaseLog"] });
    workbook.addSheet("Notes");
    const { context, fake } = contextFor(workbook);
    const sources = await listSources(context);
    expect(fake.syncCount).toBe(1);
    expect(sources.filter((s) => s.kind === "table")).toEqual([{ kind: "table", table: "Register" }]);
    expect(sources.filter((s) => s.kind === "sheet").map((s) => s.kind === "sheet" && s.sheet)).toEqual(workbook.sheets.map((s) => s.name));
    expect(sources[0]).toEqual({ kind: "table", table: "Register" });
  });
});

describe("chooseRegister over the workbook's inventory (the rule is src/workbook's)", () => {
  test("names and the saved record in one sync; picked, then saved, then Register, any case", async () => {
    const workbook = registerWorkbook(3);
    workbook.addSheet("Export");
    const { context, fake } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, registerSheet: "export" });
    const before = fake.syncCount;
    const pending = queueInventory(context);
    await context.sync();
    const inventory = pending.read();
    expect(fake.syncCount - before).toBe(1);
    expect(inventory.saved.stored.registerSheet).toBe("export");
    expect(chooseRegister(inventory)).toEqual({ kind: "sheet", sheet: "Export" }); // the saved sheet, spelt as the workbook does
    expect(chooseRegister(inventory, { tableName: "register" })).toEqual({ kind: "table", table: "Register" }); // picked wins
    const none = { ...inventory, saved: { raw: undefined, stored: EMPTY_STORED_SETTINGS } };
    expect(chooseRegister(none)).toEqual({ kind: "table", table: "Register" });
    expect(chooseRegister({ tables: [], sheets: ["Register"], saved: none.saved })).toBeNull();
  });

  test("an unreadable saved record chooses as if nothing were saved", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Export: [] });
    workbook.settings.set(SETTINGS_KEY, "{not json");
    const { context } = contextFor(workbook);
    const pending = queueInventory(context);
    await context.sync();
    const inventory = pending.read();
    expect(inventory.saved.stored.recordProblem).toBe("unreadable");
    expect(chooseRegister(inventory)).toBeNull();
  });
});
