/** When the runner starts the sheet reader's threads before loading the rest of its code (cli/earlyWorkers.ts). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { namesLargeWorkbook } from "../../cli/earlyWorkers";
import { EARLY_THREADS_FILE_BYTES } from "../../src/xlsx/threadSizes";

describe("namesLargeWorkbook", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-early-"));
  const large = path.join(dir, "Register.xlsx");
  const small = path.join(dir, "small.xlsx");
  const folder = path.join(dir, "folder.xlsx");
  beforeAll(() => {
    fs.writeFileSync(large, Buffer.alloc(EARLY_THREADS_FILE_BYTES));
    fs.writeFileSync(small, Buffer.alloc(EARLY_THREADS_FILE_BYTES - 1));
    fs.mkdirSync(folder);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a command that reads a workbook of 1 MB or more: yes, wherever the file is among the arguments", () => {
    expect(namesLargeWorkbook(["check", large])).toBe(true);
    expect(namesLargeWorkbook(["report", "--as-of", "2026-11-20", large, "--json"])).toBe(true);
    expect(namesLargeWorkbook(["send", large, "--to", "a@example.com"])).toBe(true);
  });

  it("no: a smaller file, a folder, a missing file, a CSV, a command that reads no workbook, no command", () => {
    expect(namesLargeWorkbook(["check", small])).toBe(false);
    expect(namesLargeWorkbook(["report", folder, "--consolidate"])).toBe(false);
    expect(namesLargeWorkbook(["check", path.join(dir, "missing.xlsx")])).toBe(false);
    expect(namesLargeWorkbook(["check", large.replace(/xlsx$/, "csv")])).toBe(false);
    expect(namesLargeWorkbook(["--help", large])).toBe(false);
    expect(namesLargeWorkbook(["report", small, "--out", large])).toBe(false); // an option's value is no file read
    expect(namesLargeWorkbook(["check", large, "--no-such-option"])).toBe(false);
    expect(namesLargeWorkbook([])).toBe(false);
  });
});
