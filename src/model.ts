/**
 * The shared vocabulary of the follow-up engine. Every module of src/ speaks in these types.
 *
 * Conventions:
 * - Dates are Excel serials in the 1900 date system (1 = 1900-01-01, 61 = 1900-03-01,
 *   25569 = 1970-01-01). Workbooks in the 1904 system are converted when read (see src/dates).
 * - `null` means "blank": the cell is empty or the column is not in the register.
 * - `undefined` means "unknown": the cell held something that could not be read; the parser
 *   reported it as a CellIssue. Rules that depend on an unknown value answer unknown too.
 */

/** Whole days, Excel 1900 date system. */
export type Serial = number;

/** A value that may be blank (null) or unreadable (undefined). */
export type Known<T> = T | null | undefined;

/** Lifecycle states the buyer sets by hand. */
export type BuyerLifecycle = "cancelled" | "closed" | "onHold";

/** Derived lifecycle (DESIGN.md: buyer-set > received > partial > open). */
export type Lifecycle = BuyerLifecycle | "received" | "partial" | "open";

/** Follow-up state of a line that is not received. */
export type FollowUpState = "late" | "unconfirmed" | "dueSoon" | "onTrack";

export type Inspection = "accepted" | "rejected" | "partial";

/** The canonical register fields (DESIGN.md "Register fields"). */
export type FieldKey =
  | "poNumber"
  | "line"
  | "supplier"
  | "item"
  | "description"
  | "buyer"
  | "supplierEmail"
  | "orderDate"
  | "requestedDate"
  | "promisedDate"
  | "committedDate"
  | "orderedQty"
  | "receivedQty"
  | "receivedDate"
  | "unitPrice"
  | "currency"
  | "lifecycle"
  | "stage"
  | "tracking"
  | "delayReason"
  | "lastChaseDate"
  | "nextChaseDate"
  | "inspection"
  | "salesOrder"
  | "customer"
  | "notes"
  // Beyond the promised date (DESIGN.md): shipment and quality at receipt.
  | "shipDate"
  | "eta"
  | "portArrivalDate"
  | "carrier"
  | "acceptedQty"
  | "rejectedQty"
  | "returnedQty"
  // Customer impact (DESIGN.md): the day the sales order the line feeds needs its goods.
  | "soNeedDate";

/** One purchase-order line as read from the register. */
export interface PoLine {
  /** 0-based index of the data row (0 = first row under the header). */
  index: number;
  /** 1-based worksheet row number, for messages and for writing back. */
  sheetRow: number;
  /**
   * The line's worksheet when the register spans several sheets (monthly tabs) and the line is on one
   * of the others; undefined on the register's own sheet.
   */
  sheet?: string;
  /** Identity of the line: `${poNumber}/${line}` or just poNumber when there is no line column. */
  key: string;
  poNumber: Known<string>;
  line: Known<string>;
  supplier: Known<string>;
  item: Known<string>;
  description: Known<string>;
  buyer: Known<string>;
  supplierEmail: Known<string>;
  orderDate: Known<Serial>;
  requestedDate: Known<Serial>;
  promisedDate: Known<Serial>;
  committedDate: Known<Serial>;
  orderedQty: Known<number>;
  receivedQty: Known<number>;
  receivedDate: Known<Serial>;
  unitPrice: Known<number>;
  currency: Known<string>;
  lifecycle: Known<BuyerLifecycle>;
  stage: Known<string>;
  tracking: Known<string>;
  delayReason: Known<string>;
  lastChaseDate: Known<Serial>;
  nextChaseDate: Known<Serial>;
  inspection: Known<Inspection>;
  salesOrder: Known<string>;
  customer: Known<string>;
  notes: Known<string>;
  /** Ship date (ETD): the day the goods leave the supplier, planned or actual. Absent in older callers. */
  shipDate?: Known<Serial>;
  /** Estimated arrival given by the supplier or the carrier once shipped. */
  eta?: Known<Serial>;
  /** Arrival at the port or the buyer's dock, before the goods are received and inspected. */
  portArrivalDate?: Known<Serial>;
  /** Carrier or forwarder; with `tracking`, what an in-transit line is chased with. */
  carrier?: Known<string>;
  /** Quantity accepted at incoming inspection (in full is judged on it). */
  acceptedQty?: Known<number>;
  /** Quantity rejected at incoming inspection. */
  rejectedQty?: Known<number>;
  /** Quantity sent back to the supplier. */
  returnedQty?: Known<number>;
  /** The need date of the sales order(s) the line feeds (`salesOrder`, `customer`). Absent in older callers. */
  soNeedDate?: Known<Serial>;
}

export type Channel = "email" | "phone" | "portal" | "visit" | "chat";
export type Outcome = "confirmed" | "newDate" | "noAnswer" | "problem" | "received";

/** One row of the append-only chase log (table `Chases`). */
export interface ChaseEntry {
  /** Day of the contact. */
  date: Serial;
  /** Key of the register line (PoLine.key). */
  lineKey: string;
  poNumber: string;
  line: string | null;
  supplier: string;
  buyer: string | null;
  channel: Channel;
  contact: string | null;
  outcome: Outcome;
  /** Promised date before this chase (null if none). */
  previousPromised: Serial | null;
  /** Promised date given in this chase (null if unchanged / none). */
  newPromised: Serial | null;
  delayReason: string | null;
  stage: string | null;
  note: string | null;
  nextChase: Serial | null;
  /** When the entry was logged, as an ISO timestamp (audit trail). */
  loggedAt: string;
}

/** Why a parse or validation problem was raised. Messages come from the i18n catalogues. */
export type IssueCode =
  | "missingRequiredField" // a required column is missing from the header
  | "missingValue" // a required cell is blank
  | "errorValue" // the cell holds an Excel error such as #N/A
  | "notADate"
  | "ambiguousDate" // e.g. 03/04/2026 while the workbook's date order is unknown
  | "dateOutOfRange"
  | "notANumber"
  | "ambiguousNumber" // "1.200" in a column where nothing says whether "." or "," is the decimal mark
  | "negativeNumber"
  | "unknownLifecycle"
  | "unknownInspection"
  | "duplicateKey"
  | "receivedBeforeOrdered"
  | "unknownChoice" // a cell must hold one of a fixed list of codes (chase log: channel, outcome)
  // Notes (informational: nothing is lost, the figures are unchanged):
  | "orphanChase" // a chase-log row for a PO line that is not in the register
  | "totalsLeftOut" // total, subtotal or footer rows under the register, not read as PO lines
  | "sheetsReadTogether" // monthly tabs: other sheets with the register's header, read as one register
  | "uncachedFormula" // a formula cell whose result the file never saved (written by a program, not by Excel)
  | "unitDropped"; // "1200 pcs" read as 1200: one note per column (its first such cell, detail.count cells in all)

/** A problem in one cell (or header) of a sheet, precise enough to select the cell. */
export interface CellIssue {
  code: IssueCode;
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  /** Column letter(s) on the worksheet, e.g. "D". */
  column: string;
  /** The header text of that column, when there is one. */
  header: string | null;
  field: FieldKey | null;
  /** The raw cell value as Excel returned it. */
  value: unknown;
  /** Extra detail for the message, e.g. the first row of a duplicate key. */
  detail?: Record<string, string | number>;
}
