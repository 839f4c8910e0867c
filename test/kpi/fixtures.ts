import type { ChaseEntry, PoLine, Serial } from "../../src/model";
import { chaseEntry } from "../fixtures/chaseEntry";
import { blankLine } from "../../src/register/blankLine";
import type { LineStatus } from "../../src/followup/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import { serialFromYmd } from "../../src/dates/serial";

/** Serial of a calendar date (test shorthand). */
export const d = (year: number, month: number, day: number): Serial => serialFromYmd(year, month, day) as Serial;

/** ISO week 2026-W47: Monday 16 … Sunday 22 November 2026. */
export const WEEK = { start: d(2026, 11, 16), end: d(2026, 11, 22) };
/** Wednesday after the week. */
export const AS_OF = d(2026, 11, 25);
export const SETTINGS: Settings = DEFAULT_SETTINGS;

let counter = 0;

/** A register line with every field blank except those given. */
export function poLine(fields: Partial<PoLine> = {}): PoLine {
  counter++;
  const poNumber = fields.poNumber ?? `PO-${counter}`;
  const line = fields.line ?? "1";
  return blankLine({
    index: counter,
    sheetRow: counter + 1,
    key: `${poNumber}/${line}`,
    poNumber,
    line,
    supplier: "Acme Corp",
    orderedQty: 100,
    ...fields,
  });
}

/**
 * A hand-made LineStatus: the KPI tests state what the follow-up engine would have derived
 * (lifecycle, due, committed, days late, open value) instead of recomputing it.
 */
export function lineStatus(line: Partial<PoLine>, derived: Partial<Omit<LineStatus, "line">> = {}): LineStatus {
  return {
    line: poLine(line),
    lifecycle: "open",
    due: null,
    committed: null,
    daysLate: null,
    workdaysLate: null,
    state: null,
    level: 0,
    preDue: false,
    nextChase: null,
    openQty: undefined,
    openValue: null,
    reason: null,
    escalationBase: null,
    lastChase: undefined,
    ...derived,
  };
}

/** A fully received line committed for `committed` and received on `receivedDate`. */
export function received(committed: Serial, receivedDate: Serial, line: Partial<PoLine> = {}): LineStatus {
  const qty = line.receivedQty ?? line.orderedQty ?? 100;
  return lineStatus(
    { receivedDate, receivedQty: qty, ...line },
    { lifecycle: "received", due: committed, committed, daysLate: receivedDate - committed, openQty: 0, openValue: 0 },
  );
}

/** An open line (nothing received) whose due date and committed date are given. */
export function open(committed: Serial, line: Partial<PoLine> = {}, derived: Partial<Omit<LineStatus, "line">> = {}): LineStatus {
  const due = derived.due ?? committed;
  const ordered = line.orderedQty ?? 100;
  const openValue = typeof line.unitPrice === "number" ? ordered * line.unitPrice : null;
  return lineStatus(line, {
    lifecycle: "open",
    due,
    committed,
    daysLate: typeof due === "number" ? AS_OF - due : due,
    state: typeof due === "number" && AS_OF > due ? "late" : "onTrack",
    openQty: ordered,
    openValue,
    ...derived,
  });
}

/** A chase-log entry with sensible blanks. */
export function chase(fields: Partial<ChaseEntry> & { date: Serial }): ChaseEntry {
  return chaseEntry({ lineKey: "PO-1/1", poNumber: "PO-1", line: "1", supplier: "Acme Corp", loggedAt: "2026-11-20T09:00:00Z", ...fields });
}
