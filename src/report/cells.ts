import type { Known } from "../model";
import type { Rate } from "../kpi/rate";
import type { DaysLateStat } from "../kpi/daysLate";
import { NO_DATA, type CellValue } from "./model";

// Module-level alias: global look-ups are slow inside sandboxed contexts (jest's vm), and this runs
// several times per row.
const isFiniteNumber = Number.isFinite;

/** A user text cell: trimmed; blank or unreadable → empty cell. */
export function textCell(value: Known<string>): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** A number or date cell; blank, unreadable or non-finite → empty cell. */
export function numberCell(value: Known<number>): number | null {
  return typeof value === "number" && isFiniteNumber(value) ? value : null;
}

/** A rate as a fraction, or NO_DATA for an empty population (never 0 %). */
export function rateCell(rate: Rate): CellValue {
  return rate.kind === "rate" ? rate.value : NO_DATA;
}

/** Mean days late, or NO_DATA when no line was late. */
export function meanDaysCell(stat: DaysLateStat): CellValue {
  return stat.kind === "days" ? stat.mean : NO_DATA;
}

/** current − previous for numbers; NO_DATA when either side has no number. */
export function changeCell(current: CellValue, previous: CellValue): CellValue {
  return typeof current === "number" && typeof previous === "number" ? current - previous : NO_DATA;
}

export { compareText } from "../compareText";
