/* Benchmark of the PO.* custom functions: one spilled call over N cells (a whole column in one
 * formula) against N single-cell calls (one formula per row), for PO.DAYSLATE and PO.STATUS.
 * Measures only our code (argument reading + engine), not Excel's calc engine or the runtime bridge.
 *
 *   node scripts/bench-functions.js [cells]        default 1,000,000
 *   require("./bench-functions").benchFunctions({ cells }) → rows of { fn, spilledMs, singleMs, ratio }
 */
const path = require("path");

require("ts-node").register({
  transpileOnly: true,
  project: path.join(__dirname, "..", "tsconfig.json"),
  compilerOptions: { module: "commonjs", moduleResolution: "node" },
});

// The custom-functions runtime global, as in the tests.
globalThis.CustomFunctions = globalThis.CustomFunctions || {
  Error: class CustomFunctionsError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
};

const { daysLateFn, statusFn } = require("../functions/functions.ts");

const AS_OF = 46348; // 2026-11-22

/** Deterministic register-like columns: due dates around asOf, quantities, some blanks. */
function makeColumns(cells) {
  let seed = 20261122;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  // Grown with push, as Excel's arrays would be dense: `new Array(1e6)` is a slow dictionary array in V8.
  const due = [];
  const received = [];
  const ordered = [];
  const receivedQty = [];
  const promised = [];
  const orderDate = [];
  for (let i = 0; i < cells; i++) {
    const d = AS_OF - 60 + Math.floor(random() * 120);
    const qty = 10 + Math.floor(random() * 990);
    const done = random() < 0.4;
    due.push([d]);
    received.push([done ? d - 5 + Math.floor(random() * 10) : ""]);
    ordered.push([qty]);
    receivedQty.push([done ? qty : random() < 0.2 ? Math.floor(qty / 2) : ""]);
    promised.push([random() < 0.7 ? d : ""]);
    orderDate.push([d - 30 - Math.floor(random() * 30)]);
  }
  return { due, received, ordered, receivedQty, promised, orderDate };
}

function time(run) {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function benchFunctions({ cells = 1_000_000 } = {}) {
  const c = makeColumns(cells);
  const asOf = [[AS_OF]];
  const cases = [
    {
      fn: "PO.DAYSLATE",
      spilled: () => daysLateFn(c.due, c.received, asOf),
      single: (i) => daysLateFn([c.due[i]], [c.received[i]], asOf),
    },
    {
      fn: "PO.STATUS",
      spilled: () => statusFn(c.ordered, c.receivedQty, c.due, c.promised, c.orderDate, asOf),
      single: (i) => statusFn([c.ordered[i]], [c.receivedQty[i]], [c.due[i]], [c.promised[i]], [c.orderDate[i]], asOf),
    },
  ];
  const rows = [];
  for (const { fn, spilled, single } of cases) {
    for (let i = 0; i < 2000; i++) single(i); // warm up the JIT on both paths
    spilled();
    const spill = time(spilled);
    const singles = time(() => {
      let last;
      for (let i = 0; i < cells; i++) last = single(i);
      return last;
    });
    if (spill.result.length !== cells) throw new Error(`${fn}: spilled ${spill.result.length} rows, expected ${cells}`);
    rows.push({ fn, cells, spilledMs: Math.round(spill.ms), singleMs: Math.round(singles.ms), ratio: +(singles.ms / spill.ms).toFixed(2) });
  }
  return rows;
}

module.exports = { benchFunctions };

if (require.main === module) {
  const cells = Number(process.argv[2]) || 1_000_000;
  console.log(`Custom functions over ${cells.toLocaleString("en")} cells: one spilled call vs one call per cell`);
  for (const r of benchFunctions({ cells })) {
    console.log(`${r.fn.padEnd(12)} spilled ${String(r.spilledMs).padStart(6)} ms   single calls ${String(r.singleMs).padStart(6)} ms   ratio ${r.ratio}×`);
  }
}
