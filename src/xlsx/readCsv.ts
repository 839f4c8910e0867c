/**
 * The file adapter's read of a register exported as CSV or TSV: the same WorkbookRead a workbook
 * gives (readWorkbook.ts dispatches here), holding what Excel would show after opening the file — one
 * sheet named after the file, every cell text. The engine then reads numbers and dates out of that
 * text by its own cell rules (src/register/cells.ts), as it does for text cells in a workbook; the
 * pipeline finds the header row (title rows above it allowed).
 *
 * - Encoding: byte-order mark, else UTF-8, else GB18030 or Shift_JIS, else Windows-1252
 *   (csv/detectEncoding.ts); decoded by iconv-lite, the same on every Node build.
 * - Delimiter: Excel's `sep=` line, else sniffed among , ; tab | (csv/records.ts).
 * - Parsing: csv-parse, configured as Excel reads a CSV: quoted fields may hold delimiters, line
 *   breaks and doubled quotes; a quote inside an unquoted field is a character; rows may differ in
 *   length. Excel's `="00123"` (text kept with its leading zeros) gives the text 00123.
 * - Bounds: the file as an .xlsx (MAX_FILE_BYTES); each record is measured before it is built — at
 *   most 1 MB of text and 16,384 columns — and the file at most 1,048,576 rows, Excel's own limits.
 *
 * Nothing is kept but the register's cells: the file is read twice as a stream (once to tell the
 * encoding, once to parse), in constant memory besides them.
 */
import { megabytes } from "./fileGuard";
import type { ReadFailureCode, ReadProgress, WorkbookRead } from "./workbookRead";
import { createReadStream } from "node:fs";
import * as nodePath from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { registerOnlySources } from "../pipeline/sources";
import { sameName } from "../workbook/names";
import { findHeaderRow } from "../workbook/registerLocation";
import type { FileKind } from "./fileGuard";
import { trimGrid } from "./grid";
import { EncodingDetector, type CsvEncoding } from "./csv/detectEncoding";
import { CsvLimitError, DEFAULT_LIMITS, RecordScanner, sniffDelimiter, type CsvLimitProblem, type ScanLimits } from "./csv/records";

/** Extensions read as delimited text whatever the first line looks like. */
export const CSV_EXTENSIONS = [".csv", ".tsv", ".txt"] as const;

/** Bytes read at a time. */
const CHUNK_BYTES = 1024 * 1024;
/** Decoded characters the delimiter is sniffed from. */
const SNIFF_CHARS = 64 * 1024;

/** A file to read as CSV: text whose first line holds a delimiter, or any text-like file named .csv, .tsv or .txt. */
export function isCsvCandidate(path: string, file: FileKind): boolean {
  if (file.kind !== "notXlsx") return false;
  const extension = nodePath.extname(path).toLowerCase();
  // Text named .xlsx/.xlsm/.xls is refused as Excel refuses it: the name says workbook, the bytes say otherwise.
  if (/^\.xl[a-z]{1,2}$/.test(extension)) return false;
  if (file.reason === "csv") return true;
  // "notZip": not UTF-8 text by its head — a GB18030, Shift_JIS or UTF-16BE export; binary is refused after detection.
  return (file.reason === "text" || file.reason === "notZip") && (CSV_EXTENSIONS as readonly string[]).includes(extension);
}

export interface CsvInfo {
  encoding: CsvEncoding;
  /** The delimiter used (sniffed, or set by a `sep=` line). */
  delimiter: string;
  /** Records read (rows of the sheet Excel would show). */
  rows: number;
}

/** What readWorkbook returns for a CSV: its WorkbookRead, plus how the text was read. */
export interface CsvRead extends WorkbookRead {
  streamed: false;
  /** No workbook to copy: the report workbook holds the report and KPI sheets only. */
  workbook: null;
  csv: CsvInfo;
}

/**
 * Why a CSV is refused, beyond readWorkbook's codes (`params.problem`; the CLI words each one):
 * lineTooLong / tooManyColumns / tooManyRows / unclosedQuote name the file's line; noValues: only blank
 * lines; noHeader: no register header in the first 50 rows; malformed: the parser's own words.
 */
export type CsvProblem = CsvLimitProblem | "noValues" | "noHeader" | "malformed";

export type CsvOutcome = { ok: true; read: CsvRead } | { ok: false; code: ReadFailureCode; params: Record<string, string | number> };

export interface CsvReadOptions {
  table?: string | null;
  sheet?: string | null;
  /** Larger files are refused (readWorkbook passes its MAX_FILE_BYTES). */
  maxBytes: number;
  limits?: ScanLimits;
  onProgress?: (event: ReadProgress) => void;
}

/** The sheet Excel names after the file: its name without extension, 31 characters at most, no []:*?/\. */
export function sheetNameOf(path: string): string {
  const name = nodePath
    .parse(path)
    .name.replace(/[[\]:*?/\\]/g, "_")
    .slice(0, 31);
  return name || "Sheet1";
}

/** Excel's `="00123"`: a formula whose result is the text between the quotes (doubled quotes undone). */
const TEXT_FORMULA = /^="((?:[^"]|"")*)"$/s;

export function csvCellValue(field: string): string {
  const m = TEXT_FORMULA.exec(field);
  return m ? m[1].replace(/""/g, '"') : field;
}

