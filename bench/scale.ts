/**
 * Scale benchmark (issue 10): the 100,000-line runs that used to be jest unit tests. Jest keeps
 * small-size tests of the same behaviour; the large sizes live here, where they are timed:
 *
 *   parse      100,000 rows × 20 ERP-style columns            (was test/register/parseRegister.test.ts)
 *   evaluate   100,000 lines with 20,000 chases, 500 suppliers (was test/followup/evaluateRegister.test.ts)
 *   report     report + KPI sheet models, 100,000 lines with 10,000 chases over 300 suppliers
 *                                                              (was test/report/performance.test.ts)
 *   kpis       computeKpis over a month of a generated 100,000-line register (was test/kpi/computeKpis.test.ts)
 *   generate   generateRegister(100,000)                       (was test/sample/generateRegister.test.ts)
 *   textDates  100,000 mixed text dates                        (was test/dates/textDate.test.ts)
 *
 * Prints the median time of a few runs next to the counts the jest tests checked. Times are never
 * asserted (they are noisy); a count that differs from what the size implies is printed as
 * MISMATCH and makes the process exit 1, so a scale bug is not hidden behind a timing.
 *
 *   npm run bench -- scale            or   npx ts-node -T bench/scale.ts [lines]
 */
import type { ChaseEntry, PoLine, Serial } from "../src/model";
import { blankLine } from "../src/register/blankLine";
import { parseRegister } from "../src/register/parseRegister";
import { evaluateRegister } from "../src/followup/evaluateRegister";
import { computeKpis } from "../src/kpi/computeKpis";
import { buildReportModel } from "../src/report/buildReportModel";
import { buildKpiSheetModel } from "../src/report/kpiSheet";
import { reportFigures } from "../src/report/reportFigures";
import { parseTextDate } from "../src/dates/textDate";
import { periodContaining } from "../src/dates/period";
import { DEFAULT_SETTINGS } from "../src/settings/settings";
import { GENERATED_AS_OF, generateRegister } from "../src/sample/generateRegister";
import { erpRegisterValues } from "../test/fixtures/erpRegister";
import { chaseEntry } from "../test/fixtures/chaseEntry";
import { median } from "./median";
import { serialFromYmd } from "../src/dates/serial";

const N = Number(process.argv[2] ?? 100_000);
const RUNS = 3;
let mismatches = 0;

// 2026-11-01 is a Sunday: NOV(20) is Friday 2026-11-20 (serial 46346).
const NOV = (day: number): Serial => serialFromYmd(2026, 11, day)!;
const AS_OF = NOV(20); // Fri 2026-11-20, the same day as GENERATED_AS_OF

/** Runs `fn` RUNS times (after a GC when exposed); returns the median time and the last result. */
function measure<T>(fn: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    global.gc?.();
    const start = performance.now();
    value = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value };
}

function report(name: string, ms: number, checks: [string, number | boolean, number | boolean][]): void {
  const parts = checks.map(([label, got, want]) => {
    const ok = got === want;
    if (!ok) mismatches++;
    return ok ? `${label} ${got}` : `${label} ${got} MISMATCH (expected ${want})`;
  });
  console.log(
    `${name.padEnd(10)} ${ms.toFixed(1).padStart(9)} ms  ${((ms * 1000) / N || 0).toFixed(2).padStart(6)} µs/line  ${parts.join(", ")}`,
  );
}

/** A chase entry (the shared test builder) keyed by "PO/line". */
function chase(fields: Partial<ChaseEntry> & { date: Serial; lineKey: string }): ChaseEntry {
  const [poNumber, line] = fields.lineKey.split("/");
  return chaseEntry({ poNumber, line: line ?? null, buyer: "Lee", outcome: "confirmed", loggedAt: "2026-11-02T09:00:00Z", ...fields });
}

/** Lines over 500 suppliers with one chase for every fifth line. */
function chasedRegister(n: number): { lines: PoLine[]; chases: ChaseEntry[] } {
  const lines: PoLine[] = [];
  const chases: ChaseEntry[] = [];
  for (let i = 0; i < n; i++) {
    const key = `PO${i}`;
    const supplier = `Supplier ${i % 500}`;
    lines.push(
      blankLine({
        key,
        index: i,
        sheetRow: i + 2,
        poNumber: key,
        supplier,
        buyer: "Lee",
        orderedQty: 100,
        orderDate: NOV(2) - (i % 90),
        requestedDate: NOV(2) + (i % 120),
        promisedDate: i % 3 === 0 ? null : NOV(2) + (i % 100),
        receivedQty: i % 4 === 0 ? 100 : i % 7 === 0 ? 30 : null,
        receivedDate: i % 4 === 0 ? NOV(2) + (i % 60) : null,
        unitPrice: 1 + (i % 10),
        currency: i % 2 ? "EUR" : "USD",
      }),
    );
    if (i % 5 === 0) chases.push(chase({ lineKey: key, supplier, date: NOV(2) + (i % 20), newPromised: NOV(2) + (i % 100) }));
  }
  return { lines, chases };
}

