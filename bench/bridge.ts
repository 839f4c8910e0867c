/**
 * Excel bridge benchmark (issue 4): round trips and payload bytes for reading 10k / 100k register rows
 * from the in-memory Excel, as on desktop (no request limit) and as on Excel on the web (5 MB), with and
 * without number formats. Times are of the fake, not of Excel: the counts are what matter.
 */
import { readSources } from "../src/excel/readSources";
import { contextFor, registerWorkbook } from "../test/excel/helpers";

async function measure(rows: number, web: boolean, numberFormats: boolean) {
  const workbook = registerWorkbook(rows, web ? { payloadLimitBytes: 5 * 1024 * 1024 } : undefined);
  const { context, fake } = contextFor(workbook);
  const started = performance.now();
  const result = await readSources(context, {}, { numberFormats, ...(web ? { payloadBudget: 4 * 1024 * 1024 } : {}) });
  const ms = performance.now() - started;
  if (!result.sources.register) throw new Error("no register");
  const bytes = fake.syncLog.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0);
  const largest = Math.max(...fake.syncLog.map((s) => Math.max(s.requestBytes, s.responseBytes)));
  return { rows, platform: web ? "web (5 MB)" : "desktop", numberFormats, syncs: fake.syncCount, mb: bytes / 1048576, largestMb: largest / 1048576, ms };
}

async function main() {
  console.log("Excel bridge: read the register (in-memory Excel)");
  console.log("rows      platform     formats  syncs  payload MB  largest sync MB  ms (fake)");
  for (const rows of [10_000, 100_000]) {
    for (const web of [false, true]) {
      for (const formats of [true, false]) {
        const r = await measure(rows, web, formats);
        console.log(
          `${String(r.rows).padEnd(9)} ${r.platform.padEnd(12)} ${String(r.numberFormats).padEnd(8)} ${String(r.syncs).padStart(5)}  ${r.mb.toFixed(1).padStart(10)}  ${r.largestMb.toFixed(2).padStart(15)}  ${r.ms.toFixed(0).padStart(9)}`,
        );
      }
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
