/**
 * CSV exports built in the tests (no binary fixture is committed): rows → delimited text as Excel or
 * an ERP writes it (a field quoted only when it must be), then encoded with iconv-lite.
 */
import iconv from "iconv-lite";
import { formatIsoDate } from "../../src/dates/serial";
import type { ValuesMatrix } from "../../src/sample";

export type FixtureEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030" | "shift_jis";

/** A field as a writer quotes it: only when it holds the delimiter, a quote or a line break; raw fields pass as they are. */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → text; `raw` cells (Excel's ="00123") are written untouched. */
export function toCsv(rows: readonly (readonly (string | { raw: string })[])[], delimiter: string, eol = "\r\n"): string {
  return rows.map((row) => row.map((v) => (typeof v === "string" ? csvField(v, delimiter) : v.raw)).join(delimiter)).join(eol) + eol;
}

/** Text → bytes as each export writes them: with a byte-order mark for "-bom" and UTF-16. */
export function encodeCsv(text: string, encoding: FixtureEncoding): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]);
    case "utf-16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]);
    default:
      return iconv.encode(text, encoding);
  }
}

/** A register's values matrix (dates as serials) → text cells, dates written as 2026-11-20. */
export function registerAsText(values: ValuesMatrix, dateHeaders: ReadonlySet<string>): string[][] {
  const headers = values[0].map(String);
  return values.map((row, r) =>
    row.map((v, c) => (r > 0 && dateHeaders.has(headers[c]) && typeof v === "number" ? formatIsoDate(v) : String(v))),
  );
}
