/**
 * Engine benchmark (issue 3): parse + follow-up + KPIs + chase list over generated registers, against a
 * baseline that only walks the values matrix once. Each size runs in its own process so peak heap is
 * that size's alone. Prints times, lines/s, ratios and heap; asserts nothing (timings are noisy here).
 */
import { execFileSync } from "child_process";
import { parseRegister } from "../src/register/parseRegister";
import { evaluateRegister } from "../src/followup/evaluateRegister";
import { chaseList } from "../src/followup/chaseList";
import { computeKpis } from "../src/kpi/computeKpis";
import { periodContaining } from "../src/dates/period";
import { DEFAULT_SETTINGS } from "../src/settings/settings";
import { generateRegister, GENERATED_AS_OF } from "../src/sample/generateRegister";
import { median } from "./median";

const SIZES = [1_000, 10_000, 100_000, 500_000];

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

/** Touches every cell once: the floor any parser must pay. */
function baselineWalk(values: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) if (row[c] !== "") n++;
  }
  return n;
}

function runOne(n: number): void {
  const values = generateRegister(n, 7);
  const asOf = GENERATED_AS_OF;
  const period = periodContaining(asOf, "week");
  const runs = n >= 500_000 ? 3 : 5;
  const times = { baseline: [] as number[], parse: [] as number[], evaluate: [] as number[], kpis: [] as number[], chase: [] as number[] };
  let peak = heapMb();
  let issues = 0;
  let groups = 0;
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    let t = performance.now();
    baselineWalk(values);
    times.baseline.push(performance.now() - t);
    t = performance.now();
    const parsed = parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
    times.parse.push(performance.now() - t);
    t = performance.now();
    const statuses = evaluateRegister(parsed.lines, [], DEFAULT_SETTINGS, asOf);
    times.evaluate.push(performance.now() - t);
    t = performance.now();
    computeKpis(statuses, [], DEFAULT_SETTINGS, period, asOf);
    times.kpis.push(performance.now() - t);
    t = performance.now();
    groups = chaseList(statuses, asOf).length;
    times.chase.push(performance.now() - t);
    issues = parsed.issues.length;
    peak = Math.max(peak, heapMb());
  }
  const total = median(times.parse) + median(times.evaluate) + median(times.kpis) + median(times.chase);
  const base = median(times.baseline);
  console.log(
    JSON.stringify({
      lines: n,
      parseMs: +median(times.parse).toFixed(1),
      evaluateMs: +median(times.evaluate).toFixed(1),
      kpisMs: +median(times.kpis).toFixed(1),
      chaseListMs: +median(times.chase).toFixed(1),
      totalMs: +total.toFixed(1),
      linesPerSecond: Math.round(n / (total / 1000)),
      baselineMs: +base.toFixed(2),
      ratioToBaseline: +(total / base).toFixed(1),
      peakHeapMb: +peak.toFixed(0),
      heapBytesPerLine: Math.round((peak * 1048576) / n),
      issues,
      supplierGroups: groups,
    }),
  );
}

if (process.argv[2]) {
  runOne(Number(process.argv[2]));
} else {
  console.log("Engine: parse + evaluate + KPIs + chase list (median of runs; ratio = total / one walk over the values)");
  console.log("lines      total ms  (parse / evaluate / kpis / chase)   lines/s     baseline ms  ratio  peak heap MB  bytes/line");
  for (const n of SIZES) {
    const out = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "-r", "ts-node/register/transpile-only", __filename, String(n)], {
      env: { ...process.env, TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: "commonjs", moduleResolution: "node" }) },
      encoding: "utf8",
    });
    const r = JSON.parse(out.trim().split("\n").pop() as string);
    console.log(
      `${String(r.lines).padEnd(10)} ${String(r.totalMs).padStart(8)}  (${r.parseMs} / ${r.evaluateMs} / ${r.kpisMs} / ${r.chaseListMs})`.padEnd(55) +
        `${String(r.linesPerSecond).padStart(10)}  ${String(r.baselineMs).padStart(11)}  ${String(r.ratioToBaseline).padStart(5)}×  ${String(r.peakHeapMb).padStart(12)}  ${String(r.heapBytesPerLine).padStart(10)}`,
    );
  }
}
