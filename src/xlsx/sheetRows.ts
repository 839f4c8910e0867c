/**
 * A worksheet part read as a stream of rows: each row's non-empty cells as Excel's API would give
 * them (cellValue.ts: numbers, strings, booleans, "#N/A"-style errors, dates as serials of the
 * workbook's date system, formulas as their saved result). Nothing of the sheet is kept here: the
 * caller keeps what it wants (cellSource.ts), so a stray far cell or an oversized table costs nothing.
 *
 * Positions: a row or cell without its `r` attribute follows the previous one (allowed by
 * ECMA-376; some programs write them so). Cells outside Excel's grid are ignored.
 *
 * The part is parsed into batches of rows (rowBatch.ts), on worker threads too when it is large
 * (rowSegments.ts); the rows are given here, in order, the same whichever thread parsed them.
 */
import type { ExcelValue } from "./cellValue";
import { valueOfCell, type RowBatch } from "./rowBatch";
import { EXCEL_ROWS } from "../workbook/excelGrid";
import { readRowBatches, type RowWorkers, type SegmentStats } from "./rowSegments";

export interface SheetRow {
  /** 1-based sheet row number. */
  number: number;
  /** 1-based columns of the cells holding a value, ascending as written. */
  columns: number[];
  values: ExcelValue[];
  /** 1-based columns of formulas whose result the file does not hold. */
  uncached: number[];
}

/** A row's cells as the parser gave them, not yet values: `start..end` of the batch's cell arrays (rowBatch.ts). */
export interface RowCells {
  number: number;
  batch: RowBatch;
  start: number;
  end: number;
}

export interface RowCellsOptions {
  date1904: boolean;
  /** Whether the cells of row `number` are wanted at all (others are skipped). */
  wantsRow(number: number): boolean;
  /** A wanted row (its cells valid during the call only); return false to stop reading the sheet. */
  onRow(row: RowCells): boolean | void;
  /** Worker threads parsing beside this one (rowSegments.ts); 0 or absent: this thread only. */
  workers?: number;
  /** Bytes of XML per segment handed to a thread (tests cut small parts into many). */
  segmentBytes?: number;
  /** How the work went round the threads (rowSegments.ts). */
  stats?: SegmentStats;
  /** The code a worker thread starts with (rowSegments.ts; tests only). */
  workerScript?: string;
  /** Worker threads started beforehand, used instead of `workers` (rowSegments.ts startRowWorkers). */
  pool?: RowWorkers;
}

/**
 * The sheet's rows in order, each as a range of a parsed batch: the reader that keeps cells
 * (keptSheet.ts) copies them as they are, without a value or an array made per row.
 */
export async function readSheetRowCells(stream: NodeJS.ReadableStream, options: RowCellsOptions): Promise<void> {
  let rowNumber = 0;
  const row: RowCells = { number: 0, batch: null as unknown as RowBatch, start: 0, end: 0 };
  await readRowBatches(stream, {
    date1904: options.date1904,
    workers: options.workers ?? 0,
    segmentBytes: options.segmentBytes,
    stats: options.stats,
    workerScript: options.workerScript,
    pool: options.pool,
    onBatch(batch: RowBatch) {
      const { rowNumbers, rowEnds } = batch;
      let cell = 0;
      for (let r = 0; r < rowEnds.length; r++) {
        rowNumber = rowNumbers[r] > 0 ? rowNumbers[r] : rowNumber + 1;
        const start = cell;
        cell = rowEnds[r];
        if (rowNumber > EXCEL_ROWS || !options.wantsRow(rowNumber)) continue;
        row.number = rowNumber;
        row.batch = batch;
        row.start = start;
        row.end = cell;
        if (options.onRow(row) === false) return false;
      }
      return true;
    },
  });
}

export interface SheetRowsOptions extends Omit<RowCellsOptions, "onRow"> {
  strings: readonly string[];
  /** A wanted row; return false to stop reading the sheet (the rest is not needed). */
  onRow(row: SheetRow): boolean | void;
}

/** A row's `uncached` until it has one (most rows never do: no array allocated per row for nothing). */
const NO_UNCACHED: number[] = Object.freeze([]) as unknown as number[];

/** The sheet's rows in order, each with its values. */
export async function readSheetRows(stream: NodeJS.ReadableStream, options: SheetRowsOptions): Promise<void> {
  const { strings } = options;
  await readSheetRowCells(stream, {
    ...options,
    onRow({ number, batch, start, end }) {
      const { columns, kinds, values, texts } = batch;
      const row: SheetRow = { number, columns: [], values: [], uncached: NO_UNCACHED };
      for (let cell = start; cell < end; cell++) {
        const value = valueOfCell(kinds[cell], values[cell], strings, texts);
        if (value === undefined) {
          (row.uncached === NO_UNCACHED ? (row.uncached = []) : row.uncached).push(columns[cell]);
          continue;
        }
        if (value === "") continue; // a shared string that is empty, or not in the table
        row.columns.push(columns[cell]);
        row.values.push(value);
      }
      return options.onRow(row);
    },
  });
}
