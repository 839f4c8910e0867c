/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cells of any type; cells.ts narrows them. */
/**
 * The PO.* worksheet functions. Each is a thin wrapper: it reads Excel's arguments with functions/cells.ts
 * and asks the engine in src/ for the answer. JSDoc tags here become functions.json (custom-functions-metadata).
 *
 * Per-line arguments are ranges (any[][]): a cell gives one answer, a column spills a column. Empty cells
 * are missing values; a bad cell gives #VALUE! (or propagates its own error) in its own element only.
 *
 * `@volatile` marks exactly the functions whose answer depends on today when asOf is omitted (DAYSLATE,
 * WORKDAYSLATE, STATUS, CHASELEVEL, OTD, OTIF, PREDICTED, STAGERISK): Excel must recalculate them when the date changes.
 * AGEBUCKET, OPENQTY, OPENVALUE and NEXTCHASE do not depend on today, so they recalculate only when
 * their inputs change (the next chase date is the day a chase becomes due, which does not move with
 * asOf: see src/followup/nextChaseDate.ts).
 *
 * The rules (working week, holidays, escalation offsets, confirm window, due soon, minimum gap,
 * tolerances) are the workbook's settings in force, read through functions/engine.ts once per call:
 * the buyer's Settings in the task pane plus the `Holidays` range, as the task pane and the report use
 * them. The shared runtime loads them at start-up and reloads them, then has Excel recalculate, when
 * the settings change (src/excel/functionSettings.ts, started from commands/commands.ts).
 *
 * Every exported function here must be a custom function (test/manifest checks the metadata lists them
 * all); helpers live in the other files of functions/.
 */
import type { Known } from "../src/model";
import { daysLate } from "../src/followup/daysLate";
import { workdaysLate } from "../src/followup/workdaysLate";
import { dueDate } from "../src/followup/dueDate";
import { lifecycle } from "../src/followup/lifecycle";
import { followUpState } from "../src/followup/followUpState";
import { escalation } from "../src/followup/escalation";
import { nextChaseDate } from "../src/followup/nextChaseDate";
import { openQty } from "../src/followup/openQty";
import { openValue } from "../src/followup/openValue";
import { ageingBucket } from "../src/kpi/ageing";
import { currentCalendar, currentSettings } from "./engine";
import { readCalendar } from "./calendar";
import { labels, message } from "./language";
import { statusKey } from "../src/followup/statusKey";
import { performanceRate } from "./performance";
import { predicted } from "./predicted";
import { inFullByAccepted, stageRiskLabels } from "./stages";
import { errorAsValue, fillShape, firstError, invalid, mapElements, readDate, readNumber, readQty, scalarOf, todaySerial, type Result } from "./cells";

/** An engine answer as a cell: null (nothing to say) is an empty cell; unknown is #VALUE!. */
function cellOf(value: Known<number>): Result {
  if (value === null) return "";
  if (value === undefined) return invalid(message("err_noAnswer"));
  return value;
}

/**
 * Signed calendar days late: received date (or the as-of date for an open line) minus the due date. Positive = late, negative = days left.
 * @customfunction DAYSLATE
 * @volatile
 * @param due Due date of the line (promised date, else requested date); a cell or a column.
 * @param [received] Date the line was received; leave empty for an open line.
 * @param [asOf] Date to measure open lines against; default today.
 * @returns Days late, one per line.
 */
export function daysLateFn(due: any[][], received?: any[][], asOf?: any[][]): any[][] {
  const today = todaySerial();
  return mapElements([due, received, asOf], ([dueCell, receivedCell, asOfCell]) => {
    const dueDate = readDate(dueCell, "due");
    const receivedDate = readDate(receivedCell, "received");
    const asOfDate = readDate(asOfCell, "asOf");
    if (!dueDate.ok || !receivedDate.ok || !asOfDate.ok) return firstError(dueDate, receivedDate, asOfDate);
    if (dueDate.value === null) return "";
    return daysLate(dueDate.value, receivedDate.value, asOfDate.value ?? today) as number;
  });
}

