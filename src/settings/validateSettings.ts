import type { DateOrder, DelayReason, PeriodKind, Settings } from "./settings";
import { DEFAULT_SETTINGS } from "./settings";
import { isValidWeekend } from "../dates/calendar";
import { isValidSerial } from "../dates/serial";
import { signatureText, supplierRules } from "./validateSupplierSettings";

export type SettingsErrorCode =
  | "notANumber" // not a number (numeric text such as "3" is accepted)
  | "notAnInteger" // days and offsets are whole numbers
  | "negative" // must be 0 or more
  | "outOfRange" // qtyTolerance outside 0–1
  | "wrongLength" // escalation offsets: exactly 4
  | "notAscending" // escalation offsets must increase strictly
  | "invalidWeekend" // not 7 characters of 0/1 with at least one working day
  | "notAList" // holidays / delay reasons not a list
  | "invalidHoliday" // one holiday is not a date serial (that holiday is dropped)
  | "emptyDelayReason" // a delay reason without a code (dropped)
  | "commaInDelayReason" // a code with a comma would split the register's dropdown list (dropped)
  | "duplicateDelayReason" // the same code twice (the later one is dropped)
  | "invalidDelayReasonGroup" // group not one of supplier / ourSide / communication / logistics / other (set to other)
  | "noDelayReasons" // nothing usable left: defaults used
  | "notAChoice" // dateOrder / periodKind not one of the allowed values
  | "tooLarge" // days or offsets beyond MAX_SETTING_DAYS: a stored record cannot make the calendar walk for ever
  | "tooMany" // a list longer than its limit: the items past the limit are dropped
  | "delayReasonTooLong" // a delay reason over MAX_DELAY_REASON_LENGTH characters (dropped)
  | "invalidSupplier" // a supplier's rule without a usable name, a repeat, or with an unusable field (that field dropped)
  | "invalidText"; // the buyer's or company name is not text of at most MAX_TEXT_SETTING_LENGTH characters

export interface SettingsError {
  field: keyof Settings;
  code: SettingsErrorCode;
  /** The offending value (the whole field, or the one list item concerned). */
  value: unknown;
}

/** Bounds on what a stored record can make the engine do (a year of days; lists a person could type). */
export const MAX_SETTING_DAYS = 366;
export const MAX_HOLIDAYS = 5000;
export const MAX_DELAY_REASONS = 100;
export const MAX_DELAY_REASON_LENGTH = 100;

const DELAY_GROUPS: readonly DelayReason["group"][] = ["supplier", "ourSide", "communication", "logistics", "other"];
export const DATE_ORDERS: readonly DateOrder[] = ["DMY", "MDY", "YMD", null];
export const PERIOD_KINDS: readonly PeriodKind[] = ["week", "month"];

/**
 * Settings as stored in a workbook (any shape) → usable Settings plus what was wrong. Never throws.
 * - Missing fields take their default silently (settings saved by an older version, a new workbook).
 * - A field with a bad value takes its default and is reported.
 * - Lists are repaired item by item: a bad holiday or delay reason is dropped and reported, the
 *   rest is kept.
 */
