/**
 * Settings and the column mapping, saved in the workbook's own settings (Excel.SettingCollection is
 * per document, so the rules travel with the file). One JSON value under one key, with a version.
 */
import type { FieldKey } from "../model";
import { DEFAULT_SETTINGS, type Settings } from "../settings/settings";
import type { ColumnMapping } from "../register/savedMapping";

export const SETTINGS_KEY = "poFollowup";
export const SETTINGS_VERSION = 1;

/** Which sheet column holds a field: the header text the buyer confirmed (survives inserted columns). */
export type { ColumnMapping };

export interface StoredSettings {
  settings: Settings;
  mapping: ColumnMapping;
  /** The register table, when the buyer chose one other than "Register". */
  registerTable: string | null;
  /** The sheet whose used range is the register (when it is not a table). */
  registerSheet: string | null;
}

interface StoredJson {
  version: number;
  settings: Partial<Settings>;
  mapping: ColumnMapping;
  registerTable: string | null;
  registerSheet: string | null;
}

export const EMPTY_STORED_SETTINGS: StoredSettings = { settings: DEFAULT_SETTINGS, mapping: {}, registerTable: null, registerSheet: null };

/** Stored JSON → settings; anything missing or malformed falls back to the defaults (never throws). */
export function parseStoredSettings(raw: unknown): StoredSettings {
  const json = typeof raw === "string" ? safeParse(raw) : raw;
  if (!json || typeof json !== "object") return EMPTY_STORED_SETTINGS;
  const stored = json as Partial<StoredJson>;
  if (stored.version !== SETTINGS_VERSION) return EMPTY_STORED_SETTINGS; // a newer file: keep the defaults rather than guess
  const settings = { ...DEFAULT_SETTINGS };
  const saved = (stored.settings ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key in saved && sameShape(saved[key], DEFAULT_SETTINGS[key])) (settings as Record<string, unknown>)[key] = saved[key];
  }
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(stored.mapping ?? {})) if (typeof header === "string") mapping[field as FieldKey] = header;
  return {
    settings,
    mapping,
    registerTable: typeof stored.registerTable === "string" ? stored.registerTable : null,
    registerSheet: typeof stored.registerSheet === "string" ? stored.registerSheet : null,
  };
}

function sameShape(value: unknown, reference: unknown): boolean {
  if (reference === null) return value === null || typeof value === "number" || typeof value === "string";
  if (Array.isArray(reference)) return Array.isArray(value);
  return typeof value === typeof reference || value === null;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function serializeSettings(stored: StoredSettings): string {
  const json: StoredJson = {
    version: SETTINGS_VERSION,
    settings: stored.settings,
    mapping: stored.mapping,
    registerTable: stored.registerTable,
    registerSheet: stored.registerSheet,
  };
  return JSON.stringify(json);
}

/** Queues the settings read; call `read()` after the next sync (so it can share a sync with other reads). */
export function queueLoadSettings(context: Excel.RequestContext): { read(): StoredSettings } {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
  return { read: () => (item.isNullObject ? EMPTY_STORED_SETTINGS : parseStoredSettings(item.value)) };
}

/** One sync. */
export async function loadSettings(context: Excel.RequestContext): Promise<StoredSettings> {
  const pending = queueLoadSettings(context);
  await context.sync();
  return pending.read();
}

/** One sync. Stored as a JSON string so every host keeps it byte for byte. */
export async function saveSettings(context: Excel.RequestContext, stored: StoredSettings): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, serializeSettings(stored));
  await context.sync();
}