/** Lines over 300 suppliers, due from 60 days before to 30 days after asOf, a third received, a chase for every tenth. */
function reportRegister(n: number): { lines: PoLine[]; chases: ChaseEntry[] } {
  const lines: PoLine[] = [];
  const chases: ChaseEntry[] = [];
  for (let i = 0; i < n; i++) {
    const due = AS_OF - 60 + (i % 91);
    const received = i % 3 === 0;
    const key = `PO-${i}/1`;
    const supplier = `Supplier ${i % 300}`;
    lines.push(
      blankLine({
        key,
        index: i,
        sheetRow: i + 2,
        poNumber: `PO-${i}`,
        line: "1",
        supplier,
        buyer: "Lee",
        orderedQty: 100,
        promisedDate: i % 7 === 0 ? null : due,
        requestedDate: due,
        orderDate: due - 30,
        receivedQty: received ? 100 : i % 5 === 0 ? 40 : null,
        receivedDate: received || i % 5 === 0 ? due + (i % 4) - 1 : null,
        unitPrice: 1 + (i % 50),
        currency: i % 4 === 0 ? "EUR" : "USD",
        delayReason: i % 11 === 0 ? "Transport" : null,
      }),
    );
    if (i % 10 === 0)
      chases.push(
        chase({ lineKey: key, supplier, date: NOV(16) + (i % 5), previousPromised: due, newPromised: due + 3, outcome: "newDate" }),
      );
  }
  return { lines, chases };
}

function main(): void {
  console.log(`Scale: the former 100,000-line unit tests at ${N.toLocaleString("en")} lines (median of ${RUNS} runs)`);

  {
    const values = erpRegisterValues(N);
    const { ms, value } = measure(() =>
      parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null }),
    );
    report("parse", ms, [
      ["lines", value.lines.length, N],
      ["issues", value.issues.length, Math.ceil(N / 1000)], // rows 0, 1000, 2000, … hold "lots"
      ["cancelled", value.lines.filter((l) => l.lifecycle === "cancelled").length, Math.ceil(N / 50)], // rows 0, 50, 100, …
    ]);
  }

  {
    const { lines, chases } = chasedRegister(N);
    const { ms, value } = measure(() => evaluateRegister(lines, chases, DEFAULT_SETTINGS, NOV(23)));
    const nan = value.some(
      (s) => Number.isNaN(s.daysLate as number) || Number.isNaN(s.openValue as number) || Number.isNaN(s.nextChase as number),
    );
    report("evaluate", ms, [
      ["statuses", value.length, N],
      ["chases", chases.length, Math.ceil(N / 5)],
      ["any NaN:", nan, false],
    ]);
  }

  {
    const { lines, chases } = reportRegister(N);
    const statuses = evaluateRegister(lines, chases, DEFAULT_SETTINGS, AS_OF);
    const input = {
      register: { name: "Big", lines },
      statuses,
      chases,
      settings: DEFAULT_SETTINGS,
      asOf: AS_OF,
      period: periodContaining(AS_OF, "week"),
      generatedAt: "bench",
      lang: "en" as const,
      history: [],
    };
    const { ms, value } = measure(() => {
      const figures = reportFigures(input);
      return { kpi: buildKpiSheetModel(input, figures), model: buildReportModel(input) };
    });
    report("report", ms, [
      ["sections", value.model.sections.length, 13],
      ["KPI history row:", value.kpi.history.row.length > 0, true],
    ]);
  }

  {
    const asOf = GENERATED_AS_OF;
    const lines = parseRegister({
      sheet: "Register",
      values: generateRegister(N, 1, asOf),
      firstRow: 1,
      firstColumn: 0,
      dateSystem: "1900",
      dateOrder: null,
    }).lines;
    const statuses = evaluateRegister(lines, [], DEFAULT_SETTINGS, asOf);
    const month = periodContaining(asOf - 20, "month");
    const { ms, value } = measure(() => computeKpis(statuses, [], DEFAULT_SETTINGS, month, asOf));
    const aged = value.ageing.rows.reduce((n, r) => n + r.lines, 0) + value.ageing.undated.lines;
    report("kpis", ms, [
      [`population ${value.population.lines} > 1,000:`, value.population.lines > 1000, true],
      ["ageing = open lines:", aged === value.open.lines, true],
    ]);
  }

  {
    const { ms, value } = measure(() => generateRegister(N, 1, GENERATED_AS_OF));
    report("generate", ms, [
      ["rows", value.length, N + 1],
      ["every row as wide as the header:", value.every((r) => r.length === value[0].length), true],
    ]);
  }

  {
    const samples = ["2026-11-21", "21 Nov 2026", "2026年11月21日", "25/03/2026", "令和8年11月21日", "TBD"];
    const { ms, value } = measure(() => {
      let dates = 0;
      for (let i = 0; i < N; i++) if ("serial" in parseTextDate(samples[i % samples.length], null)) dates++;
      return dates;
    });
    // 5 of every 6 samples are dates: full cycles × 5, plus the leftover samples, all dates (only the 6th, "TBD", is not)
    report("textDates", ms, [["dates", value, Math.floor(N / 6) * 5 + Math.min(N % 6, 5)]]);
  }

  if (mismatches) {
    console.log(`${mismatches} count(s) differ from what the size implies`);
    process.exit(1);
  }
}

main();
