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
import { formatIsoDate } from "../src/dates/serial";
import { BIN, PEAK, timed, writeRegister } from "./childRun";
import { GENERATED_AS_OF } from "../src/sample";





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
