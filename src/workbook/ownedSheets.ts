/**
 * Which sheets the add-in (or the headless runner) created, and where a sheet it wants to write goes.
 * Nothing ever writes into a sheet it did not create: a same-named sheet of the buyer's or manager's
 * keeps its name and content, and ours goes beside it under a suffixed name ("KPI (2)"), with a note.
 *
 * The record lives in the workbook's settings under OWNED_SHEETS_KEY: each sheet's id (Office.js
 * worksheet id, stable across renames: the add-in's evidence) and its name when it was last written
 * (the file adapter's evidence: a file does not carry Office.js ids). Version 1 held ids only.
 */
import { sameName } from "./names";
import { KPI_HISTORY_TABLE, KPI_SHEET_NAME, REPORT_SHEET_PREFIX } from "../report/sheetName";

export const OWNED_SHEETS_KEY = "poFollowupSheets";
const VERSION = 2;
/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;
/** The " (2)" planOwnSheet adds to a name someone else's sheet has. */
const SUFFIX = / \((\d{1,2})\)$/;
/** Suffixes tried before giving up ("KPI (2)" … "KPI (99)"). */
const MAX_SUFFIX = 99;
const MAX_ENTRIES = 1000;

export interface OwnedSheet {
  id: string;
  /** The name it had when last written; null in a version-1 record. */
  name: string | null;
}

/** The stored record → entries; anything malformed counts as "no sheet is ours" (never throws). */
export function parseOwnedSheets(raw: unknown): OwnedSheet[] {
  let json: unknown = raw;
  if (typeof raw === "string") {
    try {
      json = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  if (!json || typeof json !== "object") return [];
  const record = json as { version?: unknown; sheetIds?: unknown; sheets?: unknown };
  if (record.version === 1 && Array.isArray(record.sheetIds))
    return record.sheetIds
      .slice(0, MAX_ENTRIES)
      .filter((id): id is string => typeof id === "string")
      .map((id) => ({ id, name: null }));
  if (record.version !== VERSION || !Array.isArray(record.sheets)) return [];
  const entries: OwnedSheet[] = [];
  for (const item of record.sheets.slice(0, MAX_ENTRIES)) {
    if (!item || typeof item !== "object") continue;
    const { id, name } = item as { id?: unknown; name?: unknown };
    if (typeof id === "string") entries.push({ id, name: typeof name === "string" ? name : null });
  }
  return entries;
}

/** The ids of the owned sheets (the add-in's evidence). */
export function ownedIds(entries: readonly OwnedSheet[]): Set<string> {
  return new Set(entries.map((e) => e.id));
}

/** True when the record names this sheet (the file adapter's evidence). */
export function isOwnedByName(entries: readonly OwnedSheet[], sheet: string): boolean {
  return entries.some((e) => e.name !== null && sameName(e.name, sheet));
}

/**
 * The record to store: the sheets owned before plus `added`, each with its current name, less those no
 * longer in the workbook. `present`: id → name of the workbook's sheets now (added ones included).
 */
export function serializeOwnedSheets(owned: Iterable<string>, added: Iterable<string>, present: ReadonlyMap<string, string>): string {
  const ids = [...new Set([...owned, ...added])].filter((id) => present.has(id));
  return JSON.stringify({ version: VERSION, sheets: ids.map((id) => ({ id, name: present.get(id) ?? null })) });
}

/**
 * A sheet the add-in made before sheets were recorded, or whose record a copy lost (a file written by
 * exceljs keeps no add-in settings): the KPI sheet holding the KpiHistory table, or a report sheet
 * "Follow-up <period>" holding that period's report tables (FU_<period>_…, src/report/layout/tableName.ts).
 */
export function holdsOurTables(sheet: string, tables: readonly string[]): boolean {
  // "KPI (2)", "Follow-up 2026-W47 (2)": where planOwnSheet put ours beside someone else's.
  const base = sheet.replace(SUFFIX, "");
  if (sameName(base, KPI_SHEET_NAME)) return tables.some((t) => sameName(t, KPI_HISTORY_TABLE));
  if (!base.toUpperCase().startsWith(REPORT_SHEET_PREFIX.toUpperCase())) return false;
  const prefix = `FU_${base.slice(REPORT_SHEET_PREFIX.length).replace(/[^A-Za-z0-9]/g, "")}_`.toUpperCase();
  return tables.some((t) => t.toUpperCase().startsWith(prefix));
}

/**
 * Which sheets of a file are ours (the file adapter's evidence): named in the add-in's record, or
 * holding the tables only we make. `tables`: every table with the sheet it sits on.
 */
export function sheetOwnershipInFile(
  sheets: readonly string[],
  tables: readonly { name: string; sheet: string }[],
  record: readonly OwnedSheet[],
): SheetOwnership[] {
  return sheets.map((name) => ({
    name,
    owned:
      isOwnedByName(record, name) ||
      holdsOurTables(
        name,
        tables.filter((t) => sameName(t.sheet, name)).map((t) => t.name),
      ),
  }));
}

export interface SheetOwnership {
  name: string;
  owned: boolean;
}

export interface OwnSheetPlan {
  /** The sheet to write: the wanted name, or a suffixed one when a sheet of that name is not ours. */
  name: string;
  /** A sheet of that name exists (and is ours): it is updated, else it is created. */
  exists: boolean;
  /** The name of the sheet we did not create and left alone, for the note; null when there was no clash. */
  clashWith: string | null;
}

/**
 * Where the sheet `wanted` is written. Ours (or absent): that name. Someone else's: the first of
 * "wanted (2)", "wanted (3)"… that is ours or free, shortened to Excel's 31 characters; null when even
 * "wanted (99)" is taken by sheets that are not ours (nothing is written then).
 */
export function planOwnSheet(wanted: string, sheets: readonly SheetOwnership[]): OwnSheetPlan | null {
  const find = (name: string) => sheets.find((s) => sameName(s.name, name));
  const first = find(wanted);
  if (!first) return { name: wanted, exists: false, clashWith: null };
  if (first.owned) return { name: first.name, exists: true, clashWith: null };
  for (let n = 2; n <= MAX_SUFFIX; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    const found = find(name);
    if (!found) return { name, exists: false, clashWith: first.name };
    if (found.owned) return { name: found.name, exists: true, clashWith: first.name };
  }
  return null;
}
