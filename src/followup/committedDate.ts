import type { Known, PoLine, Serial } from "../model";
import { dueDate } from "./dueDate";
import { knownSerial } from "./known";

/**
 * The date supplier performance is measured against (DESIGN.md "Committed date"): the committed
 * date column when filled, else the first promise recorded in the chase log, else the promised
 * date, else the requested date. A slipped promise therefore never erases lateness.
 * An unreadable committed date cell makes the answer unknown (no fall-back).
 */
export function committedDate(
  line: Pick<PoLine, "committedDate" | "promisedDate" | "requestedDate">,
  firstLoggedPromise?: Serial | null,
): Known<Serial> {
  const committed = knownSerial(line.committedDate);
  if (committed !== null) return committed;
  const logged = knownSerial(firstLoggedPromise);
  if (typeof logged === "number") return logged;
  return dueDate(line);
}
