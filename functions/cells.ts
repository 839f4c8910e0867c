/**
 * Translation between what Excel passes to a custom function and what the engine takes. Every per-line
 * argument is a matrix: a single cell arrives as [[value]], a column as [[a],[b],…]. Results are
 * computed element by element over the broadcast shape (as Excel's own array arithmetic does), so one
 * formula can fill a whole column and one bad cell only spoils its own result.
 *
 * Cells are read with the register's own readers (src/register/cells.ts), so a cell means the same in
 * a PO.* formula as in the register: blank or spaces = missing, "1,200" is a number, "2026-11-21" typed
 * as text is a date, TRUE is neither.
 */
import { message } from "./language";
import type { Known, Serial } from "../src/model";
import { todayOf } from "../src/pipeline/clock";
import {
  isBlankCell,
  isRefusal,
  readDate as readDateCell,
  readNonNegativeNumber,
  readNumber as readNumberCell,
  type Reading,
} from "../src/register/cells";

/** An error value in an input cell (Excel passes it as an error object with its code, e.g. "#N/A"). */
export interface CellError {
  code: string;
  message?: string;
}
export type Cell = number | string | boolean | CellError | null | undefined;
export type Matrix = Cell[][];
export type Result = number | string | boolean | CustomFunctions.Error;

/** A value read from a cell: `null` when blank, or an error explaining what was expected. */
export type Read<T> = { ok: true; value: T | null } | { ok: false; error: CustomFunctions.Error };

/** The error of the first argument that could not be read (call it once one of them failed). */
export function firstError(...reads: readonly Read<unknown>[]): CustomFunctions.Error {
  for (const r of reads) if (!r.ok) return r.error;
  throw new Error("firstError called with no failed read");
}

export function isBlank(cell: Cell): boolean {
  return isBlankCell(cell);
}

export function isErrorCell(cell: Cell): cell is CellError {
  return typeof cell === "object" && cell !== null && typeof (cell as CellError).code === "string";
}

export function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/**
 * The answer of `compute`, or the CustomFunctions.Error it threw as the answer. The PO.* functions return
 * errors and never throw them: office-js#3234 (https://github.com/OfficeDev/office-js/issues/3234) reports
 * thrown errors leaving cells on #BUSY! on the web until a second calculation; the per-line functions also keep
 * an error inside their spilled array (custom-functions-errors#handle-errors-when-working-with-dynamic-arrays).
 * Anything else thrown is a defect and is not hidden.
 */
export function errorAsValue<T>(compute: () => T): T | CustomFunctions.Error {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error;
    throw error;
  }
}

/** Error codes a custom function may return; #REF!, #NAME? and the like are input-only. */
const RETURNABLE_ERRORS: ReadonlySet<string> = new Set(["#DIV/0!", "#N/A", "#NULL!", "#NUM!", "#VALUE!"]);
/** Only #VALUE! and #N/A may carry a message. */
const WITH_MESSAGE: ReadonlySet<string> = new Set(["#N/A", "#VALUE!"]);

/**
 * An error in an input cell propagates, as in Excel's own functions (=A1+1 with A1 = #N/A is #N/A).
 * Codes a custom function cannot return become #VALUE!, with the original code in the message.
 */
export function propagate(cell: CellError, name: string): CustomFunctions.Error {
  if (!RETURNABLE_ERRORS.has(cell.code)) return invalid(message("err_holdsError", { name, value: cell.code }));
  const text = WITH_MESSAGE.has(cell.code) ? message("err_holdsError", { name, value: cell.code }) : undefined;
  return new CustomFunctions.Error(cell.code as CustomFunctions.ErrorCode, text);
}

function show(cell: Cell): string {
  return JSON.stringify(cell);
}

const DATE_PROBLEMS: Readonly<Record<string, (name: string, cell: Cell) => string>> = {
  notADate: (name, cell) => message("err_notADate", { name, value: show(cell) }),
  dateOutOfRange: (name, cell) => message("err_dateOutOfRange", { name, value: show(cell) }),
  ambiguousDate: (name, cell) => message("err_ambiguousDate", { name, value: show(cell) }),
  errorValue: (name, cell) => message("err_holdsError", { name, value: String(cell) }),
};

const NUMBER_PROBLEMS: Readonly<Record<string, (name: string, cell: Cell) => string>> = {
  notANumber: (name, cell) => message("err_notANumber", { name, value: show(cell) }),
  negativeNumber: (name, cell) => message("err_negative", { name, value: show(cell) }),
  errorValue: (name, cell) => message("err_holdsError", { name, value: String(cell) }),
};

