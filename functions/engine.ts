/**
 * The engine's inputs for the PO.* functions: the default settings and their calendar, and a register
 * line built from the few cells a formula passes. Functions take no settings argument beyond the ones in
 * their signature, so they answer with DESIGN.md's defaults (src/settings/settings.ts).
 */
import type { PoLine } from "../src/model";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";
import { calendarFromSettings } from "../src/followup/calendarFromSettings";
import type { WorkCalendar } from "../src/dates/calendar";

export const SETTINGS: Settings = DEFAULT_SETTINGS;
/** One calendar object for every call, so the engine's working-day memos are shared between calls. */
export const CALENDAR: WorkCalendar = calendarFromSettings(DEFAULT_SETTINGS);

/** A register line with every field blank except the given ones. */
export function lineOf(fields: Partial<PoLine>): PoLine {
  return { ...BLANK_LINE, ...fields };
}

const BLANK_LINE: PoLine = Object.freeze({
  index: 0,
  sheetRow: 0,
  key: "",
  poNumber: null,
  line: null,
  supplier: null,
  item: null,
  description: null,
  buyer: null,
  supplierEmail: null,
  orderDate: null,
  requestedDate: null,
  promisedDate: null,
  committedDate: null,
  orderedQty: null,
  receivedQty: null,
  receivedDate: null,
  unitPrice: null,
  currency: null,
  lifecycle: null,
  stage: null,
  tracking: null,
  delayReason: null,
  lastChaseDate: null,
  nextChaseDate: null,
  inspection: null,
  salesOrder: null,
  customer: null,
  notes: null,
}) as PoLine;
