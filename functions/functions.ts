/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cells of any type; cells.ts narrows them. */
/**
 * The PO.* worksheet functions. Each is a thin wrapper: it reads Excel's arguments with functions/cells.ts
 * and asks the engine in src/ for the answer. JSDoc tags here become functions.json (custom-functions-metadata).
 */
import { daysLate } from "../src/followup/daysLate";
import { mapElements, readDate, todaySerial } from "./cells";

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
    if (!dueDate.ok) return dueDate.error;
    const receivedDate = readDate(receivedCell, "received");
    if (!receivedDate.ok) return receivedDate.error;
    const asOfDate = readDate(asOfCell, "asOf");
    if (!asOfDate.ok) return asOfDate.error;
    if (dueDate.value === null) return "";
    return daysLate(dueDate.value, receivedDate.value, asOfDate.value ?? today) as number;
  });
}
