/**
 * One XML part of the package, inflated and parsed as a stream: SAX events, never a document tree.
 *
 * Parser: ltx's SAX parser (xmpp.js; MIT, no dependencies). Measured on a 100,000-line register's
 * sheet part (58 MB of XML, same run): ltx 0.8–0.9 s, saxes 1.0–1.8 s, htmlparser2 1.0–1.3 s,
 * sax 4.0 s, sax-wasm 3.6 s. It reads no DTD and fetches nothing; its entities are XML's five plus
 * character references (an unknown entity is an error: the part is damaged). The parts read most —
 * sheet rows and shared strings — go through a faster scanner first (rowXmlScanner.ts), which gives
 * ltx's very events and leaves to ltx whatever it does not take.
 */
import { StringDecoder } from "node:string_decoder";
import { declarationEnd, scanRowXml } from "./rowXmlScanner";

import type { XmlHandlers, XmlPlace } from "./xmlHandlers";
export type { XmlHandlers };

interface LtxParser {
  /** ltx reports each event through its EventEmitter's emit: "startElement" (name, attributes), "endElement" (name), "text" (text). */
  emit(event: string, a: unknown, b?: unknown): boolean;
  write(data: string): void;
  end(): void;
}

/** ltx ships no typings. */
const SaxLtx = require("ltx/lib/parsers/ltx.js") as new () => LtxParser;

/**
 * A damaged part: `detail` says what is wrong (in the XML parser's own words), `place` where. The message
 * says both in English, for logs; the runner says the place in the user's language (cli/source.ts).
 */
export class XmlPartError extends Error {
  constructor(
    readonly detail: string,
    readonly place: XmlPlace = {},
    options?: ErrorOptions,
  ) {
    const where = placeInEnglish(place);
    super(where ? `${where}: ${detail}` : detail, options);
  }

  /** The same damage, met within `outer` (the sheet or part being read). */
  within(outer: XmlPlace): XmlPartError {
    return new XmlPartError(this.detail, { ...outer, ...this.place }, { cause: this });
  }
}

/** 'sheet "Register": row 12, column C'; "" when nothing is known. */
function placeInEnglish(place: XmlPlace): string {
  const container = place.sheet !== undefined ? `sheet "${place.sheet}"` : (place.part ?? "");
  const cell = [place.row !== undefined ? `row ${place.row}` : "", place.column !== undefined ? `column ${place.column}` : ""]
    .filter(Boolean)
    .join(", ");
  return [container, cell].filter(Boolean).join(": ");
}

/**
 * More cells (or shared strings) to keep than any register needs: refused rather than letting one
 * input fill the process's memory. `where`: the sheet, or the shared strings' part.
 */
export class TooManyCellsError extends Error {
  constructor(
    readonly where: string,
    readonly limit: number,
  ) {
    super(`${where} holds more than ${limit} cells to read`);
  }
}

/**
 * A handler's own refusal (too many cells, a damaged part it names itself) passes as it is; anything else
 * the parser throws is a damaged part, with where the parser stood when known (row 12, column C).
 */
export const parseFailure = (error: unknown, place: XmlPlace = {}): Error => {
  if (error instanceof TooManyCellsError || error instanceof XmlPartError) return error;
  return new XmlPartError(error instanceof Error ? error.message : String(error), place);
};

const local = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Inflated text waiting to be parsed, at most: past it the stream is paused (zlib then stops), so a
 * part's memory stays bounded whatever its size.
 */
export const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/**
 * Feeds `stream` (an inflating zip entry: the shared strings; sheets go through rowSegments.ts) through
 * the parser — by runs of `pieces` through the fast scanner when given. Resolves once the part is parsed.
 *
 * The chunks are parsed in a later turn, not inside the 'data' event: zlib hands over its next block
 * to the thread pool only once its callback returns, so parsing inside it left inflating and parsing
 * taking turns; deferred, the part inflates while the previous chunks parse.
 */
