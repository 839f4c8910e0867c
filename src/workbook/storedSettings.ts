/**
 * The add-in's record in the workbook's settings (Excel.SettingCollection, saved in the file as
 * xl/webextensions/webextension*.xml): rules, column mapping and register choice, one JSON value under
 * one key, with a version. Both adapters hand the raw value here; this is the only place it is read,
 * and it is validated on read by the same validator as the Settings view: a bad value becomes a named
 * problem and that key's default, never a crash or a hang.
 */
import type { FieldKey } from "../model";
import { DEFAULT_SETTINGS, type Settings } from "../settings/settings";
import { validateSettings, type SettingsError } from "../settings/validateSettings";
import type { ColumnMapping } from "../register/savedMapping";

export const SETTINGS_KEY = "poFollowup";
export const SETTINGS_VERSION = 1;
/** A record is a few kilobytes; one far larger is not ours to parse (and could exhaust memory). */
export const MAX_SETTINGS_CHARS = 1_000_000;
const MAX_MAPPING_ENTRIES = 200;
const MAX_NAME_CHARS = 255;

/** What a file reader hands over when the part holding the record is too large to read: "tooLarge". */
export const RECORD_TOO_LARGE: unique symbol = Symbol("settings record too large");

/** Why the record as a whole was set aside (its defaults are used). */
export type SettingsRecordProblem = "unreadable" | "tooLarge" | "newerVersion";

export interface StoredSettings {
  /** Validated: each bad key replaced by its default (see `problems`). */
  settings: Settings;
  mapping: ColumnMapping;
  /** The register table, when the buyer chose one other than "Register". */
  registerTable: string | null;
  /** The sheet whose used range is the register (when it is not a table). */
  registerSheet: string | null;
  /** Keys whose stored value was not usable. */
  problems: readonly SettingsError[];
  recordProblem: SettingsRecordProblem | null;
}

interface StoredJson {
  version: number;
  settings: Partial<Settings>;
  mapping: ColumnMapping;
  registerTable: string | null;
  registerSheet: string | null;
}

export const EMPTY_STORED_SETTINGS: StoredSettings = {
  settings: DEFAULT_SETTINGS,
  mapping: {},
  registerTable: null,
  registerSheet: null,
  problems: [],
  recordProblem: null,
};

const withProblem = (recordProblem: SettingsRecordProblem): StoredSettings => ({ ...EMPTY_STORED_SETTINGS, recordProblem });

/** The stored value (JSON text, or the parsed object) → settings; undefined/null: nothing saved yet. Never throws. */
export function parseStoredSettings(raw: unknown): StoredSettings {
  if (raw === undefined || raw === null || raw === "") return EMPTY_STORED_SETTINGS;
  if (raw === RECORD_TOO_LARGE || (typeof raw === "string" && raw.length > MAX_SETTINGS_CHARS)) return withProblem("tooLarge");
  const json = typeof raw === "string" ? safeParse(raw) : raw;
  if (!json || typeof json !== "object" || Array.isArray(json)) return withProblem("unreadable");
  const stored = json as Partial<StoredJson>;
  // A record written by a newer version: keep the defaults rather than guess what its keys mean.
  if (typeof stored.version === "number" && stored.version > SETTINGS_VERSION) return withProblem("newerVersion");
  if (stored.version !== SETTINGS_VERSION) return withProblem("unreadable");
  const { settings, errors } = validateSettings(stored.settings ?? {});
  return {
    settings,
    mapping: mappingOf(stored.mapping),
    registerTable: nameOf(stored.registerTable),
    registerSheet: nameOf(stored.registerSheet),
    problems: errors,
    recordProblem: null,
  };
}

function mappingOf(raw: unknown): ColumnMapping {
  const mapping: ColumnMapping = {};
  if (!raw || typeof raw !== "object") return mapping;
  for (const [field, header] of Object.entries(raw).slice(0, MAX_MAPPING_ENTRIES))
    if (typeof header === "string" && header.length <= MAX_NAME_CHARS) mapping[field as FieldKey] = header;
  return mapping;
}

function nameOf(raw: unknown): string | null {
  return typeof raw === "string" && raw !== "" && raw.length <= MAX_NAME_CHARS ? raw : null;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The record to store (as a JSON string, so every host keeps it byte for byte). */
export function serializeSettings(stored: Pick<StoredSettings, "settings" | "mapping" | "registerTable" | "registerSheet">): string {
  const json: StoredJson = {
    version: SETTINGS_VERSION,
    settings: stored.settings,
    mapping: stored.mapping,
    registerTable: stored.registerTable,
    registerSheet: stored.registerSheet,
  };
  return JSON.stringify(json);
}