function read<T>(
  cell: Cell,
  name: string,
  reader: (value: unknown) => Reading<T>,
  problems: Readonly<Record<string, (name: string, cell: Cell) => string>>,
): Read<T> {
  if (isErrorCell(cell)) return { ok: false, error: propagate(cell, name) };
  const reading = reader(cell);
  if (!isRefusal(reading)) return { ok: true, value: reading };
  const problem = problems[reading.refused] ?? problems[Object.keys(problems)[0]];
  return { ok: false, error: invalid(problem(name, cell)) };
}

const readDate1900 = (value: unknown): Reading<Serial> => readDateCell(value, "1900", null);

/** A date argument: a serial number (or an unambiguous date typed as text); blank means "not given". */
export function readDate(cell: Cell, name: string): Read<Serial> {
  // Fast path: almost every date cell is a whole serial.
  if (typeof cell === "number" && cell >= 1 && cell <= MAX_FAST_SERIAL && Number.isInteger(cell)) return { ok: true, value: cell };
  return read(cell, name, readDate1900, DATE_PROBLEMS);
}
const MAX_FAST_SERIAL = 2958465;

/** Any number (text such as "1,200" too); blank means "not given". */
export function readNumber(cell: Cell, name: string): Read<number> {
  if (typeof cell === "number" && Number.isFinite(cell)) return { ok: true, value: cell };
  return read(cell, name, readNumberCell, NUMBER_PROBLEMS);
}

/** A quantity, price or tolerance: a number that is zero or more; blank means "not given". */
export function readQty(cell: Cell, name: string): Read<number> {
  if (typeof cell === "number" && cell >= 0 && Number.isFinite(cell)) return { ok: true, value: cell };
  return read(cell, name, readNonNegativeNumber, NUMBER_PROBLEMS);
}

/** Text, trimmed; numbers as text; blank means "not given". */
export function readText(cell: Cell, name: string): Read<string> {
  if (isErrorCell(cell)) return { ok: false, error: propagate(cell, name) };
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === "string") return { ok: true, value: cell.trim() };
  if (typeof cell === "number" && Number.isFinite(cell)) return { ok: true, value: String(cell) };
  return { ok: false, error: invalid(message("err_notText", { name, value: show(cell) })) };
}

/** A reading as the engine's Known<T>: null when blank, undefined when unreadable (the engine decides what that means). */
export function known<T>(reading: Read<T>): Known<T> {
  return reading.ok ? reading.value : undefined;
}

/** Today in the user's time zone, when no as-of date is given. */
export function todaySerial(): Serial {
  return todayOf(); // the one clock (src/pipeline/clock.ts), read once per function call
}

/** A scalar argument that may arrive as a value, as [[value]] (a one-cell range) or not at all. */
export function scalarOf(arg: unknown): Cell {
  let value = arg;
  while (Array.isArray(value)) value = value[0];
  return value as Cell;
}

/** The result shape of broadcasting arguments together, Excel style (1×1, 1×n and n×1 stretch). */
export function broadcastShape(args: readonly (Matrix | undefined | null)[]): { rows: number; columns: number } {
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
export function elementAt(arg: Matrix | undefined | null, r: number, c: number): Cell | typeof OUTSIDE {
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
export function mapElements(args: readonly (Matrix | undefined | null)[], compute: (cells: Cell[]) => Result): Result[][] {
  const { rows, columns } = broadcastShape(args);
  // Grown with push: `new Array(n)` above ~100,000 elements makes V8 store a slow dictionary array.
  const out: Result[][] = [];
  const cells: Cell[] = new Array(args.length);
  for (let r = 0; r < rows; r++) {
    const row: Result[] = [];
    for (let c = 0; c < columns; c++) {
      let outside = false;
      for (let i = 0; i < args.length; i++) {
        const cell = elementAt(args[i], r, c);
        if (cell === OUTSIDE) outside = true;
        else cells[i] = cell;
      }
      row.push(outside ? notAvailable(message("err_rangeSizes")) : compute(cells));
    }
    out.push(row);
  }
  return out;
}

/** The broadcast shape filled with one result: a shared argument (holidays, weekend) that is wrong spoils every element. */
export function fillShape(args: readonly (Matrix | undefined | null)[], result: Result): Result[][] {
  const { rows, columns } = broadcastShape(args);
  const out: Result[][] = [];
  for (let r = 0; r < rows; r++) out.push(new Array<Result>(columns).fill(result));
  return out;
}

/** Size of a range argument; 0×0 when omitted. */
export function shapeOf(arg: Matrix | undefined | null): { rows: number; columns: number } {
  if (!arg || arg.length === 0) return { rows: 0, columns: 0 };
  return { rows: arg.length, columns: arg[0]?.length ?? 0 };
}
