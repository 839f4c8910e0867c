/**
 * The transpile cache's directory (bin/register-ts.js), or null when it is not safe to use. The cache holds
 * JavaScript that Node then runs: in a shared temp directory, a directory another user made first (or a
 * symbolic link they planted) would let them choose the code po-followup runs. So the directory must be a
 * real directory owned by this user; it is made, or set back, to mode 0700 (a cache made before under
 * umask 002 was group-writable: set back, it is also emptied of what others could have put in it). On Windows, the temp directory is the user's own and no owner is checked.
 */
"use strict";
const fs = require("fs");
const path = require("path");

/** `dir`, made if missing; null when it cannot be made or is not this user's alone. `uid`: the user to own it (tests). */
function privateCacheDir(dir, uid = typeof process.getuid === "function" ? process.getuid() : null) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory()) return null; // a symbolic link or a file in its place
    if (uid === null) return dir;
    if (stat.uid !== uid) return null;
    if ((stat.mode & 0o077) !== 0) fs.chmodSync(dir, 0o700); // ours: no one else's to read or write
    // Others could write into it until now: whatever they left would be run. Emptied once locked.
    if ((stat.mode & 0o022) !== 0) for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    return dir;
  } catch {
    return null; // a read-only temp directory only costs speed
  }
}

module.exports = { privateCacheDir };
