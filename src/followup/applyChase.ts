import type { Channel, ChaseEntry, Outcome, PoLine, Serial } from "../model";
import { buildChaseFacts } from "./chaseFacts";
import { calendarFromSettings } from "./calendarFromSettings";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import type { LineStatus } from "./types";
import { evaluateLine } from "./evaluateLine";
import { knownSerial } from "./known";
import { isValidSerial } from "../dates/serial";
import { delayReasonCode } from "../register/delayReasons";
import { settingsForSupplier } from "./supplierRules";
import { fieldKind } from "../register/fields";

/** What the buyer records about one contact with a supplier. */
export interface ChaseInput {
  /** Day of the contact. */
  date: Serial;
  channel: Channel;
  contact?: string | null;
  outcome: Outcome;
  /** Promised date the supplier gave; required for outcome "newDate". null/undefined: none given. */
  newPromised?: Serial | null;
  delayReason?: string | null;
  stage?: string | null;
  note?: string | null;
  /** Next chase: undefined = the engine's date after this chase; null = clear the planned date. */
  nextChase?: Serial | null;
  buyer?: string | null;
  /**
   * Shipment and receipt facts the supplier or the dock gave (written to the register's own columns when
   * given and different; undefined or null: left as they are). Dates are any valid serial (a ship date is
   * often in the past); quantities whole or decimal, never negative.
   */
  shipDate?: Serial | null;
  eta?: Serial | null;
  carrier?: string | null;
  tracking?: string | null;
  acceptedQty?: number | null;
  rejectedQty?: number | null;
  /** ISO timestamp of the logging (audit trail). */
  loggedAt: string;
}

/**
 * Register columns the add-in may update (DESIGN.md "Add-in writes"). The task pane knows them at load; the
 * code that writes them (src/excel/writeChase.ts) is a chunk of its own.
 */
export const REGISTER_CHANGE_FIELDS = [
  "promisedDate",
  "lastChaseDate",
  "nextChaseDate",
  "stage",
  "delayReason",
  "shipDate",
  "eta",
  "carrier",
  "tracking",
  "acceptedQty",
  "rejectedQty",
] as const;
export type RegisterChangeField = (typeof REGISTER_CHANGE_FIELDS)[number];

/** Written, checked and shown as dates (a date format, an ISO date in messages): the fields of kind "date". */
export function isDateField(field: RegisterChangeField): boolean {
  return fieldKind(field) === "date";
}

/** Written and checked as numbers (quantities): the fields of kind "number". */
export function isNumberField(field: RegisterChangeField): boolean {
  return fieldKind(field) === "number";
}

/** The shipment and receipt fields a chase may set (ChaseInput → register column of the same name). */
export const SHIPMENT_CHANGE_FIELDS = ["shipDate", "eta", "carrier", "tracking", "acceptedQty", "rejectedQty"] as const;
type ShipmentChangeField = (typeof SHIPMENT_CHANGE_FIELDS)[number];

export interface RegisterChange {
  field: RegisterChangeField;
  value: Serial | string | null;
  /** 1-based worksheet row (PoLine.sheetRow). */
  row: number;
}

export type ChaseErrorCode =
  | "invalidDate" // not a usable date serial
  | "required" // e.g. outcome "newDate" without a new promised date
  | "beforeChaseDate" // a promised or next-chase date earlier than the chase itself
  | "unknownDelayReason" // not one of settings.delayReasons
  | "invalidQty"; // a quantity that is not a number of zero or more

export interface ChaseError {
  field: keyof ChaseInput;
  code: ChaseErrorCode;
  /** Worksheet row of the line, for errors of applyChaseToMany. */
  row?: number;
}

export type ApplyChaseResult = { ok: true; changes: RegisterChange[]; entry: ChaseEntry } | { ok: false; errors: ChaseError[] };
export type ApplyChaseManyResult = { ok: true; changes: RegisterChange[]; entries: ChaseEntry[] } | { ok: false; errors: ChaseError[] };

export interface ApplyChaseContext {
  settings: Settings;
  calendar: WorkCalendar;
  /** Last chase of the line's supplier before this one (any line). */
  lastSupplierChase?: Serial;
  /** Day of the last logged promise change of this line. */
  lastPromiseChange?: Serial;
  /** First promise recorded in the chase log for this line. */
  firstPromise?: Serial;
}

