/**
 * A worksheet part's rows as batches (rowBatch.ts), in document order, parsed on this thread and — for
 * a large part — on the worker threads of a pool beside it.
 *
 * A sheet's rows are independent elements, so the inflated text is cut after a `</row>` into segments
 * of whole rows, each scanned on its own (rowXmlScanner.ts; ltx when it is not of the plain shape). The
 * segments go to the worker threads (to this one when they are all busy, or when there are none), and
 * their batches are taken back in order. Measured on a 100,000-line register (the whole read, runs one
 * after the other): ltx on this thread 1.40–1.49 s; segments scanned on this thread 0.87–1.00 s, with one
 * worker beside it 0.58–0.79 s.
 *
 * A cut after `</row>` is sound only where that text is markup, not inside a comment, a CDATA section or
 * a processing instruction — which Excel never writes in a sheet. A segment holding one (`<!` or `<?` past
 * the XML declaration, where the scanner stops) is therefore answered HAZARD, and from it on the part is
 * parsed here by ltx as one stream; so is the rest of a part with no `</row>` in MAX_SEGMENT_BYTES (a
 * prefixed `</x:row>`).
 */
import * as os from "node:os";
import * as path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { Worker } from "node:worker_threads";
import { RowCollector, type RowBatch } from "./rowBatch";
import { declarationEnd, scanRowXml } from "./rowXmlScanner";
import { MAX_QUEUED_BYTES, XmlPartError, parseFailure, parseXmlText, xmlParser } from "./xmlStream";
import type { XmlPlace } from "./xmlHandlers";

export interface RowBatchOptions {
  date1904: boolean;
  /** Worker threads to share the segments with (startRowWorkers; the caller stops them); absent: this thread only. */
  pool?: RowWorkers;
  /** Bytes of XML per segment handed to a thread. */
  segmentBytes?: number;
  /** Each batch in document order; false stops the parsing (the rest of the part only inflates). */
  onBatch(batch: RowBatch): boolean | void;
  /** Filled in as the part is read: how the work went round the threads (the tests read it). */
  stats?: SegmentStats;
}

/**
 * Worker threads started before the part is read, and kept for the next parts: a thread takes ~75 ms
 * to load its code, which the reader's other work (the package's index, the shared strings) can hide.
 */
export interface RowWorkers {
  readonly workers: readonly RowWorker[];
  stop(): Promise<void>;
}

export function startRowWorkers(count: number, script = WORKER_SCRIPT): RowWorkers {
  const early = script === WORKER_SCRIPT ? startedEarly.splice(0, count) : [];
  early.forEach((w) => w.keepAlive(true));
  const workers = [...early, ...Array.from({ length: count - early.length }, () => startWorker(script))];
  return { workers, stop: async () => void (await Promise.all(workers.map((w) => w.stop()))) };
}

/** Worker threads started before any read (startWorkersEarly), waiting for the first one to take them. */
const startedEarly: RowWorker[] = [];

/**
 * Starts the worker threads now, for the next read to take: the runner calls it first thing when its
 * file is large, so that their start overlaps its own (loading its code, the package's index). Until
 * taken they keep no process alive; never taken, they end with it.
 */
export function startWorkersEarly(count = availableWorkers()): void {
  for (let i = startedEarly.length; i < count; i++) {
    const worker = startWorker(WORKER_SCRIPT);
    worker.keepAlive(false);
    startedEarly.push(worker);
  }
}

export interface SegmentStats {
  /** Segments cut. */
  segments: number;
  /** Of which parsed on worker threads. */
  onWorkers: number;
  /** Why the cutting stopped and the rest was parsed here as one stream, if it did. */
  fellBack?: "hazard" | "noRowEnd";
  /** Worker threads that failed (their segments were parsed here instead), with why. */
  workerFailures?: string[];
}

const SEGMENT_BYTES = 512 * 1024;
/**
 * A part with no `</row>` in this many bytes is parsed here (see above). Not more than the text that keeps
 * the stream paused (MAX_QUEUED_BYTES): text that cannot be cut and keeps the stream paused must fall back.
 */
export const MAX_SEGMENT_BYTES = MAX_QUEUED_BYTES;
/** Segments a worker holds at most; when every worker is that busy, this thread parses the next one. */
const IN_FLIGHT_PER_WORKER = 4;
/** Segments cut and not yet taken, at most: past it the part's stream is paused (memory stays bounded). */
const MAX_OPEN_SEGMENTS = 16;
/** Worker threads one read uses at most. */
const MAX_WORKERS = 3;

