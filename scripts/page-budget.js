// The task-pane page's JavaScript budget (issue 10): what taskpane.html loads itself and holds inline
// (office.js from the CDN aside), gzip level 9, at most 200 KB. `npm run bench -- taskpane` prints it; a browser test holds it.
const zlib = require("zlib");

const PAGE_BUDGET_BYTES = 200 * 1024;

/** The scripts a page's HTML loads from its own origin (absolute http(s) addresses aside), in order. */
function pageScripts(html) {
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] || m[2] || m[3]).filter((src) => !/^https?:/.test(src));
}

/** The bodies of the page's inline scripts (the Intl set-up, WARM_INTL_SCRIPT in webpack.config.js), in order. */
function inlineScripts(html) {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1] || "")).map((m) => m[2]);
}

const gzipBytes = (data) => zlib.gzipSync(data, { level: 9 }).length;

/**
 * Raw and gzip bytes of the JavaScript a page holds: its inline scripts as one row ("(inline)"), then each
 * script it loads, whose bytes `read(src)` gives. The bench prints the rows; the browser test sums them.
 */
function pageSizes(html, read) {
  const rows = [];
  const inline = Buffer.from(inlineScripts(html).join(""));
  if (inline.length > 0) rows.push({ file: "(inline)", raw: inline.length, gzip: gzipBytes(inline) });
  for (const src of pageScripts(html)) {
    const data = read(src);
    rows.push({ file: src, raw: data.length, gzip: gzipBytes(data) });
  }
  return rows;
}

module.exports = { PAGE_BUDGET_BYTES, pageScripts, inlineScripts, pageSizes };
