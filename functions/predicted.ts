/**
 * PO.PREDICTED: the register's supplier, committed-date and received-date columns make the slip
 * history (src/predict/slipHistory.ts receiptHistory), read once per call; each line (supplier and
 * committed date, a cell or a column) gets the date at the asked quantile (src/predict/shrunkSlip.ts),
 * as the task pane's Line view shows it. Rows of the history with an unreadable cell are left out, as
 * PO.OTD leaves them out; a bad line cell gives #VALUE! in its own element only.
 */
import type { Serial } from "../src/model";
import { workdaysLate } from "../src/followup/workdaysLate";
import { receiptHistory, type ReceiptRecord } from "../src/predict/slipHistory";
import { arrivalAfter, lateFloor, NO_SLIPS, shrunkSlip } from "../src/predict/shrunkSlip";
import { currentCalendar } from "./engine";
import { message } from "./language";
import { fillShape, firstError, invalid, mapElements, readDate, readNumber, readText, scalarOf, todaySerial, type Matrix, type Result } from "./cells";

export interface PredictedColumns {
  supplier: Matrix;
  committed: Matrix;
  historySupplier: Matrix;
  historyCommitted: Matrix;
  historyReceived: Matrix;
}

export function predicted(columns: PredictedColumns, quantileArg: unknown, asOfArg: unknown): Result[][] {
  // A bad shared argument fills every line with its error: returned, never thrown (cells.ts errorAsValue, office-js#3234).
  const lines = [columns.supplier, columns.committed];
  const quantile = readNumber(scalarOf(quantileArg), "quantile");
  if (!quantile.ok) return fillShape(lines, quantile.error);
  const p = quantile.value ?? 0.5;
  if (!(p > 0 && p < 1)) return fillShape(lines, invalid(message("err_quantile", { value: p })));
  const asOfRead = readDate(scalarOf(asOfArg), "asOf");
  if (!asOfRead.ok) return fillShape(lines, asOfRead.error);
  const asOf = asOfRead.value ?? todaySerial();
  const calendar = currentCalendar();
  const history = receiptHistory(receiptsOf(columns), calendar, asOf);
  return mapElements(lines, ([s, c]) => {
    const supplier = readText(s, "supplier");
    const committed = readDate(c, "committed");
    if (!supplier.ok || !committed.ok) return firstError(supplier, committed);
    if (committed.value === null) return "";
    const own = history.bySupplier.get(history.supplierKeyOf(supplier.value)) ?? NO_SLIPS;
    const floor = lateFloor(workdaysLate(calendar, committed.value, asOf) as number);
    return arrivalAfter(calendar, committed.value, shrunkSlip(history, own, floor, p).slip, asOf);
  });
}

/** Received rows of the history columns (walked together, row by row, over the shortest). */
function receiptsOf(columns: PredictedColumns): ReceiptRecord[] {
  const rows = Math.min(columns.historySupplier.length, columns.historyCommitted.length, columns.historyReceived.length);
  const receipts: ReceiptRecord[] = [];
  for (let r = 0; r < rows; r++) {
    const committed = readDate(columns.historyCommitted[r]?.[0], "historyCommitted");
    const received = readDate(columns.historyReceived[r]?.[0], "historyReceived");
    const supplier = readText(columns.historySupplier[r]?.[0], "historySupplier");
    if (!committed.ok || !received.ok || !supplier.ok || committed.value === null || received.value === null) continue;
    receipts.push({ supplier: supplier.value, committed: committed.value as Serial, received: received.value });
  }
  return receipts;
}
