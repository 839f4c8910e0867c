/**
 * Lets Node require the project's TypeScript sources with no build step: each .ts file is transpiled
 * (TypeScript's transpileModule: no type check, as ts-node's transpileOnly) and the JavaScript cached
 * by content hash under the OS temp directory, in a directory of this user's alone (privateCacheDir.js), so
 * only the first run pays the transpiling (~3 s).
 * PO_FOLLOWUP_NO_CACHE=1 falls back to ts-node (transpile only).
 *
 * Required by bin/po-followup.js, and by the sheet reader's worker threads (src/xlsx/rowSegments.ts),
 * which start with Node's plain require whatever loaded the main thread (this, ts-node or ts-jest).
 */
"use strict";
const path = require("path");
const fs = require("fs");
const os = require("os");
const crypto = require("crypto");
const { privateCacheDir } = require("./privateCacheDir");

const compilerOptions = { module: "commonjs", moduleResolution: "node", target: "ES2020", esModuleInterop: true, jsx: "react-jsx", sourceMap: false, inlineSourceMap: false };

if (process.env.PO_FOLLOWUP_NO_CACHE) {
  require("ts-node").register({ transpileOnly: true, skipProject: true, compilerOptions });
} else {
  // Checked once: the directory must be this user's alone (bin/privateCacheDir.js); else nothing is cached.
  const cacheDir = privateCacheDir(path.join(os.tmpdir(), `po-followup-cache-${typeof process.getuid === "function" ? process.getuid() : "user"}`));
  let ts = null; // loaded only on a cache miss
  // The output depends on the compiler and its options too: a TypeScript upgrade or a changed option misses the cache.
  const salt = `${require("typescript/package.json").version}\0${JSON.stringify(compilerOptions)}`;
  // Worker threads share the process id: each thread writes its own temporary file before the rename.
  const writer = `${process.pid}.${require("worker_threads").threadId}`;
  require.extensions[".ts"] = function compileTs(module, filename) {
    const source = fs.readFileSync(filename, "utf8");
    const key = crypto.createHash("sha1").update(salt).update("\0").update(filename).update("\0").update(source).digest("hex");
    const cached = cacheDir === null ? null : path.join(cacheDir, `${key}.js`);
    let js = cached === null ? null : readOrNull(cached);
    if (js === null) {
      ts = ts || require("typescript");
      js = ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
      if (cached !== null) {
        try {
          fs.writeFileSync(`${cached}.${writer}`, js);
          fs.renameSync(`${cached}.${writer}`, cached);
        } catch {
          // a full or read-only disk only costs speed
        }
      }
    }
    module._compile(js, filename);
  };
}

/** The file's text, or null when it is missing or unreadable (a cache miss). */
function readOrNull(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
