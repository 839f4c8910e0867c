// A small static file server for dist/ over plain http on localhost: the playground for people without
// Excel, and the browser tests. No dependencies; serves only files under the given folder.
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".xml": "application/xml", ".css": "text/css", ".map": "application/json" };

function serveStatic(root, port = 3001, host = "127.0.0.1") {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const file = path.resolve(base, "." + decodeURIComponent(url.pathname === "/" ? "/playground.html" : url.pathname));
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
        return;
      }
      res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" }).end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const port = Number(process.argv[3] || 3001);
  serveStatic(process.argv[2] || "dist", port).then(() => console.log(`Serving ${process.argv[2] || "dist"} on http://localhost:${port}/`));
}
