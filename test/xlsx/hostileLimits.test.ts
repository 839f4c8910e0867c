/**
 * Hostile files the runner must refuse or read cheaply (hostileFiles.ts writes them). Before these
 * limits a stray cell at XFD1048576 or a whole-sheet table ref with one made the read allocate
 * 1,048,576 × 16,384 cells (out of memory at 4 GB).
 */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { readWorkbook } from "../../src/xlsx";
import { dataExtent, boundedRect, MAX_BLANK_ROWS } from "../../src/xlsx/dataExtent";
import { checkDeclaredSizes, ZipBombError } from "../../src/xlsx/zipLimits";
import { SAMPLE_HEADERS } from "../../src/sample/sampleRegister";
import { farCell, hugeTableRef, zipBomb } from "./hostileFiles";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-hostile-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const occupied = (cells: [number, number][]) => {
  const map = new Map<number, number[]>();
  for (const [r, c] of cells) map.set(r, [...(map.get(r) ?? []), c]);
  return map;
};

describe("dataExtent: the block of values, not the sheet's dimension", () => {
  test("a stray far cell is left out; blank rows inside the data are kept", () => {
    // Rows 1–3 and 10 hold A..C (12 values); XFD1048576 holds 1: the gap 11..1048575 is over MAX_BLANK_ROWS.
    const cells: [number, number][] = [];
    for (const r of [1, 2, 3, 10]) for (const c of [1, 2, 3]) cells.push([r, c]);
    cells.push([1_048_576, 16_384]);
    expect(dataExtent(occupied(cells))).toEqual({ top: 1, bottom: 10, left: 1, right: 3 });
  });
  test("the block holding most values wins, wherever it is; a far column is cut too", () => {
    // A1 alone (1 value), then rows 2000–2001 × B..C (4 values): the gap 2..1999 is 1998 > 1000 rows.
    // Column 200 in row 2000: gap D..GQ is 196 > 100 columns, so it is left out as well.
    const cells: [number, number][] = [[1, 1], [2000, 2], [2000, 3], [2001, 2], [2001, 3], [2000, 200]];
    expect(dataExtent(occupied(cells))).toEqual({ top: 2000, bottom: 2001, left: 2, right: 3 });
  });
  test("a gap of exactly MAX_BLANK_ROWS blank rows does not split", () => {
    expect(dataExtent(occupied([[1, 1], [MAX_BLANK_ROWS + 2, 1]]))).toEqual({ top: 1, bottom: MAX_BLANK_ROWS + 2, left: 1, right: 1 });
  });
  test("a table's rect keeps its header row and stops at its data", () => {
    // Table A1:XFD1048576, header + 2 rows in A..D, a stray value at XFD1048576: A1:D3.
    const rect = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
    const cells: [number, number][] = [[1, 1], [1, 2], [1, 3], [1, 4], [2, 1], [3, 4], [1_048_576, 16_384]];
    expect(boundedRect(rect, occupied(cells))).toEqual({ top: 1, left: 1, bottom: 3, right: 4 });
  });
});

describe("a stray cell at XFD1048576 costs nothing", () => {
  const cases: [string, () => Promise<Buffer>, string | null][] = [
    ["on a plain-range register", () => farCell(false), null],
    ["inside a table whose ref claims the whole sheet", () => hugeTableRef(true, true), "Register"],
  ];
  for (const [name, make, tableName] of cases)
    for (const streamAboveBytes of [Number.POSITIVE_INFINITY, 0])
      test(`${name} (${streamAboveBytes === 0 ? "streamed" : "whole"})`, async () => {
        const file = path.join(dir, `${name.length}-${streamAboveBytes || "s"}.xlsx`);
        await fs.writeFile(file, await make());
        const before = process.memoryUsage().rss;
        const outcome = await readWorkbook(file, { streamAboveBytes });
        if (!outcome.ok) throw new Error(outcome.code);
        // The register's header and 20 lines, its own columns (src/sample), nothing of the stray cell.
        expect(outcome.read.register.tableName).toBe(tableName);
        expect(outcome.read.register.values.length).toBe(21);
        expect(outcome.read.register.values[0].length).toBe(SAMPLE_HEADERS.length);
        expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
      }, 30_000);
});

describe("zip bombs are refused before they inflate", () => {
  const MB = 1024 * 1024;
  test("the central directory's sizes: total, ratio, a size that cannot be true", () => {
    const refusal = (parts: Parameters<typeof checkDeclaredSizes>[0]) => {
      try {
        checkDeclaredSizes(parts);
        return null;
      } catch (error) {
        return error instanceof ZipBombError ? [error.kind, error.part] : error;
      }
    };
    // 2 MB from 10 KB: 205 to 1, over 100 and over 1 MB.
    expect(refusal([{ path: "a.xml", compressedSize: 10 * 1024, uncompressedSize: 2 * MB }])).toEqual(["ratio", "a.xml"]);
    // 1 MB from 1 KB (1024 to 1) is not refused: a part of 1 MB harms nobody.
    expect(refusal([{ path: "a.xml", compressedSize: 1024, uncompressedSize: MB }])).toBeNull();
    // 50 MB from 1 MB, 41 times: 41 × 50 MB = 2050 MB > 2048 MB in all.
    const parts = Array.from({ length: 41 }, (_, i) => ({ path: `p${i}`, compressedSize: MB, uncompressedSize: 50 * MB }));
    expect(refusal(parts)).toEqual(["total", ""]);
    // 100 KB of deflated data cannot inflate to 1 KB (deflate grows data by 1 % at most).
    expect(refusal([{ path: "s.xml", compressedSize: 100 * 1024, uncompressedSize: 1024 }])).toEqual(["lyingSize", "s.xml"]);
  });

  const bombs: [string, () => Promise<Buffer>, string][] = [
    // 64 MB of spaces deflate ~1000 to 1: refused from the directory.
    ["64 MB of padding in the sheet", () => zipBomb(64 * MB), "zipBomb_ratio"],
    // The directory says 512 KB (under the ratio check, above the deflated ~64 KB): refused while counting.
    ["a directory that lies about the sheet's size", () => zipBomb(64 * MB, 512 * 1024), "zipBomb_lyingSize"],
  ];
  for (const [name, make, reason] of bombs)
    test.each([Number.POSITIVE_INFINITY, 0])(`${name}: ${reason} within 1 s and 200 MB (stream above %s bytes)`, async (streamAboveBytes) => {
      const file = path.join(dir, `${reason}-${streamAboveBytes || "s"}.xlsx`);
      await fs.writeFile(file, await make());
      const before = process.memoryUsage().rss;
      const started = Date.now();
      const outcome = await readWorkbook(file, { streamAboveBytes });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
      expect(outcome).toMatchObject({ ok: false, code: "notXlsx", params: { reason, part: "xl/worksheets/sheet1.xml" } });
    }, 60_000);
});
