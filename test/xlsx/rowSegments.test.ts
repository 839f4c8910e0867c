/**
 * The sheet reader on worker threads (src/xlsx/rowSegments.ts): the same rows as on one thread, whatever
 * the cuts, the chunks and the markup that makes a cut unsound; failures named as on one thread.
 */
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Readable } from "node:stream";
import { readSheetRows, type SheetRow } from "./sheetRowsOf";
import { MAX_SEGMENT_BYTES, parseSegment, readRowBatches, startRowWorkers, type RowWorkers, type SegmentStats } from "../../src/xlsx/rowSegments";
import { TooManyCellsError, XmlPartError } from "../../src/xlsx/xmlStream";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const STRINGS = ["PO number", "Acme", "東京精機"];

function chunked(text: string, size: number): Readable {
  const bytes = Buffer.from(text, "utf8");
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

const sheet = (sheetData: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${NS}><dimension ref="A1:F9"/><sheetData>${sheetData}</sheetData><pageMargins/></worksheet>`;

/** Every kind of cell, positions given and not, multi-byte text: row `n`. */
function row(n: number, numbered = true): string {
  const r = numbered ? ` r="${n}"` : "";
  return (
    `<row${r}>` +
    `<c${numbered ? ` r="A${n}"` : ""} t="s"><v>${n % 3}</v></c>` +
    `<c><v>${46000 + n}</v></c>` +
    `<c t="inlineStr"><is><t>行 ${n} – ok</t><rPh sb="0" eb="1"><t>ギョウ</t></rPh></is></c>` +
    `<c t="b"><v>${n % 2}</v></c>` +
    (n % 5 === 0 ? `<c r="F${n}"><f>TODAY()</f></c>` : `<c r="F${n}" t="e"><v>#N/A</v></c>`) +
    `</row>`
  );
}

const rowsXml = (count: number, numbered = (n: number) => n % 4 !== 0) =>
  Array.from({ length: count }, (_, i) => row(i + 1, numbered(i + 1))).join("");

/** Reads `source` (XML text, cut into `chunk`-byte chunks, or a stream) on this thread and `workers` more (or `pool`'s); its rows and the stats. */
async function read(
  source: string | Readable,
  options: { workers?: number; pool?: RowWorkers; segmentBytes?: number; chunk?: number; onRow?: (row: SheetRow) => boolean | void; workerScript?: string },
) {
  const rows: SheetRow[] = [];
  const stats: SegmentStats = { segments: 0, onWorkers: 0 };
  const own = options.workers ? startRowWorkers(options.workers, options.workerScript) : null;
  try {
    await readSheetRows(typeof source === "string" ? chunked(source, options.chunk ?? 1000) : source, {
      strings: STRINGS,
      date1904: false,
      wantsRow: () => true,
      onRow: options.onRow ?? ((r) => void rows.push(r)),
      pool: options.pool ?? own ?? undefined,
      segmentBytes: options.segmentBytes,
      stats,
    });
  } finally {
    await own?.stop();
  }
  return { rows, stats };
}

