// `npm run bench`: every benchmark, one after the other, each in its own process. They print times
// next to counts and ratios (round trips, bytes, × baseline); nothing here asserts, timings are noisy.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const tsNode = ["-r", "ts-node/register/transpile-only"];
const env = { ...process.env, TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: "commonjs", moduleResolution: "node" }) };

const BENCHES = [
  { title: "Engine (issue 3)", args: [...tsNode, "bench/engine.ts"] },
  { title: "Excel bridge (issue 4)", args: [...tsNode, "bench/bridge.ts"] },
  { title: "Custom functions (issue 4)", args: ["scripts/bench-functions.js"] },
  { title: "Report (issue 6)", args: ["scripts/bench-report.js"] },
  { title: "Task pane (issue 5)", args: ["scripts/bench-taskpane.js"] },
  { title: "Headless runner (issue 7)", args: [...tsNode, "bench/headless.ts"] },
  { title: "Headless runner on hostile files (issue 11)", args: [...tsNode, "bench/limits.ts"] },
  { title: "Scale: the former 100,000-line unit tests (issue 10)", args: [...tsNode, "bench/scale.ts"] },
  { title: "Predicted arrival backtest (issue 13)", args: [...tsNode, "bench/predict.ts"] },
  { title: "Department KPI: report --consolidate, 20 registers × 100,000 lines (issue 14)", args: [...tsNode, "bench/consolidate.ts"] },
];

const only = process.argv.slice(2).map((s) => s.toLowerCase());
let failed = 0;
for (const bench of BENCHES) {
  const script = bench.args[bench.args.length - 1];
  // A word picks a bench by its title or its script's name (`npm run bench -- taskpane`).
  if (only.length && !only.some((word) => bench.title.toLowerCase().includes(word) || script.toLowerCase().includes(word))) continue;
  if (!fs.existsSync(path.join(root, script))) {
    console.log(`\n== ${bench.title}: ${script} not found, skipped`);
    continue;
  }
  console.log(`\n== ${bench.title}: node ${bench.args.join(" ")}`);
  const result = spawnSync(process.execPath, ["--expose-gc", ...bench.args], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
