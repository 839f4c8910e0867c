/**
 * Reads blocks of cells (values + number formats) in as few syncs as the payload budget allows.
 * Step 1, `queueMeasure`: the block's geometry and a sample of its first rows, riding on a sync the
 * caller makes anyway. Step 2, `readBlocks`: chunks packed into syncs, one sync when everything fits.
 */
import type { Block } from "./types";
import { SAMPLE_MARGIN, chunkRanges, jsonSize, planChunks } from "./chunks";
import { MAX_ROWS_PER_SYNC, defaultPayloadBudget } from "./platform";

export const SAMPLE_ROWS = 50;

export interface ReadOptions {
  /** Bytes per sync; default: 80 % of 5 MB on Excel on the web, unlimited elsewhere. */
  payloadBudget?: number;
  /** Rows per sync; default 100,000. */
  maxRowsPerSync?: number;
  /** Also read number formats (default false: the pipeline reads dates as serials and needs none; the bench compares). */
  numberFormats?: boolean;
}

export interface Measured {
  block: Block;
  /** JSON bytes per row (values + formats) in the sampled rows. */
  bytesPerRow: number;
}

/** Queues geometry + sample loads for `range`; `read()` after the sync. */
export function queueMeasure(range: Excel.Range, withFormats: boolean): { read(): Measured } {
  range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  range.worksheet.load("name");
  const sample = range.getRow(0).getRowsBelow(SAMPLE_ROWS);
  // eslint-disable-next-line office-addins/no-empty-load -- the argument is a conditional property list, never empty
  sample.load(withFormats ? ["values", "numberFormat"] : ["values"]);
  return {
    read: () => {
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- deferred read: read() runs after the caller's sync
      const sampled = Math.max(1, sample.values.length);
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- deferred read: read() runs after the caller's sync
      const bytes = jsonSize(sample.values) + (withFormats ? jsonSize(sample.numberFormat) : 0);
      return {
        block: {
          sheet: range.worksheet.name,
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
        },
        bytesPerRow: bytes / sampled,
      };
    },
  };
}

export interface BlockData {
  values: unknown[][];
  numberFormats?: string[][];
}

export interface ReadReport {
  syncs: number;
  /** Estimated bytes loaded. */
  bytes: number;
}

interface Piece {
  block: number;
  start: number;
  end: number;
  /** Its rows at the sampled bytes per row (the budget packs it with SAMPLE_MARGIN). */
  bytes: number;
}

/** Reads every block; pieces are packed into as few syncs as the budget and the row cap allow. */
export async function readBlocks(
  context: Excel.RequestContext,
  measured: Measured[],
  options: ReadOptions = {},
): Promise<{ data: BlockData[]; report: ReadReport }> {
  const budget = options.payloadBudget ?? defaultPayloadBudget();
  // The cap counts data rows: the header row rides along.
  const maxRows = (options.maxRowsPerSync ?? MAX_ROWS_PER_SYNC) + 1;
  const withFormats = options.numberFormats ?? false;
  const pieces: Piece[] = [];
  measured.forEach((m, block) => {
    const plan = planChunks(m.block.rowCount, m.bytesPerRow, budget, maxRows, m.block.columnCount);
    for (const [start, end] of chunkRanges(m.block.rowCount, plan.rowsPerChunk))
      pieces.push({ block, start, end, bytes: (end - start) * m.bytesPerRow });
  });
  const data: BlockData[] = measured.map(() => (withFormats ? { values: [], numberFormats: [] } : { values: [] }));
  const report: ReadReport = { syncs: 0, bytes: 0 };
  let i = 0;
  while (i < pieces.length) {
    // Pack pieces into this sync while they fit, with the margin for rows longer than the sample.
    const batch: { piece: Piece; range: Excel.Range }[] = [];
    let bytes = 0;
    let rows = 0;
    while (
      i < pieces.length &&
      (batch.length === 0 || ((bytes + pieces[i].bytes) * SAMPLE_MARGIN <= budget && rows + pieces[i].end - pieces[i].start <= maxRows))
    ) {
      const piece = pieces[i++];
      const { block } = measured[piece.block];
      const range = context.workbook.worksheets
        .getItem(block.sheet)
        .getRangeByIndexes(block.rowIndex + piece.start, block.columnIndex, piece.end - piece.start, block.columnCount);
      // eslint-disable-next-line office-addins/no-empty-load -- the argument is a conditional property list, never empty
      range.load(withFormats ? ["values", "numberFormat"] : ["values"]);
      batch.push({ piece, range });
      bytes += piece.bytes;
      rows += piece.end - piece.start;
    }
    // One sync per packed batch of chunks, by design (DESIGN.md: split payloads that could exceed 5 MB).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch, not per row
    await context.sync();
    report.syncs++;
    for (const { piece, range } of batch) {
      const target = data[piece.block];
      for (const row of range.values) target.values.push(row);
      if (target.numberFormats) for (const row of range.numberFormat as string[][]) target.numberFormats.push(row);
      // The sampled estimate, not the JSON of every value read: that cost ~25–30 ms per 20,000 lines, each load.
      report.bytes += piece.bytes;
    }
  }
  return { data, report };
}
