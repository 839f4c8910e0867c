/** Finding the register: which table or sheet holds it. */
import { CHASE_TABLE_NAME, REGISTER_TABLE_NAME } from "../register/template";
import type { StoredSettings } from "./settingsStore";
import { queueLoadSettings } from "./settingsStore";

export interface RegisterTarget {
  /** A table the buyer picked. */
  tableName?: string | null;
  /** A sheet the buyer picked: its first table, else its used range. */
  sheetName?: string | null;
}

export type RegisterLocation = { kind: "table"; table: string } | { kind: "sheet"; sheet: string };

export interface Inventory {
  tables: string[];
  sheets: string[];
  stored: StoredSettings;
}

/** Queues what is needed to choose the register: table and sheet names and the saved settings. */
export function queueInventory(context: Excel.RequestContext): { read(): Inventory } {
  const tables = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name");
  const settings = queueLoadSettings(context);
  return {
    read: () => ({ tables: tables.items.map((t) => t.name), sheets: sheets.items.map((s) => s.name), stored: settings.read() }),
  };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Every table and sheet that could hold a register, tables first, in workbook order; the Chases table
 * is left out (it is the log, never a register). One sync.
 */
export async function listSources(context: Excel.RequestContext): Promise<RegisterLocation[]> {
  const pending = queueInventory(context);
  await context.sync();
  const inventory = pending.read();
  const tables = inventory.tables.filter((t) => !same(t, CHASE_TABLE_NAME)).map((table): RegisterLocation => ({ kind: "table", table }));
  const sheets = inventory.sheets.map((sheet): RegisterLocation => ({ kind: "sheet", sheet }));
  return [...tables, ...sheets];
}

/**
 * The register, in this order: the table or sheet the buyer just picked, the table or sheet saved in
 * the settings, a table named "Register". (A picked sheet is narrowed to its own table when it has one:
 * see readRegister.) Returns the name as the workbook spells it.
 */
export function chooseRegister(inventory: Inventory, target: RegisterTarget = {}): RegisterLocation | null {
  const table = (name: string | null | undefined): RegisterLocation | undefined => {
    const found = name ? inventory.tables.find((t) => same(t, name)) : undefined;
    return found ? { kind: "table", table: found } : undefined;
  };
  const sheet = (name: string | null | undefined): RegisterLocation | undefined => {
    const found = name ? inventory.sheets.find((s) => same(s, name)) : undefined;
    return found ? { kind: "sheet", sheet: found } : undefined;
  };
  return (
    table(target.tableName) ??
    sheet(target.sheetName) ??
    table(inventory.stored.registerTable) ??
    sheet(inventory.stored.registerSheet) ??
    table(REGISTER_TABLE_NAME) ??
    null
  );
}

/** The range that holds the register (header row first). */
export function registerRange(context: Excel.RequestContext, location: RegisterLocation): Excel.Range {
  return location.kind === "table"
    ? context.workbook.tables.getItem(location.table).getRange()
    : context.workbook.worksheets.getItem(location.sheet).getUsedRange(true);
}
