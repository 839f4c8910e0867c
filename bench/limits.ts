/**
 * The runner on hostile files (issue 11, "Resource limits"): each case's exit code, wall time, peak
 * RSS and the first line it says, in a fresh Node process each (test/xlsx/hostileFiles.ts writes the
 * files; test/cli/hostileFiles.test.ts and test/xlsx/hostileLimits.test.ts hold the bounds). Prints; asserts nothing.
 *
 *   npx ts-node -T -O '{"module":"commonjs","moduleResolution":"node"}' bench/limits.ts
 */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { BIN, PEAK, timed } from "./childRun";
import { farCell, hugeTableRef, longSupplier, withSettings, zipBomb } from "../test/xlsx/hostileFiles";

const MB = 1024 * 1024;

const CASES: [string, "check" | "report", () => Promise<Buffer>][] = [
  ["zip bomb: a sheet of 64 MB deflated ~1000:1", "check", () => zipBomb(64 * MB)],
  ["zip directory that lies (says 0.5 MB, inflates to 64 MB)", "check", () => zipBomb(64 * MB, 512 * 1024)],
  ["one stray cell at XFD1048576 beside a 20-line register", "report", () => farCell(false)],
  ["a table ref claiming the whole sheet, with the stray cell", "report", () => hugeTableRef(true, true)],
  [
    "settings record of huge numbers (gap 1e9, offsets ±1e12, 100,000 holidays)",
    "report",
    () => withSettings({ minGap: 1e9, escalationOffsets: [-1e12, 1e12, 2e12, 3e12], confirmWithin: 1e15, holidays: Array.from({ length: 100_000 }, (_, i) => 40_000 + i) }),
  ],
  ["settings record of 18 MB (3 million holidays)", "report", () => withSettings({ holidays: Array.from({ length: 3_000_000 }, (_, i) => 40_000 + (i % 20_000)) })],
  ["a supplier name of 40,000 characters", "report", () => longSupplier(40_000)],
];

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-bench-limits-"));
  try {
    const preload = path.join(dir, "peak.js");
    await fs.writeFile(preload, PEAK);
    timed(["--require", preload, BIN, "--help"]); // warm the transpile cache
    console.log(`Node ${process.version}; goal for refusals: within 1 s and 200 MB`);
    console.log("case".padEnd(76) + "command  exit   wall s  RSS MB  says");
    for (const [i, [name, command, make]] of CASES.entries()) {
      const file = path.join(dir, `case-${i}.xlsx`);
      await fs.writeFile(file, await make());
      const args = [BIN, command, file, ...(command === "report" ? ["--as-of", "2026-11-20", "--out", path.join(dir, `out-${i}.xlsx`)] : [])];
      const run = timed(["--require", preload, ...args], { quiet: true });
      const said = run.stderr
        .split("\n")
        .filter((l) => l && !/^(Reading|Read |Computing|Writing|PEAK_RSS)/.test(l))
        .slice(0, 1)
        .join("")
        .replace(`${file} `, "")
        .slice(0, 140) || (run.ok ? "(report written, nothing to warn of)" : "");
      console.log(
        `${name.padEnd(76)}${command.padEnd(9)}${String(run.status).padStart(4)}${(run.ms / 1000).toFixed(2).padStart(9)}${run.rssMb.toFixed(0).padStart(8)}  ${said}`,
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