/**
 * Records one chase of one line. Pure: returns the register cells to change (only those whose
 * value changes) and the chase-log entry to append; nothing is written here.
 *
 * - lastChaseDate becomes the chase date (never moved backwards by a back-dated chase).
 * - A new promised date is refused when earlier than the chase date. Outcome "newDate" requires one.
 *   Outcome "confirmed" without a date on a line with no promise confirms the requested date, which
 *   becomes the promised date (the line is no longer unconfirmed); with no requested date either,
 *   a date is required.
 * - nextChaseDate: the buyer's date if given (not before the chase date), null clears it, and by
 *   default the engine's next date computed after this chase (a new promise resets the level, the
 *   supplier's minimum gap counts from this chase).
 * - stage and delay reason are written when given and different; a delay reason must be one of the
 *   settings' codes (case-insensitive, or a default code's label in any language; written as the code).
 * - ship date, ETA, carrier, tracking, accepted and rejected quantity likewise (a change only when given
 *   and different from the line's value); a quantity below zero or not a number is refused.
 */
export function applyChase(status: LineStatus, input: ChaseInput, ctx: ApplyChaseContext): ApplyChaseResult {
  const errors = validateInput(status.line, input, ctx.settings);
  if (errors.length > 0) return { ok: false, errors };
  const line = status.line;
  const date = Math.floor(input.date);
  const previous = knownSerial(line.promisedDate);
  const promise = promiseGiven(line, input);
  const promiseChanged = promise !== undefined && promise !== previous;
  const delayReason = canonicalDelayReason(input.delayReason, ctx.settings);
  const stage = nonEmpty(input.stage);

  const previousLastChase = knownSerial(line.lastChaseDate);
  const lastChaseDate = typeof previousLastChase === "number" && previousLastChase > date ? previousLastChase : date;
  const nextChase =
    input.nextChase === null
      ? null
      : input.nextChase !== undefined
        ? Math.floor(input.nextChase)
        : engineNextChase(status, date, promiseChanged ? promise : undefined, ctx);

  const changes: RegisterChange[] = [];
  const change = (field: RegisterChangeField, value: Serial | string | null, current: unknown) => {
    if (value !== current) changes.push({ field, value, row: line.sheetRow });
  };
  if (promiseChanged) change("promisedDate", promise, line.promisedDate);
  change("lastChaseDate", lastChaseDate, line.lastChaseDate);
  change("nextChaseDate", nextChase, line.nextChaseDate);
  if (stage !== null) change("stage", stage, line.stage);
  if (delayReason !== null) change("delayReason", delayReason, line.delayReason);
  for (const field of SHIPMENT_CHANGE_FIELDS) {
    const value = shipmentValue(input, field);
    if (value !== null) change(field, value, line[field]);
  }

  const entry: ChaseEntry = {
    date,
    lineKey: line.key,
    poNumber: line.poNumber ?? "",
    line: line.line ?? null,
    supplier: line.supplier ?? "",
    buyer: nonEmpty(input.buyer) ?? line.buyer ?? null,
    channel: input.channel,
    contact: nonEmpty(input.contact),
    outcome: input.outcome,
    previousPromised: previous ?? null,
    newPromised: promiseChanged ? promise : null,
    delayReason,
    stage,
    note: nonEmpty(input.note),
    nextChase,
    loggedAt: input.loggedAt,
  };
  return { ok: true, changes, entry };
}

/** The context of one line's chase: what the log knows about that line and its supplier. */
export type ApplyChaseContextOf = (status: LineStatus) => ApplyChaseContext;

/**
 * Every line's ApplyChaseContext from the register and its chase log, built once (as evaluateRegister
 * does): the log is walked into per-line and per-supplier Maps and the calendar is made once, so each
 * line then costs O(1). A line gets its own first promise and last promise change; the supplier's last
 * chase is the latest of the log and the register's last-chase column over all its lines (a blank
 * supplier name is not a supplier: no gap).
 */
export function applyChaseContexts(lines: readonly PoLine[], chases: readonly ChaseEntry[], settings: Settings): ApplyChaseContextOf {
  const facts = buildChaseFacts(chases, lines);
  const calendar = calendarFromSettings(settings);
  return (status) => {
    const logged = facts.byLine.get(status.line.key);
    const supplier = facts.supplierKeyOf(status.line.supplier);
    const ctx: ApplyChaseContext = { settings, calendar };
    const lastSupplierChase = supplier === "" ? undefined : facts.lastBySupplier.get(supplier);
    if (lastSupplierChase !== undefined) ctx.lastSupplierChase = lastSupplierChase;
    if (logged?.lastPromiseChange !== undefined) ctx.lastPromiseChange = logged.lastPromiseChange;
    if (logged?.firstPromise !== undefined) ctx.firstPromise = logged.firstPromise;
    return ctx;
  };
}

