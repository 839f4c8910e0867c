/**
 * What the streaming reader keeps of one sheet (cellSource.ts): the wanted rows' cells copied out of
 * the parser's batches (rowBatch.ts) into chunks of typed arrays, and turned into values only when a
 * grid is asked for. No object per row and none per number while the sheet is read, so the garbage
 * collector has nothing to move: a 100,000-line register's read 0.73–0.74 → 0.61–0.66 s (runs one after
 * the other), its peak memory 257 → 210–235 MB.
 *
 * Chunks of CHUNK cells, never regrown: a row's cells stay in one chunk (a row holds at most Excel's
 * 16,384 columns = CHUNK), and memory grows by one chunk at a time, never by copying what is kept.
 */
import type { ExcelValue } from "./cellValue";
import { TEXT, UNCACHED, holdsValue, valueOfCell, type RowBatch } from "./rowBatch";
import type { OccupiedRows } from "./dataExtent";
import type { Rect } from "./packageIndex";
import { EXCEL_COLUMNS } from "../workbook/excelGrid";
import { XmlPartError } from "./xmlStream";

/** Cells per chunk: a whole row of Excel's columns fits in one. */
const CHUNK = EXCEL_COLUMNS;
const CHUNK_BITS = Math.log2(CHUNK);

interface Chunk {
  columns: Int32Array;
  kinds: Uint8Array;
  /** A number; a shared string's index; a text's index in `texts`. */
  values: Float64Array;
}

export class KeptSheet {
  /** Sheet row number → its slot (a row written twice: the last one counts). */
  private readonly slots = new Map<number, number>();
  /** Per slot: its first cell and the cell past its last (cells numbered across the chunks). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly chunks: Chunk[] = [];
  /** The next free cell. */
  private next = 0;
  private readonly texts: string[] = [];
  /** Sheet positions (1-based row, column) of kept formulas with no saved result. */
  uncached: [number, number][] = [];

  constructor(private readonly strings: readonly string[]) {}

  /**
   * Keeps row `number`: its cells start..end of `batch`. Returns how many cells and uncached formulas it
   * held (what the read's budget counts). A row with no value replaces no earlier row of that number.
   */
  keep(number: number, batch: RowBatch, start: number, end: number): number {
    let keeping = 0;
    let uncached = 0;
    for (let i = start; i < end; i++) {
      if (batch.kinds[i] === UNCACHED) {
        this.uncached.push([number, batch.columns[i]]);
        uncached++;
      } else if (holdsValue(batch.kinds[i], batch.values[i], this.strings)) keeping++;
    }
    if (keeping === 0) return uncached;
    // A row stays in one chunk: the batch refuses wider rows already (rowBatch.ts), this keeps it so if that ever changes.
    if (keeping > CHUNK) throw new XmlPartError(`more than ${CHUNK} cells in one row`, { row: number });
    // The room taken is what is kept, as the budget counts it: a row of blanks takes none.
    if ((this.next & (CHUNK - 1)) + keeping > CHUNK || this.next >>> CHUNK_BITS >= this.chunks.length) this.newChunk();
    const { columns, kinds, values } = this.chunks[this.chunks.length - 1];
    const first = this.next;
    let at = first & (CHUNK - 1);
    for (let i = start; i < end; i++) {
      const kind = batch.kinds[i];
      let value = batch.values[i];
      if (!holdsValue(kind, value, this.strings)) continue;
      if (kind === TEXT) value = this.texts.push(batch.texts[value]) - 1;
      columns[at] = batch.columns[i];
      kinds[at] = kind;
      values[at++] = value;
    }
    this.slots.set(number, this.starts.length);
    this.starts.push(first);
    this.ends.push(first + keeping);
    this.next = first + keeping;
    return keeping + uncached;
  }

  /** Forgets row `number` (a sheet that turned out not to be a register). */
  drop(number: number): void {
    this.slots.delete(number);
  }