/**
 * Signed working days late (NETWORKDAYS.INTL rules): from the due date to the receipt (or asOf for an open line); positive = late. Holidays and weekend default to the workbook's: PO Follow-up Settings in the task pane, and the Holidays range.
 * @customfunction WORKDAYSLATE
 * @volatile
 * @param due Due date of the line; a cell or a column.
 * @param [received] Date the line was received; leave empty for an open line.
 * @param [asOf] Date to measure open lines against; default today.
 * @param [holidays] Range of holiday dates that are not working days; when given, only these count. Default the workbook's holidays (Settings and the Holidays range).
 * @param [weekend] Weekend days as in NETWORKDAYS.INTL: 7 characters Monday first with 1 = day off (e.g. "0000011"), or a weekend number (1 = Saturday-Sunday, 11 = Sunday only, ...). Default the workbook's weekend (Settings; Saturday-Sunday unless changed).
 * @returns Working days late, one per line.
 */
export function workdaysLateFn(due: any[][], received?: any[][], asOf?: any[][], holidays?: any[][], weekend?: any): any[][] {
  const today = todaySerial();
  const args = [due, received, asOf];
  const calendar = readCalendar(holidays, scalarOf(weekend));
  if (!calendar.ok) return fillShape(args, calendar.error);
  return mapElements(args, ([dueCell, receivedCell, asOfCell]) => {
    const dueDate = readDate(dueCell, "due");
    const receivedDate = readDate(receivedCell, "received");
    const asOfDate = readDate(asOfCell, "asOf");
    if (!dueDate.ok || !receivedDate.ok || !asOfDate.ok) return firstError(dueDate, receivedDate, asOfDate);
    // Measured to the receipt for a received line, to asOf for an open one (DESIGN.md "Days late").
    return cellOf(workdaysLate(calendar.calendar, dueDate.value, receivedDate.value ?? asOfDate.value ?? today));
  });
}

/**
 * Status of a line in the workbook's language: Received, Partial, Late, Unconfirmed, Due soon or On track. Confirm window, due soon, quantity tolerance and working days: the workbook's PO Follow-up Settings (task pane) and Holidays range.
 * @customfunction STATUS
 * @volatile
 * @param orderedQty Ordered quantity; a cell or a column.
 * @param receivedQty Quantity received so far; empty = nothing received.
 * @param due Due date of the line (requested date, or promised date).
 * @param [promised] Date the supplier promised; when given it is the date chased against. Without one, a line ordered longer ago than the confirm window of the settings (working days) is Unconfirmed.
 * @param [orderDate] Date the order was placed; needed to tell Unconfirmed lines.
 * @param [asOf] Date to judge the line at; default today.
 * @returns One status label per line.
 */
export function statusFn(
  orderedQty: any[][],
  receivedQty: any[][],
  due: any[][],
  promised?: any[][],
  orderDate?: any[][],
  asOf?: any[][],
): any[][] {
  const today = todaySerial();
  const t = labels();
  const settings = currentSettings();
  const calendar = currentCalendar();
  return mapElements([orderedQty, receivedQty, due, promised, orderDate, asOf], ([o, r, d, p, od, a]) => {
    const ordered = readQty(o, "orderedQty");
    const received = readQty(r, "receivedQty");
    const requested = readDate(d, "due");
    const promisedDate = readDate(p, "promised");
    const orderedOn = readDate(od, "orderDate");
    const asOfDate = readDate(a, "asOf");
    if (!ordered.ok || !received.ok || !requested.ok || !promisedDate.ok || !orderedOn.ok || !asOfDate.ok)
      return firstError(ordered, received, requested, promisedDate, orderedOn, asOfDate);
    if (ordered.value === null && received.value === null && requested.value === null && promisedDate.value === null) return "";
    // Only the fields lifecycle, dueDate and followUpState read (a full PoLine costs 3× the time over a column).
    const line = {
      lifecycle: null,
      orderedQty: ordered.value,
      receivedQty: received.value,
      requestedDate: requested.value,
      promisedDate: promisedDate.value,
      orderDate: orderedOn.value,
    };
    const state = lifecycle(line, settings);
    const followUp = followUpState(calendar, settings, line, state, dueDate(line), asOfDate.value ?? today);
    return t(`status_${statusKey(state, followUp)}`);
  });
}

