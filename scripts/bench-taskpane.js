// Task-pane numbers for `npm run bench`:
// - time from navigation to the first UI (the header) and to Today being interactive (its supplier
//   cards rendered), in headless Chromium, for 1,000 and 20,000 register lines, median of 5 (playground
//   page: the real task pane over the in-memory Excel, same code path as in Excel);
// - a floor measured in the same run: the same page with a one-line register, loaded right before each
//   measured page, so that a busy moment of the machine hits both. "× floor" is the median of the
//   per-round ratios Today(n lines) / Today(1 line): it moves when the pane gets slower, much less
//   when the machine is noisy (2 shared cores);
// - where the time went: the playground's own in-memory workbook (not the add-in's work), the pane's
//   load() (read the workbook, parse, evaluate), then rendering Today (marks set by playground/index.tsx);
//   and when the supplier cards below the first ones have all come (Today's aria-busy turns false);
// - raw and gzip size of every JavaScript file taskpane.html loads, and of its inline script (office.js from
//   the CDN aside).
// Nothing here asserts: timings are noisy. BENCH_DIST=dir benchmarks another build than dist/.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { serveStatic } = require("./serve-static");
const { PAGE_BUDGET_BYTES, pageSizes } = require("./page-budget");

const root = path.join(__dirname, "..");
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const SIZES = [1000, 20000];
/** The floor: the same page with a one-line register. */
const FLOOR_LINES = 1;
const RUNS = 5;
const GOALS = { firstUi: 300, today: 500, gzipKb: PAGE_BUDGET_BYTES / 1024 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${Number.isFinite(x) ? x.toFixed(0) : "?"} ms`;

function bundleSizes() {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return pageSizes(html, (src) => fs.readFileSync(path.join(dist, src.replace(/^\//, ""))));
}

/**
 * Records, inside the page, when the header appears, when Today shows its first supplier cards (or
 * says that there is nothing to chase: data-groups="0"), when that frame has been painted, and when
 * the cards below the first ones have all come (aria-busy="false").
 */
const OBSERVER = `
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.firstUi === undefined && document.querySelector(".pane h1")) b.firstUi = performance.now();
    if (b.today === undefined && document.querySelector('[data-testid="supplier-card"], [data-testid="today-summary"][data-groups="0"]')) {
      b.today = performance.now();
      requestAnimationFrame(() => setTimeout(() => (b.painted = performance.now()), 0));
    }
    if (b.today !== undefined && b.complete === undefined && document.querySelector('[data-testid="today-view"]:not([aria-busy="true"])')) b.complete = performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
