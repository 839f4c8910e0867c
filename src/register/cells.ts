import { readNumberText, settle, splitUnit, type DecimalConvention } from "./numberText";
import type { BuyerLifecycle, Inspection, IssueCode, Serial } from "../model";
import type { DateOrder } from "../settings/settings";
import { from1904, isValidSerial } from "../dates/serial";
import { parseTextDate, provenDateOrder } from "../dates/textDate";
import { normalizeHeader } from "./normalizeHeader";
import { isBlankText, trimmed } from "./whitespace";

/**
 * Cell readers: one small function per kind of value, each taking a cell exactly as Excel's
 * `Range.values` returns it (number, string, boolean, "" for empty, "#N/A"-style error strings).
 * A reader answers the value, null for a blank cell, or a Refusal naming the IssueCode. Values are
 * primitives and refusals are shared frozen objects, so reading allocates nothing per cell.
 */

export interface Refusal {
  readonly refused: IssueCode;
}

export type Reading<T> = T | null | Refusal;

export type DateSystem = "1900" | "1904";

const REFUSALS = new Map<IssueCode, Refusal>();
/** The shared refusal for an issue code. */
export function refusal(code: IssueCode): Refusal {
  let r = REFUSALS.get(code);
  if (!r) REFUSALS.set(code, (r = Object.freeze({ refused: code })));
  return r;
}

export function isRefusal<T>(reading: Reading<T>): reading is Refusal {
  return typeof reading === "object" && reading !== null;
}

const ERROR_VALUE = refusal("errorValue");
const NOT_A_NUMBER = refusal("notANumber");
const NEGATIVE = refusal("negativeNumber");
const NOT_A_DATE = refusal("notADate");
const OUT_OF_RANGE = refusal("dateOutOfRange");
const UNKNOWN_LIFECYCLE = refusal("unknownLifecycle");
const UNKNOWN_INSPECTION = refusal("unknownInspection");

/** The error values Excel shows in cells (and returns as strings through Office.js). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

export function isExcelError(value: unknown): boolean {
  return typeof value === "string" && value.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(trimmed(value).toUpperCase());
}

/** Empty cells come back as ""; null/undefined appear in hand-built matrices; whitespace counts as empty. */
export function isBlankCell(value: unknown): boolean {
  if (typeof value === "string") return isBlankText(value);
  return value === null || value === undefined;
}

