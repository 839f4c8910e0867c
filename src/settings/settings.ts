import type { Serial } from "../model";
import type { DateOrder } from "../dates/textDate";
import type { PeriodKind } from "../dates/period";
import type { SupplierSettings } from "./supplierSettings";

// Defined where they are read (settings depend on dates, never the reverse); re-exported for the settings' users.
export type { DateOrder, PeriodKind };

/** A delay reason code and the group it belongs to (DESIGN.md "Delay reasons"). */
export interface DelayReason {
  code: string;
  group: "supplier" | "ourSide" | "communication" | "logistics" | "other";
}

/** The configurable rules of DESIGN.md. Stored per workbook. */
export interface Settings {
  /** Calendar days a receipt may be early and still count on time; null = unlimited. */
  earlyTolerance: number | null;
  /** Calendar days a receipt may be late and still count on time. */
  lateTolerance: number;
  /** Fraction (0–1) of the ordered quantity that may be missing and still count as received / in full. */
  qtyTolerance: number;
  /**
   * Escalation offsets in working days relative to the due date:
   * [pre-due reminder, reminder (level 1), urgent (level 2), escalate to manager (level 3)].
   */
  escalationOffsets: readonly [number, number, number, number];
  /** Working days after the order date within which a supplier should confirm a date. */
  confirmWithin: number;
  /** A line is "due soon" when its due date is within this many working days. */
  dueSoon: number;
  /** Minimum working days between two chases of the same supplier. */
  minGap: number;
  /** Seven characters, Monday first, '1' = non-working day (as NETWORKDAYS.INTL's weekend string). */
  weekend: string;
  /** Holidays as date serials (the workbook's `Holidays` named range). */
  holidays: readonly Serial[];
  delayReasons: readonly DelayReason[];
  /** Order of day and month in text dates, when the workbook's locale is known. */
  dateOrder: DateOrder;
  /** Length of a report period. */
  periodKind: PeriodKind;
  /** Rules of single suppliers (src/settings/supplierSettings.ts); absent = none. */
  suppliers?: readonly SupplierSettings[];
  /** Who signs the letters to suppliers. */
  buyerName?: string;
  companyName?: string;
}

export const DEFAULT_DELAY_REASONS: readonly DelayReason[] = [
  { code: "Supplier capacity", group: "supplier" },
  { code: "Supplier technical", group: "supplier" },
  { code: "Supplier quality/rework", group: "supplier" },
  { code: "Raw material shortage", group: "supplier" },
  { code: "Our spec unclear", group: "ourSide" },
  { code: "Our late order/change", group: "ourSide" },
  { code: "Price dispute", group: "ourSide" },
  { code: "Transport", group: "logistics" },
  { code: "Customs", group: "logistics" },
  { code: "Communication", group: "communication" },
  { code: "Other", group: "other" },
];

export const DEFAULT_SETTINGS: Settings = {
  earlyTolerance: null,
  lateTolerance: 0,
  qtyTolerance: 0,
  escalationOffsets: [-3, 1, 5, 10],
  confirmWithin: 3,
  dueSoon: 5,
  minGap: 2,
  weekend: "0000011",
  holidays: [],
  delayReasons: DEFAULT_DELAY_REASONS,
  dateOrder: null,
  periodKind: "week",
};
