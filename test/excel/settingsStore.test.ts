import { loadSettings, saveSettings, parseStoredSettings, SETTINGS_KEY, EMPTY_STORED_SETTINGS } from "../../src/excel/settingsStore";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { InMemoryWorkbook } from "../../in-memory-excel";
import { contextFor } from "./helpers";

describe("settingsStore", () => {
  test("settings and mapping round-trip through the workbook, one sync each way", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    const { context, fake } = contextFor(workbook);
    const stored = { settings: { ...DEFAULT_SETTINGS, dueSoon: 7, holidays: [46023] }, mapping: { promisedDate: "Liefertermin" }, registerTable: "POs", registerSheet: null };
    await saveSettings(context, stored);
    expect(fake.syncCount).toBe(1);
    expect(await loadSettings(context)).toEqual(stored);
    expect(fake.syncCount).toBe(2);
    expect(JSON.parse(workbook.settings.get(SETTINGS_KEY) as string).version).toBe(1);
  });

  test("missing, malformed or future settings fall back to defaults without throwing", async () => {
    expect(await loadSettings(contextFor(new InMemoryWorkbook()).context)).toEqual(EMPTY_STORED_SETTINGS);
    expect(parseStoredSettings("{not json")).toEqual(EMPTY_STORED_SETTINGS);
    expect(parseStoredSettings(JSON.stringify({ version: 99, settings: { dueSoon: 1 } }))).toEqual(EMPTY_STORED_SETTINGS);
    const partial = parseStoredSettings(JSON.stringify({ version: 1, settings: { dueSoon: "soon", minGap: 4 }, mapping: { stage: 3 } }));
    expect(partial.settings.dueSoon).toBe(DEFAULT_SETTINGS.dueSoon);
    expect(partial.settings.minGap).toBe(4);
    expect(partial.mapping).toEqual({});
  });
});
