/**
 * Translation between what Excel passes to a custom function and what the engine takes. Every per-line
 * argument is a matrix: a single cell arrives as [[value]], a column as [[a],[b],…]. Results are
 * computed element by element over the broadcast shape (as Excel's own array arithmetic does), so one
 * formula can fill a whole column and one bad cell only spoils its own result.
 */
import type { Serial } from "../src/model";
import { serialFromLocalDate } from "../src/dates/serial";

export type Cell = number | string | boolean | null | undefined;
export type Matrix = Cell[][];
export type Result = number | string | CustomFunctions.Error;

/** A value read from a cell: `null` when blank, or an error explaining what was expected. */
export type Read<T> = { ok: true; value: T | null } | { ok: false; error: CustomFunctions.Error };

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

export function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** A date argument: a serial number; blank means "not given". */
export function readDate(cell: Cell, name: string): Read<Serial> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === "number" && Number.isFinite(cell) && cell >= 1) return { ok: true, value: Math.floor(cell) };
  return { ok: false, error: invalid(`${name} must be a date (a date serial), got ${JSON.stringify(cell)}`) };
}

/** Today in the user's time zone, when no as-of date is given. */
export function todaySerial(): Serial {
  return serialFromLocalDate(new Date());
}

/** The result shape of broadcasting arguments together, Excel style (1×1, 1×n and n×1 stretch). */
export function broadcastShape(args: readonly (Matrix | undefined)[]): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  for (const arg of args) {
    if (!arg || arg.length === 0) continue;
    rows = Math.max(rows, arg.length);
    columns = Math.max(columns, arg[0]?.length ?? 1);
  }
  return { rows, columns };
}

/** Element (r, c) of a broadcast argument; `outside` when the argument is too small (Excel gives #N/A). */
export function elementAt(arg: Matrix | undefined, r: number, c: number): Cell | typeof OUTSIDE {
  if (!arg || arg.length === 0) return null;
  const row = arg.length === 1 ? arg[0] : arg[r];
  if (!row) return OUTSIDE;
  const cell = row.length === 1 ? row[0] : row[c];
  return c < row.length || row.length === 1 ? cell : OUTSIDE;
}

export const OUTSIDE = Symbol("outside the argument's range");

/**
 * Applies `compute` to each element of the broadcast arguments. Elements outside a smaller argument
 * are #N/A, as in Excel's array arithmetic.
 */
export function mapElements(args: readonly (Matrix | undefined)[], compute: (cells: Cell[]) => Result): Result[][] {
  const { rows, columns } = broadcastShape(args);
  const out: Result[][] = new Array(rows);
  const cells: Cell[] = new Array(args.length);
  for (let r = 0; r < rows; r++) {
    const row: Result[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      let outside = false;
      for (let i = 0; i < args.length; i++) {
        const cell = elementAt(args[i], r, c);
        if (cell === OUTSIDE) outside = true;
        else cells[i] = cell;
      }
      row[c] = outside ? notAvailable("The ranges have different sizes") : compute(cells);
    }
    out[r] = row;
  }
  return out;
}
