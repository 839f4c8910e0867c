import type { Known, Lifecycle, PoLine, Serial } from "../model";
import type { WorkCalendar } from "../dates/calendar";
import { isFollowedUp } from "./followUpState";
import { knownSerial } from "./known";
import { isShippedStage, stageCode } from "./stage";
import { cachedWorkday } from "./workdayCache";

/** Working days from shipment to the buyer's dock when neither the supplier nor the settings say. */
export const DEFAULT_TRANSIT_DAYS = 5;

/**
 * Why a line is at risk before it is late (DESIGN.md "Stage risk"):
 * - notShipped: not yet shipped, and fewer than `transitDays` working days remain before its due date
 *   (only for a line whose stage is followed: a stage or a ship date in the register);
 * - etaAfterCommitted: the ETA is after the committed date (late-predicted).
 */
export type StageRiskReason = "notShipped" | "etaAfterCommitted";

/** The shipment facts of a followed-up line, computed once per line. */
export interface StageStatus {
  /** The goods have left the supplier (stage Shipped or later, or a ship date / port arrival on or before asOf). */
  shipped: boolean;
  /** Shipped and not yet arrived: the line is chased with the carrier's reference. */
  inTransit: boolean;
  /** Why the line is at risk before it is late; null when it is not (or when it is late already). */
  risk: StageRiskReason | null;
  /** Last day the line can ship and still arrive by its due date: WORKDAY(due, −transitDays). */
  shipBy: Serial | null;
  /** The transit days shipBy was counted with (the supplier's, the settings' or the default). */
  transitDays: number;
  /** Carrier and tracking reference to chase an in-transit line with (null when the register has none). */
  carrier: string | null;
  tracking: string | null;
}

/** What stage risk reads of a line; the shipment columns are optional (older callers lack them). */
export type StageFields = Pick<PoLine, "stage" | "tracking"> & Partial<Pick<PoLine, "shipDate" | "eta" | "portArrivalDate" | "carrier">>;

export interface StageRiskInput {
  calendar: WorkCalendar;
  asOf: Serial;
  lifecycle: Lifecycle;
  /** promisedDate ?? requestedDate. */
  due: Known<Serial>;
  committed: Known<Serial>;
  /** Working days of transit: the supplier's own, else the settings', else DEFAULT_TRANSIT_DAYS. */
  transitDays?: number;
}

/**
 * Stage risk of one line; null for lines not followed up (received, cancelled, closed, on hold).
 * A line that is already late (asOf after its due date) has no stage risk: it is late, and says so.
 * "Fewer than n working days remain" = asOf is after WORKDAY(due, −n): with due on a Friday and n = 5,
 * shipBy is the Friday before; on that Friday 5 working days remain (Mon–Fri), on the Monday 4.
 */
export function stageRisk(line: StageFields, input: StageRiskInput): StageStatus | null {
  if (!isFollowedUp(input.lifecycle)) return null;
  const { calendar, asOf } = input;
  const code = stageCode(line.stage);
  const shipDate = knownSerial(line.shipDate ?? null);
  const arrived = knownSerial(line.portArrivalDate ?? null);
  const hasArrived = code === "Arrived" || (typeof arrived === "number" && arrived <= asOf);
  const shipped = hasArrived || isShippedStage(code) || (typeof shipDate === "number" && shipDate <= asOf);
  const due = knownSerial(input.due);
  const transitDays = usableDays(input.transitDays) ?? DEFAULT_TRANSIT_DAYS;
  const shipBy = typeof due === "number" ? cachedWorkday(calendar, due, -transitDays) : null;
  const late = typeof due === "number" && asOf > due;
  return {
    shipped,
    inTransit: shipped && !hasArrived,
    risk: late ? null : riskReason(line, shipped, shipBy, input),
    shipBy,
    transitDays,
    carrier: text(line.carrier),
    tracking: text(line.tracking),
  };
}

function riskReason(line: StageFields, shipped: boolean, shipBy: Serial | null, input: StageRiskInput): StageRiskReason | null {
  const eta = knownSerial(line.eta ?? null);
  const committed = knownSerial(input.committed);
  // A concrete ETA says more than the transit time: it is checked first.
  if (typeof eta === "number" && typeof committed === "number" && eta > committed) return "etaAfterCommitted";
  // Only a line whose stage is followed (a stage typed, or a ship date) can be said not to have shipped:
  // a register without those columns says nothing either way.
  const followed = typeof line.stage === "string" || typeof line.shipDate === "number";
  if (!shipped && followed && shipBy !== null && input.asOf > shipBy) return "notShipped";
  return null;
}

function usableDays(days: number | undefined): number | undefined {
  return typeof days === "number" && Number.isInteger(days) && days >= 0 && days <= 365 ? days : undefined;
}

function text(value: Known<string> | undefined): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
