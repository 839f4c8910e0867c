/**
 * The rows of a large report table written straight as sheet XML, not through exceljs: exceljs
 * builds an object per cell and a style per formatted cell, then serialises them — for a
 * 100,000-line register's chase list (22,000 rows, 18 MB of XML) that was most of the run's time and
 * memory. exceljs still writes the table (its header, first data row, style and filter); the rows
 * after the first are deferred here and spliced into our sheet's XML by the surgical writer
 * (packageWriter.ts), each cell as exceljs would write it: inline text, numbers, booleans, the
 * same number format.
 */
import type { SheetValue } from "../report/layout";
import { GENERAL_FORMAT } from "../report/layout";
import { escapeXml } from "./packageParts";
import { columnLetter } from "../register/columnLetter";

export interface DeferredRows {
  /** The table the rows belong to: its ref is extended over them. */
  table: string;
  /** 1-based sheet row of the first deferred row, and 1-based column of its first cell. */
  firstRow: number;
  firstColumn: number;
  values: SheetValue[][];
  formats: string[][];
}

/** Tables with more data rows than this are written so (the first data row by exceljs, the rest here). */
export const DEFER_ROWS_ABOVE = 200;

/** Rows encoded per chunk: the XML is never one large string (a 22,000-row table is 18 MB of it). */
const ROWS_PER_CHUNK = 500;

/** The row elements of `rows`; `styleOf(format)` gives the merged styles' cell format index (null: none, General). */
export function deferredRowsXml(rows: DeferredRows, styleOf: (format: string) => number | null, prefix = ""): string {
  return Buffer.concat([...deferredRowsChunks(rows, styleOf, prefix)]).toString("utf8");
}

/** The same as UTF-8 chunks of ROWS_PER_CHUNK rows, each built when it is asked for. */
export function* deferredRowsChunks(rows: DeferredRows, styleOf: (format: string) => number | null, prefix = ""): Generator<Buffer> {
  for (let from = 0; from < rows.values.length; from += ROWS_PER_CHUNK)
    yield Buffer.from(rowsXml(rows, from, Math.min(rows.values.length, from + ROWS_PER_CHUNK), styleOf, prefix), "utf8");
}

function rowsXml(rows: DeferredRows, from: number, to: number, styleOf: (format: string) => number | null, prefix: string): string {
  const letters = Array.from({ length: rows.values[0]?.length ?? 0 }, (_, c) => columnLetter(rows.firstColumn - 1 + c));
  const parts: string[] = [];
  // A column's format is mostly the same row after row: its style attribute is looked up once per change.
  const lastFormat: (string | undefined)[] = [];
  const lastStyle: string[] = [];
  rows.values.slice(from, to).forEach((row, i) => {
    const r = from + i;
    const n = rows.firstRow + r;
    parts.push(`<${prefix}row r="${n}">`);
    row.forEach((value, c) => {
      const format = rows.formats[r]?.[c] ?? GENERAL_FORMAT;
      if (format !== lastFormat[c]) {
        const style = format === GENERAL_FORMAT ? null : styleOf(format);
        lastFormat[c] = format;
        lastStyle[c] = style === null ? "" : ` s="${style}"`;
      }
      const s = lastStyle[c];
      const ref = `${letters[c]}${n}`;
      if (value === "") {
        if (s) parts.push(`<${prefix}c r="${ref}"${s}/>`); // a formatted empty cell, as exceljs writes it
      } else if (typeof value === "number") {
        if (Number.isFinite(value)) parts.push(`<${prefix}c r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${prefix}c>`);
      } else if (typeof value === "boolean")
        parts.push(`<${prefix}c r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`);
      else parts.push(`<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is>${textXml(value, prefix)}</${prefix}is></${prefix}c>`);
    });
    parts.push(`</${prefix}row>`);
  });
  return parts.join("");
}

/**
 * `sheetXml` with `rowsXml` placed among its rows in order: before the first row numbered past
 * `lastRow`, else at the end of the sheet data.
 */
export function spliceRows(sheetXml: string, rowsXml: string, firstRow: number, lastRow: number, prefix = ""): string {
  const xml = withSheetData(sheetXml, prefix);
  const at = splicePoint(xml, firstRow, lastRow, prefix);
  return xml.slice(0, at) + rowsXml + xml.slice(at);
}

/** An empty `<sheetData/>` opened, so rows can go inside it. */
export function withSheetData(sheetXml: string, prefix = ""): string {
  return sheetXml.replace(new RegExp(`<${prefix}sheetData\\s*/>`), `<${prefix}sheetData></${prefix}sheetData>`);
}

/** Where rows firstRow..lastRow go in `sheetXml` (its sheetData open): before the first row past them, else at its end. */
export function splicePoint(sheetXml: string, firstRow: number, lastRow: number, prefix = ""): number {
  const re = new RegExp(`<${prefix}row\\b[^>]*\\br="(\\d+)"`, "g");
  let at = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sheetXml))) {
    const n = Number(m[1]);
    if (n >= firstRow && n <= lastRow)
      throw new Error(`Row ${n} is already written: deferred rows ${firstRow}–${lastRow} would overlap it`);
    if (n > lastRow) {
      at = m.index;
      break;
    }
  }
  if (at < 0) at = sheetXml.indexOf(`</${prefix}sheetData>`);
  if (at < 0) throw new Error("The sheet has no sheetData element");
  return at;
}

/** The table part's ref (and its autoFilter's) extended down to `lastRow`. */
export function extendTableRef(tableXml: string, lastRow: number): string {
  return tableXml.replace(
    /(\sref=")([A-Z]+\d+):([A-Z]+)\d+"/g,
    (_, head: string, from: string, column: string) => `${head}${from}:${column}${lastRow}"`,
  );
}

/** Control characters XML cannot hold are written as OOXML's _xHHHH_ escapes (ECMA-376 Part 1, 22.9.2.19). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it matches
const UNWRITABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

/** Text that needs more than `<t>text</t>`: a character to escape, or space at either end. */
// eslint-disable-next-line no-control-regex -- control characters are among what it matches
const NEEDS_CARE = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|^\s|\s$/;

function textXml(text: string, prefix: string): string {
  if (!NEEDS_CARE.test(text)) return `<${prefix}t>${text}</${prefix}t>`; // most text: one test, no replacing passes
  const escaped = escapeXml(text).replace(UNWRITABLE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${space}>${escaped}</${prefix}t>`;
}