describe("rows parsed on worker threads", () => {
  test("a 300-row sheet cut into ~60 segments gives the rows one thread gives, the worker taking part", async () => {
    const xml = sheet(rowsXml(300));
    const one = await read(xml, { workers: 0 });
    const threads = await read(xml, { workers: 1, segmentBytes: 1000, chunk: 777 });
    expect(one.rows).toHaveLength(300);
    expect(threads.rows).toEqual(one.rows);
    // 300 rows of ~230 bytes = ~69 KB: segments of at least 1,000 bytes, each ending after a </row>.
    expect(threads.stats.segments).toBeGreaterThan(40);
    expect(threads.stats.onWorkers).toBeGreaterThan(0);
    expect(threads.stats.fellBack).toBeUndefined();
    // Row 4 has no r: it follows row 3, even where row 3 ended a segment.
    expect(one.rows[3]).toMatchObject({ number: 4, columns: [1, 2, 3, 4, 6], values: ["Acme", 46004, "行 4 – ok", false, "#N/A"] });
    expect(one.rows[4]).toMatchObject({ number: 5, uncached: [6] });
  });

  test("the whole part in one chunk, cut into more segments than may wait at once: all read, none left behind", async () => {
    const xml = sheet(rowsXml(300));
    const one = await read(xml, { workers: 0 });
    const threads = await read(xml, { workers: 1, segmentBytes: 300, chunk: xml.length * 3 });
    expect(threads.rows).toEqual(one.rows);
    expect(threads.stats.segments).toBeGreaterThan(100); // ~69 KB in segments of ≥ 300 bytes; 16 may wait at once
  });

  test("under the runner's own loader (bin/register-ts.js, no jest), the worker starts and takes segments", async () => {
    // A worker that fails to start costs speed, not rows (below): only its stats show it, so this checks them
    // in a process started as the runner starts, with the TypeScript sources loaded by bin/register-ts.js.
    const root = path.join(__dirname, "..", "..");
    const script = `
      require(${JSON.stringify(path.join(root, "bin", "register-ts.js"))});
      const { Readable } = require("node:stream");
      const { startRowWorkers } = require(${JSON.stringify(path.join(root, "src", "xlsx", "rowSegments.ts"))});
      const { readSheetRows } = require(${JSON.stringify(path.join(__dirname, "sheetRowsOf.ts"))});
      const xml = ${JSON.stringify(sheet(rowsXml(200)))};
      const stats = { segments: 0, onWorkers: 0 };
      const pool = startRowWorkers(1);
      let rows = 0;
      readSheetRows(Readable.from([Buffer.from(xml)]), {
        strings: ${JSON.stringify(STRINGS)}, date1904: false, wantsRow: () => true, onRow: () => void rows++,
        pool, segmentBytes: 2000, stats,
      }).then(() => pool.stop()).then(() => console.log(JSON.stringify({ rows, ...stats })));`;
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", script], { cwd: root });
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ rows: 200 });
    expect(result.onWorkers).toBeGreaterThan(0);
    expect(result.workerFailures).toBeUndefined();
  }, 30_000);

  test("threads started early (the runner's startWorkersEarly): a read takes them; untaken, they keep no process alive", async () => {
    const root = path.join(__dirname, "..", "..");
    const run = (take: boolean) => `
      require(${JSON.stringify(path.join(root, "bin", "register-ts.js"))});
      const { Readable } = require("node:stream");
      const { startWorkersEarly, startRowWorkers } = require(${JSON.stringify(path.join(root, "src", "xlsx", "rowSegments.ts"))});
      const { readSheetRows } = require(${JSON.stringify(path.join(__dirname, "sheetRowsOf.ts"))});
      startWorkersEarly(1);
      if (${take}) {
        const pool = startRowWorkers(1); // takes the thread started above: none new
        const stats = { segments: 0, onWorkers: 0 };
        let rows = 0;
        readSheetRows(Readable.from([Buffer.from(${JSON.stringify(sheet(rowsXml(200)))})]), {
          strings: ${JSON.stringify(STRINGS)}, date1904: false, wantsRow: () => true, onRow: () => void rows++,
          pool, segmentBytes: 2000, stats,
        }).then(() => pool.stop()).then(() => console.log(JSON.stringify({ rows, ...stats })));
      } else console.log("{}");`;
    const taken = JSON.parse((await promisify(execFile)(process.execPath, ["-e", run(true)], { cwd: root })).stdout);
    expect(taken).toMatchObject({ rows: 200 });
    expect(taken.onWorkers).toBeGreaterThan(0);
    // Never taken: the process ends as soon as its own work is done (execFile's timeout would kill a hung one).
    const started = Date.now();
    await promisify(execFile)(process.execPath, ["-e", run(false)], { cwd: root, timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  test("a pooled worker still answering a read that stopped early: the next read gets its own rows only", async () => {
    // Segments are numbered from 0 by each read. A worker answering read A's first segment at once, A's
    // second after 300 ms and read B's after 1 s: A stops at its first batch with its segment 1 still out,
    // B sends its own segment 1 — whose answer must not be A's, come first.
    const root = path.join(__dirname, "..", "..");
    const slow = [
      `require(${JSON.stringify(path.join(root, "bin", "register-ts.js"))});`,
      `const { parentPort } = require("node:worker_threads");`,
      `const { parseSegment } = require(${JSON.stringify(path.join(root, "src", "xlsx", "rowSegments.ts"))});`,
      `const { transferList } = require(${JSON.stringify(path.join(root, "src", "xlsx", "rowBatch.ts"))});`,
      `parentPort.on("message", ({ id, bytes, date1904, first }) => {`,
      `  const text = Buffer.from(bytes).toString("utf8");`,
      `  const batch = parseSegment(text, date1904, first);`,
      `  const delay = text.includes("A-first") ? 0 : text.includes("A-") ? 300 : 1000;`,
      `  setTimeout(() => parentPort.postMessage({ id, batch }, transferList(batch)), delay);`,
      `});`,
    ].join("\n");
    const rowOf = (label: string, n: number) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>${label}</t></is></c><c r="B${n}"><v>${n}</v></c></row>`;
    const part = (label: (n: number) => string, count: number) => sheet(Array.from({ length: count }, (_, i) => rowOf(label(i + 1), i + 1)).join(""));
    const pool = startRowWorkers(1, slow);
    try {
      // A: segments of 2,000 bytes (rows of ~85 bytes), the first marked.
      const a = part((n) => (n <= 20 ? "A-first" : "A-row"), 45);
      let batches = 0;
      await readRowBatches(chunked(a, 100_000), { date1904: false, pool, segmentBytes: 2000, onBatch: () => ++batches < 1 });
      expect(pool.workers[0].busy).toBeGreaterThan(0); // A's segment 1 (answered in 300 ms), and its end
      const { rows } = await read(part(() => "B-row", 45), { pool, segmentBytes: 2000, chunk: 100_000 });
      expect(rows.map((r) => r.values[0])).toEqual(Array.from({ length: 45 }, () => "B-row"));
      expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    } finally {
      await pool.stop();
    }
  }, 60_000);

  test("a worker that exits while idle, before any segment: its failure is seen, the rows are read here", async () => {
    const xml = sheet(rowsXml(120));
    const one = await read(xml, { workers: 0 });
    // The part's first bytes come 500 ms late: by then the worker (a script that just ends) has exited, idle.
    const late = Readable.from(
      (async function* () {
        await new Promise((resolve) => setTimeout(resolve, 500));
        yield* chunked(xml, 500);
      })(),
    );
    const { rows, stats } = await read(late, { workers: 1, segmentBytes: 600, workerScript: "0" });
    expect(rows).toEqual(one.rows);
    expect(stats.workerFailures).toHaveLength(1);
    expect(stats.onWorkers).toBe(0); // no segment was sent to the worker that had gone
  });

  test("exactly 4 MiB left uncut (no </row>) while the stream is paused: it falls back to one stream, no hang", async () => {
    // The first chunk: a row to cut, then exactly MAX_SEGMENT_BYTES with no `</row>` (prefixed rows, padded
    // with spaces); the second chunk: the rest. The stream pauses on the first chunk and may resume only
    // under MAX_QUEUED_BYTES: the exact size must fall back, not wait.
    const head = `<?xml version="1.0"?><worksheet ${NS} xmlns:x="${NS.slice(7, -1)}"><sheetData>${row(1)}`;
    let prefixed = Array.from({ length: 60_000 }, (_, i) => `<x:row r="${10 + i}"><x:c><x:v>${i}</x:v></x:c></x:row>`).join("");
    prefixed += " ".repeat(MAX_SEGMENT_BYTES - Buffer.byteLength(prefixed));
    const bytes = Buffer.from(head + prefixed + `${row(70_000)}</sheetData></worksheet>`);
    const cutAt = Buffer.byteLength(head) + MAX_SEGMENT_BYTES;
    const { rows, stats } = await read(Readable.from([bytes.subarray(0, cutAt), bytes.subarray(cutAt)]), { workers: 1, segmentBytes: 100 });
    expect(rows.map((r) => r.number)).toEqual([1, ...Array.from({ length: 60_000 }, (_, i) => 10 + i), 70_000]);
    expect(stats.fellBack).toBe("noRowEnd");
  }, 15_000);

  test.each([
    ["cannot start", "throw new Error('no threads here')"],
    ["dies after its first segment", "require('node:worker_threads').parentPort.once('message', () => process.exit(3))"],
  ])("a worker that %s: its segments are parsed on this thread, the rows are one thread's", async (_case, workerScript) => {
    const xml = sheet(rowsXml(120));
    const one = await read(xml, { workers: 0 });
    const threads = await read(xml, { workers: 1, segmentBytes: 600, chunk: 500, workerScript });
    expect(threads.rows).toEqual(one.rows);
    expect(threads.stats.workerFailures).toHaveLength(1);
    expect(threads.stats.segments).toBeGreaterThan(20);
  });

  test.each([
    ["a comment holding </row>", '<!-- a </row><row r="99"><c><v>1</v></c></row> -->'],
    ["a CDATA section holding </row>", '<row r="40"><c t="str"><v><![CDATA[x</row>y]]></v></c></row>'],
    ["a processing instruction", "<?keep </row>?>"],
  ])("%s mid-sheet: the rest is parsed on one thread, the rows are one thread's", async (_name, markup) => {
    const xml = sheet(
      rowsXml(30) +
        markup +
        rowsXml(30)
          .replace(/r="(\d+)"/g, (_, n) => `r="${Number(n) + 100}"`)
          .replace(/r="([A-F])(\d+)"/g, (_, c, n) => `r="${c}${Number(n) + 100}"`),
    );
    const one = await read(xml, { workers: 0 });
    const threads = await read(xml, { workers: 1, segmentBytes: 500, chunk: 300 });
    expect(threads.rows).toEqual(one.rows);
    expect(threads.stats.fellBack).toBe("hazard");
    expect(one.rows.map((r) => r.number)).not.toContain(99); // the row inside the comment is no row
  });

  test("a prefixed sheet (</x:row>): no cut is made, the rows are one thread's", async () => {
    const xml = sheet(rowsXml(50))
      .replace(/<(\/?)(row|c|v|f|is|t|rPh|worksheet|sheetData|dimension|pageMargins)\b/g, "<$1x:$2")
      .replace(`xmlns=`, "xmlns:x=");
    const one = await read(xml, { workers: 0 });
    expect(one.rows).toHaveLength(50);
    const threads = await read(xml, { workers: 1, segmentBytes: 500 });
    expect(threads.rows).toEqual(one.rows);
    expect(threads.stats.segments).toBe(1); // the part (under MAX_SEGMENT_BYTES) is one segment at its end
    expect(MAX_SEGMENT_BYTES).toBeGreaterThan(xml.length);
  });

  test("a comment in a segment still with a slow worker, then 4 MB with no </row>: everything after the comment is one thread's", async () => {
    // The first segment (the comment in it) goes to the worker, which answers 1 s late: the prefixed run
    // (90,000 rows, ~5.3 MB, no `</row>`) has arrived by then. It must wait, not be parsed on its own, since
    // the comment's segment says HAZARD and everything from it is parsed again as one stream, that run included.
    const prefixed = Array.from({ length: 90_000 }, (_, i) => `<x:row r="${1000 + i}"><x:c><x:v>${i}</x:v></x:c></x:row>`).join("");
    const xml = sheet(
      rowsXml(2) + "<!-- note -->" + rowsXml(5).replace(/r="(\d+)"/g, (_, n) => `r="${Number(n) + 40}"`) + prefixed,
    ).replace("<worksheet ", '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ');
    const slowWorker = [
      "const { parentPort } = require('node:worker_threads');",
      "const post = parentPort.postMessage.bind(parentPort);",
      "parentPort.postMessage = (...args) => setTimeout(() => post(...args), 1000);",
      `require(${JSON.stringify(path.join(__dirname, "..", "..", "bin", "register-ts.js"))});`,
      `require(${JSON.stringify(path.join(__dirname, "..", "..", "src", "xlsx", "rowWorker.ts"))});`,
    ].join(" ");
    const one = await read(xml, { workers: 0 });
    expect(one.rows).toHaveLength(2 + 5 + 90_000);
    const threads = await read(xml, { workers: 1, segmentBytes: 1000, chunk: 64 * 1024, workerScript: slowWorker });
    expect(threads.rows).toEqual(one.rows);
    expect(threads.stats.fellBack).toBe("hazard");
  });

  test("a damaged row in a later segment: XmlPartError, as on one thread", async () => {
    const xml = sheet(rowsXml(40) + '<row r="41"><c t="str"><v>&bogus;</v></c></row>' + rowsXml(5));
    await expect(read(xml, { workers: 0 })).rejects.toBeInstanceOf(XmlPartError);
    await expect(read(xml, { workers: 1, segmentBytes: 400 })).rejects.toBeInstanceOf(XmlPartError);
  });

  test("the reader's own refusal (too many cells) passes through as it is", async () => {
    const refuse = (r: SheetRow) => {
      if (r.number === 25) throw new TooManyCellsError("Register", 100);
    };
    await expect(read(sheet(rowsXml(60)), { workers: 1, segmentBytes: 300, onRow: refuse })).rejects.toEqual(
      new TooManyCellsError("Register", 100),
    );
  });

  test("stopping at row 10 of 200: no row after it, and the part still inflates to its end", async () => {
    const seen: number[] = [];
    const stream = chunked(sheet(rowsXml(200)), 500);
    let ended = false;
    stream.on("end", () => (ended = true));
    await read(stream, { workers: 1, segmentBytes: 600, onRow: (r) => (seen.push(r.number), r.number < 10) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ended).toBe(true);
  });
});

describe("a damaged segment says where", () => {
  const cell = '<c r="B3"><v>1&bogus;</v></c>';
  test("read by the fast scanner: the row and column", () => {
    expect(() => parseSegment(`<row r="3">${cell}</row>`, false, false)).toThrow(/^row 3, column B: .*&bogus;/);
  });
  test("read by ltx (a row the scanner leaves to it): the row and column too", () => {
    // Attributes with no space between them: not the plain shape the scanner reads.
    expect(() => parseSegment(`<row r="3" a="1"b="2">${cell}</row>`, false, false)).toThrow(/^row 3, column B: .*&bogus;/);
  });
});
