// Browser tests: builds dist/ when missing or older than the sources, serves it on a free port, finds
// (or installs) Chromium, then runs jest with jest.browser.config.js. Screenshots: test-artifacts/.
// Never skips silently: without Chromium it installs Debian's package when it can, else it fails
// with the command to run.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { serveStatic } = require("./serve-static");

const root = path.join(__dirname, "..");
// BROWSER_DIST=dir tests another build (one per engineer when several work in one tree); it is built when stale like dist/.
const dist = process.env.BROWSER_DIST ? path.resolve(process.env.BROWSER_DIST) : path.join(root, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const SOURCES = ["src", "taskpane", "playground", "functions", "commands", "in-memory-excel", "webpack.config.js", "package.json"];
const OUTPUTS = ["playground.html", "playground.js", "taskpane.html", "taskpane.js"];

function newestMtime(target) {
  const full = path.join(root, target);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  return newest;
}

function buildIfStale() {
  const outputs = OUTPUTS.map((f) => path.join(dist, f));
  const built = outputs.every((f) => fs.existsSync(f)) ? Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs)) : 0;
  const sources = Math.max(...SOURCES.map(newestMtime));
  if (built > sources) return;
  console.log(built === 0 ? "dist/ is missing: building…" : "dist/ is older than the sources: building…");
  const result = spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["webpack", "--mode", "production", "--output-path", dist], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's chromium (and a CJK font for the Chinese screenshots)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    const result = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-wqy-microhei"], { stdio: "inherit", env });
    if (result.status === 0 && fs.existsSync(CHROMIUM)) return;
  }
  console.error(
    `The browser tests need Chromium at ${CHROMIUM} and it is not there.\n` +
      `Install it with:\n\n    sudo apt-get install -y chromium fonts-wqy-microhei\n\n` +
      `(or set CHROMIUM_PATH to a Chromium or Chrome binary).`,
  );
  process.exit(1);
}

async function main() {
  ensureChromium();
  buildIfStale();
  fs.mkdirSync(path.join(root, "test-artifacts"), { recursive: true });
  const server = await serveStatic(dist, 0);
  const url = `http://127.0.0.1:${server.address().port}`;
  console.log(`Serving ${path.relative(root, dist) || dist} on ${url}`);
  const jest = require.resolve("jest/bin/jest");
  // Asynchronous spawn: this process must stay free to serve the pages while jest runs.
  const child = spawn(process.execPath, [jest, "-c", "jest.browser.config.js", ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PLAYGROUND_URL: url, CHROMIUM_PATH: CHROMIUM },
  });
  const code = await new Promise((resolve) => child.on("exit", (status) => resolve(status ?? 1)));
  server.close();
  console.log(`Screenshots: ${path.join(root, "test-artifacts")}`);
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
