/** What the headless benches share: a generated register written as an .xlsx table, and a timed child process with its peak RSS. */
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { generateRegister, GENERATED_AS_OF } from "../src/sample";

export const BIN = path.join(__dirname, "..", "bin", "po-followup.js");
const DATE_COLUMNS = new Set(["Order date", "Requested date", "Promised date", "Received date", "Last chase", "Next chase"]);

/** Loaded into each child (`--require`): prints its peak RSS (KB on Linux) when it exits. */
export const PEAK = `process.on("exit", () => process.stderr.write("\\nPEAK_RSS_KB=" + process.resourceUsage().maxRSS + "\\n"));`;

/** A generated register (`seed` picks its lines) as table "Register", dates formatted as dates. */
export async function writeRegister(file: string, lines: number, seed = 1): Promise<void> {
  const values = generateRegister(lines, seed, GENERATED_AS_OF);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Register");
  sheet.addTable({
    name: "Register",
    ref: "A1",
    headerRow: true,
    columns: values[0].map((h) => ({ name: String(h), filterButton: true })),
    rows: values.slice(1).map((r) => r.map((v) => (v === "" ? null : v))),
  });
  values[0].forEach((h, c) => {
    if (DATE_COLUMNS.has(String(h))) sheet.getColumn(c + 1).numFmt = "yyyy-mm-dd";
  });
  await workbook.xlsx.writeFile(file);
}

/** Runs `node args…`: wall time, peak RSS (from PEAK) and whether it exited 0 (its stderr is shown when not). */
export function timed(args: string[]): { ms: number; rssMb: number; ok: boolean } {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  if (child.status !== 0) process.stderr.write(child.stderr);
  return { ms, rssMb: kb / 1024, ok: child.status === 0 };
}
