import type { Known, Serial } from "../model";

// Module-level aliases: global look-ups are slow inside sandboxed contexts (jest's vm), and these
// run several times per line.
const isFiniteNumber = Number.isFinite;
const floor = Math.floor;

/**
 * Reads a date cell as a whole-day serial with Known semantics: blank stays null, unreadable stays
 * undefined, and a non-finite number (which a parser should never produce) also becomes undefined
 * so that no rule ever answers NaN. A time of day is dropped.
 */
export function knownSerial(value: Known<Serial>): Known<Serial> {
  if (value === null || value === undefined) return value;
  return isFiniteNumber(value) ? floor(value) : undefined;
}

/** A quantity or price with Known semantics; non-finite numbers become unknown. */
export function knownNumber(value: Known<number>): Known<number> {
  if (value === null || value === undefined) return value;
  return isFiniteNumber(value) ? value : undefined;
}
