/**
 * Number formats written as single values, one per column or run of columns, instead of a rows × columns
 * array. Office.js: "If you need to apply the same value, the same number format, or the same formula to a
 * range of cells, it's more efficient to specify a single value instead of an array of values" (Performance
 * optimization using the Excel JavaScript API, "Update all cells in a range":
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#update-all-cells-in-a-range); a large 2-D
 * format array is slow to apply in Excel (OfficeDev/office-js#5852). The plan is pure; only the last two
 * functions touch Office.js.
 */
import { jsonSize } from "./chunks";

type Format = string | null;

/**
 * A rectangle of a block (offsets inside it) and what its cells get: one format for all of them, or (a column
 * whose format changes too often to be worth single values) that column's own array; null leaves a cell as it is.
 */
export interface FormatWrite {
  row: number;
  col: number;
  rows: number;
  cols: number;
  format: string | Format[][];
}

/**
 * What one more write adds to a request: a sub-range (getCell / getColumn, getResizedRange) and a property set,
 * a few of Office.js's JSON actions. Charged like the report batch's small calls.
 */
export const FORMAT_WRITE_BYTES = 256;

/** Request bytes we count for a plan: each write's overhead plus the format it sends. */
export function formatWritesBytes(writes: readonly FormatWrite[]): number {
  return writes.reduce((sum, w) => sum + FORMAT_WRITE_BYTES + jsonSize(w.format), 0);
}

/**
 * One write per run of adjacent columns sharing a format, each over all `rows` rows: the shape of a
 * table body whose columns each have one format (the register template's).
 */
export function columnFormatWrites(columnFormats: readonly string[], rows: number): FormatWrite[] {
  const writes: FormatWrite[] = [];
  columnFormats.forEach((format, col) => {
    const last = writes[writes.length - 1];
    if (last && last.format === format) last.cols++;
    else writes.push({ row: 0, col, rows, cols: 1, format });
  });
  return writes;
}

/**
 * The writes for a block's rows × columns formats. Each column becomes its runs of equal formats (a run of
 * nulls is left out), and runs that repeat in the next column over the same rows widen into one rectangle:
 * a table (a General header row over per-column formats) is one write for the header and one per run of
 * columns below. A column with so many runs that their writes cost more than its own array sends the array
 * (per-row currency decimals in a mixed-currency column). A block small enough that its single array costs
 * less than the plan (a one-row block) keeps that array.
 */
export function planFormatWrites(formats: readonly (readonly Format[])[]): FormatWrite[] {
  const rows = formats.length;
  const cols = rows === 0 ? 0 : formats[0].length;
  if (rows === 0 || cols === 0) return [];
  const writes: FormatWrite[] = [];
  let open = new Map<string, FormatWrite>(); // runs that reached the previous column, by rows and format
  for (let col = 0; col < cols; col++) {
    const next = new Map<string, FormatWrite>();
    const runs = columnRuns(formats, col).filter((run) => run.format !== null);
    const column = runs.length > 1 ? formats.map((row) => [row[col] ?? null]) : null;
    if (column && runs.length * FORMAT_WRITE_BYTES > FORMAT_WRITE_BYTES + jsonSize(column)) {
      writes.push({ row: 0, col, rows, cols: 1, format: column });
    } else {
      for (const run of runs) {
        const key = `${run.row}:${run.rows}:${run.format}`;
        const left = open.get(key);
        if (left) left.cols++;
        const write = left ?? { row: run.row, col, rows: run.rows, cols: 1, format: run.format as string };
        if (!left) writes.push(write);
        next.set(key, write);
      }
    }
    open = next;
  }
  const whole: FormatWrite = { row: 0, col: 0, rows, cols, format: formats.map((row) => [...row]) };
  return formatWritesBytes(writes) < formatWritesBytes([whole]) ? writes : [whole];
}

/** Consecutive rows of one column with the same format (null included). */
function columnRuns(formats: readonly (readonly Format[])[], col: number): { row: number; rows: number; format: Format }[] {
  const runs: { row: number; rows: number; format: Format }[] = [];
  formats.forEach((row, r) => {
    const format = row[col] ?? null;
    const last = runs[runs.length - 1];
    if (last && last.format === format) last.rows++;
    else runs.push({ row: r, rows: 1, format });
  });
  return runs;
}

/**
 * Range.numberFormat set to one format for every cell, or to an array. The typings only declare any[][],
 * but Office.js takes a single value for a multi-cell range (see the page cited at the top).
 */
export function setNumberFormat(range: Excel.Range, format: string | Format[][]): void {
  (range as unknown as { numberFormat: string | Format[][] }).numberFormat = format;
}

/** Queues `writes` on `block`, the rows × cols range they were planned for (sub-ranges: ExcelApi 1.1 / 1.2). */
export function queueFormatWrites(block: Excel.Range, writes: readonly FormatWrite[], rows: number, cols: number): void {
  for (const w of writes) setNumberFormat(subRange(block, w, rows, cols), w.format);
}

function subRange(block: Excel.Range, w: FormatWrite, rows: number, cols: number): Excel.Range {
  if (w.row === 0 && w.rows === rows) {
    if (w.col === 0 && w.cols === cols) return block;
    const column = block.getColumn(w.col);
    return w.cols === 1 ? column : column.getResizedRange(0, w.cols - 1);
  }
  const corner = block.getCell(w.row, w.col);
  return w.rows === 1 && w.cols === 1 ? corner : corner.getResizedRange(w.rows - 1, w.cols - 1);
}
