/** The selection: which register row the buyer is on, selecting a problem cell, and following selection changes. 1 sync each. */
import { runExcel, runExcelIn } from "./run";

export interface SelectedCell {
  sheet: string;
  /** 1-based sheet row of the active (top-left) cell. */
  row: number;
  /** 0-based sheet column. */
  column: number;
}

export async function getSelectedCell(context: Excel.RequestContext): Promise<SelectedCell> {
  const range = context.workbook.getSelectedRange().load(["rowIndex", "columnIndex"]);
  const sheet = range.worksheet.load("name");
  await context.sync();
  return { sheet: sheet.name, row: range.rowIndex + 1, column: range.columnIndex };
}

/** The register row (1-based sheet row) under the selection, or null when the selection is outside the register's data rows. */
export async function selectedRegisterRow(
  context: Excel.RequestContext,
  register: { sheet: string; firstDataRow: number; lastDataRow: number },
): Promise<number | null> {
  const cell = await getSelectedCell(context);
  const inside =
    cell.sheet.toLowerCase() === register.sheet.toLowerCase() && cell.row >= register.firstDataRow && cell.row <= register.lastDataRow;
  return inside ? cell.row : null;
}

/** Activates the sheet and selects one cell (for "click a problem to see its cell"). */
export async function selectCell(context: Excel.RequestContext, sheet: string, row: number, column: number): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRangeByIndexes(row - 1, column, 1, 1).select();
  await context.sync();
}

/**
 * Calls `handler` whenever the selection moves (workbook.onSelectionChanged, ExcelApi 1.2). One sync to
 * subscribe; the returned function unsubscribes in the same RequestContext, as Office.js requires. A host
 * without the event leaves nothing subscribed and returns a no-op (the pane then follows clicks only).
 */
export async function onSelectionChanged(handler: () => void): Promise<() => Promise<void>> {
  try {
    const subscription = await runExcel(async (context) => {
      const result = context.workbook.onSelectionChanged.add(async () => handler());
      await context.sync();
      return { context, result };
    });
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      await runExcelIn(subscription.context, async (context) => {
        subscription.result.remove();
        await context.sync();
      });
    };
  } catch {
    return async () => undefined;
  }
}