/** Worker threads worth starting on this machine: one per core besides this thread's, up to MAX_WORKERS. */
export function availableWorkers(): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(MAX_WORKERS, cores - 1));
}

export const HAZARD = "hazard";
/** A segment's answer: its rows, the parser's complaint, or HAZARD (it holds a comment, CDATA or an instruction: the cut may be wrong). */
type SegmentResult = RowBatch | Error | typeof HAZARD;

/** What a worker is sent: a segment of whole rows (UTF-8) and how to read it. */
export interface SegmentRequest {
  id: number;
  bytes: Uint8Array;
  date1904: boolean;
  /** The part's first segment (it may begin with the XML declaration). */
  first: boolean;
}

export interface SegmentAnswer {
  id: number;
  batch?: RowBatch;
  hazard?: true;
  error?: string;
  /** Where a damaged segment was met (XmlPartError.place). */
  place?: XmlPlace;
}

/** A segment of whole rows → its batch; HAZARD when it holds `<!` or `<?`. The worker threads and this one run it alike. */
export function parseSegment(text: string, date1904: boolean, first: boolean): RowBatch | typeof HAZARD {
  const from = first ? declarationEnd(text) : 0;
  // Scanned whole, the segment holds no comment, CDATA or instruction (the scanner stops at one).
  const scanned = new RowCollector(date1904);
  try {
    if (scanRowXml(text, scanned, from)) return scanned.take();
  } catch (error) {
    throw parseFailure(error, scanned.where());
  }
  if (text.indexOf("<!", from) >= 0 || text.indexOf("<?", from) >= 0) return HAZARD;
  // Not the plain shape: ltx decides what it means, from the start (the events scanned are dropped).
  const rows = new RowCollector(date1904);
  parseXmlText(text, rows); // a damaged row says where (RowCollector.where)
  return rows.take();
}

const ROW_END = Buffer.from("</row>");
const EMPTY = Buffer.alloc(0);

interface StreamParser {
  parser: { write(text: string): void; end(): void };
  rows: RowCollector;
  decoder: StringDecoder;
  ended: boolean;
}