export async function readCsv(path: string, size: number, options: CsvReadOptions): Promise<CsvOutcome> {
  const fail = (code: ReadFailureCode, params: Record<string, string | number> = {}): CsvOutcome => ({
    ok: false,
    code,
    params: { path, ...params },
  });
  const sheet = sheetNameOf(path);
  if (options.table) return fail("tableNotFound", { name: options.table, names: "—", sheets: sheet });
  if (options.sheet && !sameName(options.sheet, sheet)) return fail("sheetNotFound", { name: options.sheet, names: sheet, sheets: sheet });
  if (size > options.maxBytes) return fail("tooLarge", { size: megabytes(size), max: megabytes(options.maxBytes) });
  options.onProgress?.({ kind: "reading", size });
  const started = Date.now();

  const detection = await detectFileEncoding(path);
  if (detection.kind === "binary") return fail("notXlsx", { reason: "notZip" });
  const { encoding, bomLength } = detection;

  let parsed: { rows: string[][]; delimiter: string };
  try {
    parsed = await parseFile(path, encoding, bomLength, nodePath.extname(path), options.limits ?? DEFAULT_LIMITS);
  } catch (error) {
    if (error instanceof CsvLimitError)
      return fail("notXlsx", {
        reason: "csv",
        problem: error.problem,
        line: error.line,
        limit: error.limit,
        encoding: encodingLabel(encoding),
      });
    const parser = error as { code?: string; lines?: number; message?: string };
    if (typeof parser.code === "string" && parser.code.startsWith("CSV_"))
      return fail("notXlsx", {
        reason: "csv",
        problem: "malformed",
        line: parser.lines ?? 0,
        detail: firstLine(parser.message),
        encoding: encodingLabel(encoding),
      });
    throw error;
  }
  const { rows, delimiter } = parsed;
  const csv: CsvInfo = { encoding, delimiter, rows: rows.length };
  const register = trimGrid({ sheet, tableName: null, values: rows, firstRow: 1, firstColumn: 0 });
  const shown = { encoding: encodingLabel(encoding), delimiter };
  if (register.values.length === 0) return fail("empty", { problem: "noValues", ...shown });
  // As for a workbook: a sheet the buyer named is read as it is (`check` then lists the missing columns).
  if (!options.sheet && findHeaderRow(register.values) < 0) return fail("noRegister", { problem: "noHeader", ...shown });

  const read: CsvRead = {
    path,
    size,
    streamed: false,
    workbook: null,
    sources: registerOnlySources(register),
    register,
    sheets: [sheet],
    tables: [],
    owned: [],
    ownership: [],
    unkept: [],
    historySheet: null,
    historySheetCells: null,
    csv,
  };
  options.onProgress?.({ kind: "read", rows: Math.max(0, register.values.length - 1), where: sheet, ms: Date.now() - started });
  return { ok: true, read };
}

/** How a CSV was read, for a WorkbookRead that came from one; null for a workbook. */
export function csvInfoOf(read: object): CsvInfo | null {
  return "csv" in read ? (read as CsvRead).csv : null;
}

/** "GB18030", "Shift_JIS", "UTF-8"… as people name them. */
export function encodingLabel(encoding: CsvEncoding): string {
  return {
    "utf-8": "UTF-8",
    "utf-16le": "UTF-16LE",
    "utf-16be": "UTF-16BE",
    gb18030: "GB18030",
    shift_jis: "Shift_JIS",
    "windows-1252": "Windows-1252",
  }[encoding];
}

/** The delimiter as a reader can see it: quoted, tab spelled out (`tab`: the word in the reader's language). */
export function delimiterLabel(delimiter: string, tab = "tab"): string {
  return delimiter === "\t" ? tab : `"${delimiter}"`;
}

/** First pass: the encoding (stops early once a byte-order mark or a NUL byte settles it). */
async function detectFileEncoding(path: string) {
  const detector = new EncodingDetector();
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      detector.feed(chunk as Buffer);
      if (detector.settled) break;
    }
  } finally {
    stream.destroy();
  }
  return detector.result();
}

/** The file's text from `start` (after any byte-order mark), decoded chunk by chunk. */
async function* decodedText(path: string, encoding: CsvEncoding, start: number): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  for await (const chunk of createReadStream(path, { start, highWaterMark: CHUNK_BYTES })) {
    const text = decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

/** Second pass: sniff the delimiter from the first characters, then parse every record, each measured first. */
async function parseFile(
  path: string,
  encoding: CsvEncoding,
  start: number,
  extension: string,
  limits: ScanLimits,
): Promise<{ rows: string[][]; delimiter: string }> {
  const texts = decodedText(path, encoding, start);
  let head = "";
  let whole = false;
  while (head.length < SNIFF_CHARS) {
    const next = await texts.next();
    if (next.done) {
      whole = true;
      break;
    }
    head += next.value;
  }
  const { delimiter, skip } = sniffDelimiter(head, extension, whole);
  const scanner = new RecordScanner(delimiter, limits);
  if (skip > 0) scanner.startAtLine(2); // below Excel's "sep=" line
  async function* measured(): AsyncGenerator<string> {
    try {
      const first = head.slice(skip);
      head = "";
      scanner.feed(first);
      if (first) yield first;
      if (!whole)
        for await (const text of texts) {
          scanner.feed(text);
          yield text;
        }
      scanner.end();
    } finally {
      await texts.return(undefined); // the file is closed however the parse ends
    }
  }
  const parser = parse({
    delimiter,
    quote: '"',
    escape: '"',
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: limits.maxRecordChars,
  });
  const rows: string[][] = [];
  await pipeline(Readable.from(measured()), parser, async (records: AsyncIterable<string[]>) => {
    for await (const record of records) rows.push(record.map(csvCellValue));
  });
  return { rows, delimiter };
}

function firstLine(message: string | undefined): string {
  return (message ?? "").split("\n")[0].slice(0, 200);
}
