/**
 * `po-followup report` and `check` on generated registers (10,000 and 100,000 lines, and Excel's full
 * sheet: 1,048,576 rows = the header and 1,048,575 lines): wall time, user CPU, peak RSS, and the
 * ratio to the floor = merely reading and writing the same workbook with exceljs, each in a fresh
 * Node process (start-up and module loading count on both sides). The goals of issue 11 are printed
 * beside the figures. Prints; asserts nothing. On a shared machine the wall time is noisy: user CPU
 * is the steadier figure, and each run below 1M lines is repeated (median).
 *
 *   npx ts-node -T -O '{"module":"commonjs","moduleResolution":"node"}' bench/headless.ts [lines…] [--runs N]
 *   npm run bench -- headless           (10k, 100k, full sheet; generating the full sheet takes minutes)
 */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { formatIsoDate } from "../src/dates/serial";
import { BIN, PEAK, timed, writeRegisterStreamed, type TimedRun } from "./childRun";
import { EXCEL_ROWS } from "../src/workbook/excelGrid";
import { GENERATED_AS_OF } from "../src/sample";
import { median } from "./median";
import { THREADS_ABOVE_BYTES } from "../src/xlsx/threadSizes";
import { availableWorkers } from "../src/xlsx/rowSegments";

/** A register filling Excel's sheet: its header and 1,048,575 lines. */
const FULL_SHEET = EXCEL_ROWS - 1;

/** Issue 11's goals: lines → the report's wall seconds and peak MB; `check` at 100,000 lines. */
const REPORT_GOALS = new Map([
  [100_000, { s: 2.0, mb: 400 }],
  [FULL_SHEET, { s: 20, mb: 1536 }],
]);
const CHECK_GOALS = new Map([[100_000, { s: 1.0 }]]);

/** A floor or run past this is stopped (none should take so long; a hang must not hold the bench). */
const TIMEOUT_MS = 10 * 60_000;

function options(argv: readonly string[]): { sizes: number[]; runs: number } {
  const at = argv.indexOf("--runs");
  const runs = at >= 0 ? Math.max(1, Number(argv[at + 1]) || 1) : 3;
  const sizes = argv
    .filter((a, i) => at < 0 || (i !== at && i !== at + 1))
    .map(Number)
    .filter((n) => n > 0)
    .map((n) => Math.min(n, FULL_SHEET)); // a register fills the sheet with 1,048,575 lines under its header
  return { sizes: sizes.length ? sizes : [10_000, 100_000, FULL_SHEET], runs };
}

/** The median of `runs` runs (each figure on its own), or the first failed run. */
function repeated(runs: number, args: string[]): TimedRun {
  const all: TimedRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = timed(args, { timeoutMs: TIMEOUT_MS, quiet: true });
    if (!run.ok) return run;
    all.push(run);
  }
  return {
    ...all[0],
    ms: median(all.map((r) => r.ms)),
    userMs: median(all.map((r) => r.userMs)),
    rssMb: median(all.map((r) => r.rssMb)),
  };
}