/**
 * "Log chase for all": the same contact recorded for several lines (usually one supplier's group),
 * one chase-log entry per line. Each line is applied with its own context (`contextOf`, e.g.
 * applyChaseContexts(…)): its first promise and last promise change are its own, so its next chase
 * and level are what applyChase would give it alone. All or nothing: if any line is refused, nothing is
 * returned but the errors, each with the line's row. The minimum gap after this chase applies to every line.
 */
export function applyChaseToMany(statuses: readonly LineStatus[], input: ChaseInput, contextOf: ApplyChaseContextOf): ApplyChaseManyResult {
  const changes: RegisterChange[] = [];
  const entries: ChaseEntry[] = [];
  const errors: ChaseError[] = [];
  for (const status of statuses) {
    const result = applyChase(status, input, contextOf(status));
    if (result.ok) {
      changes.push(...result.changes);
      entries.push(result.entry);
    } else {
      for (const error of result.errors) errors.push({ ...error, row: status.line.sheetRow });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes, entries };
}

function validateInput(line: PoLine, input: ChaseInput, settings: Settings): ChaseError[] {
  const errors: ChaseError[] = [];
  if (!isDate(input.date)) return [{ field: "date", code: "invalidDate" }];
  const date = Math.floor(input.date);
  const given = input.newPromised;
  if (given !== undefined && given !== null) {
    if (!isDate(given)) errors.push({ field: "newPromised", code: "invalidDate" });
    else if (Math.floor(given) < date) errors.push({ field: "newPromised", code: "beforeChaseDate" });
  } else if (input.outcome === "newDate") {
    errors.push({ field: "newPromised", code: "required" });
  } else if (input.outcome === "confirmed" && line.promisedDate === null && typeof knownSerial(line.requestedDate) !== "number") {
    errors.push({ field: "newPromised", code: "required" });
  }
  if (input.nextChase !== undefined && input.nextChase !== null) {
    if (!isDate(input.nextChase)) errors.push({ field: "nextChase", code: "invalidDate" });
    else if (Math.floor(input.nextChase) < date) errors.push({ field: "nextChase", code: "beforeChaseDate" });
  }
  for (const field of SHIPMENT_CHANGE_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null || typeof value === "string") continue;
    if (isDateField(field) && !isDate(value)) errors.push({ field, code: "invalidDate" });
    if (isNumberField(field) && !(Number.isFinite(value) && value >= 0)) errors.push({ field, code: "invalidQty" });
  }
  if (nonEmpty(input.delayReason) !== null && canonicalDelayReason(input.delayReason, settings) === null) {
    errors.push({ field: "delayReason", code: "unknownDelayReason" });
  }
  return errors;
}

/** A shipment field's value to write: dates as whole days, text trimmed; null when not given. */
function shipmentValue(input: ChaseInput, field: ShipmentChangeField): Serial | string | null {
  const value = input[field];
  if (typeof value === "string") return nonEmpty(value);
  if (typeof value !== "number") return null;
  return isDateField(field) ? Math.floor(value) : value;
}

/** The promised date this chase sets, if any (see applyChase). */
function promiseGiven(line: PoLine, input: ChaseInput): Serial | undefined {
  if (typeof input.newPromised === "number") return Math.floor(input.newPromised);
  if (input.outcome === "confirmed" && line.promisedDate === null) {
    const requested = knownSerial(line.requestedDate);
    if (typeof requested === "number") return requested;
  }
  return undefined;
}

/** The engine's next chase once this chase is recorded. */
function engineNextChase(status: LineStatus, date: Serial, newPromise: Serial | undefined, ctx: ApplyChaseContext): Serial | null {
  const line: PoLine = newPromise === undefined ? status.line : { ...status.line, promisedDate: newPromise };
  const lastLine = status.lastChase !== undefined && status.lastChase > date ? status.lastChase : date;
  const lastSupplier = ctx.lastSupplierChase !== undefined && ctx.lastSupplierChase > date ? ctx.lastSupplierChase : date;
  const next = evaluateLine(line, {
    settings: settingsForSupplier(ctx.settings, line.supplier),
    calendar: ctx.calendar,
    asOf: date,
    firstPromise: ctx.firstPromise,
    lastPromiseChange: newPromise !== undefined ? date : ctx.lastPromiseChange,
    lastLineChase: lastLine,
    lastSupplierChase: lastSupplier,
  }).nextChase;
  return next ?? null;
}

/** The settings' code for a reason given as a code (any case) or as a default code's label in any language. */
function canonicalDelayReason(reason: string | null | undefined, settings: Settings): string | null {
  return delayReasonCode(
    reason,
    settings.delayReasons.map((r) => r.code),
  );
}

function nonEmpty(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function isDate(value: number): boolean {
  return isValidSerial(value);
}