/** Text, trimmed; numbers as Excel's general format would show them (PO 4500001234, line 10); booleans as TRUE/FALSE. */
export function readText(value: unknown): Reading<string> {
  if (typeof value === "string") {
    const text = trimmed(value);
    if (text === "") return null;
    return text.charCodeAt(0) === 35 && EXCEL_ERRORS.has(text.toUpperCase()) ? ERROR_VALUE : text;
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ERROR_VALUE;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return null;
}

// Digits with optional thousands groups of exactly three ("1,200", "1 200") and a point decimal.
const AMBIGUOUS_NUMBER = refusal("ambiguousNumber");

/**
 * A number from a number cell or from text such as "1,200", "1.200,50", "1 200" (also no-break or
 * thin spaces, "1'200"), "１２００" (full-width) or "-3.5" (src/register/numberText.ts). "1.200" and
 * "1,200" are read with `convention`: the column's decimal mark (parseRegister settles it per column;
 * elsewhere a dot, as in a formula); null refuses them as ambiguous. Refused: units ("12 pcs": a
 * register reads them with readNumberBeforeUnit), currency signs, exponents, booleans.
 */
export function readNumber(value: unknown, convention: DecimalConvention = "."): Reading<number> {
  if (typeof value === "number") return Number.isFinite(value) ? value : NOT_A_NUMBER;
  if (typeof value !== "string") return value === null || value === undefined ? null : NOT_A_NUMBER;
  const text = trimmed(value);
  if (text === "") return null;
  if (text.charCodeAt(0) === 35 && EXCEL_ERRORS.has(text.toUpperCase())) return ERROR_VALUE;
  const read = readNumberText(text);
  if (read.kind === "number") return read.value;
  if (read.kind === "invalid") return NOT_A_NUMBER;
  return settle(read, convention) ?? AMBIGUOUS_NUMBER;
}

/** A quantity or price: a number that is zero or more. */
export function readNonNegativeNumber(value: unknown, convention: DecimalConvention = "."): Reading<number> {
  const n = readNumber(value, convention);
  return typeof n === "number" && n < 0 ? NEGATIVE : n;
}

/**
 * A quantity or price written with a unit after it ("1200 pcs", "1,200 個", "50 kg", "12 pcs.",
 * "5 units"): the number, read as readNonNegativeNumber reads it (the column's decimal mark), or a
 * refusal of that number (negative, ambiguous). undefined when the text is not a number and a unit:
 * the caller keeps its own refusal. Currency words ("12 USD", "100元") are not units.
 */
export function readNumberBeforeUnit(value: unknown, convention: DecimalConvention = "."): Reading<number> | undefined {
  if (typeof value !== "string") return undefined;
  const split = splitUnit(value);
  return split === null ? undefined : readNonNegativeNumber(split.number, convention);
}

/** Bound on the cells looked at to settle a column's date order (evidence is plentiful or absent long before). */
const MAX_DATE_SCAN = 100_000;

/**
 * How `column` of `rows` (from `from` on) reads 03/04/2026 when the workbook's date order is
 * unknown: "DMY" when another of its text dates can only be day-first (25/11/2026), "MDY" when one
 * can only be month-first (11/25/2026), null when none tells or the column holds both (then its
 * ambiguous dates stay problems). Dotted dates are always day-first and prove nothing about slashes.
 */
export function columnDateOrderOf(rows: readonly (readonly unknown[])[], column: number, from = 1): "DMY" | "MDY" | null {
  let dmy = false;
  let mdy = false;
  const end = Math.min(rows.length, from + MAX_DATE_SCAN);
  for (let r = from; r < end; r++) {
    const value = rows[r]?.[column];
    if (typeof value !== "string" || value === "") continue;
    const proven = provenDateOrder(value);
    if (proven === "DMY") dmy = true;
    else if (proven === "MDY") mdy = true;
    if (dmy && mdy) return null;
  }
  return dmy ? "DMY" : mdy ? "MDY" : null;
}

/**
 * A date: a number cell is a serial in the workbook's date system (1904 workbooks are shifted by
 * 1462 days to the 1900 system); the time of day is dropped. Text goes through parseTextDate with
 * the workbook's date order. Booleans are not dates.
 */
export function readDate(value: unknown, dateSystem: DateSystem, order: DateOrder): Reading<Serial> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return NOT_A_DATE;
    const serial = Math.floor(dateSystem === "1904" ? from1904(value) : value);
    return isValidSerial(serial) ? serial : OUT_OF_RANGE;
  }
  if (typeof value !== "string") return value === null || value === undefined ? null : NOT_A_DATE;
  const text = trimmed(value);
  if (text === "") return null;
  if (text.charCodeAt(0) === 35 && EXCEL_ERRORS.has(text.toUpperCase())) return ERROR_VALUE;
  const parsed = parseTextDate(text, order);
  return "serial" in parsed ? parsed.serial : refusal(parsed.error);
}

/** Words that mean "nothing set by the buyer": the engine derives open / partial / received itself. */
const DERIVED_STATES = [
  "open",
  "active",
  "released",
  "approved",
  "draft",
  "ordered",
  "in progress",
  "received",
  "partial",
  "partially received",
  "delivered",
  "late",
  "overdue",
  "to receive",
  "to receive and bill",
  "to bill",
  "purchase order",
  "未结",
  "未完成",
  "进行中",
  "执行中",
  "已下单",
  "已审核",
  "已收货",
  "部分收货",
  "已到货",
  "逾期",
  "未完了",
  "発注済",
  "進行中",
  "入荷済",
  "一部入荷",
  "オープン",
  "遅延",
];