export function validateSettings(raw: unknown): { settings: Settings; errors: SettingsError[] } {
  const source: Record<string, unknown> = isRecord(raw) ? raw : {};
  const errors: SettingsError[] = [];
  const report = (field: keyof Settings, code: SettingsErrorCode, value: unknown) => errors.push({ field, code, value });

  const days = (field: "lateTolerance" | "confirmWithin" | "dueSoon" | "minGap"): number => {
    if (!(field in source)) return DEFAULT_SETTINGS[field];
    const code = wholeDaysProblem(source[field]);
    if (code) {
      report(field, code, source[field]);
      return DEFAULT_SETTINGS[field];
    }
    return toNumber(source[field]) as number;
  };

  const settings: Settings = {
    earlyTolerance: earlyTolerance(source, report),
    lateTolerance: days("lateTolerance"),
    qtyTolerance: qtyTolerance(source, report),
    escalationOffsets: escalationOffsets(source, report),
    confirmWithin: days("confirmWithin"),
    dueSoon: days("dueSoon"),
    minGap: days("minGap"),
    weekend: weekend(source, report),
    holidays: holidays(source, report),
    delayReasons: delayReasons(source, report),
    dateOrder: choice(source, "dateOrder", DATE_ORDERS, report),
    periodKind: choice(source, "periodKind", PERIOD_KINDS, report),
  };
  // Optional keys stay absent when not stored (a record saved without them reads back the same).
  if ("suppliers" in source && source.suppliers !== null)
    settings.suppliers = supplierRules(source.suppliers, report, {
      days: wholeDaysProblem,
      offsets: (v) => (Array.isArray(v) ? (v.length === 4 ? (offsetFault(v)?.code ?? null) : "wrongLength") : "notAList"),
      toNumber: (v) => toNumber(v),
    });
  const buyerName = signatureText(source.buyerName, "buyerName", report);
  const companyName = signatureText(source.companyName, "companyName", report);
  if (buyerName !== undefined) settings.buyerName = buyerName;
  if (companyName !== undefined) settings.companyName = companyName;
  return { settings, errors };
}

type Report = (field: keyof Settings, code: SettingsErrorCode, value: unknown) => void;

/** null (blank) = early receipts always on time. */
function earlyTolerance(source: Record<string, unknown>, report: Report): number | null {
  const value = source.earlyTolerance;
  if (!("earlyTolerance" in source) || value === null || value === "") return DEFAULT_SETTINGS.earlyTolerance;
  const code = wholeDaysProblem(value);
  if (code) {
    report("earlyTolerance", code, value);
    return DEFAULT_SETTINGS.earlyTolerance;
  }
  return toNumber(value) as number;
}

function qtyTolerance(source: Record<string, unknown>, report: Report): number {
  if (!("qtyTolerance" in source)) return DEFAULT_SETTINGS.qtyTolerance;
  const value = toNumber(source.qtyTolerance);
  if (value === undefined) report("qtyTolerance", "notANumber", source.qtyTolerance);
  // Below 1: a tolerance of 100 % would count a line with nothing received as received in full.
  else if (value < 0 || value >= 1) report("qtyTolerance", "outOfRange", source.qtyTolerance);
  else return value;
  return DEFAULT_SETTINGS.qtyTolerance;
}

function escalationOffsets(source: Record<string, unknown>, report: Report): Settings["escalationOffsets"] {
  if (!("escalationOffsets" in source)) return DEFAULT_SETTINGS.escalationOffsets;
  const value = source.escalationOffsets;
  if (!Array.isArray(value)) report("escalationOffsets", "notAList", value);
  else if (value.length !== 4) report("escalationOffsets", "wrongLength", value);
  else {
    const fault = offsetFault(value);
    if (!fault) return value.map(toNumber) as unknown as Settings["escalationOffsets"];
    report("escalationOffsets", fault.code, value);
  }
  return DEFAULT_SETTINGS.escalationOffsets;
}

/** The first problem of four offsets, and the positions (0–3) at fault; null when they are fine. */
function offsetFault(value: readonly unknown[]): { code: SettingsErrorCode; items: number[] } | null {
  const numbers = value.map(toNumber);
  const at = (fault: (n: number | undefined, i: number) => boolean) => numbers.flatMap((n, i) => (fault(n, i) ? [i] : []));
  // An offset not above the one before: both of the pair are at fault (either may be the typo).
  const outOfOrder = at((n, i) => i > 0 && (n as number) <= (numbers[i - 1] as number));
  const faults: [SettingsErrorCode, number[]][] = [
    ["notANumber", at((n) => n === undefined)],
    ["notAnInteger", at((n) => !Number.isInteger(n))],
    ["tooLarge", at((n) => Math.abs(n as number) > MAX_SETTING_DAYS)],
    ["notAscending", [...new Set(outOfOrder.flatMap((i) => [i - 1, i]))]],
  ];
  const found = faults.find(([, items]) => items.length > 0);
  return found ? { code: found[0], items: found[1] } : null;
}

