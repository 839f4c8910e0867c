/**
 * The transpile cache of bin/register-ts.js runs the JavaScript it finds: its directory is used only when it
 * is this user's alone, so that another user of a shared temp directory cannot plant code in it.
 */
import fs from "fs";
import os from "os";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { privateCacheDir } = require("../../bin/privateCacheDir.js") as { privateCacheDir(dir: string, uid?: number | null): string | null };

const posix = typeof process.getuid === "function";
const me = posix ? process.getuid!() : null;
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "po-cache-test-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test("a missing directory is made, readable and writable by this user only", () => {
  const dir = path.join(root, "cache");
  expect(privateCacheDir(dir)).toBe(dir);
  if (posix) expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  expect(privateCacheDir(dir)).toBe(dir); // and found again the next run
});

(posix ? test : test.skip)("this user's directory that others could write into (made under umask 002 before) is set back to 0700 and emptied", () => {
  const open = path.join(root, "open");
  fs.mkdirSync(open);
  fs.chmodSync(open, 0o775);
  fs.writeFileSync(path.join(open, "0123abcd.js"), "planted()"); // what another user could have left there
  expect(privateCacheDir(open)).toBe(open);
  expect(fs.statSync(open).mode & 0o777).toBe(0o700);
  expect(fs.readdirSync(open)).toEqual([]);
});

(posix ? test : test.skip)("a directory only others may read keeps its entries (nobody else could write them)", () => {
  const readable = path.join(root, "readable");
  fs.mkdirSync(readable);
  fs.writeFileSync(path.join(readable, "0123abcd.js"), "cached()");
  fs.chmodSync(readable, 0o755);
  expect(privateCacheDir(readable)).toBe(readable);
  expect(fs.statSync(readable).mode & 0o777).toBe(0o700);
  expect(fs.readdirSync(readable)).toEqual(["0123abcd.js"]);
});

(posix ? test : test.skip)("another user's directory, or a symbolic link in its place, is not used", () => {
  const theirs = path.join(root, "theirs");
  fs.mkdirSync(theirs, { mode: 0o700 });
  expect(privateCacheDir(theirs, (me as number) + 1)).toBeNull(); // as if another user had made it first

  const target = path.join(root, "target");
  fs.mkdirSync(target, { mode: 0o700 });
  const link = path.join(root, "link");
  fs.symlinkSync(target, link);
  expect(privateCacheDir(link)).toBeNull();
});

test("a place where no directory can be made gives no cache, not an error", () => {
  const file = path.join(root, "file");
  fs.writeFileSync(file, "");
  expect(privateCacheDir(path.join(file, "cache"))).toBeNull();
});
