/** Finding the register through Office.js: the names and saved settings it needs; the choice is src/workbook's. */
import { CHASE_TABLE_NAME } from "../register/template";
import { chooseRegister as chooseFromInventory, type RegisterLocation, type RegisterTarget } from "../workbook/registerLocation";
import { sameName } from "../workbook/names";
import { queueLoadRecord, type SavedRecord } from "./settingsStore";

export type { RegisterLocation, RegisterTarget };

export interface Inventory {
  tables: string[];
  sheets: string[];
  saved: SavedRecord;
}

/** Queues what is needed to choose the register: table and sheet names and the saved settings. */
export function queueInventory(context: Excel.RequestContext): { read(): Inventory } {
  const tables = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name");
  const settings = queueLoadRecord(context);
  return {
    read: () => ({ tables: tables.items.map((t) => t.name), sheets: sheets.items.map((s) => s.name), saved: settings.read() }),
  };
}

/**
 * Every table and sheet that could hold a register, tables first, in workbook order; the Chases table
 * is left out (it is the log, never a register). One sync.
 */
export async function listSources(context: Excel.RequestContext): Promise<RegisterLocation[]> {
  const pending = queueInventory(context);
  await context.sync();
  const inventory = pending.read();
  const tables = inventory.tables
    .filter((t) => !sameName(t, CHASE_TABLE_NAME))
    .map((table): RegisterLocation => ({ kind: "table", table }));
  const sheets = inventory.sheets.map((sheet): RegisterLocation => ({ kind: "sheet", sheet }));
  return [...tables, ...sheets];
}

/** The register the buyer picked, saved, or a "Register" table (src/workbook/registerLocation.ts). */
export function chooseRegister(inventory: Inventory, target: RegisterTarget = {}): RegisterLocation | null {
  const { registerTable, registerSheet } = inventory.saved.stored;
  return chooseFromInventory({ tables: inventory.tables, sheets: inventory.sheets, registerTable, registerSheet }, target);
}

/** The range that holds the register (a table's whole range, or a sheet's used range with any title rows). */
export function registerRange(context: Excel.RequestContext, location: RegisterLocation): Excel.Range {
  return location.kind === "table"
    ? context.workbook.tables.getItem(location.table).getRange()
    : context.workbook.worksheets.getItem(location.sheet).getUsedRange(true);
}
