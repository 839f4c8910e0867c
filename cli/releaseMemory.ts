/**
 * A full garbage collection between two registers of a consolidation. Each register's read is let go
 * before the next (only its counts stay), but V8 collects lazily and grows its heap instead: 20
 * registers of 100,000 lines peaked at 840 MB though one alone needs 270 MB. Collecting after each
 * keeps the peak at one register's. The collector is reached as Node's documentation of
 * v8.setFlagsFromString shows for runtime flags (https://nodejs.org/api/v8.html#v8setflagsfromstringflags):
 * `--expose-gc` set at run time, then `gc` taken from a new context. Costs a few milliseconds a
 * register (little is live between registers). Without it (another runtime), nothing happens.
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";

/**
 * A register above this many rows is handed over and collected after: its rows let go as the parse reads
 * them (parseSources' releaseRows), and a full collection after the parse and before the report's write.
 * V8 collects lazily and grows its heap instead, so what a step let go was still counted at the next
 * step's peak. At 1,048,575 lines: peak RSS 2.1–2.35 → 1.06–1.27 GB. (A collection after evaluating too
 * cost 1.3 s and saved 15 MB.) Below it, the collections would cost more time than the memory is worth.
 */
export const LARGE_REGISTER_ROWS = 200_000;

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
