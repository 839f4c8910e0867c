import type { LineStatus } from "./types";
import { compareText } from "../compareText";
import { supplierKey } from "./supplierKey";

/** Today's buyer / supplier filter (compared as the chase list compares them). */
export interface StageRiskFilter {
  buyer?: string;
  supplier?: string;
}

/**
 * The lines at risk before they are late (LineStatus.shipment.risk: not shipped in time, or an ETA after
 * the committed date), by due date, then supplier, then line key: the report's Stage risk section and
 * Today's "at risk before late" list are this one list. Lines without a due date come last.
 */
export function stageRiskLines(statuses: readonly LineStatus[], filter: StageRiskFilter = {}): LineStatus[] {
  const buyer = filter.buyer === undefined ? undefined : filter.buyer.trim().toLowerCase();
  const supplier = filter.supplier === undefined ? undefined : supplierKey(filter.supplier);
  const picked: { status: LineStatus; supplier: string; due: number }[] = [];
  for (const status of statuses) {
    if (!status.shipment?.risk) continue;
    if (buyer !== undefined && (status.line.buyer ?? "").trim().toLowerCase() !== buyer) continue;
    if (supplier !== undefined && supplierKey(status.line.supplier) !== supplier) continue;
    picked.push({ status, supplier: (status.line.supplier ?? "").trim(), due: typeof status.due === "number" ? status.due : Infinity });
  }
  picked.sort((a, b) => a.due - b.due || compareText(a.supplier, b.supplier) || compareText(a.status.line.key, b.status.line.key));
  return picked.map((p) => p.status);
}
