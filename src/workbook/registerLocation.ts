/**
 * Which table or sheet holds the register, and which of its rows is the header: one rule for the
 * add-in and the headless runner (DESIGN.md "Architecture", issue 10).
 *
 * The register, first match wins: the table or sheet the buyer just picked; the table or sheet saved
 * in the settings; a table named "Register". The headless runner, which has no Set up view, then
 * searches: a sheet named "Register", else the first sheet (the add-in's own sheets excepted) whose
 * header row is recognised. In the add-in the Set up view lists the candidates instead.
 *
 * The header: a table's header row is its first row. A sheet's used range may have title rows above
 * the header: the header is the first of its first HEADER_SCAN_ROWS rows that names every required
 * field (through the saved mapping, so a buyer's own headers count), else the first row (the check
 * then lists the missing fields).
 */
import { detectColumns, type ColumnOverride } from "../register/detectColumns";
import { overrideFromMapping, type ColumnMapping } from "../register/savedMapping";
import { CHASE_SHEET_NAME, CHASE_TABLE_NAME, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from "../register/template";
import { KPI_HISTORY_TABLE, KPI_SHEET_NAME, REPORT_SHEET_PREFIX } from "../report/sheetName";
import { findName, sameName } from "./names";

/** Rows searched for the header of a register kept on a plain sheet (titles, a logo, a blank row above it). */
export const HEADER_SCAN_ROWS = 50;

export interface RegisterTarget {
  /** A table the buyer picked. */
  tableName?: string | null;
  /** A sheet the buyer picked: its first table, else its used range. */
  sheetName?: string | null;
}

export type RegisterLocation = { kind: "table"; table: string } | { kind: "sheet"; sheet: string };

/** What an adapter knows of a workbook before reading any cell. */
export interface WorkbookInventory {
  tables: readonly string[];
  sheets: readonly string[];
  registerTable: string | null;
  registerSheet: string | null;
}

/** The register the buyer or the settings chose, or a table named "Register"; null: none of these. */
export function chooseRegister(inventory: WorkbookInventory, target: RegisterTarget = {}): RegisterLocation | null {
  const table = (name: string | null | undefined): RegisterLocation | undefined => {
    const found = findName(inventory.tables, name);
    return found ? { kind: "table", table: found } : undefined;
  };
  const sheet = (name: string | null | undefined): RegisterLocation | undefined => {
    const found = findName(inventory.sheets, name);
    return found ? { kind: "sheet", sheet: found } : undefined;
  };
  return (
    table(target.tableName) ??
    sheet(target.sheetName) ??
    table(inventory.registerTable) ??
    sheet(inventory.registerSheet) ??
    table(REGISTER_TABLE_NAME) ??
    null
  );
}

/** Sheets searched, in order, when nothing was chosen (headless runner): "Register" first, the add-in's own sheets never. */
export function searchOrder(sheets: readonly string[]): string[] {
  const named = findName(sheets, REGISTER_SHEET_NAME);
  const rest = sheets.filter((s) => s !== named && !isOwnSheet(s));
  return named ? [named, ...rest] : rest;
}

/** Tables that are never the register. */
export function isOwnTable(name: string): boolean {
  return sameName(name, CHASE_TABLE_NAME) || sameName(name, KPI_HISTORY_TABLE);
}

/** Sheets the add-in writes itself: never taken for the register by the search. */
export function isOwnSheet(name: string): boolean {
  return (
    name.toUpperCase().startsWith(REPORT_SHEET_PREFIX.toUpperCase()) || sameName(name, KPI_SHEET_NAME) || sameName(name, CHASE_SHEET_NAME)
  );
}

/** True when a row names every required register field, through the saved mapping. */
export function isRegisterHeader(row: readonly unknown[], mapping: ColumnMapping = {}, override?: ColumnOverride): boolean {
  return row.length > 0 && detectColumns(row, override ?? overrideFromMapping(row, mapping)).missingRequired.length === 0;
}

/** 0-based index of the header row among the first HEADER_SCAN_ROWS rows, or -1. */
export function findHeaderRow(values: readonly (readonly unknown[])[], mapping: ColumnMapping = {}, override?: ColumnOverride): number {
  const n = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < n; r++) if (isRegisterHeader(values[r], mapping, override)) return r;
  return -1;
}

/**
 * Where the register's header is in a block: row 0 of a table; the recognised row of a sheet, else row 0.
 * `override`: the columns the buyer is choosing in Set up (by index), in place of the saved mapping.
 */
export function headerRowOf(
  values: readonly (readonly unknown[])[],
  isTable: boolean,
  mapping: ColumnMapping = {},
  override?: ColumnOverride,
): number {
  if (isTable) return 0;
  return Math.max(0, findHeaderRow(values, mapping, override));
}