/** Which of the escalation offsets an error is about (positions 0–3), so a form can mark those boxes. */
export function offsetsAtFault(error: SettingsError): number[] {
  if (error.field !== "escalationOffsets") return [];
  if (!Array.isArray(error.value) || error.value.length !== 4) return [0, 1, 2, 3];
  return offsetFault(error.value)?.items ?? [];
}

function weekend(source: Record<string, unknown>, report: Report): string {
  if (!("weekend" in source)) return DEFAULT_SETTINGS.weekend;
  const value = source.weekend;
  if (typeof value === "string" && isValidWeekend(value.trim())) return value.trim();
  report("weekend", "invalidWeekend", value);
  return DEFAULT_SETTINGS.weekend;
}

function holidays(source: Record<string, unknown>, report: Report): number[] {
  if (!("holidays" in source) || source.holidays === null) return [...DEFAULT_SETTINGS.holidays];
  const value = source.holidays;
  if (!Array.isArray(value)) {
    report("holidays", "notAList", value);
    return [...DEFAULT_SETTINGS.holidays];
  }
  const result: number[] = [];
  if (value.length > MAX_HOLIDAYS) report("holidays", "tooMany", value.length);
  for (const item of value.slice(0, MAX_HOLIDAYS)) {
    const serial = toNumber(item);
    if (serial === undefined || !isValidSerial(serial)) report("holidays", "invalidHoliday", item);
    else result.push(Math.floor(serial));
  }
  return result;
}

function delayReasons(source: Record<string, unknown>, report: Report): DelayReason[] {
  if (!("delayReasons" in source)) return [...DEFAULT_SETTINGS.delayReasons];
  const value = source.delayReasons;
  if (!Array.isArray(value)) {
    report("delayReasons", "notAList", value);
    return [...DEFAULT_SETTINGS.delayReasons];
  }
  const result: DelayReason[] = [];
  const seen = new Set<string>();
  if (value.length > MAX_DELAY_REASONS) report("delayReasons", "tooMany", value.length);
  for (const item of value.slice(0, MAX_DELAY_REASONS)) {
    // A plain string is accepted as a code in the "other" group.
    const code = typeof item === "string" ? item.trim() : isRecord(item) && typeof item.code === "string" ? item.code.trim() : "";
    if (!code) {
      report("delayReasons", "emptyDelayReason", item);
      continue;
    }
    if (code.length > MAX_DELAY_REASON_LENGTH) {
      report("delayReasons", "delayReasonTooLong", item);
      continue;
    }
    if (code.includes(",")) {
      report("delayReasons", "commaInDelayReason", item);
      continue;
    }
    const key = code.toLowerCase();
    if (seen.has(key)) {
      report("delayReasons", "duplicateDelayReason", item);
      continue;
    }
    seen.add(key);
    const group = isRecord(item) ? item.group : "other";
    if (DELAY_GROUPS.includes(group as DelayReason["group"])) result.push({ code, group: group as DelayReason["group"] });
    else {
      report("delayReasons", "invalidDelayReasonGroup", item);
      result.push({ code, group: "other" });
    }
  }
  if (result.length === 0) {
    report("delayReasons", "noDelayReasons", value);
    return [...DEFAULT_SETTINGS.delayReasons];
  }
  return result;
}

function choice<F extends "dateOrder" | "periodKind">(
  source: Record<string, unknown>,
  field: F,
  allowed: readonly Settings[F][],
  report: Report,
): Settings[F] {
  if (!(field in source)) return DEFAULT_SETTINGS[field];
  const value = source[field];
  if (allowed.includes(value as Settings[F])) return value as Settings[F];
  report(field, "notAChoice", value);
  return DEFAULT_SETTINGS[field];
}

/** Whole days ≥ 0; the problem code or null when fine. */
function wholeDaysProblem(value: unknown): SettingsErrorCode | null {
  const n = toNumber(value);
  if (n === undefined) return "notANumber";
  if (!Number.isInteger(n)) return "notAnInteger";
  if (n < 0) return "negative";
  if (n > MAX_SETTING_DAYS) return "tooLarge";
  return null;
}

/** A finite number, or numeric text such as " 3 " (settings edited by hand); else undefined. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
