import type { Serial } from "../model";
import type { Settings } from "../settings/settings";
import { isWorkday, type WorkCalendar } from "../dates/calendar";
import type { LineStatus } from "./types";
import { isFollowedUp } from "./followUpState";
import { memoSupplierKey } from "./supplierKey";
import { supplierGapEnd } from "./nextChaseDate";

/** How many days the plan looks ahead, asOf included (seed 001's 31-slot follow-up box, 跟催箱). */
export const PLAN_DAYS = 31;

/** One line in the plan, on the day it is to be chased. */
export interface PlannedChase {
  status: LineStatus;
  /** supplierKey of the line's supplier ("" when blank). */
  supplier: string;
  /** Its chase was due before asOf and is still open: it lands on the first working day of the plan. */
  overdue: boolean;
  /** The supplier's minimum gap moved it later than its own schedule (already held back, or held by a chase planned earlier in the window). */
  heldByGap: boolean;
}

/** One day of the plan. */
export interface PlanDay {
  day: Serial;
  /** False on a weekend or holiday of the workbook calendar: nothing is ever planned then. */
  working: boolean;
  lines: PlannedChase[];
  /** Distinct suppliers to chase that day (lines without a supplier count one each). */
  suppliers: number;
}

/**
 * The chase load of the next `days` calendar days from asOf (asOf first), if every chase is made on
 * the day it falls due. Each followed-up line appears once, on its next chase date (LineStatus.nextChase,
 * which already waits for a supplier chased recently):
 * - a chase due before asOf (not done yet) lands on asOf;
 * - a date on a weekend or holiday moves to the next working day (a chase never lands on a day off);
 * - the minimum gap between two chases of one supplier holds inside the window too: once a supplier
 *   is chased on day c, its lines falling due after c but before WORKDAY(c, minGap) wait until then
 *   (they are not chased early with c: a line is chased when due, as on Today);
 * - lines planned after the window, or with no next chase (received, on hold, no date), are left out.
 * Loops are bounded by the lines (plus a sort per supplier); the window by `days`.
 */
export function chaseCalendar(
  statuses: readonly LineStatus[],
  calendar: WorkCalendar,
  settings: Pick<Settings, "minGap">,
  asOf: Serial,
  days: number = PLAN_DAYS,
): PlanDay[] {
  const first = Math.floor(asOf);
  const last = first + Math.max(0, Math.floor(days)) - 1;
  const keyOf = memoSupplierKey();
  const bySupplier = new Map<string, { status: LineStatus; day: Serial; overdue: boolean }[]>();
  const planned: PlannedChase[] = [];
  const dayOf = new Map<PlannedChase, Serial>();

  for (const status of statuses) {
    const next = status.nextChase;
    if (!isFollowedUp(status.lifecycle) || typeof next !== "number" || !Number.isFinite(next)) continue;
    const overdue = next < first;
    const day = nextWorkingDay(calendar, Math.max(Math.floor(next), first), last);
    if (day === undefined) continue;
    const supplier = keyOf(status.line.supplier);
    if (supplier === "") {
      // Blank supplier names are not one supplier (evaluateRegister): no shared gap.
      const chase = { status, supplier, overdue, heldByGap: waitsForGap(status, first) };
      planned.push(chase);
      dayOf.set(chase, day);
      continue;
    }
    let lines = bySupplier.get(supplier);
    if (!lines) bySupplier.set(supplier, (lines = []));
    lines.push({ status, day, overdue });
  }

  for (const [supplier, lines] of bySupplier) {
    lines.sort((a, b) => a.day - b.day || a.status.line.sheetRow - b.status.line.sheetRow);
    let chaseDay: Serial | undefined;
    for (const { status, day, overdue } of lines) {
      let landing = day;
      if (chaseDay !== undefined && day > chaseDay) {
        const gapEnd = supplierGapEnd(calendar, settings, chaseDay);
        landing = day < gapEnd ? gapEnd : day;
      } else if (chaseDay !== undefined) {
        landing = chaseDay;
      }
      if (landing > last) break; // sorted: every later line of this supplier lands later still
      chaseDay = landing;
      const chase = { status, supplier, overdue, heldByGap: waitsForGap(status, first) || landing > day };
      planned.push(chase);
      dayOf.set(chase, landing);
    }
  }

  const plan: PlanDay[] = [];
  for (let day = first; day <= last; day++) plan.push({ day, working: isWorkday(calendar, day), lines: [], suppliers: 0 });
  for (const chase of planned) plan[(dayOf.get(chase) as Serial) - first].lines.push(chase);
  for (const slot of plan) {
    slot.lines.sort((a, b) => a.supplier.localeCompare(b.supplier) || a.status.line.sheetRow - b.status.line.sheetRow);
    const named = new Set(slot.lines.filter((c) => c.supplier !== "").map((c) => c.supplier));
    slot.suppliers = named.size + slot.lines.filter((c) => c.supplier === "").length;
  }
  return plan;
}

/**
 * Held back by a chase already made: the supplier's gap moved the line's next chase (LineStatus.supplierGap)
 * to after asOf. A gap that ended before asOf holds nothing any more: the line is simply due.
 */
function waitsForGap(status: LineStatus, first: Serial): boolean {
  return status.supplierGap !== undefined && typeof status.nextChase === "number" && status.nextChase > first;
}

/** The first working day on or after `from`, or undefined when there is none up to `last`. */
function nextWorkingDay(calendar: WorkCalendar, from: Serial, last: Serial): Serial | undefined {
  for (let day = from; day <= last; day++) if (isWorkday(calendar, day)) return day;
  return undefined;
}