/** Why a child failed, in a few words: out of memory, stopped at the time limit, or its exit status. */
function failure(run: TimedRun): string {
  const after = `after ${(run.ms / 1000).toFixed(0)} s`;
  if (/heap out of memory|Allocation failed|Array buffer allocation failed/i.test(run.stderr)) return `out of memory ${after}`;
  // exceljs (through JSZip) holds a sheet's XML as one string: past V8's ~512 MB, it cannot read the sheet at all.
  if (/ERR_STRING_TOO_LONG|Invalid string length/i.test(run.stderr)) return `string too long ${after}`;
  if (run.signal === "SIGTERM" && run.ms >= TIMEOUT_MS) return `stopped after ${TIMEOUT_MS / 60_000} min`;
  return `failed (${run.signal ?? `exit ${run.status}`}) ${after}`;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const figures = (run: TimedRun) =>
  run.ok
    ? `${seconds(run.ms).padStart(7)} ${seconds(run.userMs).padStart(7)} ${run.rssMb.toFixed(0).padStart(6)}`
    : failure(run).padStart(22);

function verdict(run: TimedRun, goal: { s: number; mb?: number } | undefined): string {
  if (!goal) return "";
  const wanted = goal.mb === undefined ? `≤ ${goal.s} s` : `≤ ${goal.s} s, ≤ ${goal.mb} MB`;
  if (!run.ok) return `goal ${wanted}: missed`;
  const time = run.ms / 1000 <= goal.s ? "met" : "missed";
  if (goal.mb === undefined) return `goal ${wanted}: ${time}`;
  // Time and memory said apart: one met and the other missed is not the same as both missed.
  return `goal ${wanted}: time ${time}, memory ${run.rssMb <= goal.mb ? "met" : "missed"}`;
}

async function main(): Promise<void> {
  const { sizes, runs } = options(process.argv.slice(2));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-bench-"));
  try {
    const preload = path.join(dir, "peak.js");
    await fs.writeFile(preload, PEAK);
    const floorScript = path.join(dir, "floor.js");
    await fs.writeFile(
      floorScript,
      `const E = require(${JSON.stringify(require.resolve("exceljs"))}); (async () => { const w = new E.Workbook(); await w.xlsx.readFile(process.argv[2]); await w.xlsx.writeFile(process.argv[3]); })();`,
    );
    timed(["--require", preload, BIN, "--help"]); // warm the transpile cache: a scheduled run always has it
    const asOf = formatIsoDate(GENERATED_AS_OF);
    console.log(
      `as of ${asOf}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}; median of ${runs} runs below 1M lines`,
    );
    const workers = availableWorkers();
    console.log(
      `sheet parts from ${THREADS_ABOVE_BYTES / 1024 / 1024} MB parsed on ${workers} worker thread${workers === 1 ? "" : "s"} beside the main one (src/xlsx/rowSegments.ts); user CPU counts every thread`,
    );
    console.log("wall s, user CPU s, peak RSS MB; ratios: report ÷ floor (wall, RSS)");
    console.log("   lines  file MB   gen s |  floor: wall    user    RSS |  report: wall   user    RSS |  ratio: time    RSS");
    const checks: string[] = [];
    for (const lines of sizes) {
      const input = path.join(dir, `register-${lines}.xlsx`);
      const generating = Date.now();
      await writeRegisterStreamed(input, lines);
      const generated = (Date.now() - generating) / 1000;
      const size = (await fs.stat(input)).size / 1024 / 1024;
      const n = lines >= FULL_SHEET ? 1 : runs;
      const floor = repeated(n, ["--require", preload, floorScript, input, path.join(dir, `floor-${lines}.xlsx`)]);
      await fs.rm(path.join(dir, `floor-${lines}.xlsx`), { force: true });
      const report = repeated(n, [
        "--require",
        preload,
        BIN,
        "report",
        input,
        "--as-of",
        asOf,
        "--out",
        path.join(dir, `report-${lines}.xlsx`),
      ]);
      await fs.rm(path.join(dir, `report-${lines}.xlsx`), { force: true });
      const check = repeated(n, ["--require", preload, BIN, "check", input]);
      const ratio =
        floor.ok && report.ok
          ? `${(report.ms / floor.ms).toFixed(2)}×`.padStart(11) + `${(report.rssMb / floor.rssMb).toFixed(2)}×`.padStart(7)
          : "     (no floor to compare)".padEnd(18);
      console.log(
        `${String(lines).padStart(8)} ${size.toFixed(1).padStart(8)} ${generated.toFixed(0).padStart(7)} |  ${figures(floor)} |  ${figures(report)} | ${ratio}  ${verdict(report, REPORT_GOALS.get(lines))}`,
      );
      // `check` exits 1 when it finds problems: only a crash is a failure here.
      const checked = check.ok || check.status === 1 ? { ...check, ok: true } : check;
      checks.push(`${String(lines).padStart(8)}  check: ${figures(checked)}  ${verdict(checked, CHECK_GOALS.get(lines))}`);
      await fs.rm(input, { force: true });
    }
    console.log("   lines  check: wall    user    RSS");
    for (const line of checks) console.log(line);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
