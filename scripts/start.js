// `npm start`: on Windows and macOS, sideload into desktop Excel with office-addin-debugging (it starts the
// dev server). Elsewhere (Linux, CI boxes) there is no desktop Excel: build, serve over https for Excel on
// the web, and serve the playground — the real task pane against an in-memory workbook — over http.
const { spawn, spawnSync } = require("child_process");
const path = require("path");
const { serveStatic } = require("./serve-static");

const root = path.join(__dirname, "..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT || 3001);

if (process.platform === "win32" || process.platform === "darwin") {
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml"], { cwd: root, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  // Writes ~/.office-addin-dev-certs/localhost.{crt,key}; installing the CA needs sudo and is skipped.
  spawnSync(npx, ["office-addin-dev-certs", "install"], { cwd: root, stdio: "ignore" });
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, WRITE_TO_DISK: "1" } });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with)/.test(chunk.toString())) {
      announced = true;
      serveStatic(path.join(root, "dist"), PLAYGROUND_PORT).then(
        () => printHowTo(),
        (err) => console.error(`Could not serve the playground on port ${PLAYGROUND_PORT}: ${err.message}`),
      );
    }
  });
  server.on("exit", (code) => process.exit(code ?? 0));
  process.on("SIGINT", () => server.kill("SIGINT"));
}

function printHowTo() {
  console.log(`
PO Follow-up is built and served.

  Playground (no Excel needed): http://localhost:${PLAYGROUND_PORT}/playground.html
    the real task pane beside an in-memory workbook with the sample register.

  Excel on the web (add-in served at https://localhost:3000):
    1. Trust the development certificate: open https://localhost:3000/taskpane.html once and accept it
       (or import ~/.office-addin-dev-certs/ca.crt into your browser's trusted authorities).
    2. Open a workbook at https://www.office.com → Home → Add-ins → More Add-ins → My Add-ins →
       Upload My Add-in → choose ${path.join(root, "manifest.xml")} → Upload.
    3. The "Follow-up" tab appears on the ribbon; =PO.DAYSLATE(...) and the other PO functions work in cells.

  Stop with Ctrl+C.`);
}
