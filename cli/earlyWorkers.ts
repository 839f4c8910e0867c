/**
 * When the runner starts the sheet reader's worker threads before loading the rest of its code: a
 * thread takes ~75 ms to load its own, which then overlaps the runner's (~0.1 s) instead of the read.
 * Decided from the command line alone, cheaply: a workbook file of EARLY_THREADS_FILE_BYTES or more
 * (src/xlsx/threadSizes.ts, beside the reader's own threshold). A guess that turns out wrong costs a thread's start on another core, nothing more: threads
 * no read takes end with the process (rowSegments.ts startWorkersEarly).
 */
import * as fs from "node:fs";
import { isCommand, parseCommand } from "./args";
import { EARLY_THREADS_FILE_BYTES } from "../src/xlsx/threadSizes";

/** Whether a reading command names a workbook (its files, not its options' values) of EARLY_THREADS_FILE_BYTES or more. */
export function namesLargeWorkbook(argv: readonly string[]): boolean {
  const [command, ...rest] = argv;
  if (!isCommand(command)) return false;
  let files: string[];
  try {
    files = parseCommand(command, rest).files;
  } catch {
    return false; // bad arguments: the command says so later
  }
  return files.some((file) => {
    if (!/\.xls[xm]$/i.test(file)) return false;
    try {
      const stat = fs.statSync(file);
      return stat.isFile() && stat.size >= EARLY_THREADS_FILE_BYTES;
    } catch {
      return false; // not a file: the command says so later
    }
  });
}
