/**
 * `po-followup report` on generated 10k / 100k-line registers: wall time, peak RSS, and the ratio
 * to the floor = merely reading and writing the same workbook with exceljs, each in a fresh Node
 * process (so start-up and module loading count on both sides). Prints; asserts nothing.
 *
 *   npx ts-node -T -O '{"module":"commonjs","moduleResolution":"node"}' bench/headless.ts [lines…]
 */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { generateRegister, GENERATED_AS_OF } from "../src/sample";
import { formatIsoDate } from "../src/dates/serial";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "po-followup.js");
const DATE_COLUMNS = new Set(["Order date", "Requested date", "Promised date", "Received date", "Last chase", "Next chase"]);

/** Loaded into each child: prints its peak RSS (KB on Linux) when it exits. */
const PEAK = `process.on("exit", () => process.stderr.write("\\nPEAK_RSS_KB=" + process.resourceUsage().maxRSS + "\\n"));`;

async function writeRegister(file: string, lines: number): Promise<void> {
  const values = generateRegister(lines, 1, GENERATED_AS_OF);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Register");
  sheet.addTable({ name: "Register", ref: "A1", headerRow: true, columns: values[0].map((h) => ({ name: String(h), filterButton: true })), rows: values.slice(1).map((r) => r.map((v) => (v === "" ? null : v))) });
  values[0].forEach((h, c) => {
    if (DATE_COLUMNS.has(String(h))) sheet.getColumn(c + 1).numFmt = "yyyy-mm-dd";
  });
  await workbook.xlsx.writeFile(file);
}

function timed(args: string[]): { ms: number; rssMb: number; ok: boolean } {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  if (child.status !== 0) process.stderr.write(child.stderr);
  return { ms, rssMb: kb / 1024, ok: child.status === 0 };
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-bench-"));
  const preload = path.join(dir, "peak.js");
  await fs.writeFile(preload, PEAK);
  const floorScript = path.join(dir, "floor.js");
  await fs.writeFile(floorScript, `const E = require(${JSON.stringify(require.resolve("exceljs"))}); (async () => { const w = new E.Workbook(); await w.xlsx.readFile(process.argv[2]); await w.xlsx.writeFile(process.argv[3]); })();`);
  timed(["--require", preload, BIN, "--help"]); // warm the transpile cache: a scheduled run always has it
  console.log(`as of ${formatIsoDate(GENERATED_AS_OF)}, Node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"}`);
  console.log("lines    file MB   floor s  floor MB   report s  report MB   time ratio  RSS ratio");
  for (const lines of sizes.length ? sizes : [10_000, 100_000]) {
    const input = path.join(dir, `register-${lines}.xlsx`);
    await writeRegister(input, lines);
    const size = (await fs.stat(input)).size / 1024 / 1024;
    const floor = timed(["--require", preload, floorScript, input, path.join(dir, `floor-${lines}.xlsx`)]);
    const report = timed(["--require", preload, BIN, "report", input, "--as-of", formatIsoDate(GENERATED_AS_OF), "--out", path.join(dir, `report-${lines}.xlsx`)]);
    console.log(
      [
        String(lines).padStart(6),
        size.toFixed(1).padStart(9),
        (floor.ms / 1000).toFixed(2).padStart(9),
        floor.rssMb.toFixed(0).padStart(9),
        (report.ms / 1000).toFixed(2).padStart(10),
        report.rssMb.toFixed(0).padStart(10),
        `${(report.ms / floor.ms).toFixed(2)}×`.padStart(12),
        `${(report.rssMb / floor.rssMb).toFixed(2)}×`.padStart(10),
        report.ok ? "" : "  (report FAILED)",
      ].join(""),
    );
  }
  await fs.rm(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
