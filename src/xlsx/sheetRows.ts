/**
 * A worksheet part read as a stream of rows: each row's non-empty cells as Excel's API would give
 * them (cellValue.ts: numbers, strings, booleans, "#N/A"-style errors, dates as serials of the
 * workbook's date system, formulas as their saved result). Nothing of the sheet is kept here: the
 * caller keeps what it wants (cellSource.ts), so a stray far cell or an oversized table costs nothing.
 *
 * Positions: a row or cell without its `r` attribute follows the previous one (allowed by
 * ECMA-376; some programs write them so). Cells outside Excel's grid are ignored.
 */
import { serialOfDate, type ExcelValue } from "./cellValue";
import { decodeXstring, parseXmlStream } from "./xmlStream";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

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
  /** Whether the cells of row `number` are wanted at all (others are parsed past, not decoded). */
  wantsRow(number: number): boolean;
  /** A wanted row; return false to stop reading the sheet (the rest is not needed). */
  onRow(row: SheetRow): boolean | void;
}

/** A row's `uncached` until it has one (most rows never do: no array allocated per row for nothing). */
const NO_UNCACHED: number[] = Object.freeze([]) as unknown as number[];
/** A row's columns until it is complete. */
const NO_CELLS: number[] = Object.freeze([]) as unknown as number[];

const NONE = 0;
const VALUE = 1;
const INLINE_TEXT = 2;

export async function readSheetRows(stream: NodeJS.ReadableStream, options: SheetRowsOptions): Promise<void> {
  let rowNumber = 0;
  let row: SheetRow | null = null;
  let column = 0;
  let type = "n";
  let value: string | null = null;
  let inline: string[] | null = null;
  let formula = false;
  let inCell = false;
  let capture = NONE;
  let phonetic = 0;
  // The current row's cells, in scratch arrays reused from row to row.
  const scratchColumns: number[] = [];
  const scratchValues: ExcelValue[] = [];
  let cells = 0;
  const parse = parseXmlStream(stream, {
    open(name, attributes) {
      switch (name) {
        case "row": {
          const given = attributes.r === undefined ? NaN : Number(attributes.r);
          rowNumber = Number.isInteger(given) && given > 0 ? given : rowNumber + 1;
          column = 0;
          row =
            rowNumber <= MAX_ROWS && options.wantsRow(rowNumber)
              ? { number: rowNumber, columns: NO_CELLS, values: [], uncached: NO_UNCACHED }
              : null;
          cells = 0;
          break;
        }
        case "c":
          column = attributes.r === undefined ? column + 1 : columnOf(attributes.r, column + 1);
          inCell = row !== null && column <= MAX_COLUMNS;
          type = attributes.t ?? "n";
          value = null;
          inline = null;
          formula = false;
          break;
        case "v":
          if (inCell) capture = VALUE;
          break;
        case "f":
          formula = true;
          break;
        case "is":
          if (inCell) inline = [];
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (inline && phonetic === 0) capture = INLINE_TEXT;
          break;
      }
    },
    close(name) {
      switch (name) {
        case "v":
        case "t":
          capture = NONE;
          break;
        case "rPh":
          phonetic--;
          break;
        case "c": {
          if (!inCell || !row) break;
          inCell = false;
          const read = cellValue(type, value, inline, options);
          if (read !== "") {
            scratchColumns[cells] = column;
            scratchValues[cells++] = read;
          } else if (formula && value === null) (row.uncached === NO_UNCACHED ? (row.uncached = []) : row.uncached).push(column);
          break;
        }
        case "row":
          if (!row) break;
          // Kept as exact-size copies: arrays grown by push hold ~2× the slots (V8 grows by half plus 16).
          row.columns = scratchColumns.slice(0, cells);
          row.values = scratchValues.slice(0, cells);
          if (options.onRow(row) === false) parse.stop();
          row = null;
          break;
      }
    },
    text(text) {
      if (capture === VALUE) value = value === null ? text : value + text;
      else if (capture === INLINE_TEXT) inline!.push(text);
    },
  });
  await parse.done;
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

function cellValue(type: string, value: string | null, inline: string[] | null, options: SheetRowsOptions): ExcelValue {
  switch (type) {
    case "s": {
      if (value === null) return "";
      return options.strings[Number(value)] ?? "";
    }
    case "inlineStr":
      return inline ? decodeXstring(inline.join("")) : value === null ? "" : decodeXstring(value);
    case "str":
      return value === null ? "" : decodeXstring(value);
    case "b":
      return value === null ? "" : value.trim() === "1" || value.trim() === "true";
    case "e":
      return value ?? "";
    case "d":
      return value === null ? "" : serialOfIsoDate(value, options.date1904);
    default: {
      if (value === null) return "";
      const number = Number(value);
      // Number("") and Number("  ") are 0: only a 0 needs the blank test.
      if (number === 0 && value.trim() === "") return "";
      return Number.isFinite(number) ? number : "#NUM!";
    }
  }
}

/** A `t="d"` cell's ISO 8601 text → the serial Excel shows (a date without a zone is the date itself, not shifted). */
function serialOfIsoDate(text: string, date1904: boolean): ExcelValue {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : /T/.test(text) ? `${text}Z` : `${text}T00:00:00Z`;
  const serial = serialOfDate(new Date(zoned), date1904);
  return Number.isFinite(serial) ? serial : "";
}
