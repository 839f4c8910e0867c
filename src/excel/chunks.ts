/** Splitting a big read into row chunks that stay under the payload budget. Pure. */

export interface ChunkPlan {
  /** Data rows per sync. */
  rowsPerChunk: number;
  chunks: number;
  estimatedBytes: number;
}

/** JSON size of a matrix, as Office.js would send it. */
export function jsonSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Excel reads at most five million cells per range get ("Resource limits and performance optimization for Office
 * Add-ins", Excel add-ins: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * above it the read fails with RangeExceedsLimit.
 */
export const MAX_CELLS_PER_READ = 5_000_000;

/** What a chunk is planned for beyond its sampled size: rows longer than the sample. */
export const SAMPLE_MARGIN = 1.25;

/**
 * Plans a read of `rows` rows of `columns` columns whose sampled rows cost `bytesPerRow` each (values + formats).
 * A 25 % margin covers rows longer than the sample; no chunk holds more than MAX_CELLS_PER_READ cells.
 */
export function planChunks(rows: number, bytesPerRow: number, budgetBytes: number, maxRowsPerChunk: number, columns = 1): ChunkPlan {
  const perRow = Math.max(1, bytesPerRow) * SAMPLE_MARGIN;
  const estimatedBytes = Math.ceil(rows * perRow);
  const byBudget = Number.isFinite(budgetBytes) ? Math.max(1, Math.floor(budgetBytes / perRow)) : Number.POSITIVE_INFINITY;
  const byCells = Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, columns)));
  const rowsPerChunk = Math.max(1, Math.min(maxRowsPerChunk, byBudget, byCells, Math.max(rows, 1)));
  return { rowsPerChunk, chunks: rows === 0 ? 0 : Math.ceil(rows / rowsPerChunk), estimatedBytes };
}

/** Row ranges [start, end) of a plan. */
export function chunkRanges(rows: number, rowsPerChunk: number): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < rows; start += rowsPerChunk) out.push([start, Math.min(rows, start + rowsPerChunk)]);
  return out;
}
