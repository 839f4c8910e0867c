import type { CellIssue, Channel, ChaseEntry, FieldKey, IssueCode, Outcome, Serial } from "../model";
import { LANGS, translator, type Lang } from "../i18n/i18n";
import { chaseLogCatalog } from "../i18n/catalogs/chaseLog";
import { formatIsoDate, from1904, serialFromYmd, to1904, ymdFromSerial } from "../dates/serial";
import { columnLetter } from "./columnLetter";
import { headerText } from "./detectColumns";
import { normalizeHeader } from "./normalizeHeader";
import { isBlankCell, isRefusal, readDate, readText, refusal, type DateSystem, type Reading } from "./cells";

/** The append-only chase log: table `Chases` on sheet `Chase log` (DESIGN.md). */
export const CHASES_TABLE = "Chases";
export const CHASE_LOG_SHEET = "Chase log";

/**
 * The Chases table's columns, in this order: the one list the template, chaseEntryToRow and
 * parseChaseLog share. `lineKey` is not a column: it is rebuilt from PO and line (chaseLineKey), which
 * is how parseRegister keys a register line, so a log row always finds its line even after the buyer
 * edits or re-sorts the log by hand.
 */
export const CHASE_COLUMNS = [
  "date",
  "poNumber",
  "line",
  "supplier",
  "buyer",
  "channel",
  "contact",
  "outcome",
  "previousPromised",
  "newPromised",
  "delayReason",
  "stage",
  "note",
  "nextChase",
  "loggedAt",
] as const;
export type ChaseColumn = (typeof CHASE_COLUMNS)[number];

export const CHANNELS: readonly Channel[] = ["email", "phone", "portal", "visit", "chat"];
export const OUTCOMES: readonly Outcome[] = ["confirmed", "newDate", "noAnswer", "problem", "received"];

type ColumnKind = "date" | "text" | "channel" | "outcome" | "timestamp";
const KIND: Record<ChaseColumn, ColumnKind> = {
  date: "date",
  poNumber: "text",
  line: "text",
  supplier: "text",
  buyer: "text",
  channel: "channel",
  contact: "text",
  outcome: "outcome",
  previousPromised: "date",
  newPromised: "date",
  delayReason: "text",
  stage: "text",
  note: "text",
  nextChase: "date",
  loggedAt: "timestamp",
};
/** Columns that hold dates (serials of the workbook's date system, formatted as dates). */
export function isChaseDateColumn(column: ChaseColumn): boolean {
  return KIND[column] === "date";
}
/** The column that holds a date and time of day (Logged at), formatted as a date-time. */
export function isChaseTimestampColumn(column: ChaseColumn): boolean {
  return KIND[column] === "timestamp";
}

/** The line key of a log row: "PO/line", or the PO alone when the line is blank (as parseRegister keys lines). */
export function chaseLineKey(poNumber: string, line: string | null): string {
  return line ? `${poNumber}/${line}` : poNumber;
}

/** Without these an entry means nothing; rows missing one are reported and left out. */
const REQUIRED: ReadonlySet<ChaseColumn> = new Set(["date", "poNumber", "supplier", "channel", "outcome"]);
/** Chase-log columns that are register fields too, so issues can name the field. */
const AS_FIELD: Partial<Record<ChaseColumn, FieldKey>> = {
  poNumber: "poNumber",
  line: "line",
  supplier: "supplier",
  buyer: "buyer",
  delayReason: "delayReason",
  stage: "stage",
};

/** Header row of the table in the user's language. */
export function chaseLogHeaders(lang: Lang): string[] {
  const t = translator(chaseLogCatalog, lang);
  return CHASE_COLUMNS.map((c) => t(c));
}

/** Label of a channel or outcome code for display. */
export function channelLabel(channel: Channel, lang: Lang): string {
  return translator(chaseLogCatalog, lang)(`channel_${channel}`);
}
export function outcomeLabel(outcome: Outcome, lang: Lang): string {
  return translator(chaseLogCatalog, lang)(`outcome_${outcome}`);
}

/**
 * One table row for an entry, as a person reads it: dates as serials of the workbook's date system,
 * channel and outcome as labels in the workbook's language (read back in any language, and the old
 * codes still read), Logged at as a date-time serial (text it cannot read is kept as written),
 * blanks as "". (Text that starts with = + - @ must still be written as text: that is src/excel's job.)
 */
