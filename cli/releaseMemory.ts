/**
 * The runner's memory policy. A full garbage collection between two registers of a consolidation:
 * each register's read is let go before the next (only its counts stay), but V8 collects lazily and
 * grows its heap instead: 20 registers of 100,000 lines peaked at 840 MB though one alone needs
 * 270 MB. Collecting after each keeps the peak at one register's. The collector is reached as Node's
 * documentation of v8.setFlagsFromString shows for runtime flags
 * (https://nodejs.org/api/v8.html#v8setflagsfromstringflags): `--expose-gc` set at run time, then
 * `gc` taken from a new context. Costs a few milliseconds a register (little is live between
 * registers). Without it (another runtime), nothing happens. And a bound on the heap's growth while a
 * large file is read (boundHeapGrowth).
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";
import type { WorkbookRead } from "../src/xlsx/workbookRead";

/**
 * A register above this many rows is handed over and collected after: its rows let go as the parse reads
 * them (parseSources' releaseRows), and a full collection after the parse and before the report's write.
 * V8 collects lazily and grows its heap instead, so what a step let go was still counted at the next
 * step's peak. At 1,048,575 lines: peak RSS 2.1–2.35 → 1.06–1.27 GB. (A collection after evaluating too
 * cost 1.3 s and saved 15 MB.) Below it, the collections would cost more time than the memory is worth.
 */
export const LARGE_REGISTER_ROWS = 200_000;

/**
 * Whether a read's register is large: its own rows and those of the sheets that may continue it (monthly
 * tabs). An upper bound — the pipeline keeps only the sheets with the register's header — so a small
 * register beside a large unrelated sheet counts as large: it then costs a collection, never memory.
 */
export function isLargeRead(read: Pick<WorkbookRead, "register" | "sources">): boolean {
  let rows = read.register.values.length;
  for (const sheet of read.sources.otherSheets ?? []) rows += sheet.values.length;
  return rows > LARGE_REGISTER_ROWS;
}

let collect: (() => void) | null | undefined;

export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      const gc: unknown = vm.runInNewContext("gc");
      collect = typeof gc === "function" ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/**
 * Files from this size up (~350,000 register lines) are read with the heap's growth bounded (below).
 * Under it the bound would cost time (more collections: 100,000 lines, +0.1 s) for memory not needed.
 */
export const LARGE_FILE_BYTES = 32 * 1024 * 1024;

/**
 * Lets V8's heap grow to at most twice what a collection found live, instead of up to four times: while
 * worker threads parse the sheet beside this one (src/xlsx/rowSegments.ts), every core is busy, V8's
 * concurrent marking falls behind, and it answers with its largest growth factor. At 1,048,575 lines
 * (`check`, same run): peak RSS 1.57 → 1.16–1.19 GB, same time. V8's `--heap-growing-percent`, set at
 * run time as for `--expose-gc` above (it is read at each collection).
 */
export function boundHeapGrowth(): void {
  try {
    v8.setFlagsFromString("--heap-growing-percent=100");
  } catch {
    // another runtime: its own heuristics
  }
}
