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
import { FALSE, NUMBER, SHARED, TEXT, TRUE, UNCACHED, type RowBatch } from "./rowBatch";
import { EXCEL_ROWS } from "../workbook/excelGrid";
import { readRowBatches, type SegmentStats } from "./rowSegments";

export interface SheetRow {
  /** 1-based sheet row number. */
  number: number;
  /** 1-based columns of the cells holding a value, ascending as written. */
  columns: number[];
  values: ExcelValue[];
  /** 1-based columns of formulas whose result the file does not hold. */
  uncached: number[];
}

export interface SheetRowsOptions {
  strings: readonly string[];
  date1904: boolean;
  /** Whether the cells of row `number` are wanted at all (others are skipped). */
  wantsRow(number: number): boolean;
  /** A wanted row; return false to stop reading the sheet (the rest is not needed). */
  onRow(row: SheetRow): boolean | void;
  /** Worker threads parsing beside this one (rowSegments.ts); 0 or absent: this thread only. */
  workers?: number;
  /** Bytes of XML per segment handed to a thread (tests cut small parts into many). */
  segmentBytes?: number;
  /** How the work went round the threads (rowSegments.ts). */
  stats?: SegmentStats;
  /** The code a worker thread starts with (rowSegments.ts; tests only). */
  workerScript?: string;
}

/** A row's `uncached` until it has one (most rows never do: no array allocated per row for nothing). */
const NO_UNCACHED: number[] = Object.freeze([]) as unknown as number[];

export async function readSheetRows(stream: NodeJS.ReadableStream, options: SheetRowsOptions): Promise<void> {
  let rowNumber = 0;
  // The current row's cells, in scratch arrays reused from row to row.
  const scratchColumns: number[] = [];
  const scratchValues: ExcelValue[] = [];
  const { strings } = options;
  await readRowBatches(stream, {
    date1904: options.date1904,
    workers: options.workers ?? 0,
    segmentBytes: options.segmentBytes,
    stats: options.stats,
    workerScript: options.workerScript,
    onBatch(batch: RowBatch) {
      const { rowNumbers, rowEnds, columns, kinds, values, texts } = batch;
      let cell = 0;
      for (let r = 0; r < rowEnds.length; r++) {
        rowNumber = rowNumbers[r] > 0 ? rowNumbers[r] : rowNumber + 1;
        const end = rowEnds[r];
        if (rowNumber > EXCEL_ROWS || !options.wantsRow(rowNumber)) {
          cell = end;
          continue;
        }
        let cells = 0;
        let uncached = NO_UNCACHED;
        for (; cell < end; cell++) {
          let value: ExcelValue;
          switch (kinds[cell]) {
            case NUMBER:
              value = values[cell];
              break;
            case SHARED:
              value = strings[values[cell]] ?? "";
              break;
            case TEXT:
              value = texts[values[cell]];
              break;
            case TRUE:
              value = true;
              break;
            case FALSE:
              value = false;
              break;
            case UNCACHED:
            default:
              (uncached === NO_UNCACHED ? (uncached = []) : uncached).push(columns[cell]);
              continue;
          }
          if (value === "") continue; // a shared string that is empty, or not in the table
          scratchColumns[cells] = columns[cell];
          scratchValues[cells++] = value;
        }
        // Kept as exact-size copies: arrays grown by push hold ~2× the slots (V8 grows by half plus 16).
        const row: SheetRow = {
          number: rowNumber,
          columns: scratchColumns.slice(0, cells),
          values: scratchValues.slice(0, cells),
          uncached,
        };
        if (options.onRow(row) === false) return false;
      }
      return true;
    },
  });
}