export function chaseEntryToRow(entry: ChaseEntry, dateSystem: DateSystem = "1900", lang: Lang = "en"): (string | number)[] {
  const date = (serial: Serial | null) => (serial === null ? "" : dateSystem === "1904" ? to1904(serial) : serial);
  const stamp = timestampSerial(entry.loggedAt);
  const text = (value: string | null) => value ?? "";
  const cells: Record<ChaseColumn, string | number> = {
    date: date(entry.date),
    poNumber: entry.poNumber,
    line: text(entry.line),
    supplier: entry.supplier,
    buyer: text(entry.buyer),
    channel: channelLabel(entry.channel, lang),
    contact: text(entry.contact),
    outcome: outcomeLabel(entry.outcome, lang),
    previousPromised: date(entry.previousPromised),
    newPromised: date(entry.newPromised),
    delayReason: text(entry.delayReason),
    stage: text(entry.stage),
    note: text(entry.note),
    nextChase: date(entry.nextChase),
    loggedAt: stamp === null ? entry.loggedAt : date(stamp),
  };
  return CHASE_COLUMNS.map((c) => cells[c]);
}

const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?/;

/**
 * A timestamp "yyyy-mm-ddThh:mm[:ss[.fff]]" as a 1900-system date-time serial (day + fraction of the
 * day), whole seconds. The clock time is taken as written (a zone suffix is not applied): the pane
 * writes the buyer's own clock (chaseTimestamp). null when the text is not such a timestamp.
 */
export function timestampSerial(text: string): number | null {
  const m = TIMESTAMP_TEXT.exec(text.trim());
  if (!m) return null;
  const day = serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  const [hh, mm, ss] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (day === undefined || hh > 23 || mm > 59 || ss > 59) return null;
  return day + (hh * 3600 + mm * 60 + ss) / 86400;
}

/** The audit time of a chase as the buyer's clock shows it ("2026-12-04T20:06:44"), as Logged at stores it. */
export function chaseTimestamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const date = `${String(now.getFullYear()).padStart(4, "0")}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `${date}T${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
}

/** Normalized header → column, in every language (and the code names themselves). */
const HEADER_TO_COLUMN: ReadonlyMap<string, ChaseColumn> = new Map(
  CHASE_COLUMNS.flatMap((c) => [c, ...LANGS.map((lang) => String(chaseLogCatalog[lang][c]))].map((h) => [normalizeHeader(h), c] as const)),
);

/** Code or label (any language) → code. */
function codeTable<T extends string>(codes: readonly T[], prefix: "channel" | "outcome"): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const code of codes) {
    table.set(normalizeHeader(code), code);
    for (const lang of LANGS) table.set(normalizeHeader(String(chaseLogCatalog[lang][`${prefix}_${code}`])), code);
  }
  return table;
}
const CHANNEL_TABLE = codeTable(CHANNELS, "channel");
const OUTCOME_TABLE = codeTable(OUTCOMES, "outcome");

export interface ChaseLogOrigin {
  /** 1-based sheet row of the header (default 1). */
  firstRow: number;
  /** 0-based sheet column of values[r][0] (default 0). */
  firstColumn: number;
}

/**
 * Reads the `Chases` table back (header row first, headers in any of the three languages, columns
 * in any order). Rows with an unreadable or blank date, PO, supplier, channel or outcome are
 * reported and left out; the other rows are kept. Text dates are read only when unambiguous.
 */
