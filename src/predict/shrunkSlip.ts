import type { Serial } from "../model";
import { workday, type WorkCalendar } from "../dates/calendar";
import { firstAtLeast, quantileFrom, shrunkQuantile } from "./quantile";
import type { SlipHistory, SupplierSlips } from "./slipHistory";

/** A supplier with no slips of its own. */
export const NO_SLIPS: SupplierSlips = { receipts: [], promiseMoves: [], all: [] };

/** A slip at some quantile: whole working days, the weight of the supplier's own figure, how many of its slips it rests on. */
export interface ShrunkSlip {
  slip: number;
  weight: number;
  used: number;
}

/**
 * The slip at quantile p for a line that cannot slip less than `floor` working days: the supplier's
 * slips ≥ floor and every supplier's slips ≥ floor (conditional quantiles), mixed with weight
 * n/(n + history.k), n = the supplier's slips ≥ floor. With no slip ≥ floor anywhere, the floor.
 */
export function shrunkSlip(history: SlipHistory, own: SupplierSlips, floor: number, p: number): ShrunkSlip {
  const ownFrom = firstAtLeast(own.all, floor);
  const used = own.all.length - ownFrom;
  const all = quantileFrom(history.everyone, firstAtLeast(history.everyone, floor), p) ?? floor;
  return { ...shrunkQuantile(quantileFrom(own.all, ownFrom, p), used, all, history.k), used };
}

/**
 * The least slip still possible at asOf for a line `lateSoFar` working days late: a late line has
 * not come, so only longer slips (lateSoFar + 1); a line not yet late may come any day from asOf
 * (lateSoFar ≤ 0 is minus the working days left).
 */
export function lateFloor(lateSoFar: number): number {
  return lateSoFar > 0 ? lateSoFar + 1 : lateSoFar;
}

/** The date `slip` working days after the anchor (the anchor itself for 0), never before asOf. */
export function arrivalAfter(calendar: WorkCalendar, anchor: Serial, slip: number, asOf: Serial): Serial {
  return Math.max(asOf, slip === 0 ? anchor : workday(calendar, anchor, slip));
}
