/** A save in this runtime reaches the functions even where Excel's settings-changed event does not fire for it. */
import { saveSettings, EMPTY_STORED_SETTINGS } from "../../src/excel/settingsStore";
import { onSettingsSaved } from "../../src/excel/settingsSaved";
import { watchFunctionSettings } from "../../src/excel/functionSettings";
import { InMemoryWorkbook, installInMemoryExcel } from "../../in-memory-excel";
import { contextFor } from "./helpers";

test("saveSettings signals after its sync, once per save; a stopped listener hears nothing", async () => {
  const workbook = InMemoryWorkbook.withSheets({ Sheet1: [["x"]] });
  const heard: number[] = [];
  const stop = onSettingsSaved(() => heard.push(workbook.syncCount));
  const { context } = contextFor(workbook);
  await saveSettings(context, EMPTY_STORED_SETTINGS);
  expect(heard).toEqual([1]); // after the save's one sync, not before
  stop();
  await saveSettings(context, EMPTY_STORED_SETTINGS);
  expect(heard).toEqual([1]);
});

test("watchFunctionSettings follows the signal where the host's settings-changed event stays silent", async () => {
  const workbook = InMemoryWorkbook.withSheets({ Sheet1: [["x"]] });
  const uninstall = installInMemoryExcel(workbook);
  try {
    let changes = 0;
    const stop = await watchFunctionSettings(() => changes++);
    workbook.settingsHandlers.clear(); // the host bug: onSettingsChanged never fires for settings.add
    await saveSettings(contextFor(workbook).context, EMPTY_STORED_SETTINGS);
    expect(changes).toBe(1);
    await stop();
    await saveSettings(contextFor(workbook).context, EMPTY_STORED_SETTINGS);
    expect(changes).toBe(1); // unsubscribed: the signal too
  } finally {
    uninstall();
  }
});
