import type { Lifecycle, PoLine, Serial } from "../model";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import type { LineStatus, SupplierGap } from "./types";
import { chaseReason } from "./chaseReason";
import { committedDate } from "./committedDate";
import { daysLate } from "./daysLate";
import { dueDate } from "./dueDate";
import { escalation } from "./escalation";
import { followUpState, isFollowedUp } from "./followUpState";
import { knownSerial } from "./known";
import { lifecycle } from "./lifecycle";
import { ownNextChaseDate, supplierGapEnd } from "./nextChaseDate";
import { openQty } from "./openQty";
import { openValue } from "./openValue";
import { stageRisk } from "./stageRisk";
import { workdaysLate } from "./workdaysLate";

/** What evaluateLine needs besides the line; the chase facts come from the chase log (see evaluateRegister). */
export interface LineContext {
  settings: Settings;
  calendar: WorkCalendar;
  asOf: Serial;
  /** First promise recorded in the chase log for this line (see LineChaseFacts.firstPromise). */
  firstPromise?: Serial;
  /** Day of the last chase that changed this line's promised date. */
  lastPromiseChange?: Serial;
  /** Last chase of this line. */
  lastLineChase?: Serial;
  /** Last chase of this line's supplier (any of its lines). */
  lastSupplierChase?: Serial;
  /** Next-chase date set when the last chase was logged (the register's next-chase column). */
  plannedChase?: Serial;
  /** Working days of transit of this line's supplier (per-supplier rule, else settings); default DEFAULT_TRANSIT_DAYS. */
  transitDays?: number;
  /** lifecycle(line, settings), when the caller has worked it out already (evaluateFollowedFirst picks lines by it). */
  lifecycle?: Lifecycle;
}

/**
 * Everything the engine derives about one line at ctx.asOf. Pure and cheap: a few working-day
 * look-ups (memoised per calendar).
 * - daysLate / workdaysLate are measured to the receipt date for a received or closed line with a
 *   receipt date, to asOf for open, partial and on-hold lines; null for cancelled lines and for
 *   closed lines without a receipt date (nothing was or will be delivered to measure);
 *   unknown for a received line whose receipt date is blank or unreadable.
 * - Level, pre-due, state and next chase only concern followed-up (open or partial) lines.
 */
export function evaluateLine(line: PoLine, ctx: LineContext): LineStatus {
  const { settings, calendar, asOf } = ctx;
  const state = ctx.lifecycle ?? lifecycle(line, settings);
  const due = dueDate(line);
  const measuredTo = measurePoint(state, line, asOf);
  const followed = isFollowedUp(state);
  const esc = followed ? escalation(calendar, settings, due, asOf, ctx.lastPromiseChange) : null;
  const followState = followUpState(calendar, settings, line, state, due, asOf);
  const ownNextChase = ownNextChaseDate(calendar, settings, {
    lifecycle: state,
    line,
    escalation: esc,
    lastLineChase: ctx.lastLineChase,
    plannedChase: ctx.plannedChase,
  });
  // Rule 5 of nextChaseDate, kept apart so that a line waiting for its supplier's gap can say so.
  const supplierGap = heldBySupplier(calendar, settings, ownNextChase, ctx.lastSupplierChase);
  const nextChase = supplierGap ? supplierGapEnd(calendar, settings, supplierGap.lastSupplierChase) : ownNextChase;
  const level = esc ? esc.level : 0;
  const quantity = openQty(line);
  const committed = committedDate(line, ctx.firstPromise);
  return {
    line,
    lifecycle: state,
    due,
    committed,
    daysLate: measuredTo === null ? null : daysLate(due, measuredTo, asOf),
    workdaysLate: measuredTo === null ? null : workdaysLate(calendar, due, measuredTo),
    state: followState,
    level,
    preDue: esc ? esc.preDue : false,
    nextChase,
    openQty: quantity,
    openValue: openValue(quantity, line.unitPrice),
    reason: chaseReason({ nextChase, level, state: followState }, asOf),
    escalationBase: followed ? (esc ? esc.base : esc) : null,
    lastChase: ctx.lastLineChase,
    supplierGap,
    shipment: stageRisk(line, { calendar, asOf, lifecycle: state, due, committed, transitDays: ctx.transitDays }),
  };
}

/** The supplier gap when it moves the line's own next chase later (the gap ends after it); else undefined. */
function heldBySupplier(
  calendar: WorkCalendar,
  settings: Settings,
  ownNextChase: Serial | null | undefined,
  lastSupplierChase: Serial | undefined,
): SupplierGap | undefined {
  if (typeof ownNextChase !== "number" || lastSupplierChase === undefined) return undefined;
  if (supplierGapEnd(calendar, settings, lastSupplierChase) <= ownNextChase) return undefined;
  return { ownNextChase, lastSupplierChase, minGap: settings.minGap };
}

/** The day lateness is measured to; null when it is not measured; undefined when unknown. */
function measurePoint(state: LineStatus["lifecycle"], line: PoLine, asOf: Serial): Serial | null | undefined {
  switch (state) {
    case "cancelled":
      return null;
    case "closed": {
      const received = knownSerial(line.receivedDate);
      return typeof received === "number" ? received : null;
    }
    case "received": {
      const received = knownSerial(line.receivedDate);
      return received === null ? undefined : received;
    }
    default:
      return asOf;
  }
}
