// Task-pane numbers for `npm run bench`:
// - time from navigation to the first UI (the header) and to Today being interactive (supplier cards
//   rendered), in headless Chromium, for 1,000 and 20,000 register lines, median of 5 (playground page:
//   the real task pane over the in-memory Excel, same code path as in Excel);
// - raw and gzip size of every JavaScript file taskpane.html loads (office.js from the CDN aside).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");
const { serveStatic } = require("./serve-static");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const SIZES = [1000, 20000];
const RUNS = 5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function bundleSizes() {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] || m[2] || m[3]).filter((src) => !/^https?:/.test(src));
  return scripts.map((src) => {
    const data = fs.readFileSync(path.join(dist, src.replace(/^\//, "")));
    return { file: src, raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
  });
}

/** Records, inside the page, when the header and the first supplier card appear. */
const OBSERVER = `
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.firstUi === undefined && document.querySelector(".pane h1")) b.firstUi = performance.now();
    if (b.today === undefined && document.querySelector('[data-testid="supplier-card"], [data-testid="today-summary"]')) b.today = performance.now();
  }).observe(document, { childList: true, subtree: true });
`;

async function timeRuns(browser, baseUrl, lines) {
  const firstUi = [];
  const today = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route("**/*", (route) => (["127.0.0.1", "localhost"].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
    await context.addInitScript(OBSERVER);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/playground.html?lines=${lines}&asOf=2026-11-20`);
    await page.waitForFunction(() => window.__bench && window.__bench.today !== undefined, null, { timeout: 120000 });
    const marks = await page.evaluate(() => window.__bench);
    firstUi.push(marks.firstUi);
    today.push(marks.today);
    await context.close();
  }
  return { firstUi: median(firstUi), today: median(today) };
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
  console.log("JavaScript loaded by taskpane.html (office.js aside):");
  for (const s of sizes) console.log(`  ${s.file.padEnd(16)} ${kb(s.raw).padStart(10)} raw  ${kb(s.gzip).padStart(9)} gzip`);
  const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  console.log(`  ${"total".padEnd(16)} ${kb(total.raw).padStart(10)} raw  ${kb(total.gzip).padStart(9)} gzip (goal ≤ 200 KB gzip)`);

  const { chromium } = require("playwright-core");
  const server = await serveStatic(dist, 0);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results = {};
  try {
    console.log(`\nNavigation → first UI / Today interactive (median of ${RUNS}, headless Chromium, playground):`);
    for (const lines of SIZES) {
      const r = await timeRuns(browser, baseUrl, lines);
      results[lines] = r;
      console.log(`  ${String(lines).padStart(6)} lines: first UI ${r.firstUi.toFixed(0)} ms, Today interactive ${r.today.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ sizes, total, timings: results }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
