/**
 * The Register template: the columns, formats, dropdown lists and highlight rules of a new register,
 * and the columns of the chase log. Pure data; src/excel/createTemplate.ts writes it into a workbook.
 */
import type { FieldKey } from "../model";
import { DEFAULT_SETTINGS, type Settings } from "../settings/settings";
import { fieldKind, type FieldKind } from "./fields";
import { detectColumns, headerText } from "./detectColumns";
import {
  CHASE_COLUMNS,
  CHASE_LOG_SHEET,
  CHASES_TABLE,
  chaseLogHeaders,
  isChaseDateColumn,
  isChaseTimestampColumn,
  type ChaseColumn,
} from "./chaseLog";

export const REGISTER_SHEET_NAME = "Register";
export const REGISTER_TABLE_NAME = "Register";
/** The chase log's names and columns come from chaseLog.ts. */
export const CHASE_SHEET_NAME = CHASE_LOG_SHEET;
export const CHASE_TABLE_NAME = CHASES_TABLE;

/** ISO dates read the same in every locale. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** A date and time of day (the chase log's Logged at), ISO order as DATE_FORMAT. */
export const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
export const QTY_FORMAT = "#,##0.###";
export const PRICE_FORMAT = "#,##0.00";
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

export const LIFECYCLE_CHOICES: readonly string[] = ["Cancelled", "Closed", "On hold"];
export const STAGE_CHOICES: readonly string[] = ["Materials", "Production", "QC", "Packed", "Shipped", "Customs", "Arrived"];
export const INSPECTION_CHOICES: readonly string[] = ["Accepted", "Rejected", "Partial"];

export interface TemplateColumn {
  field: FieldKey;
  header: string;
  kind: FieldKind;
  numberFormat: string;
  /** Dropdown choices (list data validation), when the column has a fixed vocabulary. */
  choices?: readonly string[];
}

/** Template columns in order, with the English header the column detector recognises exactly. */
const REGISTER_HEADERS: readonly [FieldKey, string][] = [
  ["poNumber", "PO number"],
  ["line", "Line"],
  ["supplier", "Supplier"],
  ["supplierEmail", "Supplier email"],
  ["buyer", "Buyer"],
  ["item", "Item"],
  ["description", "Description"],
  ["orderDate", "Order date"],
  ["requestedDate", "Requested date"],
  ["promisedDate", "Promised date"],
  ["committedDate", "Committed date"],
  ["orderedQty", "Ordered qty"],
  ["receivedQty", "Received qty"],
  ["receivedDate", "Received date"],
  ["unitPrice", "Unit price"],
  ["currency", "Currency"],
  ["lifecycle", "Lifecycle"],
  ["stage", "Stage"],
  ["delayReason", "Delay reason"],
  // Shipment and quality at receipt (issue 12): what stage risk, In transit and in full by accepted qty read.
  ["shipDate", "Ship date"],
  ["eta", "ETA (shipment)"],
  ["portArrivalDate", "Arrival at port"],
  ["carrier", "Carrier"],
  ["tracking", "Tracking"],
  ["inspection", "Inspection"],
  ["acceptedQty", "Accepted qty"],
  ["rejectedQty", "Rejected qty"],
  ["returnedQty", "Returned qty"],
  ["lastChaseDate", "Last chase"],
  ["nextChaseDate", "Next chase"],
  ["notes", "Notes"],
];

function formatOf(field: FieldKey, kind: FieldKind): string {
  if (kind === "date") return DATE_FORMAT;
  if (field === "unitPrice") return PRICE_FORMAT;
  if (kind === "number") return QTY_FORMAT;
  // PO numbers and lines like 0045 must keep their zeros: text columns are formatted as Text.
  return TEXT_FORMAT;
}

/** The register template for the given settings (the delay-reason list comes from them). */
export function registerTemplate(settings: Settings = DEFAULT_SETTINGS): TemplateColumn[] {
  const choices: Partial<Record<FieldKey, readonly string[]>> = {
    lifecycle: LIFECYCLE_CHOICES,
    stage: STAGE_CHOICES,
    delayReason: settings.delayReasons.map((r) => r.code),
    inspection: INSPECTION_CHOICES,
  };
  return REGISTER_HEADERS.map(([field, header]) => {
    const kind = fieldKind(field);
    const column: TemplateColumn = { field, header, kind, numberFormat: formatOf(field, kind) };
    const list = choices[field];
    if (list) column.choices = list;
    return column;
  });
}

export type TemplateCell = string | number | boolean | null;

/**
 * Register rows that come with their own header row (any column order, e.g. sampleRegister()), placed
 * under the template's columns by field: each header is recognised by the column detector, so a row keyed
 * by "Buyer" lands in the template's Buyer column wherever either list puts it. Template columns the rows
 * lack stay blank; headers that match no template column are returned in `unplaced` (nothing is guessed).
 */
export function placeRowsByHeader(
  matrix: readonly (readonly unknown[])[],
  columns: readonly TemplateColumn[] = registerTemplate(),
): { rows: TemplateCell[][]; unplaced: string[] } {
  const headers = matrix[0] ?? [];
  const detection = detectColumns(headers);
  const sourceOf = columns.map((column) => detection.columns[column.field]);
  const used = new Set(sourceOf.filter((i): i is number => i !== undefined));
  const unplaced = headers.map(headerText).filter((h, i) => h !== "" && !used.has(i));
  const rows = matrix.slice(1).map((row) => sourceOf.map((i) => (i === undefined ? null : asCell(row[i]))));
  return { rows, unplaced };
}