export async function readRowBatches(stream: NodeJS.ReadableStream, options: RowBatchOptions): Promise<void> {
  const segmentBytes = options.segmentBytes ?? SEGMENT_BYTES;
  const workers = options.pool?.workers ?? [];
  await new Promise<void>((resolve, reject) => {
    /** Inflated text not yet cut (or, after a fall-back, not yet given to this thread's parser). */
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    /** Segments cut and not yet taken: their bytes (a HAZARD parses them again here) and, once come, their answer. */
    const segments = new Map<number, { bytes: Buffer; result?: SegmentResult }>();
    let nextSegment = 0;
    let nextToTake = 0;
    /** This thread's stream parser, once the cutting has stopped. */
    let here: StreamParser | null = null;
    let ended = false;
    let stopped = false;
    let settled = false;
    let paused = false;
    let scheduled = false;
    const open = () => nextSegment - nextToTake;

    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      stopped = true;
      if (error === undefined) return resolve();
      (stream as unknown as { destroy?: () => void }).destroy?.();
      reject(error);
    };
    const take = () => {
      for (let next = segments.get(nextToTake); !stopped && next?.result !== undefined; next = segments.get(nextToTake)) {
        const result = next.result;
        if (result === HAZARD) {
          fallBack(nextToTake);
          continue;
        }
        segments.delete(nextToTake++);
        if (result instanceof Error) return finish(result);
        try {
          if (options.onBatch(result) === false) stopped = true; // the rest only inflates (zipLimits.ts counts it)
        } catch (error) {
          return finish(error); // the caller's own refusal (TooManyCellsError)
        }
      }
      const parsed = pendingBytes === 0 && segments.size === 0 && (!here || here.ended);
      if (ended && (stopped || parsed)) finish();
    };
    const answer = (segment: number, result: SegmentResult) => {
      const entry = segments.get(segment);
      if (entry) entry.result = result; // (a segment dropped by a fall-back is not waited for)
    };
    /** From `segment` on, the part is parsed here as one stream: the segments cut since, then the rest. */
    const fallBack = (segment: number) => {
      if (options.stats) options.stats.fellBack = "hazard";
      const again: Buffer[] = [];
      for (let s = segment; s < nextSegment; s++) {
        again.push(segments.get(s)!.bytes);
        segments.delete(s);
      }
      nextToTake = nextSegment;
      here = streamParser(options.date1904);
      for (const bytes of [...again, ...pending]) feedHere(bytes);
      pending = [];
      pendingBytes = 0;
    };
    const parseHere = (segment: number, bytes: Buffer) => {
      try {
        answer(segment, parseSegment(bytes.toString("utf8"), options.date1904, segment === 0));
      } catch (error) {
        answer(segment, error as Error);
      }
    };
    const dispatch = (bytes: Buffer) => {
      const segment = nextSegment++;
      segments.set(segment, { bytes });
      if (options.stats) options.stats.segments++;
      const worker = workers.reduce<RowWorker | null>(
        (best, w) => (!w.failed && w.busy < IN_FLIGHT_PER_WORKER && (!best || w.busy < best.busy) ? w : best),
        null,
      );
      if (!worker) return parseHere(segment, bytes);
      if (options.stats) options.stats.onWorkers++;
      worker.post(
        { bytes, date1904: options.date1904, first: segment === 0 },
        (result) => (answer(segment, result), schedule()),
        // The worker failed before answering: this thread kept the segment's bytes and parses them.
        () => {
          if (settled) return;
          const entry = segments.get(segment);
          if (entry && entry.result === undefined) parseHere(segment, entry.bytes);
          schedule();
        },
      );
    };
    /** More text for this thread's stream parser; `last`: the part's end. Its rows queue after every segment. */
    const feedHere = (bytes: Buffer, last = false) => {
      const stream = here!;
      let result: SegmentResult;
      try {
        stream.parser.write(stream.decoder.write(bytes));
        if (last) {
          stream.parser.write(stream.decoder.end());
          stream.parser.end();
          stream.ended = true;
        }
        if (stream.rows.rows === 0 && !last) return;
        result = stream.rows.take();
      } catch (error) {
        stream.ended = true;
        result = parseFailure(error, stream.rows.where());
      }
      segments.set(nextSegment++, { bytes: EMPTY, result });
    };
    /** The pending text → segments of at least segmentBytes, each ending after a `</row>` (the last: the part's end). */
    const cut = () => {
      if (stopped || here || pendingBytes === 0 || (pendingBytes < segmentBytes && !ended) || open() >= MAX_OPEN_SEGMENTS) return;
      const text = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      let from = 0;
      while (from < text.length && !stopped && open() < MAX_OPEN_SEGMENTS) {
        const left = text.length - from;
        if (left < segmentBytes && !ended) break;
        const rowEnd = text.indexOf(ROW_END, from + Math.max(0, Math.min(segmentBytes, left) - ROW_END.length));
        if (rowEnd >= 0) {
          dispatch(text.subarray(from, (from = rowEnd + ROW_END.length)));
          continue;
        }
        if (ended) dispatch(text.subarray((from = text.length) - left));
        else if (left >= MAX_SEGMENT_BYTES && open() === 0) {
          // No `</row>` in 4 MB: a prefixed `</x:row>`, or a row that long. Only once every segment is taken:
          // one answering HAZARD must still be able to parse everything after it here, this text included.
          here = streamParser(options.date1904);
          if (options.stats) options.stats.fellBack = "noRowEnd";
          feedHere(text.subarray(from));
          from = text.length;
        }
        break; // (else: wait for more text)
      }
      if (from < text.length) {
        pending = [text.subarray(from)];
        pendingBytes = text.length - from;
      }
    };
    const drain = () => {
      scheduled = false;
      if (settled) return;
      // Once parsed here as one stream (a fall-back), the text that came since goes straight to the parser.
      if (here && !stopped) {
        const arrived = pending;
        pending = [];
        pendingBytes = 0;
        for (const chunk of arrived) feedHere(chunk);
      }
      // Segments parsed here are answered at once: cutting goes on as long as taking them makes room.
      for (let before = -1; before !== nextSegment + nextToTake && !settled;) {
        before = nextSegment + nextToTake;
        cut();
        take();
      }
      if (here && ended && !here.ended && !stopped) {
        feedHere(EMPTY, true);
        take();
      }
      if (paused && (stopped || (pendingBytes < MAX_QUEUED_BYTES && open() < MAX_OPEN_SEGMENTS))) {
        paused = false;
        stream.resume();
      }
    };
    const schedule = () => {
      if (scheduled || settled) return;
      scheduled = true;
      setImmediate(drain);
    };
    // A worker that fails (it could not start, it crashed) is a lost helper, not a lost read: the
    // segments it held are parsed here (each post's third callback), and no more go to it.
    for (const worker of workers)
      worker.onFailure = (error) => {
        if (settled) return;
        if (options.stats) (options.stats.workerFailures ??= []).push(error.message);
        schedule();
      };
    stream.on("data", (chunk: Buffer) => {
      if (stopped) return;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (!paused && (pendingBytes > MAX_QUEUED_BYTES || open() >= MAX_OPEN_SEGMENTS)) {
        paused = true;
        stream.pause();
      }
      schedule();
    });
    stream.on("error", (error) => finish(error));
    stream.on("end", () => {
      ended = true;
      schedule();
    });
  });
}