export function parseChaseLog(
  sheet: string,
  values: readonly (readonly unknown[])[],
  dateSystem: DateSystem,
  origin: ChaseLogOrigin = { firstRow: 1, firstColumn: 0 },
): { entries: ChaseEntry[]; issues: CellIssue[]; rows: number[] } {
  const issues: CellIssue[] = [];
  const entries: ChaseEntry[] = [];
  /** The sheet row of each entry (for notes about a whole entry, such as one whose PO line is gone). */
  const rows: number[] = [];
  const headers = Array.from(values[0] ?? [], headerText);
  const at = new Map<ChaseColumn, number>();
  headers.forEach((h, i) => {
    const column = HEADER_TO_COLUMN.get(normalizeHeader(h));
    if (column && !at.has(column)) at.set(column, i);
  });
  const en = translator(chaseLogCatalog, "en");
  for (const column of CHASE_COLUMNS) {
    if (REQUIRED.has(column) && !at.has(column)) {
      issues.push({
        code: "missingRequiredField",
        sheet,
        row: origin.firstRow,
        column: columnLetter(origin.firstColumn),
        header: en(column),
        field: AS_FIELD[column] ?? null,
        value: null,
      });
    }
  }

  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row) || row.every(isBlankCell)) continue;
    const sheetRow = origin.firstRow + r;
    let complete = true;
    const read = <T>(column: ChaseColumn, reader: (raw: unknown) => Reading<T>): T | null => {
      const index = at.get(column);
      if (index === undefined) return null;
      const raw = row[index];
      const reading = reader(raw);
      const report = (code: IssueCode, detail?: CellIssue["detail"]) => {
        const found: CellIssue = {
          code,
          sheet,
          row: sheetRow,
          column: columnLetter(origin.firstColumn + index),
          header: headers[index] || null,
          field: AS_FIELD[column] ?? null,
          value: raw,
        };
        if (detail) found.detail = detail;
        issues.push(found);
      };
      if (isRefusal(reading)) {
        if (REQUIRED.has(column)) complete = false;
        report(reading.refused, expectedDetail(column));
        return null;
      }
      if (reading === null && REQUIRED.has(column)) {
        complete = false;
        report("missingValue", expectedDetail(column));
      }
      return reading;
    };
    const readDateCell = (raw: unknown) => readDate(raw, dateSystem, null);

    const entry = {
      date: read("date", readDateCell),
      poNumber: read("poNumber", readText),
      line: read("line", readText),
      supplier: read("supplier", readText),
      buyer: read("buyer", readText),
      channel: read("channel", (raw) => readCode(raw, CHANNEL_TABLE)),
      contact: read("contact", readText),
      outcome: read("outcome", (raw) => readCode(raw, OUTCOME_TABLE)),
      previousPromised: read("previousPromised", readDateCell),
      newPromised: read("newPromised", readDateCell),
      delayReason: read("delayReason", readText),
      stage: read("stage", readText),
      note: read("note", readText),
      nextChase: read("nextChase", readDateCell),
      loggedAt: read("loggedAt", (raw) => readTimestamp(raw, dateSystem)),
    };
    if (!complete || entry.date === null || entry.poNumber === null || entry.supplier === null) continue;
    if (entry.channel === null || entry.outcome === null) continue;
    entries.push({
      ...entry,
      date: entry.date,
      poNumber: entry.poNumber,
      supplier: entry.supplier,
      channel: entry.channel,
      outcome: entry.outcome,
      lineKey: chaseLineKey(entry.poNumber, entry.line),
      loggedAt: entry.loggedAt ?? "",
    });
    rows.push(sheetRow);
  }
  return { entries, issues, rows };
}

function expectedDetail(column: ChaseColumn): CellIssue["detail"] {
  const kind = KIND[column];
  if (kind === "channel") return { expected: CHANNELS.join(", ") };
  if (kind === "outcome") return { expected: OUTCOMES.join(", ") };
  return { expected: kind === "timestamp" ? "text" : kind };
}

function readCode<T extends string>(raw: unknown, table: ReadonlyMap<string, T>): Reading<T> {
  const text = readText(raw);
  if (text === null || isRefusal(text)) return text;
  return table.get(normalizeHeader(text)) ?? refusal("unknownChoice");
}

/**
 * Logged at is written as a date-time serial (logs written before that hold ISO text, kept as it is);
 * a serial is read back as "yyyy-mm-ddThh:mm:ss" in the 1900 system.
 */
function readTimestamp(value: unknown, dateSystem: DateSystem): Reading<string> {
  if (typeof value !== "number") return readText(value);
  if (!(value >= (dateSystem === "1904" ? 0 : 1))) return readText(value);
  const raw = dateSystem === "1904" ? from1904(value) : value;
  const seconds = Math.min(Math.round((raw - Math.floor(raw)) * 86400), 86399);
  const { year } = ymdFromSerial(raw);
  if (year > 9999) return readText(value);
  const hh = String(Math.floor(seconds / 3600) % 24).padStart(2, "0");
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, "0");
  const ss = String(seconds % 60).padStart(2, "0");
  return `${formatIsoDate(raw)}T${hh}:${mm}:${ss}`;
}
