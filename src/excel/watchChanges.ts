/**
 * Telling the pane that another buyer changed the register or the chase log (DESIGN.md "Many buyers, one
 * workbook"). Office.js, ExcelApi 1.7:
 * - Table.onChanged, "Occurs when data in cells changes on a specific table"
 *   (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-onchanged-member), for
 *   the Chases table and a register kept as a table;
 * - Worksheet.onChanged, "Occurs when data changes in a specific worksheet"
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member),
 *   for a register kept on a plain sheet and its monthly tabs;
 * - the event's `source` (Excel.EventSource, https://learn.microsoft.com/javascript/api/excel/excel.eventsource):
 *   "Local" for this session, "Remote" for another user's session. Only Remote changes are passed on: this
 *   buyer's own edits and the pane's own writes are already known to the pane (it reloads after a write).
 * Two syncs to subscribe (which of the tables exist, then the handlers; a missing table must not fail
 * the batch); the returned function unsubscribes in the same RequestContext, as Office.js requires.
 */
import { runExcel, runExcelIn } from "./run";

export interface WatchTargets {
  /** Tables to watch (the Chases table, a register table); those missing are skipped. */
  tables: readonly string[];
  /** Sheets to watch (a register on a plain sheet, its monthly tabs); those missing are skipped. */
  sheets: readonly string[];
}

type ChangedArgs = { source?: string };

export async function onRemoteChanges(targets: WatchTargets, handler: () => void): Promise<() => Promise<void>> {
  const onChanged = async (args: ChangedArgs) => {
    if (args.source === "Remote") handler();
  };
  try {
    const subscription = await runExcel(async (context) => {
      const tables = targets.tables.map((name) => context.workbook.tables.getItemOrNullObject(name));
      const sheets = targets.sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      await context.sync();
      const results = [
        ...tables.filter((t) => !t.isNullObject).map((t) => t.onChanged.add(onChanged)),
        ...sheets.filter((s) => !s.isNullObject).map((s) => s.onChanged.add(onChanged)),
      ];
      await context.sync();
      return { context, results };
    });
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      await runExcelIn(subscription.context, async (context) => {
        for (const result of subscription.results) result.remove();
        await context.sync();
      });
    };
  } catch {
    // A host without the events (ExcelApi below 1.7): nothing subscribed; the buyer refreshes by hand.
    return async () => undefined;
  }
}
