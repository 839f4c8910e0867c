/**
 * A worksheet part read as a stream of rows, each row's cells as the parser gave them (rowBatch.ts):
 * what each cell holds is decided there once (as Excel's API gives it: cellValue.ts), which cells hold a
 * value by `holdsValue`. Nothing of the sheet is kept here: the caller keeps what it wants
 * (keptSheet.ts), so a stray far cell or an oversized table costs nothing.
 *
 * Positions: a row or cell without its `r` attribute follows the previous one (allowed by
 * ECMA-376; some programs write them so). Cells outside Excel's grid are ignored.
 *
 * The part is parsed into batches of rows, on worker threads too when a pool is given (rowSegments.ts);
 * the rows are given here, in order, the same whichever thread parsed them.
 */
import type { RowBatch } from "./rowBatch";
import { EXCEL_ROWS } from "../workbook/excelGrid";
import { readRowBatches, type RowWorkers, type SegmentStats } from "./rowSegments";

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
  /** Worker threads parsing beside this one (rowSegments.ts startRowWorkers); absent: this thread only. */
  pool?: RowWorkers;
  /** Bytes of XML per segment handed to a thread (tests cut small parts into many). */
  segmentBytes?: number;
  /** How the work went round the threads (rowSegments.ts). */
  stats?: SegmentStats;
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
    pool: options.pool,
    segmentBytes: options.segmentBytes,
    stats: options.stats,
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
