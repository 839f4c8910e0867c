import type { ChaseEntry, PoLine, Serial } from "../../src/model";
import { chaseEntry } from "../fixtures/chaseEntry";
import { blankLine } from "../../src/register/blankLine";
import { serialFromYmd } from "../../src/dates/serial";

/** Serial of a real 2026 (or other) calendar date; throws in tests only, never in src. */
export function d(year: number, month: number, day: number): Serial {
  const serial = serialFromYmd(year, month, day);
  if (serial === undefined) throw new Error(`bad date ${year}-${month}-${day}`);
  return serial;
}

/** November/December 2026 days used across the tests (2026-11-01 is a Sunday). */
export const NOV = (day: number): Serial => d(2026, 11, day);
export const DEC = (day: number): Serial => d(2026, 12, day);

export function makeLine(fields: Partial<PoLine> = {}): PoLine {
  return blankLine({
    index: 0,
    sheetRow: 2,
    key: "PO1/10",
    poNumber: "PO1",
    line: "10",
    supplier: "Acme",
    buyer: "Lee",
    supplierEmail: "sales@acme.example",
    orderedQty: 100,
    ...fields,
  });
}

export function makeEntry(fields: Partial<ChaseEntry> = {}): ChaseEntry {
  return chaseEntry({ date: NOV(2), buyer: "Lee", outcome: "confirmed", loggedAt: "2026-11-02T09:00:00Z", ...fields });
}
