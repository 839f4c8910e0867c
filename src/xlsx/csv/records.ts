/**
 * Where a CSV's records begin and end, without keeping them: the bounds every record is held to
 * before the parser builds it (one record's characters and columns), and the delimiter sniffing.
 *
 * The quoting rules are those of the parser as it is configured (csv-parse with relax_quotes, as
 * Excel reads a CSV): a quote opens a quoted field only at the start of a field; inside it, "" is a
 * quote and a quote followed by anything else ends the quoting; a quote inside an unquoted field is
 * a character (="00123", 5" pipe). CR, LF and CRLF each end a record outside quotes.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../workbook/excelGrid";

/** One record's characters (delimiters included): 1 MB of text. */
export const MAX_RECORD_CHARS = 1024 * 1024;
/** Excel's columns per sheet. */
export const MAX_COLUMNS = EXCEL_COLUMNS;
/** Excel's rows per sheet. */
export const MAX_ROWS = EXCEL_ROWS;

export type CsvLimitProblem = "lineTooLong" | "tooManyColumns" | "tooManyRows" | "unclosedQuote";

/** A record over a bound (or a quote never closed): `line` is the file's line (1-based) where the record starts. */
export class CsvLimitError extends Error {
  constructor(
    readonly problem: CsvLimitProblem,
    readonly line: number,
    readonly limit: number,
  ) {
    super(`CSV ${problem} at line ${line} (limit ${limit})`);
  }
}

export interface ScanLimits {
  maxRecordChars: number;
  maxColumns: number;
  maxRows: number;
}

export const DEFAULT_LIMITS: ScanLimits = { maxRecordChars: MAX_RECORD_CHARS, maxColumns: MAX_COLUMNS, maxRows: MAX_ROWS };

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Walks decoded text chunk by chunk (records may span chunks), calling `onRecord` at each record's
 * end with its number of fields and characters, and throwing CsvLimitError as soon as a bound is
 * passed — before the record's text has been kept anywhere.
 */
export class RecordScanner {
  private readonly delimiter: number;
  private quoted = false;
  private pendingQuote = false;
  private fieldStart = true;
  private fields = 1;
  private chars = 0;
  private prev = 0;
  /** Physical line being read (1-based), and the one the current record started on. */
  private line = 1;
  private recordLine = 1;
  records = 0;

  constructor(
    delimiter: string,
    private readonly limits: ScanLimits = DEFAULT_LIMITS,
    private readonly onRecord?: (fields: number, chars: number, line: number) => boolean | void,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Numbers lines from `line` (the text starts below lines already skipped). */
  startAtLine(line: number): void {
    this.line = this.recordLine = line;
  }

  /** Returns false when onRecord asked to stop. */
  feed(text: string): boolean {
    const { delimiter, limits } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const newLine = c === CR || (c === LF && this.prev !== CR);
      const crlf = c === LF && this.prev === CR;
      this.prev = c;
      if (this.quoted) {
        if (this.pendingQuote) {
          this.pendingQuote = false;
          if (c === QUOTE) {
            this.count(1);
            continue;
          }
          this.quoted = false; // closed (or, followed by text, a literal quote: the field goes on unquoted)
        } else {
          if (c === QUOTE) this.pendingQuote = true;
          else this.count(1);
          if (newLine) this.line++;
          continue;
        }
      }
      if (crlf) continue; // the LF of a CRLF that already ended the record
      if (c === delimiter) {
        this.fields++;
        this.fieldStart = true;
        if (this.fields > limits.maxColumns) throw new CsvLimitError("tooManyColumns", this.recordLine, limits.maxColumns);
        this.count(1);
      } else if (c === CR || c === LF) {
        if (this.endRecord() === false) return false;
        this.line++;
        this.recordLine = this.line;
      } else if (c === QUOTE && this.fieldStart) {
        this.quoted = true;
        this.fieldStart = false;
      } else {
        this.fieldStart = false;
        this.count(1);
      }
    }
    return true;
  }

  /** The last record, when the text does not end with a line break; a quote still open is refused. */
  end(): void {
    if (this.quoted && !this.pendingQuote) throw new CsvLimitError("unclosedQuote", this.recordLine, 0);
    if (this.chars > 0 || this.fields > 1 || this.quoted || !this.fieldStart) this.endRecord();
  }

  private count(n: number): void {
    this.chars += n;
    if (this.chars > this.limits.maxRecordChars) throw new CsvLimitError("lineTooLong", this.recordLine, this.limits.maxRecordChars);
  }

  private endRecord(): boolean | void {
    this.records++;
    if (this.records > this.limits.maxRows) throw new CsvLimitError("tooManyRows", this.recordLine, this.limits.maxRows);
    const result = this.onRecord?.(this.fields, this.chars, this.recordLine);
    this.quoted = false;
    this.pendingQuote = false;
    this.fieldStart = true;
    this.fields = 1;
    this.chars = 0;
    return result;
  }
}

/** The delimiters sniffed, in the order that breaks a tie. */
export const DELIMITERS = [",", ";", "\t", "|"] as const;
/** Records looked at to sniff the delimiter. */
const SNIFF_RECORDS = 50;

export interface Sniffed {
  delimiter: string;
  /** Characters at the start of the text to skip: Excel's "sep=;" line, which sets the delimiter. */
  skip: number;
}

/**
 * The delimiter of a CSV, from its first records (`head`: the start of the decoded text): Excel's
 * `sep=X` first line when there is one; else the candidate that splits the most records into the
 * same number (≥ 2) of fields, ties going to more fields, then to the order of DELIMITERS. A text
 * with no candidate in it is one column: tab for a .tsv, comma otherwise.
 */
export function sniffDelimiter(head: string, extension = "", whole = false): Sniffed {
  const sep = /^sep=([^\r\n"])(\r\n|\r|\n|$)/i.exec(head);
  if (sep) return { delimiter: sep[1], skip: sep[0].length };
  let best: { delimiter: string; score: number; fields: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const counts: number[] = [];
    const scanner = new RecordScanner(delimiter, { maxRecordChars: Infinity, maxColumns: Infinity, maxRows: Infinity }, (fields, chars) => {
      if (fields > 1 || chars > 0) counts.push(fields);
      return counts.length < SNIFF_RECORDS;
    });
    // The last record of a cut head may be incomplete: it is ended only when the head is the whole text.
    if (scanner.feed(head) && whole) {
      try {
        scanner.end();
      } catch {
        // a quote left open: the records before it were counted
      }
    }
    const tally = new Map<number, number>();
    for (const n of counts) if (n >= 2) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [fields, score] of tally)
      if (!best || score > best.score || (score === best.score && fields > best.fields)) best = { delimiter, score, fields };
  }
  if (best) return { delimiter: best.delimiter, skip: 0 };
  return { delimiter: extension.toLowerCase() === ".tsv" ? "\t" : ",", skip: 0 };
}
