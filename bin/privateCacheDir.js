/**
 * The transpile cache's directory (bin/register-ts.js), or null when it is not safe to use. The cache holds
 * JavaScript that Node then runs: in a shared temp directory, a directory another user made first (or a
 * symbolic link they planted) would let them choose the code po-followup runs. So the directory must be a
 * real directory owned by this user; it is made, or set back, to mode 0700 (a cache made before under
 * umask 002 was group-writable). On Windows, the temp directory is the user's own and no owner is checked.
 */
"use strict";
const fs = require("fs");

/** `dir`, made if missing; null when it cannot be made or is not this user's alone. `uid`: the user to own it (tests). */
function privateCacheDir(dir, uid = typeof process.getuid === "function" ? process.getuid() : null) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory()) return null; // a symbolic link or a file in its place
    if (uid === null) return dir;
    if (stat.uid !== uid) return null;
    if ((stat.mode & 0o077) !== 0) fs.chmodSync(dir, 0o700); // ours: no one else's to read or write
    return dir;
  } catch {
    return null; // a read-only temp directory only costs speed
  }
}

module.exports = { privateCacheDir };
