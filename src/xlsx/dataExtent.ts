/**
 * Where a sheet's data really is, from the cells that hold values, never from a table ref or the
 * sheet's dimension: one stray value at XFD1048576 or a table ref claiming the whole sheet must not
 * make the reader allocate a million rows. Values are split into blocks at long runs of blank rows
 * (then blank columns); the block holding the most values is the data, the rest are stray cells.
 */
import type { Rect } from "./packageIndex";
import { EXCEL_COLUMNS } from "../workbook/excelGrid";

/** A run of more blank rows than this ends a block of data (a register has no such hole). */
export const MAX_BLANK_ROWS = 1000;
/** A run of more blank columns than this ends a block of data. */
export const MAX_BLANK_COLUMNS = 100;

/** Rows (1-based) → columns (1-based) holding a value. */
export type Occupied = ReadonlyMap<number, readonly number[]>;

/**
 * The same, for a reader that keeps its cells in another form (cellSource.ts keeps them in typed
 * arrays): no array per row is built just to be measured.
 */
export interface OccupiedRows {
  /** Each row holding a value, once, with how many it holds (rows with none may be left out). */
  forEachRow(visit: (row: number, count: number) => void): void;
  /** The columns of `row` holding a value. */
  forEachColumn(row: number, visit: (column: number) => void): void;
}

function occupiedRowsOf(occupied: Occupied | OccupiedRows): OccupiedRows {
  if (!(occupied instanceof Map)) return occupied as OccupiedRows;
  const map = occupied as Occupied;
  return {
    forEachRow: (visit) => map.forEach((columns, row) => visit(row, columns.length)),
    forEachColumn: (row, visit) => map.get(row)?.forEach((c) => visit(c)),
  };
}

/**
 * The rectangle of the block of `occupied` cells holding the most values (`firstRows`: the first block
 * of rows, where a table's header is); null when there are none.
 */
export function dataExtent(occupiedCells: Occupied | OccupiedRows, firstRows = false): Rect | null {
  const occupied = occupiedRowsOf(occupiedCells);
  // A sheet's rows arrive in order: sorting (100,000 rows, a comparator call each) only when they do not.
  let rows: number[] = [];
  let counts: number[] = [];
  let sorted = true;
  occupied.forEachRow((row, count) => {
    if (count === 0) return;
    if (rows.length > 0 && row < rows[rows.length - 1]) sorted = false;
    rows.push(row);
    counts.push(count);
  });
  if (!sorted) {
    const order = rows.map((_, i) => i).sort((a, b) => rows[a] - rows[b]);
    [rows, counts] = [order.map((i) => rows[i]), order.map((i) => counts[i])];
  }
  const rowBlock = largestBlock(rows, MAX_BLANK_ROWS, (i) => (firstRows && i > 0 ? 0 : counts[i]));
  if (!rowBlock) return null;
  const perColumn = columnCounts(occupied, rows, rowBlock.from, rowBlock.to);
  const columnBlock = largestBlock(perColumn.columns, MAX_BLANK_COLUMNS, (i) => perColumn.count(perColumn.columns[i]))!;
  return { top: rowBlock.from, bottom: rowBlock.to, left: columnBlock.from, right: columnBlock.to };
}

/**
 * How many of the rows from..to hold a value in each column: the columns ascending, and each one's
 * count. Counted in a typed array (a Map update per cell cost a 100,000-line read ~90 ms); a column
 * outside Excel's grid (never from a sheet, but Occupied is any map) falls back to a Map.
 */
function columnCounts(
  occupied: OccupiedRows,
  rows: readonly number[],
  from: number,
  to: number,
): { columns: number[]; count: (column: number) => number } {
  const counts = new Uint32Array(EXCEL_COLUMNS + 1);
  let inGrid = true;
  const count = (c: number) => {
    if (Number.isInteger(c) && c >= 1 && c <= EXCEL_COLUMNS) counts[c]++;
    else inGrid = false;
  };
  for (const r of rows) if (r >= from && r <= to) occupied.forEachColumn(r, count);
  if (inGrid) {
    const columns: number[] = [];
    for (let c = 1; c <= EXCEL_COLUMNS; c++) if (counts[c] > 0) columns.push(c);
    return { columns, count: (c) => counts[c] };
  }
  const perColumn = new Map<number, number>();
  for (const r of rows) if (r >= from && r <= to) occupied.forEachColumn(r, (c) => perColumn.set(c, (perColumn.get(c) ?? 0) + 1));
  return { columns: [...perColumn.keys()].sort((a, b) => a - b), count: (c) => perColumn.get(c)! };
}

/** Sorted positions split where more than `maxGap` blank positions lie between two; the block of greatest weight (the first on a tie). `weight(i)`: of the i-th position. */
function largestBlock(sorted: readonly number[], maxGap: number, weight: (index: number) => number): { from: number; to: number } | null {
  let best: { from: number; to: number; weight: number } | null = null;
  let from = 0;
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] - sorted[i - 1] - 1 > maxGap) {
      if (!best || sum > best.weight) best = { from: sorted[from], to: sorted[i - 1], weight: sum };
      from = i;
      sum = 0;
    }
    sum += weight(i);
  }
  if (sorted.length > 0 && (!best || sum > best.weight)) best = { from: sorted[from], to: sorted[sorted.length - 1], weight: sum };
  return best && { from: best.from, to: best.to };
}

/**
 * `rect` cut to the data inside it: its top and left stay (a table's header row), its bottom and
 * right come no further than the block of values within it. Blank inside: its top row alone.
 */
export function boundedRect(rect: Rect, occupiedInside: Occupied | OccupiedRows): Rect {
  const extent = dataExtent(occupiedInside, true);
  if (!extent) return { ...rect, bottom: rect.top };
  return {
    top: rect.top,
    left: rect.left,
    bottom: Math.max(rect.top, Math.min(rect.bottom, extent.bottom)),
    right: Math.max(rect.left, Math.min(rect.right, extent.right)),
  };
}
