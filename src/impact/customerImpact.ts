import type { Serial } from "../model";
import { workday, type WorkCalendar } from "../dates/calendar";
import type { LineStatus, OrderAtRisk } from "../followup/types";
import { workdaysLate } from "../followup/workdaysLate";
import type { Prediction } from "../predict/predictArrival";

/** Working days between goods arriving and the sales order's need date (receiving, inspection, packing). */
export const DEFAULT_INTERNAL_LEAD_DAYS = 2;

/** One purchase line behind a sales order. */
export interface ImpactLine {
  status: LineStatus;
  /** When the line is expected: its predicted arrival (P50), else its due date. */
  expected: Serial;
  predicted: boolean;
  /** Working days from `expected` to the latest acceptable arrival: negative = that many too late. */
  margin: number;
}

/** A sales order fed by open purchase lines, judged by DESIGN.md's at-risk rule. */
export interface SalesOrderImpact {
  salesOrder: string;
  customer: string | null;
  needDate: Serial;
  /** The need date minus internalLeadDays working days: the goods must be in by then. */
  latestArrival: Serial;
  lines: ImpactLine[];
  /** Some line is expected after latestArrival. */
  atRisk: boolean;
  /** The smallest margin of its lines (working days; negative = late). */
  margin: number;
}

/**
 * Customer impact (DESIGN.md "Beyond the promised date"): a sales order is at risk when a line feeding
 * it is expected (predicted arrival P50, else due date) later than the sales order's need date minus
 * internalLeadDays working days. Only open or partial lines with a sales order, a readable SO need
 * date and an expected date count; a line may feed several sales orders ("SO-1; SO-2"), all with the
 * line's need date and customer. At-risk orders first, then the least margin, then the order name.
 */
export function customerImpact(
  statuses: readonly LineStatus[],
  predictions: ReadonlyMap<string, Prediction> | undefined,
  calendar: WorkCalendar,
  internalLeadDays: number = DEFAULT_INTERNAL_LEAD_DAYS,
): SalesOrderImpact[] {
  const orders = new Map<string, SalesOrderImpact>();
  for (const status of statuses) {
    if (status.lifecycle !== "open" && status.lifecycle !== "partial") continue;
    const { salesOrder, soNeedDate, customer } = status.line;
    if (typeof salesOrder !== "string" || typeof soNeedDate !== "number") continue;
    const prediction = predictions?.get(status.line.key);
    const expected = prediction?.p50 ?? (typeof status.due === "number" ? status.due : undefined);
    if (expected === undefined) continue;
    const latestArrival = internalLeadDays === 0 ? soNeedDate : workday(calendar, soNeedDate, -internalLeadDays);
    const margin = -(workdaysLate(calendar, latestArrival, expected) as number);
    for (const name of salesOrdersOf(salesOrder)) {
      let order = orders.get(name);
      if (!order) {
        order = {
          salesOrder: name,
          customer: typeof customer === "string" ? customer : null,
          needDate: soNeedDate,
          latestArrival,
          lines: [],
          atRisk: false,
          margin,
        };
        orders.set(name, order);
      }
      // Two lines may carry different need dates for one order: the earliest is the order's.
      if (soNeedDate < order.needDate) Object.assign(order, { needDate: soNeedDate, latestArrival });
      order.lines.push({ status, expected, predicted: prediction !== undefined, margin });
    }
  }
  const result = [...orders.values()];
  for (const order of result) {
    for (const line of order.lines) line.margin = -(workdaysLate(calendar, order.latestArrival, line.expected) as number);
    order.margin = Math.min(...order.lines.map((l) => l.margin));
    order.atRisk = order.margin < 0;
    order.lines.sort((a, b) => a.margin - b.margin);
  }
  return result.sort(
    (a, b) =>
      Number(b.atRisk) - Number(a.atRisk) ||
      a.margin - b.margin ||
      (a.salesOrder < b.salesOrder ? -1 : a.salesOrder > b.salesOrder ? 1 : 0),
  );
}

/** "SO-1; SO-2", "SO-1, SO-2", "SO-1、SO-2" or one per line in the cell → each sales order once. */
export function salesOrdersOf(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/[;,，；、\n\r|]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ),
  ];
}

/** Line key → the sales orders that line puts at risk (for chaseList: Today and the report's to-chase list), most late first. */
export function ordersAtRiskByLine(impact: readonly SalesOrderImpact[] | undefined): Map<string, OrderAtRisk[]> {
  const byLine = new Map<string, OrderAtRisk[]>();
  for (const order of impact ?? []) {
    if (!order.atRisk) continue;
    for (const line of order.lines) {
      if (line.margin >= 0) continue;
      const key = line.status.line.key;
      let orders = byLine.get(key);
      if (!orders) byLine.set(key, (orders = []));
      orders.push({ salesOrder: order.salesOrder, customer: order.customer, daysLate: -line.margin });
    }
  }
  for (const orders of byLine.values()) orders.sort((a, b) => b.daysLate - a.daysLate);
  return byLine;
}
