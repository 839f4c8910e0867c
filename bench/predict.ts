/**
 * Predicted-arrival backtest (issue 13), rolling origin: at each cut-off, the register as it stood
 * then (lines ordered by the cut-off, receipts up to it, promises logged up to it) → predict the open
 * lines → compare with when they really arrived. P50 mean absolute error (working days) against the
 * baseline "it arrives on its due date" (goal: ≥ 30 % lower), and P90 coverage (goal: 85–95 %), by
 * supplier behaviour and by the supplier's history length at the cut-off. Then the same over the
 * playground's sample register, and the cost at 100,000 lines. Prints; asserts nothing.
 */
import type { ChaseEntry, PoLine, Serial } from "../src/model";
import { makeCalendar, networkdays, workday, type WorkCalendar } from "../src/dates/calendar";
import { serialFromYmd } from "../src/dates/serial";
import { evaluateRegister } from "../src/followup/evaluateRegister";
import { supplierKey } from "../src/followup/supplierKey";
import { predictArrivals } from "../src/predict/predictArrivals";
import type { Prediction } from "../src/predict/predictArrival";
import { blankLine } from "../src/register/blankLine";
import { parseRegister } from "../src/register/parseRegister";
import { DEFAULT_SETTINGS } from "../src/settings/settings";
import { registerOnlySources, runPipeline } from "../src/pipeline";
import { seededRandom, type Random } from "../src/sample/prng";
import { sampleRegister, sampleChaseLog, generateRegister, GENERATED_AS_OF } from "../src/sample";

const cal = makeCalendar(DEFAULT_SETTINGS.weekend, DEFAULT_SETTINGS.holidays);
const START = serialFromYmd(2025, 1, 6) as Serial;
const DAYS = 420; // 14 months of orders

type Behaviour = "reliable" | "chronic" | "erratic" | "improving" | "new";
const BEHAVIOURS: Behaviour[] = ["reliable", "chronic", "erratic", "improving", "new"];

/** A supplier's true slip (working days, receipt − committed) for a line committed at day t of the horizon. */
function trueSlip(b: Behaviour, t: number, rnd: Random): number {
  switch (b) {
    case "reliable":
      return rnd.chance(0.85) ? 0 : rnd.chance(0.5) ? rnd.int(-2, -1) : rnd.int(1, 2);
    case "chronic":
      return rnd.chance(0.15) ? rnd.int(0, 1) : rnd.int(3, 9);
    case "erratic":
      return rnd.chance(0.5) ? rnd.int(-1, 0) : rnd.int(1, 20);
    case "improving":
      return Math.max(-1, Math.round(12 * Math.max(0, 1 - t / 300)) + rnd.int(-2, 2));
    case "new":
      return rnd.chance(0.3) ? 0 : rnd.int(2, 7);
  }
}

interface TrueLine {
  line: PoLine;
  behaviour: Behaviour;
  arrival: Serial;
  /** A logged re-promise (date of the chase, new promised date), for some late lines. */
  repromise: { date: Serial; to: Serial } | null;
}

function history(seed: number): TrueLine[] {
  const rnd = seededRandom(seed);
  const out: TrueLine[] = [];
  let n = 0;
  BEHAVIOURS.forEach((behaviour) => {
    for (let s = 0; s < 3; s++) {
      const supplier = `${behaviour}-${s + 1}`;
      const first = behaviour === "new" ? 300 : 0; // the new suppliers arrive after ten months
      for (let t = first + rnd.int(0, 4); t < DAYS; t += rnd.int(2, 6)) {
        const order = START + t;
        const committed = workday(cal, order, rnd.int(10, 30));
        const slip = trueSlip(behaviour, t, rnd);
        const arrival = slip === 0 ? committed : workday(cal, committed, slip);
        const repromise =
          slip >= 3 && rnd.chance(0.5) ? { date: workday(cal, committed, -2), to: workday(cal, committed, Math.max(1, slip + rnd.int(-2, 2))) } : null;
        n++;
        const line = blankLine({ index: n, sheetRow: n + 1, key: `PO${n}/1`, poNumber: `PO${n}`, line: "1", supplier, orderDate: order });
        Object.assign(line, { committedDate: committed, promisedDate: committed, orderedQty: 10, receivedQty: 0 });
        out.push({ line, behaviour: behaviour as Behaviour, arrival, repromise });
      }
    }
  });
  return out;
}