/**
 * Ageing bucket of an open line by calendar days late: Not due, 1-7, 8-14, 15-30, 31-60 or more than 60 days.
 * @customfunction AGEBUCKET
 * @param daysLate Calendar days late (e.g. from PO.DAYSLATE); a cell or a column.
 * @returns One bucket label per line.
 */
export function ageBucketFn(daysLate: any[][]): any[][] {
  const t = labels();
  return mapElements([daysLate], ([cell]) => {
    const days = readNumber(cell, "daysLate");
    if (!days.ok) return days.error;
    if (days.value === null) return "";
    return t(`bucket_${ageingBucket(days.value)}`);
  });
}

/**
 * Escalation level of an open line: 0 none, 1 reminder, 2 urgent, 3 escalate to manager, at the escalation offsets (working days after due) of the workbook's PO Follow-up Settings (task pane), with its Holidays range.
 * @customfunction CHASELEVEL
 * @volatile
 * @param due Due date of the line; a cell or a column.
 * @param [asOf] Date to judge the line at; default today.
 * @param [lastPromiseChange] Date the promised date was last changed; when it is after the due date, the levels count from it.
 * @returns Level 0-3, one per line.
 */
export function chaseLevelFn(due: any[][], asOf?: any[][], lastPromiseChange?: any[][]): any[][] {
  const today = todaySerial();
  const settings = currentSettings();
  const calendar = currentCalendar();
  return mapElements([due, asOf, lastPromiseChange], ([d, a, c]) => {
    const dueDate = readDate(d, "due");
    const asOfDate = readDate(a, "asOf");
    const changed = readDate(c, "lastPromiseChange");
    if (!dueDate.ok || !asOfDate.ok || !changed.ok) return firstError(dueDate, asOfDate, changed);
    const esc = escalation(calendar, settings, dueDate.value, asOfDate.value ?? today, changed.value ?? undefined);
    return esc ? esc.level : "";
  });
}

/**
 * Next chase date of an open line: the next escalation date after the last chase, or the confirmation chase; at least the minimum gap after it. Rules: the workbook's PO Follow-up Settings (task pane) and Holidays range. On or before today = chase now.
 * @customfunction NEXTCHASE
 * @param due Due date of the line (requested date, or promised date); a cell or a column.
 * @param [promised] Date the supplier promised; when given it is the date chased against. Empty = not confirmed yet.
 * @param [lastChase] Date the line was last chased.
 * @param [orderDate] Date the order was placed; needed for the confirmation chase.
 * @param [asOf] Date to judge the line at; default today. The next chase date itself does not move with it.
 * @returns Date serial of the next chase, one per line (format the cells as dates).
 */
export function nextChaseFn(due: any[][], promised?: any[][], lastChase?: any[][], orderDate?: any[][], asOf?: any[][]): any[][] {
  const today = todaySerial();
  const settings = currentSettings();
  const calendar = currentCalendar();
  return mapElements([due, promised, lastChase, orderDate, asOf], ([d, p, c, od, a]) => {
    const requested = readDate(d, "due");
    const promisedDate = readDate(p, "promised");
    const last = readDate(c, "lastChase");
    const ordered = readDate(od, "orderDate");
    const asOfDate = readDate(a, "asOf");
    if (!requested.ok || !promisedDate.ok || !last.ok || !ordered.ok || !asOfDate.ok)
      return firstError(requested, promisedDate, last, ordered, asOfDate);
    const line = { promisedDate: promisedDate.value, requestedDate: requested.value, orderDate: ordered.value };
    const lastChaseDate = last.value ?? undefined;
    const next = nextChaseDate(calendar, settings, {
      lifecycle: "open",
      line,
      escalation: escalation(calendar, settings, dueDate(line), asOfDate.value ?? today),
      lastLineChase: lastChaseDate,
      // The line's own last chase is also its supplier's latest known chase.
      lastSupplierChase: lastChaseDate,
    });
    return cellOf(next);
  });
}