function streamParser(date1904: boolean): StreamParser {
  const rows = new RowCollector(date1904);
  return { parser: xmlParser(rows), rows, decoder: new StringDecoder("utf8"), ended: false };
}

/**
 * A worker thread starts with Node's plain require, whatever loaded this one (the runner's loader,
 * ts-node, ts-jest): it loads the TypeScript sources through bin/register-ts.js, then rowWorker.ts.
 */
const WORKER_SCRIPT = [path.join(__dirname, "..", "..", "bin", "register-ts.js"), path.join(__dirname, "rowWorker.ts")]
  .map((file) => `require(${JSON.stringify(file)});`)
  .join(" ");

interface RowWorker {
  /** Segments sent and not yet answered. */
  busy: number;
  /** It failed: it gets no more segments. */
  failed: boolean;
  /**
   * Sends a segment; `done` gets its answer, or `lost` is called if the thread fails first. Requests are
   * numbered by the thread, not by the read: a pooled thread may still hold a segment of a read that
   * stopped early when the next read sends its own segment 0.
   */
  post(request: Omit<SegmentRequest, "id">, done: (result: SegmentResult) => void, lost: () => void): void;
  /** Whether the thread keeps the process alive (a thread started early does not until a read takes it). */
  keepAlive(on: boolean): void;
  /** Called once when the thread fails (after the `lost` of every request it had not answered). */
  onFailure: (error: Error) => void;
  stop(): Promise<void>;
}

function startWorker(script: string): RowWorker {
  // Not unref'd: a read waiting on a worker must keep the process alive. stop() ends it in every case.
  const worker = new Worker(script, { eval: true });
  const waiting = new Map<number, { done: (result: SegmentResult) => void; lost: () => void }>();
  let requests = 0;
  const fail = (error: Error) => {
    if (handle.failed) return;
    handle.failed = true;
    const unanswered = [...waiting.values()];
    waiting.clear();
    for (const request of unanswered) request.lost();
    handle.onFailure(error);
  };
  const handle: RowWorker = {
    busy: 0,
    failed: false,
    post(request, done, lost) {
      const id = ++requests;
      waiting.set(id, { done, lost });
      handle.busy++;
      // The segment's own bytes, moved over: posting the view itself would copy the whole buffer it is a
      // view of (structured clone copies a view's ArrayBuffer), a chunk of several MB per segment. This
      // thread keeps its view until the answer is taken (a HAZARD parses it again here).
      const bytes = new Uint8Array(request.bytes);
      worker.postMessage({ ...request, id, bytes } satisfies SegmentRequest, [bytes.buffer]);
    },
    keepAlive: (on) => void (on ? worker.ref() : worker.unref()),
    onFailure: () => undefined,
    stop: async () => {
      stopping = true;
      await worker.terminate();
    },
  };
  worker.on("message", (message: SegmentAnswer) => {
    const request = waiting.get(message.id);
    waiting.delete(message.id);
    handle.busy--;
    request?.done(
      message.hazard ? HAZARD : (message.batch ?? new XmlPartError(message.error ?? "the part could not be parsed", message.place)),
    );
  });
  worker.on("error", (error) => fail(new Error(`The sheet reader's worker thread failed: ${error.message}`)));
  // Only stop() ends a worker: any other exit, busy or idle, is a failure (segments sent later would wait forever).
  let stopping = false;
  worker.on("exit", (code) => {
    if (!stopping) fail(new Error(`The sheet reader's worker thread stopped (exit code ${code}).`));
  });
  return handle;
}
