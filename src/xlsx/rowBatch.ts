/**
 * Worksheet rows as SAX events → a batch of rows in a compact form made of typed arrays (plus the few
 * texts that are not shared strings), so that a batch parsed on a worker thread crosses to the main
 * thread by transfer, not by copying ~17 objects per row. The main thread keeps what a batch holds
 * (keptSheet.ts) — the same way whichever thread parsed it.
 *
 * What a cell holds is decided here, once (as Excel's API gives it: cellValue.ts); what it cannot know
 * is left to the reader: a row's number when the row has no `r` (it follows the previous row, which
 * may be in another batch), and the text of a shared string (the table stays on the main thread).
 */
import { serialOfDate, type ExcelValue } from "./cellValue";
import { XmlPartError, decodeXstring } from "./xmlStream";
import type { XmlHandlers, XmlPlace } from "./xmlHandlers";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../workbook/excelGrid";
import { columnLetter } from "../register/columnLetter";

/** What a cell holds. */
export const NUMBER = 0;
/** `values` holds the shared string's index. */
export const SHARED = 1;
/** `values` holds the index of the text in `texts`. */
export const TEXT = 2;
export const TRUE = 3;
export const FALSE = 4;
/** A formula whose result the file does not hold. */
export const UNCACHED = 5;

export interface RowBatch {
  /** Per row: its `r`, or 0 when it has none (it follows the previous row). */
  rowNumbers: Int32Array;
  /** Per row: the index just past its last cell in the cell arrays. */
  rowEnds: Int32Array;
  /** Per cell: its 1-based column. */
  columns: Int32Array;
  kinds: Uint8Array;
  values: Float64Array;
  texts: string[];
}

/**
 * A cell's value as Excel's API gives it, from its kind and its `values` entry: `strings` is the shared
 * strings' table, `texts` the texts its TEXT indexes point into; undefined for an UNCACHED formula.
 */
export function valueOfCell(kind: number, value: number, strings: readonly string[], texts: readonly string[]): ExcelValue | undefined {
  switch (kind) {
    case NUMBER:
      return value;
    case SHARED:
      return strings[value] ?? ""; // "" when the index is not in the table
    case TEXT:
      return texts[value];
    case TRUE:
      return true;
    case FALSE:
      return false;
    default:
      return undefined;
  }
}

/** Whether a cell holds a value: not an uncached formula, nor a shared string that is empty or not in the table. */
export function holdsValue(kind: number, value: number, strings: readonly string[]): boolean {
  return kind !== UNCACHED && (kind !== SHARED || (strings[value] ?? "") !== "");
}

/** The batch's typed arrays, to transfer with it. */
export function transferList(batch: RowBatch): ArrayBuffer[] {
  return [batch.rowNumbers, batch.rowEnds, batch.columns, batch.kinds, batch.values].map((a) => a.buffer as ArrayBuffer);
}

const NONE = 0;
const VALUE = 1;
const INLINE_TEXT = 2;

/**
 * Collects the rows of the SAX events it is given; `take()` hands over the rows completed so far.
 * Positions: a cell without `r` follows the previous cell of its row (ECMA-376 18.3.1.4). Cells past
 * Excel's last column and cells outside any row are left out.
 */
export class RowCollector implements XmlHandlers {
  private rowNumbers: number[] = [];
  private rowEnds: number[] = [];
  private columns: number[] = [];
  private kinds: number[] = [];
  private values: number[] = [];
  private texts: string[] = [];
  private inRow = false;
  /** Where the open row's cells begin in the cell arrays. */
  private rowStart = 0;
  private column = 0;
  private inCell = false;
  private type = "n";
  private value: string | null = null;
  private inline: string[] | null = null;
  private formula = false;
  private capture = NONE;
  private phonetic = 0;

  constructor(private readonly date1904: boolean) {}

  /** Where the parser stands, for a damaged part's message: the row and column as far as known; {} outside a row. */
  where(): XmlPlace {
    if (!this.inRow) return {};
    const row = this.openRow();
    return { ...(row !== undefined ? { row } : {}), ...(this.inCell ? { column: columnLetter(this.column - 1) } : {}) };
  }

  /** The open row's number; undefined when unknown or past the grid (the marker EXCEL_ROWS + 1). */
  private openRow(): number | undefined {
    const row = this.rowNumbers[this.rowNumbers.length - 1];
    return row > 0 && row <= EXCEL_ROWS ? row : undefined;
  }

  /** Rows completed (closed) since the last take. */
  get rows(): number {
    return this.rowEnds.length;
  }