  rowNumbers(): number[] {
    return [...this.slots.keys()];
  }

  /** The kept cells holding a value or an uncached formula, within `rect` (all when omitted). */
  occupied(rect?: Rect): OccupiedRows {
    const left = rect ? rect.left : 1;
    const right = rect ? rect.right : EXCEL_COLUMNS;
    const extra = new Map<number, number[]>(); // the uncached formulas' columns, by row
    for (const [r, c] of this.uncached) {
      if (rect && (r < rect.top || r > rect.bottom || c < left || c > right)) continue;
      const columns = extra.get(r);
      if (columns) columns.push(c);
      else extra.set(r, [c]);
    }
    return {
      forEachRow: (visit) => {
        for (const [row, slot] of this.slots) {
          if (rect && (row < rect.top || row > rect.bottom)) continue;
          const { columns, from, to } = this.cellsOf(slot);
          let count = extra.get(row)?.length ?? 0;
          for (let i = from; i < to; i++) if (columns[i] >= left && columns[i] <= right) count++;
          if (count > 0) visit(row, count);
        }
        for (const [row, columns] of extra) if (!this.slots.has(row)) visit(row, columns.length);
      },
      forEachColumn: (row, visit) => {
        const slot = this.slots.get(row);
        if (slot !== undefined) {
          const { columns, from, to } = this.cellsOf(slot);
          for (let i = from; i < to; i++) if (columns[i] >= left && columns[i] <= right) visit(columns[i]);
        }
        extra.get(row)?.forEach((c) => visit(c));
      },
    };
  }

  /** Rows top..bottom, columns left..right (1-based; right = widest kept row when omitted), "" where nothing was kept. */
  denseRows(top: number, bottom: number, left = 1, right?: number): ExcelValue[][] {
    if (right === undefined) {
      right = 0;
      for (let r = top; r <= bottom; r++) {
        const slot = this.slots.get(r);
        if (slot === undefined) continue;
        const { columns, from, to } = this.cellsOf(slot);
        for (let i = from; i < to; i++) right = Math.max(right, columns[i]);
      }
    }
    const span = Math.max(0, right - left + 1);
    const out: ExcelValue[][] = [];
    // Each row is filled in one scratch array and kept as its exact-size copy: a packed array (no holes,
    // as fast to read as to build) of `span` slots. Cells written out of order or twice: the last one counts.
    const scratch: ExcelValue[] = [];
    for (let c = 0; c < span; c++) scratch.push(""); // pushed, not `new Array(span)`: packed, not holey
    const { strings, texts } = this;
    for (let r = top; r <= bottom; r++) {
      const slot = this.slots.get(r);
      if (slot === undefined) {
        out.push(scratch.slice(0, span));
        continue;
      }
      const { columns, kinds, values, from, to } = this.cellsOf(slot);
      for (let i = from; i < to; i++) {
        const c = columns[i] - left;
        if (c >= 0 && c < span) scratch[c] = valueOfCell(kinds[i], values[i], strings, texts)!;
      }
      out.push(scratch.slice(0, span));
      for (let i = from; i < to; i++) {
        const c = columns[i] - left;
        if (c >= 0 && c < span) scratch[c] = "";
      }
    }
    return out;
  }

  /** A slot's cells: its chunk, and where in it they lie (a row's cells are all in one chunk). */
  private cellsOf(slot: number): Chunk & { from: number; to: number } {
    const start = this.starts[slot];
    const chunk = this.chunks[start >>> CHUNK_BITS];
    const from = start & (CHUNK - 1);
    return { columns: chunk.columns, kinds: chunk.kinds, values: chunk.values, from, to: from + (this.ends[slot] - start) };
  }

  private newChunk(): void {
    this.next = this.chunks.length * CHUNK;
    this.chunks.push({ columns: new Int32Array(CHUNK), kinds: new Uint8Array(CHUNK), values: new Float64Array(CHUNK) });
  }
}
