/**
 * Which sheets the add-in created: their worksheet ids (ExcelApi 1.1: an id stays the same when the
 * sheet is renamed or moved), listed in one workbook setting (ExcelApi 1.4: settings travel with the
 * file). A same-named sheet that is not listed is the buyer's or the manager's own and is never
 * cleared or written (docs/rules/report-command.md "Sheets the add-in owns").
 */

export const OWNED_SHEETS_KEY = "poFollowupSheets";
const OWNED_SHEETS_VERSION = 1;

/** The stored list → ids; anything malformed counts as "no sheet is ours" (never throws). */
export function parseOwnedSheets(raw: unknown): Set<string> {
  let json: unknown = raw;
  if (typeof raw === "string") {
    try {
      json = JSON.parse(raw);
    } catch {
      return new Set();
    }
  }
  if (!json || typeof json !== "object") return new Set();
  const { version, sheetIds } = json as { version?: unknown; sheetIds?: unknown };
  if (version !== OWNED_SHEETS_VERSION || !Array.isArray(sheetIds)) return new Set();
  return new Set(sheetIds.filter((id): id is string => typeof id === "string"));
}

/** The list to store: the ids already owned plus the new ones, less those no longer in the workbook. */
export function serializeOwnedSheets(owned: Iterable<string>, added: Iterable<string>, present: ReadonlySet<string>): string {
  const ids = [...new Set([...owned, ...added])].filter((id) => present.has(id));
  return JSON.stringify({ version: OWNED_SHEETS_VERSION, sheetIds: ids });
}

/** Queues the read of the owned-sheet list and of the ids of the workbook's sheets; `read()` after the next sync. */
export function queueOwnedSheets(context: Excel.RequestContext): { read(): { owned: Set<string>; present: Set<string> } } {
  const item = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_KEY);
  item.load("value");
  const sheets = context.workbook.worksheets.load("items/id");
  return {
    read: () => ({
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
      owned: item.isNullObject ? new Set() : parseOwnedSheets(item.value),
      present: new Set(sheets.items.map((s) => s.id)),
    }),
  };
}

/** A sheet added in the current batch: its id, readable once the batch has synced. */
export function queueNewSheetId(sheet: Excel.Worksheet): { read(): string } {
  sheet.load("id");
  return { read: () => sheet.id }; // after the caller's sync
}

/**
 * Queues the marking of `ids` as the add-in's own (one settings write; the caller syncs). `present` are
 * the ids of the sheets in the workbook before this run; ids just added are kept whatever it says.
 */
export function queueMarkOwned(
  context: Excel.RequestContext,
  owned: ReadonlySet<string>,
  ids: readonly string[],
  present: ReadonlySet<string>,
): void {
  const keep = new Set([...present, ...ids]);
  context.workbook.settings.add(OWNED_SHEETS_KEY, serializeOwnedSheets(owned, ids, keep));
}