  open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case "row": {
        if (this.inRow) this.emptyOpenRow(); // a row opened inside another (a damaged part): the first keeps its number, not its cells
        const given = attributes.r === undefined ? NaN : Number(attributes.r);
        // Past Excel's last row: one number past it, so that this row and the rows without `r` after it stay
        // outside the grid (an Int32Array would wrap 3,000,000,000 to a negative, 4,294,967,297 to 1).
        this.rowNumbers.push(Number.isInteger(given) && given > 0 ? Math.min(given, EXCEL_ROWS + 1) : 0);
        this.rowStart = this.columns.length;
        this.inRow = true;
        this.column = 0;
        break;
      }
      case "c":
        this.openCell(attributes.r, attributes.t);
        break;
      case "v":
        if (this.inCell) this.capture = VALUE;
        break;
      case "f":
        this.formula = true;
        break;
      case "is":
        if (this.inCell) this.inline = [];
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "t":
        if (this.inline && this.phonetic === 0) this.capture = INLINE_TEXT;
        break;
    }
  }

  openCell(reference: string | undefined, type: string | undefined): void {
    this.column = reference === undefined ? this.column + 1 : columnOf(reference, this.column + 1);
    this.inCell = this.inRow && this.column <= EXCEL_COLUMNS;
    this.type = type ?? "n";
    this.value = null;
    this.inline = null;
    this.formula = false;
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "t":
        this.capture = NONE;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "c":
        if (!this.inCell) break;
        this.inCell = false;
        this.addCell();
        break;
      case "row":
        if (!this.inRow) break;
        this.inRow = false;
        this.rowEnds.push(this.columns.length);
        break;
    }
  }

  text(text: string): void {
    if (this.capture === VALUE) this.value = this.value === null ? text : this.value + text;
    else if (this.capture === INLINE_TEXT) this.inline!.push(text);
  }

  /** The completed rows, in their compact form; the collector goes on with the next rows. */
  take(): RowBatch {
    const rows = this.rowEnds.length;
    const cells = rows > 0 ? this.rowEnds[rows - 1] : 0;
    const batch: RowBatch = {
      rowNumbers: copy(new Int32Array(rows), this.rowNumbers),
      rowEnds: copy(new Int32Array(rows), this.rowEnds),
      columns: copy(new Int32Array(cells), this.columns),
      kinds: copy(new Uint8Array(cells), this.kinds),
      values: copy(new Float64Array(cells), this.values),
      texts: this.texts,
    };
    this.rowEnds = [];
    this.texts = [];
    this.rowStart = 0; // an open row moves to the front
    if (this.rowNumbers.length === rows) {
      this.rowNumbers = [];
      this.columns = [];
      this.kinds = [];
      this.values = [];
      return batch;
    }
    // A row still open (its end is in the next chunk) moves to the front, with its cells so far.
    this.rowNumbers = this.rowNumbers.slice(rows);
    this.columns = this.columns.slice(cells);
    this.kinds = this.kinds.slice(cells);
    this.values = this.values.slice(cells);
    for (let i = 0; i < this.kinds.length; i++) if (this.kinds[i] === TEXT) this.values[i] = this.addText(batch.texts[this.values[i]]);
    return batch;
  }

  /** The open row closed without its cells: it still counts for the numbering of the rows after it. */
  private emptyOpenRow(): void {
    this.columns.length = this.kinds.length = this.values.length = this.rowStart;
    this.rowEnds.push(this.rowStart);
  }

  private addText(text: string): number {
    this.texts.push(text);
    return this.texts.length - 1;
  }

  private push(kind: number, value: number): void {
    // A row holds one cell per column at most: more is a damaged part (cells written again and again),
    // refused before one row can fill the memory.
    if (this.columns.length - this.rowStart >= EXCEL_COLUMNS) {
      throw new XmlPartError(`more than ${EXCEL_COLUMNS} cells in one row`, this.where());
    }
    this.columns.push(this.column);
    this.kinds.push(kind);
    this.values.push(value);
  }

  /** The cell as Excel's API gives it; nothing for an empty one (unless it is a formula without its result). */
  private addCell(): void {
    const value = this.value;
    switch (this.type) {
      case "s":
        if (value !== null)
          this.push(SHARED, Number(value)); // "" when the index is not in the table (holdsValue, valueOfCell)
        else this.pushUncached();
        return;
      case "inlineStr":
        return this.pushText(this.inline ? decodeXstring(this.inline.join("")) : value === null ? "" : decodeXstring(value));
      case "str":
        return this.pushText(value === null ? "" : decodeXstring(value));
      case "b":
        if (value !== null) this.push(value.trim() === "1" || value.trim() === "true" ? TRUE : FALSE, 0);
        else this.pushUncached();
        return;
      case "e":
        return this.pushText(value ?? "");
      case "d": {
        const serial = value === null ? NaN : serialOfIsoDate(value, this.date1904);
        if (Number.isFinite(serial)) this.push(NUMBER, serial);
        else this.pushUncached();
        return;
      }
      default: {
        if (value === null) return this.pushUncached();
        const number = Number(value);
        // Number("") and Number("  ") are 0: only a 0 needs the blank test.
        if (number === 0 && value.trim() === "") return;
        if (Number.isFinite(number)) this.push(NUMBER, number);
        else this.pushText("#NUM!");
      }
    }
  }

  private pushText(text: string): void {
    if (text !== "") this.push(TEXT, this.addText(text));
    else this.pushUncached();
  }

  /** An empty cell counts only as a formula with no saved result. */
  private pushUncached(): void {
    if (this.formula && this.value === null) this.push(UNCACHED, 0);
  }
}

/** The first `target.length` items of `source` into `target`. */
function copy<T extends Int32Array | Uint8Array | Float64Array>(target: T, source: readonly number[]): T {
  for (let i = 0; i < target.length; i++) target[i] = source[i];
  return target;
}

/** "AB12" → 28; `fallback` when the reference has no column letters. (Per cell of a sheet: no regex, no upper-casing copy, unlike register/columnLetter.ts columnIndex.) */
export function columnOf(reference: string, fallback: number): number {
  let column = 0;
  for (let i = 0; i < reference.length && i < 4; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column > 0 ? column : fallback;
}

/** A `t="d"` cell's ISO 8601 text → the serial Excel shows (a date without a zone is the date itself, not shifted). */
function serialOfIsoDate(text: string, date1904: boolean): number {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : /T/.test(text) ? `${text}Z` : `${text}T00:00:00Z`;
  return serialOfDate(new Date(zoned), date1904);
}
