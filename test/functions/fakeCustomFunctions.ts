/**
 * A stand-in for Excel's CustomFunctions global (only Error and ErrorCode are used by functions/).
 * Install it before requiring functions/functions.ts.
 */
import { serialFromYmd } from "../../src/dates/serial";

export class FakeError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: FakeError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}

/** Serial of a calendar date (test shorthand). */
export const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day)!;

/** An error value as Excel passes it inside a range. */
export const errorCell = (code: string) => ({ code }) as unknown as number;

/** The error a scalar function throws, or the result. */
export function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return error;
  }
}