/** The register and the chase log as they stood at the cut-off. */
function asAt(lines: readonly TrueLine[], cut: Serial): { lines: PoLine[]; chases: ChaseEntry[] } {
  const seen: PoLine[] = [];
  const chases: ChaseEntry[] = [];
  for (const l of lines) {
    if ((l.line.orderDate as Serial) > cut) continue;
    const received = l.arrival <= cut;
    const promised = l.repromise && l.repromise.date <= cut ? l.repromise.to : (l.line.committedDate as Serial);
    seen.push({ ...l.line, index: seen.length, promisedDate: promised, receivedQty: received ? 10 : 0, receivedDate: received ? l.arrival : null });
    if (l.repromise && l.repromise.date <= cut) {
      chases.push(
        repromiseEntry(l, l.repromise),
      );
    }
  }
  return { lines: seen, chases };
}

function repromiseEntry(l: TrueLine, move: { date: Serial; to: Serial }): ChaseEntry {
  return {
    ...{ buyer: null, channel: "email", contact: null, delayReason: null, stage: null, note: null, nextChase: null, loggedAt: "" },
    date: move.date,
    lineKey: l.line.key,
    poNumber: l.line.poNumber as string,
    line: "1",
    supplier: l.line.supplier as string,
    outcome: "newDate",
    previousPromised: l.line.committedDate as Serial,
    newPromised: move.to,
  };
}

class Tally {
  n = 0;
  p50 = 0;
  base = 0;
  stay = 0;
  covered = 0;
  add(p: Prediction, due: Serial, cut: Serial, arrival: Serial): void {
    this.n++;
    this.p50 += wdAbs(cal, p.p50, arrival);
    this.base += wdAbs(cal, due, arrival);
    this.stay += wdAbs(cal, Math.max(due, workday(cal, cut, 1)), arrival);
    if (arrival <= p.p90) this.covered++;
  }
  row(label: string): string {
    if (this.n === 0) return `${label.padEnd(22)} ${"0".padStart(6)}`;
    const mae = this.p50 / this.n;
    const base = this.base / this.n;
    const cells = [
      String(this.n).padStart(6),
      mae.toFixed(2).padStart(8),
      base.toFixed(2).padStart(9),
      (this.stay / this.n).toFixed(2).padStart(10),
      `${base > 0 ? Math.round((1 - mae / base) * 100) : 0} %`.padStart(8),
      `${((this.covered / this.n) * 100).toFixed(1)} %`.padStart(9),
    ];
    return `${label.padEnd(22)} ${cells.join(" ")}`;
  }
}

function wdAbs(c: WorkCalendar, a: Serial, b: Serial): number {
  return Math.abs(networkdays(c, Math.min(a, b), Math.max(a, b)) - 1);
}

const HEADER = `${"".padEnd(22)} ${"lines".padStart(6)} ${"P50 MAE".padStart(8)} ${"due MAE".padStart(9)} ${"due≥asOf".padStart(10)} ${"better".padStart(8)} ${"P90 cover".padStart(9)}`;

function historyBin(receipts: number): string {
  return receipts === 0 ? "history 0" : receipts < 5 ? "history 1–4" : receipts < 20 ? "history 5–19" : "history 20+";
}