const LIFECYCLE_WORDS: Readonly<Record<BuyerLifecycle, readonly string[]>> = {
  cancelled: [
    "cancelled",
    "canceled",
    "cancel",
    "void",
    "voided",
    "deleted",
    "取消",
    "已取消",
    "作废",
    "已作废",
    "撤销",
    "キャンセル",
    "取消し",
    "取り消し",
    "取消済",
    "削除",
  ],
  closed: [
    "closed",
    "close",
    "completed",
    "complete",
    "done",
    "finished",
    "关闭",
    "已关闭",
    "结案",
    "已结案",
    "完成",
    "已完成",
    "完结",
    "完了",
    "クローズ",
    "クローズ済",
    "終了",
    "完納",
  ],
  onHold: [
    "on hold",
    "hold",
    "held",
    "paused",
    "suspended",
    "暂停",
    "已暂停",
    "保留",
    "挂起",
    "冻结",
    "ホールド",
    "保留中",
    "一時停止",
    "中断",
  ],
};

const INSPECTION_WORDS: Readonly<Record<Inspection, readonly string[]>> = {
  accepted: ["accepted", "accept", "pass", "passed", "ok", "approved", "合格", "通过", "已通过", "检验合格", "良品", "検査合格"],
  rejected: ["rejected", "reject", "fail", "failed", "ng", "不合格", "拒收", "退货", "不良", "不通过", "検査不合格", "返品"],
  partial: [
    "partial",
    "partially accepted",
    "partly accepted",
    "部分合格",
    "部分通过",
    "部分接收",
    "一部合格",
    "一部不合格",
    "条件付き合格",
    "特采",
    "让步接收",
  ],
};

const PENDING_INSPECTION = ["pending", "waiting", "not inspected", "待检", "待检验", "检验中", "未检", "検査待ち", "検査中", "未検査"];

interface WordTable<T extends string> {
  /** Normalized word → value (null: a word that means blank). */
  words: Map<string, T | null>;
  /** Cell text as found → reading. */
  memo: Map<string, Reading<T>>;
}

function wordTable<T extends string>(groups: Readonly<Record<T, readonly string[]>>, blanks: readonly string[]): WordTable<T> {
  const words = new Map<string, T | null>();
  for (const word of blanks) words.set(normalizeHeader(word), null);
  for (const value of Object.keys(groups) as T[]) for (const word of groups[value]) words.set(normalizeHeader(word), value);
  return { words, memo: new Map() };
}

const LIFECYCLE_TABLE = wordTable(LIFECYCLE_WORDS, DERIVED_STATES);
const INSPECTION_TABLE = wordTable(INSPECTION_WORDS, PENDING_INSPECTION);

/**
 * Reads a cell against a word table: the whole cell must be one of the words (case, spaces, width
 * ignored). Such columns repeat a handful of words, so answers are remembered per cell text
 * (normalizing is slow); the memory is bounded in case a column holds free text.
 */
function readWord<T extends string>(value: unknown, table: WordTable<T>, unknown: Refusal): Reading<T> {
  const text = readText(value);
  if (text === null || isRefusal(text)) return text;
  const seen = table.memo.get(text);
  if (seen !== undefined) return seen;
  const found = table.words.get(normalizeHeader(text));
  const reading = found === undefined ? unknown : found;
  if (table.memo.size < 1000) table.memo.set(text, reading);
  return reading;
}

/** Cancelled / Closed / On hold set by the buyer; blank, and words for states the engine derives (Open, Received…), are null. */
export function readLifecycle(value: unknown): Reading<BuyerLifecycle> {
  return readWord(value, LIFECYCLE_TABLE, UNKNOWN_LIFECYCLE);
}

/** Accepted / Rejected / Partial; blank and "pending" words are null. */
export function readInspection(value: unknown): Reading<Inspection> {
  return readWord(value, INSPECTION_TABLE, UNKNOWN_INSPECTION);
}
