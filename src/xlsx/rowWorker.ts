/**
 * A worker thread of the sheet reader (rowSegments.ts): each message is a segment of whole `<row>`
 * elements as UTF-8 bytes; the answer is its rows as a RowBatch (typed arrays transferred), HAZARD,
 * or the parser's complaint about a damaged part.
 */
import { parentPort } from "node:worker_threads";
import { transferList } from "./rowBatch";
import { XmlPartError } from "./xmlStream";
import { HAZARD, parseSegment, type SegmentAnswer, type SegmentRequest } from "./rowSegments";

parentPort?.on("message", ({ id, bytes, date1904, first }: SegmentRequest) => {
  let answer: SegmentAnswer;
  try {
    const result = parseSegment(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), date1904, first);
    answer = result === HAZARD ? { id, hazard: true } : { id, batch: result };
  } catch (error) {
    // The place crosses as data, so that the main thread names it as it would have (cli/source.ts translates it).
    answer =
      error instanceof XmlPartError
        ? { id, error: error.detail, place: error.place }
        : { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer, answer.batch ? transferList(answer.batch) : []);
});