export function parseXmlStream(stream: NodeJS.ReadableStream, handlers: XmlHandlers, pieces?: ScannedPieces): Promise<void> {
  const parser = xmlParser(handlers);
  const decoder = new StringDecoder("utf8"); // a chunk may end inside a multi-byte character
  const write = pieces
    ? scanningWriter(parser, handlers, pieces)
    : (text: string, last: boolean) => (parser.write(text), last && parser.end());
  let stopped = false;
  return new Promise<void>((resolve, reject) => {
    const queue: Buffer[] = [];
    let queued = 0;
    let scheduled = false;
    let paused = false;
    let ended = false;
    const fail = (error: unknown) => {
      stopped = true;
      queue.length = 0;
      destroy(stream);
      reject(parseFailure(error, handlers.where?.()));
    };
    const drain = () => {
      scheduled = false;
      try {
        while (queue.length > 0 && !stopped) {
          const chunk = queue.shift()!;
          queued -= chunk.length;
          write(decoder.write(chunk), false);
        }
        queue.length = 0;
        queued = 0;
        if (ended && !stopped) write(decoder.end(), true);
      } catch (error) {
        return fail(error);
      }
      if (ended) resolve();
      else if (paused) {
        paused = false;
        stream.resume();
      }
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(drain);
    };
    stream.on("data", (chunk: Buffer) => {
      if (stopped) return;
      queue.push(chunk);
      queued += chunk.length;
      if (queued > MAX_QUEUED_BYTES && !paused) {
        paused = true;
        stream.pause();
      }
      schedule();
    });
    stream.on("error", (error) => {
      stopped = true;
      queue.length = 0;
      reject(error);
    });
    stream.on("end", () => {
      ended = true;
      schedule();
    });
  });
}

/**
 * A part made of many small elements (the shared strings' `<si>`) read by the fast scanner
 * (rowXmlScanner.ts), a piece ending after `cutAfter` at a time. A piece it declines (a comment,
 * CDATA, anything not of the plain shape) is given to ltx with the rest of the part, the handlers first
 * brought back by `restore` to where `save` left them (the end of the last piece scanned).
 */
export interface ScannedPieces {
  cutAfter: string;
  save(): void;
  restore(): void;
}

function scanningWriter(parser: { write(text: string): void; end(): void }, handlers: XmlHandlers, pieces: ScannedPieces) {
  let scanning = true;
  let first = true;
  let text = "";
  return (more: string, last: boolean): void => {
    if (!scanning) {
      parser.write(more);
      if (last) parser.end();
      return;
    }
    text += more;
    const cut = last ? text.length : text.lastIndexOf(pieces.cutAfter);
    if (cut < 0 && text.length <= MAX_QUEUED_BYTES) return; // no end of an element yet: wait for more text
    const end = last ? text.length : cut < 0 ? 0 : cut + pieces.cutAfter.length;
    if (end > 0 && scanRowXml(text.slice(0, end), handlers, first ? declarationEnd(text) : 0)) {
      pieces.save();
      first = false;
      text = text.slice(end);
      if (!last) return;
    } else {
      pieces.restore();
      scanning = false;
      parser.write(text);
    }
    text = "";
    if (last) parser.end();
  };
}

/**
 * A SAX parser calling `handlers`, fed text by `write` (a chunk may end anywhere) and closed by `end`.
 * Errors are thrown as they are: the caller decides what they mean (parseFailure).
 */
export function xmlParser(handlers: XmlHandlers): { write(text: string): void; end(): void } {
  const parser = new SaxLtx();
  // The handlers are called straight from ltx's emit, not through EventEmitter's listener lists: one
  // call per element of a 58 MB sheet part, where the emitter's dispatch cost ~10% of the read.
  parser.emit = (event, a, b) => {
    if (event === "startElement") handlers.open(local(a as string), b as Record<string, string>);
    else if (event === "endElement") handlers.close(local(a as string));
    else if (event === "text") handlers.text(a as string);
    return true;
  };
  return parser;
}

/** Whole XML text (or a run of whole elements) through `handlers`; a damaged text throws XmlPartError (saying handlers.where()). */
export function parseXmlText(text: string, handlers: XmlHandlers): void {
  try {
    const parser = xmlParser(handlers);
    parser.write(text);
    parser.end();
  } catch (error) {
    throw parseFailure(error, handlers.where?.());
  }
}

function destroy(stream: NodeJS.ReadableStream): void {
  (stream as unknown as { destroy?: () => void }).destroy?.();
}

/**
 * OOXML escapes characters XML cannot hold as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring);
 * Excel shows (and its API gives) the character. `_x005F_` escapes a literal underscore.
 */
export function decodeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
