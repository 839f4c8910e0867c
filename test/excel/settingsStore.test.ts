/**
 * The Office.js side of the settings record: one sync each way through Excel.SettingCollection. What
 * the record means (versions, validation, bounds) is src/workbook/storedSettings.ts's rule
 * (test/workbook/storedSettings.test.ts).
 */
import { loadSettings, saveSettings, parseStoredSettings, queueLoadRecord, SETTINGS_KEY, EMPTY_STORED_SETTINGS } from "../../src/excel/settingsStore";
import { readSettingsSources } from "../../src/excel/readSources";
import { settleSettings } from "../../src/pipeline";
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
    expect(await loadSettings(context)).toEqual({ ...stored, problems: [], recordProblem: null });
    expect(fake.syncCount).toBe(2);
    expect(typeof workbook.settings.get(SETTINGS_KEY)).toBe("string"); // JSON text: every host keeps it byte for byte
    expect(JSON.parse(workbook.settings.get(SETTINGS_KEY) as string).version).toBe(1);
  });

  test("queueLoadRecord: the raw value for the pipeline and the parsed record, in the caller's sync", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    const { context, fake } = contextFor(workbook);
    const pending = queueLoadRecord(context);
    await context.sync();
    expect(pending.read()).toEqual({ raw: undefined, stored: EMPTY_STORED_SETTINGS }); // nothing saved yet
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, registerSheet: "Export" });
    const again = queueLoadRecord(context);
    await context.sync();
    const saved = again.read();
    expect(saved.raw).toBe(workbook.settings.get(SETTINGS_KEY));
    expect(saved.stored).toEqual(parseStoredSettings(saved.raw));
    expect(saved.stored.registerSheet).toBe("Export");
    expect(fake.syncCount).toBe(3);
  });

  test("missing, malformed or future settings fall back to defaults without throwing, the record's problem named", async () => {
    expect(await loadSettings(contextFor(new InMemoryWorkbook()).context)).toEqual(EMPTY_STORED_SETTINGS);
    expect(parseStoredSettings("{not json")).toEqual({ ...EMPTY_STORED_SETTINGS, recordProblem: "unreadable" });
    expect(parseStoredSettings(JSON.stringify({ version: 99, settings: { dueSoon: 1 } }))).toEqual({ ...EMPTY_STORED_SETTINGS, recordProblem: "newerVersion" });
    const partial = parseStoredSettings(JSON.stringify({ version: 1, settings: { dueSoon: "soon", minGap: 4 }, mapping: { stage: 3 } }));
    expect(partial.settings.dueSoon).toBe(DEFAULT_SETTINGS.dueSoon);
    expect(partial.settings.minGap).toBe(4);
    expect(partial.mapping).toEqual({});
    expect(partial.problems).toEqual([{ field: "dueSoon", code: "notANumber", value: "soon" }]);
  });

  test("a record edited by hand in the file: read back validated, each bad key named and defaulted", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    workbook.settings.set(SETTINGS_KEY, JSON.stringify({ version: 1, settings: { dueSoon: -10, weekend: "1111111", minGap: 4 } }));
    const stored = await loadSettings(contextFor(workbook).context);
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, minGap: 4 });
    expect(stored.problems.map((p) => [p.field, p.code])).toEqual([
      ["dueSoon", "negative"],
      ["weekend", "invalidWeekend"],
    ]);
  });

  test("readSettingsSources: the record, the Holidays cells and the date system in ONE sync, no register read", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] }, { date1904: true, shortDatePattern: "dd.MM.yyyy" });
    const { context, fake } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, settings: { ...DEFAULT_SETTINGS, minGap: 4 } });
    const before = fake.syncCount;
    const sources = await readSettingsSources(context);
    expect(fake.syncCount - before).toBe(1);
    expect(sources).toMatchObject({ register: null, chaseLog: null, holidays: null, dateSystem: "1904", localeDateOrder: "DMY", history: [] });
    const settled = settleSettings(sources);
    expect(settled.settings.minGap).toBe(4);
    expect(settled.settings.dateOrder).toBe("DMY"); // nothing saved: the locale's order
  });
});
