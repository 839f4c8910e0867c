/**
 * What the KPI sheet's renderers write (pure): the headline block A1:D27 at the fixed cells of
 * KPI_CELLS, this period's KpiHistory row, and where that row goes in the table.
 */
import type { DateSystem } from "../../register/cells";
import { KPI_CELLS, type KpiSheetModel } from "../kpiSheet";
import { reportLabels, reportText } from "../labels";
import { kpiHistoryColumns } from "../kpiHistory";
import { LANGS } from "../../i18n/i18n";
import { parseCell } from "./address";
import { GENERAL_FORMAT, numberFormatFor } from "./numberFormats";
import { cellNumberFormat, sheetValue, type SheetValue } from "./sheetValue";
import type { Cell0 } from "./types";
import { decimalsFor } from "../decimals";
import type { CellValue } from "../model";

/** The headline block A1:D27: only these cells are ever written. */
export const KPI_HEADLINE_ROWS = 27;
export const KPI_HEADLINE_COLS = 4;
export const KPI_TITLE_SIZE = 14;
/** Rows 17–26 (past due per currency) and the note in A27 are emptied when the model leaves them out. */
const CLEARABLE_FIRST_ROW = KPI_CELLS.pastDueFirstRow;
const CLEARABLE_LAST_ROW = 27;

export interface KpiHeadlinePlan {
  /** A1:D27, 0-based; null = leave the cell as it is, "" = empty it. */
  values: (SheetValue | null)[][];
  /** Same shape; null where the value is null. */
  formats: (string | null)[][];
  /** Titles, labels and headers. */
  bold: Cell0[];
}

function isClearable(row: number, col: number): boolean {
  const sheetRow = row + 1;
  return sheetRow >= CLEARABLE_FIRST_ROW && (sheetRow < CLEARABLE_LAST_ROW || (sheetRow === CLEARABLE_LAST_ROW && col === 0));
}

export function kpiHeadlinePlan(model: KpiSheetModel, dateSystem: DateSystem): KpiHeadlinePlan {
  const labels = reportLabels(model.lang);
  const values: (SheetValue | null)[][] = Array.from({ length: KPI_HEADLINE_ROWS }, (_, r) =>
    Array.from({ length: KPI_HEADLINE_COLS }, (_, c) => (isClearable(r, c) ? "" : null)),
  );
  const formats: (string | null)[][] = values.map((row) => row.map((v) => (v === null ? null : GENERAL_FORMAT)));
  const bold: Cell0[] = [];
  // One number of decimals across a measure's row (B12 2.5 beside C12 10.0), as on the report sheet.
  const rowValues = new Map<string, CellValue[]>();
  for (const cell of model.cells) {
    const id = `${parseCell(cell.address).row}|${cell.type}`;
    rowValues.set(id, [...(rowValues.get(id) ?? []), cell.value]);
  }
  for (const cell of model.cells) {
    const { row, col } = parseCell(cell.address);
    if (row >= KPI_HEADLINE_ROWS || col >= KPI_HEADLINE_COLS) continue; // outside the documented block: never written
    values[row][col] = sheetValue(cell.value, cell.type, labels, dateSystem);
    const decimals = decimalsFor(cell.type, rowValues.get(`${row}|${cell.type}`) ?? [], cell.currency);
    formats[row][col] = cellNumberFormat(cell.value, cell.type, cell.signed, decimals);
    if (cell.role !== "value" && cell.role !== "note") bold.push({ row, col });
  }
  return { values, formats, bold };
}

export interface KpiHistoryRowPlan {
  header: SheetValue[];
  /** This period's row and its number formats. */
  values: SheetValue[];
  formats: string[];
}

export function kpiHistoryRowPlan(model: KpiSheetModel, dateSystem: DateSystem): KpiHistoryRowPlan {
  const labels = reportLabels(model.lang);
  const { columns, row } = model.history;
  return {
    header: columns.map((c) => sheetValue(c.header, "text", labels, dateSystem)),
    values: row.map((v, k) => sheetValue(v, columns[k].type, labels, dateSystem)),
    formats: columns.map((c) => numberFormatFor(c.type)),
  };
}

/** Where this period's history row goes: over the row of the same period, into Excel's blank first row, or appended. */
export function placeHistoryRow(rows: readonly unknown[][], period: string): { index: number; kind: "replace" | "blank" | "append" } {
  const wanted = period.trim().toLowerCase();
  const found = rows.findIndex(
    (row) =>
      String(row[0] ?? "")
        .trim()
        .toLowerCase() === wanted,
  );
  if (found >= 0) return { index: found, kind: "replace" };
  if (rows.length === 1 && rows[0].every((v) => v === "" || v === null)) return { index: 0, kind: "blank" };
  return { index: rows.length, kind: "append" };
}

/** A row padded with empty cells (or cut) to a table of `width` columns. */
export function fitRow<T>(row: readonly T[], width: number, empty: T): T[] {
  return [...row, ...new Array<T>(Math.max(0, width - row.length)).fill(empty)].slice(0, width);
}

/** Columns every KpiHistory table has had (period … population); later ones are added to older tables. */
const FIRST_HISTORY_COLUMNS = 10;

/**
 * How an existing KpiHistory table with these header cells takes this version's `ourWidth` columns:
 * `write` = how many of ours it holds (the first ten, then each later one whose header is ours in
 * any language), `add` = how many to add at its right end. Columns are added only when the table
 * ends right after ours: a column the manager added there is never written over (the newer figures
 * are then not recorded).
 */
export function historyFit(headers: readonly unknown[], ourWidth: number): { write: number; add: number } {
  let write = Math.min(FIRST_HISTORY_COLUMNS, headers.length, ourWidth);
  while (write < ourWidth && write < headers.length && isOurHeader(write, headers[write])) write++;
  const add = write === headers.length ? ourWidth - write : 0;
  return { write, add };
}

function isOurHeader(index: number, header: unknown): boolean {
  const text = String(header ?? "")
    .trim()
    .toLowerCase();
  return LANGS.some((lang) => kpiHistoryColumns(reportText(lang))[index]?.header.toLowerCase() === text);
}
