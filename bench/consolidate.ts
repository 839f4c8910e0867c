/**
 * `po-followup report <folder> --consolidate` over R generated registers of N lines (issue 14 point 5):
 * wall time and peak RSS of the whole run in a fresh Node process, beside the same run over one
 * register, so the memory growth with registers shows (it should be next to none: each register is
 * reduced to its counts before the next is read). Prints; asserts nothing.
 *
 *   npx ts-node -T -O '{"module":"commonjs","moduleResolution":"node"}' bench/consolidate.ts [lines] [registers]
 */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { formatIsoDate } from "../src/dates/serial";
import { BIN, PEAK, timed, writeRegister } from "./childRun";
import { GENERATED_AS_OF } from "../src/sample";

/** Distinct registers generated (each seed its own lines); the rest are copies, which read the same. */
const SEEDS = 4;



async function main(): Promise<void> {
  const [lines = 100_000, registers = 20] = process.argv.slice(2).map(Number);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-bench-consolidate-"));
  try {
    const preload = path.join(dir, "peak.js");
    await fs.writeFile(preload, PEAK);
    const team = path.join(dir, "team");
    const one = path.join(dir, "one");
    await fs.mkdir(team);
    await fs.mkdir(one);
    const generated = Date.now();
    for (let seed = 1; seed <= Math.min(SEEDS, registers); seed++) await writeRegister(path.join(team, `buyer-${seed}.xlsx`), lines, seed);
    for (let n = SEEDS + 1; n <= registers; n++)
      await fs.copyFile(path.join(team, `buyer-${((n - 1) % SEEDS) + 1}.xlsx`), path.join(team, `buyer-${n}.xlsx`));
    await fs.copyFile(path.join(team, "buyer-1.xlsx"), path.join(one, "buyer-1.xlsx"));
    const size = (await fs.stat(path.join(team, "buyer-1.xlsx"))).size / 1024 / 1024;
    const asOf = formatIsoDate(GENERATED_AS_OF);
    timed(["--require", preload, BIN, "--help"]); // warm the transpile cache: a scheduled run always has it
    console.log(
      `as of ${asOf}, Node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"}; generated in ${((Date.now() - generated) / 1000).toFixed(0)} s`,
    );
    console.log("registers    lines each   file MB    wall s   peak RSS MB");
    for (const [count, folder] of [
      [1, one],
      [registers, team],
    ] as const) {
      const run = timed([
        "--require",
        preload,
        BIN,
        "report",
        folder,
        "--consolidate",
        "--as-of",
        asOf,
        "--out",
        path.join(dir, `department-${count}.xlsx`),
      ]);
      console.log(
        [
          String(count).padStart(9),
          String(lines).padStart(13),
          size.toFixed(1).padStart(10),
          (run.ms / 1000).toFixed(1).padStart(10),
          run.rssMb.toFixed(0).padStart(14),
          run.ok ? "" : "  (FAILED)",
        ].join(""),
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
