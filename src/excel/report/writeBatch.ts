/**
 * Writes grouped into as few syncs as the payload budget allows. Every queued write declares its JSON
 * size; when the next one would push the pending request over the budget, the batch syncs first. A block
 * larger than the budget is split by rows. Excel on the web rejects requests above 5 MB; the budget
 * (4 MB by default, on every host, so desktop and web make the same requests) leaves room for Office.js's
 * own envelope.
 */
import { jsonSize } from "../chunks";
import { formatWritesBytes, planFormatWrites, queueFormatWrites, type FormatWrite } from "../numberFormats";
import { WEB_PAYLOAD_BUDGET } from "../platform";

/** Size we charge for a format, table or chart call (its JSON is small). */
export const SMALL_WRITE_BYTES = 256;

export interface WriteReport {
  syncs: number;
  /** JSON bytes of the values and formats sent. */
  bytes: number;
  /** Largest single request. */
  largestRequest: number;
}

export class WriteBatch {
  private pending = 0;
  private queued = 0;
  readonly report: WriteReport = { syncs: 0, bytes: 0, largestRequest: 0 };

  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number = WEB_PAYLOAD_BUDGET,
  ) {}

  /** Queues `write` (whose payload is `bytes`), syncing first when it would not fit in this request. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.queued > 0 && this.pending + bytes > this.budget) await this.flush();
    write();
    this.pending += bytes;
    this.queued++;
  }

  /** A small call (format, table, chart). */
  small(write: () => void): Promise<void> {
    return this.add(SMALL_WRITE_BYTES, write);
  }

  /**
   * Values and number formats of one rectangle, as few assignments as the budget allows: the whole block
   * at once when it fits, else consecutive row slices, each with its own assignment. Formats are planned
   * per block (or slice) by planFormatWrites: one single-value write per run of columns, not rows × columns.
   */
  async block(range: (rowOffset: number, rows: number) => Excel.Range, values: unknown[][], formats: (string | null)[][]): Promise<void> {
    const plan = planFormatWrites(formats);
    const total = jsonSize(values) + formatWritesBytes(plan);
    if (total <= this.budget) {
      await this.add(total, () => assign(range(0, values.length), values, plan));
      return;
    }
    let start = 0;
    while (start < values.length) {
      let bytes = 0;
      let end = start;
      while (end < values.length) {
        const row = jsonSize(values[end]) + jsonSize(formats[end]) + 2;
        if (end > start && bytes + row > this.budget / 2) break;
        bytes += row;
        end++;
      }
      const from = start;
      const sliceValues = values.slice(from, end);
      const slicePlan = planFormatWrites(formats.slice(from, end)); // rows were sized with full format arrays; a plan costs at most that + one write
      await this.add(jsonSize(sliceValues) + formatWritesBytes(slicePlan), () => assign(range(from, end - from), sliceValues, slicePlan));
      start = end;
    }
  }

  /** Sends what is queued (no-op when nothing is). */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    await this.sync();
  }

  /** Sends what is queued now, even nothing: loads queued since the last sync are readable after it. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.report.syncs++;
    this.report.bytes += this.pending;
    this.report.largestRequest = Math.max(this.report.largestRequest, this.pending);
    this.pending = 0;
    this.queued = 0;
  }
}

/**
 * Formats first: a guarded text ("'=x") and a number must land in cells that already have their format.
 * Formats go as single values per run of columns where that is smaller (OfficeDev/office-js#5852).
 */
function assign(range: Excel.Range, values: unknown[][], formats: readonly FormatWrite[]): void {
  queueFormatWrites(range, formats, values.length, values[0]?.length ?? 0);
  range.values = values;
}