`;

/** One page load in a fresh context: the observer's times and the playground's marks. */
async function loadOnce(browser, baseUrl, lines) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.route("**/*", (route) => (["127.0.0.1", "localhost"].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
    await context.addInitScript(OBSERVER);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/playground.html?lines=${lines}&asOf=2026-11-20`);
    await page.waitForFunction(() => window.__bench && window.__bench.painted !== undefined && window.__bench.complete !== undefined, null, { timeout: 120000 });
    return await page.evaluate(() => {
      const seed = performance.getEntriesByName("playground:seed")[0];
      const loaded = performance.getEntriesByName("playground:loaded")[0];
      const b = window.__bench;
      return {
        firstUi: b.firstUi,
        today: b.today,
        painted: b.painted,
        complete: b.complete,
        seed: seed ? seed.duration : NaN,
        seedEnd: seed ? seed.startTime + seed.duration : NaN,
        loaded: loaded ? loaded.startTime : NaN,
        cards: document.querySelectorAll('[data-testid="supplier-card"]').length,
        lineButtons: document.querySelectorAll('[data-testid="supplier-card"] [data-line-key]').length,
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * RUNS rounds; in each, every size is loaded right after a floor page of its own, so that a busy moment
 * of the machine hits both. Medians per size, and the median of the per-round ratios size ÷ its floor.
 */
async function timeRuns(browser, baseUrl) {
  await loadOnce(browser, baseUrl, FLOOR_LINES); // warm-up (browser start, disk cache): not counted
  const rounds = [];
  for (let i = 0; i < RUNS; i++) {
    const round = { floors: {} };
    for (const lines of SIZES) {
      round.floors[lines] = await loadOnce(browser, baseUrl, FLOOR_LINES);
      round[lines] = await loadOnce(browser, baseUrl, lines);
    }
    rounds.push(round);
  }
  const summary = (key, floorOf) => {
    const pageOf = (round) => round[key] ?? floorOf(round); // the floor's own summary reads the floor pages
    const of = (pick) => median(rounds.map((round) => pick(pageOf(round), floorOf(round))));
    const last = pageOf(rounds[rounds.length - 1]);
    return {
      firstUi: of((x) => x.firstUi),
      today: of((x) => x.today),
      // The rounds' spread: on a shared machine one busy round moves a median of 5 by tens of ms.
      todayRange: spread(rounds.map((round) => pageOf(round).today)),
      painted: of((x) => x.painted),
      complete: of((x) => x.complete),
      ratio: of((x, floor) => x.today / floor.today),
      seed: of((x) => x.seed),
      read: of((x) => x.loaded - x.seedEnd),
      render: of((x) => x.today - x.loaded),
      cards: last.cards,
      lineButtons: last.lineButtons,
    };
  };
  const result = { floor: summary("floor", (round) => round.floors[SIZES[SIZES.length - 1]]) };
  for (const lines of SIZES) result[lines] = summary(lines, (round) => round.floors[lines]);
  return result;
}

async function main() {
  if (!fs.existsSync(path.join(dist, "playground.js"))) {
    const built = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "inherit" });
    if (built.status !== 0) process.exit(1);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  const sizes = bundleSizes();
  console.log("JavaScript of taskpane.html, inline and loaded (office.js aside):");
  for (const s of sizes) console.log(`  ${s.file.padEnd(16)} ${kb(s.raw).padStart(10)} raw  ${kb(s.gzip).padStart(9)} gzip`);
  const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  console.log(`  ${"total".padEnd(16)} ${kb(total.raw).padStart(10)} raw  ${kb(total.gzip).padStart(9)} gzip (goal ≤ ${GOALS.gzipKb} KB gzip)`);

  const { chromium } = require("playwright-core");
  const server = await serveStatic(dist, 0);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  let timings;
  try {
    console.log(`\nNavigation → first UI / Today interactive (median of ${RUNS} rounds, headless Chromium, playground;`);
    console.log(`goals: first UI ≤ ${GOALS.firstUi} ms, Today ≤ ${GOALS.today} ms at 20,000 lines; "× floor" = Today ÷ Today of a ${FLOOR_LINES}-line register, same round):`);
    timings = await timeRuns(browser, baseUrl);
    const f = timings.floor;
    console.log(`  ${"floor".padStart(6)} (${FLOOR_LINES} line): first UI ${ms(f.firstUi)}, Today interactive ${ms(f.today)} (painted ${ms(f.painted)})`);
    for (const lines of SIZES) {
      const x = timings[lines];
      console.log(
        `  ${String(lines).padStart(6)} lines: first UI ${ms(x.firstUi)}, Today interactive ${ms(x.today)} (rounds ${ms(x.todayRange[0])}–${ms(x.todayRange[1])}) = ${x.ratio.toFixed(2)} × floor (painted ${ms(x.painted)}, every card ${ms(x.complete)})`,
      );
      console.log(
        `  ${"".padStart(6)}        in-memory workbook built ${ms(x.seed)} (playground only) → the pane's load (read, parse, evaluate) ${ms(x.read)} → Today rendered ${ms(x.render)}; ${x.cards} cards, ${x.lineButtons} lines at the end`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ sizes, total, timings }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
