import type { Known, PoLine, Serial } from "../model";
import { knownSerial } from "./known";

/**
 * The date we chase against now (DESIGN.md "Due date"): the promised date, else the requested date.
 * An unreadable promised date makes the due date unknown: it does not fall back to the requested
 * date, because the supplier did promise something and we cannot tell what.
 */
export function dueDate(line: Pick<PoLine, "promisedDate" | "requestedDate">): Known<Serial> {
  const promised = knownSerial(line.promisedDate);
  if (promised !== null) return promised;
  return knownSerial(line.requestedDate);
}