function asCell(value: unknown): TemplateCell {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

/** Columns of the chase log (table Chases): chaseLog.ts's CHASE_COLUMNS with English headers and formats. */
export const CHASE_LOG_COLUMNS: readonly { key: ChaseColumn; header: string; numberFormat: string }[] = (() => {
  const headers = chaseLogHeaders("en");
  const formatOf = (key: ChaseColumn) =>
    isChaseDateColumn(key) ? DATE_FORMAT : isChaseTimestampColumn(key) ? DATETIME_FORMAT : TEXT_FORMAT;
  return CHASE_COLUMNS.map((key, i) => ({ key, header: headers[i], numberFormat: formatOf(key) }));
})();

export type HighlightKind = "late" | "dueSoon" | "unconfirmed";

/** A conditional format for the register's data rows: an Excel formula relative to the first data row. */
export interface HighlightRule {
  kind: HighlightKind;
  formula: string;
  fill: string;
  font: string;
}

/** The workbook name the highlight formulas take their holidays from (DESIGN.md "Settings"). */
export const HOLIDAYS_NAME = "Holidays";
/** The sheet the template adds for that name when the workbook has neither; the name covers A2:A201. */
export const HOLIDAYS_SHEET_NAME = "Holidays";
export const HOLIDAYS_HEADER = "Holiday";
export const HOLIDAYS_ROOM = 200;

/** Excel's number text for a factor such as 1 − 0.05 (the same double the engine multiplies by). */
function numberText(value: number): string {
  return String(value).replace(/e\+?/i, "E");
}

/**
 * Late / due soon / unconfirmed highlights: DESIGN.md's follow-up states (src/followup/followUpState.ts)
 * as worksheet formulas, for the settings given (a copy taken at creation: they do not follow later
 * changes of the settings). The rules exclude each other in the engine's order, first match wins:
 * - followed up = no buyer lifecycle, and not received in full: received ≥ ordered × (1 − qtyTolerance)
 *   with something received when something was ordered (lifecycle.ts, same float allowance);
 * - due = promised date, else requested date (a date cell; text is left to the add-in);
 * - late: due < TODAY();
 * - unconfirmed: not late, no promised date, WORKDAY.INTL(orderDate, confirmWithin) < TODAY();
 * - due soon: neither, and TODAY() ≤ due ≤ WORKDAY.INTL(TODAY(), dueSoon).
 * Working days use the settings' weekend string and `holidays`, a formula argument: the `Holidays` name,
 * an array constant such as {46000,46014}, or null for none. `columnLetter` maps a field to its sheet
 * column letter; `row` is the 1-based first data row.
 */
export function registerHighlightRules(
  columnLetter: (field: FieldKey) => string,
  row: number,
  settings: Settings = DEFAULT_SETTINGS,
  holidays: string | null = null,
): HighlightRule[] {
  const cell = (field: FieldKey) => `$${columnLetter(field)}${row}`;
  const [promised, ordered, received] = [cell("promisedDate"), cell("orderedQty"), `N(${cell("receivedQty")})`];
  const due = `IF(${promised}<>"",${promised},${cell("requestedDate")})`;
  const factor = 1 - settings.qtyTolerance;
  const needed = factor === 1 ? ordered : `${ordered}*${numberText(factor)}`;
  // IF, not AND, guards the arithmetic: Excel's AND evaluates every argument, so text in a cell would
  // turn the whole rule into #VALUE! (no highlight) where the engine just reads "unknown".
  const inFull = `IF(ISNUMBER(${ordered}),AND(OR(${ordered}<=0,${received}>0),${received}>=${needed}-1E-9*MAX(1,${needed})),FALSE)`;
  const open = `${cell("lifecycle")}="",NOT(${inFull})`;
  const calendar = `"${settings.weekend}"${holidays ? `,${holidays}` : ""}`;
  const late = `ISNUMBER(${due}),${due}<TODAY()`;
  const orderDate = cell("orderDate");
  const unconfirmed = `${promised}="",IF(ISNUMBER(${orderDate}),WORKDAY.INTL(${orderDate},${settings.confirmWithin},${calendar})<TODAY(),FALSE)`;
  const dueSoon = `ISNUMBER(${due}),${due}>=TODAY(),${due}<=WORKDAY.INTL(TODAY(),${settings.dueSoon},${calendar})`;
  return [
    { kind: "late", formula: `=AND(${open},${late})`, fill: "#F8D7DA", font: "#842029" },
    { kind: "dueSoon", formula: `=AND(${open},${dueSoon},NOT(AND(${unconfirmed})))`, fill: "#FFF3CD", font: "#664D03" },
    { kind: "unconfirmed", formula: `=AND(${open},${unconfirmed},NOT(AND(${late})))`, fill: "#E2E3F3", font: "#3D3D8F" },
  ];
}

/** The holidays argument for dates written into a formula: an array constant, or null for none. */
export function holidayArrayConstant(serials: readonly number[]): string | null {
  return serials.length > 0 ? `{${serials.join(",")}}` : null;
}