/**
 * Open quantity: ordered minus received, never below zero.
 * @customfunction OPENQTY
 * @param orderedQty Ordered quantity; a cell or a column.
 * @param receivedQty Quantity received so far; empty = nothing received.
 * @returns Open quantity, one per line.
 */
export function openQtyFn(orderedQty: any[][], receivedQty: any[][]): any[][] {
  return mapElements([orderedQty, receivedQty], ([o, r]) => {
    const ordered = readQty(o, "orderedQty");
    const received = readQty(r, "receivedQty");
    if (!ordered.ok || !received.ok) return firstError(ordered, received);
    if (ordered.value === null) return "";
    return cellOf(openQty({ orderedQty: ordered.value, receivedQty: received.value }));
  });
}

/**
 * Open value: open quantity times unit price, in the line's own currency.
 * @customfunction OPENVALUE
 * @param orderedQty Ordered quantity; a cell or a column.
 * @param receivedQty Quantity received so far; empty = nothing received.
 * @param unitPrice Unit price of the line.
 * @returns Open value, one per line.
 */
export function openValueFn(orderedQty: any[][], receivedQty: any[][], unitPrice: any[][]): any[][] {
  return mapElements([orderedQty, receivedQty, unitPrice], ([o, r, u]) => {
    const ordered = readQty(o, "orderedQty");
    const received = readQty(r, "receivedQty");
    const price = readQty(u, "unitPrice");
    if (!ordered.ok || !received.ok || !price.ok) return firstError(ordered, received, price);
    if (ordered.value === null) return "";
    return cellOf(openValue(openQty({ orderedQty: ordered.value, receivedQty: received.value }), price.value));
  });
}

/**
 * On-time delivery rate (OTD) of the lines whose committed date is in the period and that are received or already past due. #N/A when no line qualifies. Tolerances left out are the workbook's PO Follow-up Settings (task pane).
 * @customfunction OTD
 * @volatile
 * @param committed Committed dates of the lines (a column).
 * @param received Receipt dates of the lines (same size); empty = not received.
 * @param [lateTolerance] Days a receipt may be late and still count on time; default the late tolerance of the settings (0 unless changed).
 * @param [asOf] Date to judge open lines at; default today.
 * @param [from] First day of the period; default no limit.
 * @param [to] Last day of the period; default no limit.
 * @returns Share of on-time lines, 0 to 1.
 */
export function otdFn(committed: any[][], received: any[][], lateTolerance?: any, asOf?: any, from?: any, to?: any): number | CustomFunctions.Error {
  return errorAsValue(() => performanceRate("otd", { committed, received }, { lateTolerance, asOf, from, to }));
}

/**
 * On-time-in-full rate (OTIF) of the lines whose committed date is in the period and that are received or already past due. #N/A when no line qualifies. Tolerances left out are the workbook's PO Follow-up Settings (task pane).
 * @customfunction OTIF
 * @volatile
 * @param committed Committed dates of the lines (a column).
 * @param received Receipt dates of the lines (same size); empty = not received.
 * @param orderedQty Ordered quantities (same size).
 * @param receivedQty Received quantities (same size); empty = nothing received.
 * @param [lateTolerance] Days a receipt may be late and still count on time; default the late tolerance of the settings (0 unless changed).
 * @param [qtyTolerance] Share of the ordered quantity that may be missing and still count in full, e.g. 5%; default the quantity tolerance of the settings (0 unless changed).
 * @param [asOf] Date to judge open lines at; default today.
 * @param [from] First day of the period; default no limit.
 * @param [to] Last day of the period; default no limit.
 * @returns Share of on-time-in-full lines, 0 to 1.
 */
