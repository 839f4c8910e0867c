import type { Serial } from "../model";
import { serialFromYmd } from "../dates/serial";
import { BUYERS, SUPPLIERS } from "./catalog";
import { seededRandom } from "./prng";
import { SAMPLE_HEADERS, type ValuesMatrix } from "./sampleRegister";

/** The asOf the generated registers are built around (Friday 20 November 2026). */
export const GENERATED_AS_OF: Serial = serialFromYmd(2026, 11, 20) as Serial;

const CURRENCY = SUPPLIERS.map((s) => s.currency);
const PRICE = [1.5, 0.8, 0.3, 2400, 12, 3.1, 44, 9.5, 2.4, 3.2];
const ITEM_CODES = ["EL-1001", "EL-2010", "MT-0230", "PL-0042", "PR-0500", "SN-0100"];
const DESCRIPTIONS = [
  "Resistor 10k 0603",
  "MCU 32-bit LQFP48",
  "Machined shaft Ø12",
  "Injection-moulded frame",
  "Precision bearing 6204",
  "Temperature sensor PT100",
];
const REASONS = ["Supplier capacity", "Raw material shortage", "Transport", "Customs", "Communication", ""];
const STAGES = ["Materials", "Production", "QC", "Packed", "Shipped"];

/**
 * A large register for benchmarks: n lines (plus the header) with the canonical headers, orders
 * placed over the 150 days up to `asOf` and due up to ~2 months later; most past-due lines are
 * received (some late), some partial, cancelled and on hold, the rest open. One array per row and no other per-line objects;
 * strings come from small pools so the matrix costs what Excel's own would.
 */
export function generateRegister(n: number, seed = 1, asOf: Serial = GENERATED_AS_OF): ValuesMatrix {
  const rnd = seededRandom(seed);
  const count = Math.max(0, Math.floor(n));
  const rows: ValuesMatrix = new Array(count + 1);
  rows[0] = [...SAMPLE_HEADERS];
  let po = 4500000000;
  let poText = "";
  let lineNo = 0;
  let supplier = 0;
  let orderDate = asOf;
  for (let i = 1; i <= count; i++) {
    if (lineNo === 0 || rnd.next() < 0.35) {
      poText = `PO-${++po}`; // one string per order, shared by its lines (as Excel's shared strings would)
      lineNo = 0;
      supplier = Math.floor(rnd.next() * SUPPLIERS.length);
      orderDate = asOf - 150 + Math.floor(rnd.next() * 151); // never after asOf
    }
    lineNo += 10;
    const s = SUPPLIERS[supplier];
    const requested = orderDate + 20 + Math.floor(rnd.next() * 40);
    const kind = rnd.next();
    const promised: number | "" = kind < 0.9 ? requested + Math.floor(rnd.next() * 10) - 3 : "";
    const due = promised === "" ? requested : promised;
    const ordered = 10 * (1 + Math.floor(rnd.next() * 100));
    let received: number | "" = "";
    let receivedDate: number | "" = "";
    let lifecycle = "";
    let reason = "";
    if (due < asOf && kind < 0.75) {
      received = ordered;
      receivedDate = Math.min(asOf, due + Math.floor(rnd.next() * 12) - 4);
      if (receivedDate > due) reason = REASONS[Math.floor(rnd.next() * REASONS.length)];
    } else if (kind < 0.8) {
      received = Math.floor(ordered / 2);
      receivedDate = Math.min(asOf, due - 2);
    } else if (kind > 0.985) {
      lifecycle = kind > 0.993 ? "Cancelled" : "On hold";
    } else if (due < asOf) {
      reason = REASONS[Math.floor(rnd.next() * REASONS.length)];
    }
    const item = Math.floor(rnd.next() * ITEM_CODES.length);
    rows[i] = [
      poText,
      lineNo,
      s.name,
      s.email,
      ITEM_CODES[item],
      DESCRIPTIONS[item],
      BUYERS[supplier % BUYERS.length],
      orderDate,
      requested,
      promised,
      ordered,
      received,
      receivedDate,
      PRICE[supplier],
      CURRENCY[supplier],
      lifecycle,
      received === "" && lifecycle === "" ? STAGES[item % STAGES.length] : "",
      reason,
      "",
      "",
      "",
    ];
  }
  return rows;
}
