/**
 * The add-in's record in the workbook's settings (Excel.SettingCollection is per document, so the rules
 * travel with the file). What the record means, and its validation, live in src/workbook/storedSettings.ts;
 * this file only reads and writes it through Office.js.
 */
import {
  EMPTY_STORED_SETTINGS,
  SETTINGS_KEY,
  parseStoredSettings,
  serializeSettings,
  type StoredSettings,
} from "../workbook/storedSettings";
import { notifySettingsSaved } from "./settingsSaved";

export { EMPTY_STORED_SETTINGS, SETTINGS_KEY, parseStoredSettings, serializeSettings, type StoredSettings };

/** The record as stored (raw, for the pipeline) and as read (for choosing the register). */
export interface SavedRecord {
  raw: unknown;
  stored: StoredSettings;
}

const NOTHING_SAVED: SavedRecord = { raw: undefined, stored: EMPTY_STORED_SETTINGS };

/** Queues the settings read; call `read()` after the next sync (so it can share a sync with other reads). */
export function queueLoadRecord(context: Excel.RequestContext): { read(): SavedRecord } {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return {
    read: () => {
      // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
      if (item.isNullObject) return NOTHING_SAVED;
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
      const raw: unknown = item.value;
      return { raw, stored: parseStoredSettings(raw) };
    },
  };
}

/** Queues the settings read; `read()` after the next sync gives the parsed record. */
export function queueLoadSettings(context: Excel.RequestContext): { read(): StoredSettings } {
  const record = queueLoadRecord(context);
  return { read: () => record.read().stored };
}

/** One sync. */
export async function loadSettings(context: Excel.RequestContext): Promise<StoredSettings> {
  const pending = queueLoadSettings(context);
  await context.sync();
  return pending.read();
}

/** One sync. Stored as a JSON string so every host keeps it byte for byte. */
export async function saveSettings(
  context: Excel.RequestContext,
  stored: Pick<StoredSettings, "settings" | "mapping" | "registerTable" | "registerSheet">,
): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, serializeSettings(stored));
  await context.sync();
  notifySettingsSaved();
}