export function otifFn(
  committed: any[][],
  received: any[][],
  orderedQty: any[][],
  receivedQty: any[][],
  lateTolerance?: any,
  qtyTolerance?: any,
  asOf?: any,
  from?: any,
  to?: any,
): number | CustomFunctions.Error {
  return errorAsValue(() => performanceRate("otif", { committed, received, orderedQty, receivedQty }, { lateTolerance, qtyTolerance, asOf, from, to }));
}

/**
 * Predicted arrival of an open line: its committed date moved by its supplier's working-day slips (receipt minus committed date) over its last 20 lines received in the past year, shrunk toward all suppliers' slips when it has few, never before today. A line already late counts only slips longer than its lateness. Working week and holidays: the workbook's PO Follow-up Settings (task pane) and Holidays range.
 * @customfunction PREDICTED
 * @volatile
 * @param supplier Supplier of the line; a cell or a column.
 * @param committed Committed date of the line (first promised date, else the due date); a cell or a column.
 * @param historySupplier The register's supplier column, every line (the history).
 * @param historyCommitted The register's committed-date column, the same rows.
 * @param historyReceived The register's received-date column, the same rows; empty = not received.
 * @param [quantile] Between 0 and 1: 0.5 (default) = most likely date, 0.9 = arrives by then 9 times in 10.
 * @param [asOf] Date to predict at; default today.
 * @returns Date serial of the predicted arrival, one per line (format the cells as dates).
 */
export function predictedFn(
  supplier: any[][],
  committed: any[][],
  historySupplier: any[][],
  historyCommitted: any[][],
  historyReceived: any[][],
  quantile?: any,
  asOf?: any,
): any[][] {
  return predicted({ supplier, committed, historySupplier, historyCommitted, historyReceived }, quantile, asOf);
}

/**
 * Stage risk of an open line, in the workbook's language: Not shipped in time when it has not shipped and fewer than transitDays working days are left before its due date; ETA late when the ETA is after the committed date; empty when neither (or when the line is already late). Working days: the workbook's PO Follow-up Settings (task pane) and Holidays range.
 * @customfunction STAGERISK
 * @volatile
 * @param due Due date of the line; a cell or a column.
 * @param stage Stage of the line: Materials, Production, QC, Packed, Shipped, Customs or Arrived (or 生产, 已发货, 出荷済み…); empty = stage not followed.
 * @param [shipDate] Ship date (ETD); on or before asOf means shipped.
 * @param [eta] ETA of the shipment.
 * @param [committed] Committed date (first promised date); default the due date.
 * @param [transitDays] Working days from shipment to arrival; default 5.
 * @param [asOf] Date to judge the line at; default today.
 * @returns One label per line; empty when not at risk.
 */
export function stageRiskFn(
  due: any[][],
  stage: any[][],
  shipDate?: any[][],
  eta?: any[][],
  committed?: any[][],
  transitDays?: any[][],
  asOf?: any,
): any[][] {
  return stageRiskLabels({ due, stage, shipDate, eta, committed, transitDays }, asOf);
}

/**
 * In full by the accepted quantity: TRUE when the quantity that passed inspection and was kept reaches the ordered quantity less the quantity tolerance. Rejected or returned goods do not count until they are replaced.
 * @customfunction INFULL
 * @param orderedQty Ordered quantity; a cell or a column.
 * @param receivedQty Quantity received so far; empty = nothing received.
 * @param [acceptedQty] Quantity accepted at incoming inspection; when given it is what counts.
 * @param [rejectedQty] Quantity rejected at incoming inspection.
 * @param [returnedQty] Quantity sent back to the supplier.
 * @param [qtyTolerance] Share of the ordered quantity that may be missing and still count in full, e.g. 5%; default the quantity tolerance of the settings (0 unless changed).
 * @returns TRUE or FALSE, one per line.
 */
export function inFullFn(
  orderedQty: any[][],
  receivedQty: any[][],
  acceptedQty?: any[][],
  rejectedQty?: any[][],
  returnedQty?: any[][],
  qtyTolerance?: any,
): any[][] {
  return inFullByAccepted({ orderedQty, receivedQty, acceptedQty, rejectedQty, returnedQty }, qtyTolerance);
}
