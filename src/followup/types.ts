import type { FollowUpState, Lifecycle, PoLine, Serial } from "../model";
import type { StageStatus } from "./stageRisk";

/** Why a line is on today's chase list. */
export type ChaseReason = "preDue" | "unconfirmed" | "overdue1" | "overdue2" | "overdue3";

/** Everything the engine derives about one line at `asOf`; computed once, reused by KPIs and reports. */
export interface LineStatus {
  line: PoLine;
  lifecycle: Lifecycle;
  /** promisedDate ?? requestedDate; null when neither is set, undefined when unreadable. */
  due: Serial | null | undefined;
  /** The date supplier performance is measured against (DESIGN.md "Committed date"). */
  committed: Serial | null | undefined;
  /** Signed calendar days late (positive = late); null when there is no due date. */
  daysLate: number | null | undefined;
  /** Signed working days late, NETWORKDAYS rules. */
  workdaysLate: number | null | undefined;
  /**
   * Follow-up state; null for lines that are received, cancelled, closed or on hold;
   * undefined when it cannot be decided because the due date is unreadable.
   */
  state: FollowUpState | null | undefined;
  /** 0 = not overdue, 1 = reminder, 2 = urgent, 3 = escalate to manager. */
  level: 0 | 1 | 2 | 3;
  /** The pre-due reminder date has been reached but the line is not yet overdue. */
  preDue: boolean;
  /**
   * When to chase next; null when the line needs no chasing (received, cancelled, closed, on hold,
   * or no date to chase against); undefined when the due date is unreadable. A date on or before
   * `asOf` means "chase now" (the date says since when the chase has been due).
   */
  nextChase: Serial | null | undefined;
  /** max(ordered − received, 0); undefined when a quantity is unreadable. */
  openQty: number | undefined;
  /** openQty × unitPrice in the line's currency; null without a price. */
  openValue: number | null | undefined;
  /** Why the line should be chased today, or null. */
  reason: ChaseReason | null;
  /** Date the escalation levels count from: the due date, or the last promise change when later. */
  escalationBase: Serial | null | undefined;
  /** Last chase of this line (chase log or the register's last-chase column); undefined if never. */
  lastChase: Serial | undefined;
  /**
   * Set when the minimum gap between chases of one supplier moved nextChase later than the line's
   * own schedule (nextChase is then the first day the gap allows); absent otherwise.
   */
  supplierGap?: SupplierGap;
  /**
   * Shipment and stage risk (DESIGN.md "Stage risk"): shipped, in transit, at risk before late; null for
   * lines not followed up. Absent from statuses built before this field existed.
   */
  shipment?: StageStatus | null;
}

/** Why a line's next chase waits for its supplier: another of its lines was chased recently. */
export interface SupplierGap {
  /** The day the line's own schedule asks for a chase (before the gap). */
  ownNextChase: Serial;
  /** The supplier's last chase, on any of its lines. */
  lastSupplierChase: Serial;
  /** Working days kept between two chases of one supplier (settings.minGap). */
  minGap: number;
}

/** A supplier held back on asOf: its lines are due by their own schedule, but it was chased too recently. */
export interface HeldBack {
  /** The first day the supplier may be chased again (the lines' next chase). */
  until: Serial;
  lastSupplierChase: Serial;
  minGap: number;
}

/** Today's chase list: one group per supplier, most urgent first. */
export interface ChaseGroup {
  supplier: string;
  supplierEmail: string | null;
  lines: LineStatus[];
  /** Number of lines per reason. */
  counts: Record<ChaseReason, number>;
  /** Open value at risk per currency ("" for lines without currency). */
  valueAtRisk: Record<string, number>;
  /** The most urgent reason in the group. */
  topReason: ChaseReason;
  /**
   * Set when the supplier is held back by the minimum gap: its lines are due by their own schedule
   * but are not to be chased before `until`. Absent for a supplier to chase now.
   */
  heldBack?: HeldBack;
  /** The sales orders this supplier's lines put at risk (chaseList's `ordersAtRisk`), most late first; absent when none. */
  ordersAtRisk?: OrderAtRisk[];
}

/** A sales order a line puts at risk (src/impact's customer impact), as the chase list carries it. */
export interface OrderAtRisk {
  salesOrder: string;
  customer: string | null;
  /** Working days the line is expected after the order's latest arrival (negative margin): > 0. */
  daysLate: number;
}
