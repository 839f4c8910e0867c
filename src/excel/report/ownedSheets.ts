/**
 * Which sheets the add-in created, read and written through Office.js. The record and the rule are
 * src/workbook/ownedSheets.ts's: worksheet ids (ExcelApi 1.1: an id stays the same when the sheet is
 * renamed or moved) with the sheets' names, in one workbook setting (ExcelApi 1.4: settings travel with
 * the file, where the headless runner reads the names). A same-named sheet that is not ours is the
 * buyer's or the manager's own and is never cleared or written (docs/rules/report-command.md).
 */
import { OWNED_SHEETS_KEY, ownedIds, parseOwnedSheets, serializeOwnedSheets } from "../../workbook/ownedSheets";

export { OWNED_SHEETS_KEY };

export interface OwnedSheetsState {
  /** Ids listed as the add-in's. */
  owned: Set<string>;
  /** The workbook's sheets now: id → name. */
  present: Map<string, string>;
}

/** Queues the read of the owned-sheet record and of the workbook's sheets; `read()` after the next sync. */
export function queueOwnedSheets(context: Excel.RequestContext): { read(): OwnedSheetsState } {
  const item = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_KEY);
  item.load("value");
  const sheets = context.workbook.worksheets.load("items/id, items/name");
  return {
    read: () => ({
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
      owned: item.isNullObject ? new Set() : ownedIds(parseOwnedSheets(item.value)),
      present: new Map(sheets.items.map((s) => [s.id, s.name])),
    }),
  };
}

/** A sheet added in the current batch: its id and name, readable once the batch has synced. */
export function queueNewSheetId(sheet: Excel.Worksheet): { read(): string } {
  sheet.load(["id", "name"]);
  return { read: () => sheet.id }; // after the caller's sync
}

/**
 * Queues the marking of `ids` as the add-in's own (one settings write; the caller syncs). `present` are
 * the workbook's sheets before this run (id → name); `names` gives the names of the sheets just added.
 */
export function queueMarkOwned(
  context: Excel.RequestContext,
  owned: ReadonlySet<string>,
  ids: readonly string[],
  present: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string> = new Map(),
): void {
  const now = new Map([...present, ...names]);
  for (const id of ids) if (!now.has(id)) now.set(id, "");
  context.workbook.settings.add(OWNED_SHEETS_KEY, serializeOwnedSheets(owned, ids, now));
}
