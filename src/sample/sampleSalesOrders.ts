import type { Serial } from "../model";
import { makeCalendar, workday } from "../dates/calendar";
import type { SampleLine } from "./sampleLines";

/** The sales-order columns the playground's sample adds (DESIGN.md "Beyond the promised date"). */
export const SALES_ORDER_HEADERS = ["Sales order", "Customer", "SO need date"] as const;

/** Sales order, customer and need date of one line; blank for the lines that feed none. */
export type SalesOrderCells = [string, string, Serial | ""];

const NONE: SalesOrderCells = ["", "", ""];

/**
 * A few lines feed customer orders, so the playground shows the at-risk example: the first line
 * still unconfirmed after its deadline (on Today's list, not held back by a recent chase) feeds
 * SO-7001 (Kite Industries), needed 1 working day after asOf (goods due in by asOf − 1: the line,
 * expected today at the earliest, is late); the first line due
 * soon and the first on-track line feed SO-7002 (Lark Trading), needed 40 working days after their
 * own dates (in time).
 */
export function sampleSalesOrders(lines: readonly SampleLine[], asOf: Serial): SalesOrderCells[] {
  const cal = makeCalendar();
  const first = (scenario: SampleLine["scenario"]) => lines.findIndex((l) => l.scenario === scenario);
  const cells: SalesOrderCells[] = lines.map(() => NONE);
  const set = (index: number, salesOrder: string, customer: string, needDate: Serial) => {
    if (index >= 0) cells[index] = [salesOrder, customer, needDate];
  };
  const dueOf = (index: number) => (index >= 0 ? (lines[index].promisedDate ?? lines[index].requestedDate) : asOf);
  set(first("lateUnconfirmed"), "SO-7001", "Kite Industries", workday(cal, asOf, 1));
  const dueSoon = first("dueSoon");
  const onTrack = first("onTrack");
  set(dueSoon, "SO-7002", "Lark Trading", workday(cal, dueOf(dueSoon), 40));
  set(onTrack, "SO-7002", "Lark Trading", workday(cal, dueOf(onTrack), 40));
  return cells;
}
