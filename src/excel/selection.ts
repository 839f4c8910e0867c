/** The selection: which register row the buyer is on, and selecting a problem cell. 1 sync each. */

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
export async function selectedRegisterRow(context: Excel.RequestContext, register: { sheet: string; firstDataRow: number; lastDataRow: number }): Promise<number | null> {
  const cell = await getSelectedCell(context);
  const inside = cell.sheet.toLowerCase() === register.sheet.toLowerCase() && cell.row >= register.firstDataRow && cell.row <= register.lastDataRow;
  return inside ? cell.row : null;
}

/** Activates the sheet and selects one cell (for "click a problem to see its cell"). */
export async function selectCell(context: Excel.RequestContext, sheet: string, row: number, column: number): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRangeByIndexes(row - 1, column, 1, 1).select();
  await context.sync();
}
