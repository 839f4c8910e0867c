/* Benchmark of the follow-up report (issue 6): for a generated register of N lines, the time to build
 * the report and KPI models (pure, src/report), and the whole ribbon command against the in-memory Excel
 * (read → evaluate → models → render): time, context.sync() count, bytes read and written, largest request.
 * Measures our code and the fake's bookkeeping, not Excel's own rendering.
 *
 *   node scripts/bench-report.js [lines...]          default 10000 100000
 *   require("./bench-report").benchReport({ lines }) → { lines, modelMs, commandMs, syncs, ... }
 */
const path = require("path");

require("ts-node").register({
  transpileOnly: true,
  project: path.join(__dirname, "..", "tsconfig.json"),
  compilerOptions: { module: "commonjs", moduleResolution: "node" },
});

const { generateRegister, GENERATED_AS_OF, SAMPLE_HEADERS } = require("../src/sample/index.ts");
const { parseRegister } = require("../src/register/parseRegister.ts");
const { evaluateRegister } = require("../src/followup/evaluateRegister.ts");
const { periodContaining } = require("../src/dates/period.ts");
const { DEFAULT_SETTINGS } = require("../src/settings/settings.ts");
const { buildReportModel, buildKpiSheetModel, reportFigures } = require("../src/report/index.ts");
const { runFollowUpReport } = require("../commands/followUpReport.ts");
const { InMemoryWorkbook, installInMemoryExcel } = require("../in-memory-excel/index.ts");

const MB = 1024 * 1024;

function workbookWith(values, payloadLimitBytes) {
  const workbook = new InMemoryWorkbook({ payloadLimitBytes });
  workbook.addSheet("Register");
  workbook.seed("Register", "A1", values);
  const last = String.fromCharCode(64 + SAMPLE_HEADERS.length);
  workbook.seedTable("Register", `A1:${last}${values.length}`, "Register");
  return workbook;
}

function time(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

async function benchReport({ lines, web = false }) {
  const values = generateRegister(lines, 1, GENERATED_AS_OF);
  const asOf = GENERATED_AS_OF;
  // The pure part: parse → evaluate → report + KPI models.
  const parsed = parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
  const statuses = evaluateRegister(parsed.lines, [], DEFAULT_SETTINGS, asOf);
  const input = { register: { name: "Register", lines: parsed.lines }, statuses, chases: [], settings: DEFAULT_SETTINGS, asOf, period: periodContaining(asOf, "week"), generatedAt: "bench", lang: "en", history: [] };
  const model = time(() => {
    const figures = reportFigures(input);
    return [buildReportModel(input, figures), buildKpiSheetModel(input, figures)];
  });
  // The whole command against the in-memory Excel.
  const workbook = workbookWith(values, web ? 5 * MB : undefined);
  const uninstall = installInMemoryExcel(workbook);
  const start = process.hrtime.bigint();
  const result = await runFollowUpReport({ asOf, generatedAt: "bench", lang: "en", read: web ? { payloadBudget: 4 * MB } : undefined });
  const commandMs = Number(process.hrtime.bigint() - start) / 1e6;
  uninstall();
  if (!result.ok) throw new Error(result.message);
  return {
    lines,
    host: web ? "web (5 MB)" : "desktop",
    modelMs: Math.round(model.ms),
    commandMs: Math.round(commandMs),
    syncs: result.syncs,
    readMB: +(result.bytesRead / MB).toFixed(2),
    writtenMB: +(result.bytesWritten / MB).toFixed(2),
    largestRequestMB: +(Math.max(...workbook.syncLog.map((s) => s.requestBytes)) / MB).toFixed(2),
    toChaseRows: model.value[0].sections.find((s) => s.id === "toChase").rows.length,
  };
}

async function main() {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows = [];
  for (const lines of sizes.length ? sizes : [10_000, 100_000]) {
    rows.push(await benchReport({ lines }));
    rows.push(await benchReport({ lines, web: true }));
  }
  console.table(rows);
}

module.exports = { benchReport };
if (require.main === module) main().catch((error) => {
  console.error(error);
  process.exit(1);
});
