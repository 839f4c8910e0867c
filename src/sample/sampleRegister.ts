import type { Serial } from "../model";
import { sampleLines, type SampleLine, type SampleOptions } from "./sampleLines";
import { SALES_ORDER_HEADERS, sampleSalesOrders } from "./sampleSalesOrders";
import { SHIPMENT_HEADERS, sampleShipments } from "./sampleShipments";

/** A worksheet's values as Excel returns them: numbers, strings, "" for empty cells. */
export type ValuesMatrix = (string | number)[][];

/** Canonical English headers of the main sample register, in column order. */
export const SAMPLE_HEADERS = [
  "PO number",
  "Line",
  "Supplier",
  "Supplier email",
  "Item",
  "Description",
  "Buyer",
  "Order date",
  "Requested date",
  "Promised date",
  "Ordered qty",
  "Received qty",
  "Received date",
  "Unit price",
  "Currency",
  "Lifecycle",
  "Stage",
  "Delay reason",
  "Last chase",
  "Next chase",
  "Notes",
] as const;

/**
 * A realistic register (header row + one row per line) with dates as serials around `asOf`:
 * received on time, early, late, over-received, partial, overdue at each escalation level,
 * unconfirmed, due soon, on track, slipped promises, cancelled, on hold and closed lines over
 * ten suppliers in CNY, JPY, EUR and USD. `lang` sets the language of descriptions and notes;
 * the headers stay the canonical English ones. Same options → same matrix.
 * `salesOrders` (the playground) adds the Sales order, Customer and SO need date columns at the end,
 * filled on a few lines (sampleSalesOrders): the customer-impact example.
 * `shipments` (the playground) adds the shipment and quality columns after those, filled on a few lines
 * (sampleShipments): stuck in production, in transit, a rejected lot, a return awaiting replacement.
 */
export function sampleRegister(options: SampleOptions & { salesOrders?: boolean; shipments?: boolean }): ValuesMatrix {
  const generated = sampleLines(options);
  const shipments = options.shipments ? sampleShipments(generated, options.asOf) : null;
  const lines = shipments ? shipments.lines : generated;
  const orders = options.salesOrders ? sampleSalesOrders(generated, options.asOf) : null;
  const headers = [...SAMPLE_HEADERS, ...(orders ? SALES_ORDER_HEADERS : []), ...(shipments ? SHIPMENT_HEADERS : [])];
  const rows = lines.map((l, i) => [...sampleRow(l), ...(orders ? orders[i] : []), ...(shipments ? shipments.cells[i] : [])]);
  return [headers, ...rows];
}

export function sampleRow(l: SampleLine): (string | number)[] {
  return [
    l.poNumber,
    l.line,
    l.supplier.name,
    l.supplier.email,
    l.itemCode,
    l.description,
    l.buyer,
    l.orderDate,
    l.requestedDate,
    cell(l.promisedDate),
    l.orderedQty,
    cell(l.receivedQty),
    cell(l.receivedDate),
    l.unitPrice,
    l.supplier.currency,
    cell(l.lifecycle),
    cell(l.stage),
    cell(l.delayReason),
    cell(l.lastChase),
    cell(l.nextChase),
    cell(l.notes),
  ];
}

/** Excel gives "" for an empty cell. */
export function cell(value: string | number | null): string | number {
  return value === null ? "" : value;
}

export type { SampleOptions, SampleLine, Serial };