function synthetic(): void {
  const truth = history(13);
  const byBehaviour = new Map(BEHAVIOURS.map((b) => [b, new Tally()]));
  const byHistory = new Map<string, Tally>();
  const all = new Tally();
  let cutoffs = 0;
  for (let cut = START + 90; cut <= START + DAYS - 30; cut += 14) {
    cutoffs++;
    const { lines, chases } = asAt(truth, cut);
    const statuses = evaluateRegister(lines, chases, DEFAULT_SETTINGS, cut);
    const predictions = predictArrivals(statuses, chases, DEFAULT_SETTINGS, cut);
    const truthByKey = new Map(truth.map((t) => [t.line.key, t]));
    for (const s of statuses) {
      const p = predictions.get(s.line.key);
      const t = truthByKey.get(s.line.key);
      if (!p || !t) continue;
      const due = s.due as Serial;
      all.add(p, due, cut, t.arrival);
      byBehaviour.get(t.behaviour)!.add(p, due, cut, t.arrival);
      const bin = historyBin(p.basis.receipts.length);
      if (!byHistory.has(bin)) byHistory.set(bin, new Tally());
      byHistory.get(bin)!.add(p, due, cut, t.arrival);
    }
  }
  console.log(`Synthetic history: ${truth.length} lines, 15 suppliers (3 per behaviour), ${cutoffs} cut-offs every 2 weeks`);
  console.log("MAE in working days; 'better' = P50 MAE vs 'arrives on its due date'; due≥asOf = due date, never before tomorrow");
  console.log(HEADER);
  console.log(all.row("all open lines"));
  for (const [b, t] of byBehaviour) console.log(t.row(b));
  for (const bin of ["history 0", "history 1–4", "history 5–19", "history 20+"]) if (byHistory.has(bin)) console.log(byHistory.get(bin)!.row(bin));
}

/** The sample register: cut-offs before its asOf; lines received after the cut-off are the test set. */
function sample(): void {
  const asOf = GENERATED_AS_OF;
  const values = sampleRegister({ asOf, lines: 240 });
  const parsed = parseRegister({ sheet: "PO", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
  const log = sampleChaseLog({ asOf, lines: 240 });
  const all = new Tally();
  for (let back = 70; back >= 14; back -= 14) {
    const cut = asOf - back;
    const lines = parsed.lines
      .filter((l) => typeof l.orderDate !== "number" || l.orderDate <= cut)
      .map((l) => (typeof l.receivedDate === "number" && l.receivedDate > cut ? { ...l, receivedDate: null, receivedQty: 0 } : l));
    const chases = log.filter((e) => e.date <= cut);
    const statuses = evaluateRegister(lines, chases, DEFAULT_SETTINGS, cut);
    const predictions = predictArrivals(statuses, chases, DEFAULT_SETTINGS, cut);
    const real = new Map(parsed.lines.map((l) => [l.key, l]));
    for (const s of statuses) {
      const p = predictions.get(s.line.key);
      const arrival = real.get(s.line.key)?.receivedDate;
      // Only lines that did arrive by the sample's asOf can be scored (the others' arrival is unknown).
      if (!p || typeof arrival !== "number" || arrival <= cut || typeof s.due !== "number") continue;
      all.add(p, s.due, cut, arrival);
    }
  }
  console.log("\nSample register (240 lines, 5 cut-offs 70…14 days before its asOf; promised dates as of asOf, so the baseline sees some future re-promises)");
  console.log(HEADER);
  console.log(all.row("sample register"));
}

function cost(): void {
  const values = generateRegister(100_000, 7);
  const parsed = parseRegister({ sheet: "PO", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
  const statuses = evaluateRegister(parsed.lines, [], DEFAULT_SETTINGS, GENERATED_AS_OF);
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    count = predictArrivals(statuses, [], DEFAULT_SETTINGS, GENERATED_AS_OF).size;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pipeline: number[] = [];
  const source = registerOnlySources({ sheet: "PO", tableName: null, values, firstRow: 1, firstColumn: 0 });
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    runPipeline(source, { asOf: GENERATED_AS_OF });
    pipeline.push(performance.now() - t0);
  }
  pipeline.sort((a, b) => a - b);
  console.log(`\n100,000 generated lines: the whole pipeline (parse, evaluate, predict) ${pipeline[1].toFixed(0)} ms (median of 3)`);
  console.log(`100,000 generated lines: predictArrivals ${times[2].toFixed(0)} ms (median of 5) for ${count} open lines; suppliers: ${new Set(parsed.lines.map((l) => supplierKey(l.supplier as string))).size}`);
}

synthetic();
sample();
cost();
