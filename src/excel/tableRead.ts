/**
 * Reading a table whose name we know, without asking Excel first how big it is.
 *
 * `queueTableHead` loads the table's geometry AND its first rows (header + up to `maxRows` data rows) in
 * the same batch: the rows are the intersection of the table with a window of maxRows + 1 rows starting
 * at its header, so a small table costs no extra bytes and a huge one is cut at the row cap. What the
 * window did not cover (tables above the cap) is read afterwards by `readRemainders`, in chunks.
 *
 * `queueTableMeasure` is the variant for a payload budget (Excel on the web): geometry + a sample only,
 * because the size must be known before the values are asked for.
 */
import type { Block } from "./types";
import { jsonSize } from "./chunks";
import { SAMPLE_ROWS } from "./blockReader";
import { BlockData, Measured, ReadOptions, ReadReport, queueMeasure, readBlocks } from "./blockReader";

/** A table as known after the first sync: where it is, and the rows already read (null when only measured). */
export interface TableSnapshot {
  measured: Measured;
  head: BlockData | null;
}

/** Queues geometry + the first `maxRows` data rows (and the header) of `range`; `read()` after the sync. */
export function queueTableHead(range: Excel.Range, withFormats: boolean, maxRows: number): { read(): TableSnapshot } {
  range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  range.worksheet.load("name");
  const window = range.getRow(0).getResizedRange(maxRows, 0).getIntersection(range);
  // eslint-disable-next-line office-addins/no-empty-load -- the argument is a conditional property list, never empty
  window.load(withFormats ? ["values", "numberFormat"] : ["values"]);
  return {
    read: () => {
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- deferred read: read() runs after the caller's sync
      const head: BlockData = { values: window.values };
      // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
      if (withFormats) head.numberFormats = window.numberFormat as string[][];
      // Bytes per row from a sample (as queueMeasure does): sizing the whole block would cost a walk of every cell.
      const sample = Math.min(head.values.length, SAMPLE_ROWS + 1);
      const bytes = jsonSize(head.values.slice(0, sample)) + (head.numberFormats ? jsonSize(head.numberFormats.slice(0, sample)) : 0);
      const block: Block = {
        sheet: range.worksheet.name,
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
      };
      return { measured: { block, bytesPerRow: bytes / Math.max(1, sample) }, head };
    },
  };
}

/** Queues geometry + a sample of `range` (no values yet); `read()` after the sync. */
export function queueTableMeasure(range: Excel.Range, withFormats: boolean): { read(): TableSnapshot } {
  const measure = queueMeasure(range, withFormats);
  return { read: () => ({ measured: measure.read(), head: null }) };
}

/** The rows a snapshot has not read yet, as a block for readBlocks (null when it has them all). */
function remainder(snapshot: TableSnapshot): Measured | null {
  const have = snapshot.head?.values.length ?? 0;
  const { block, bytesPerRow } = snapshot.measured;
  if (have >= block.rowCount) return null;
  return { block: { ...block, rowIndex: block.rowIndex + have, rowCount: block.rowCount - have }, bytesPerRow };
}

function join(head: BlockData | null, rest: BlockData | null): BlockData {
  if (!head) return rest ?? { values: [] };
  if (!rest) return head;
  const joined: BlockData = { values: head.values.concat(rest.values) };
  // A head read without formats (the chase log) stays without them.
  if (head.numberFormats && rest.numberFormats) joined.numberFormats = head.numberFormats.concat(rest.numberFormats);
  return joined;
}

/**
 * Completes the snapshots: whatever their first sync did not bring is read in as few syncs as the payload
 * budget and the row cap allow (none when every table came whole). Bytes count what was loaded in all.
 */
export async function readRemainders(
  context: Excel.RequestContext,
  snapshots: TableSnapshot[],
  options: ReadOptions,
): Promise<{ data: BlockData[]; report: ReadReport }> {
  const rests = snapshots.map(remainder);
  const pending = rests.filter((r): r is Measured => r !== null);
  const read = pending.length > 0 ? await readBlocks(context, pending, options) : { data: [], report: { syncs: 0, bytes: 0 } };
  let next = 0;
  const data = snapshots.map((snapshot, i) => join(snapshot.head, rests[i] ? read.data[next++] : null));
  const headBytes = snapshots.reduce((sum, s) => sum + (s.head ? s.measured.bytesPerRow * s.head.values.length : 0), 0);
  return { data, report: { syncs: read.report.syncs, bytes: read.report.bytes + Math.round(headBytes) } };
}

/**
 * True for the errors that mean "that table is not there (or not where the fast path looked)": the sync
 * failed with ItemNotFound (getItem of a missing table, documented Office.js behaviour), or the row window
 * ran off the bottom of the sheet (InvalidArgument, a table within maxRows rows of row 1,048,576).
 * Both are answered by the locate path, which asks for names and sizes first.
 */
export function isNotThereError(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "ItemNotFound" || code === "InvalidArgument";
}
