/**
 * A fast path for the sheet reader's hottest loop: a run of whole `<row>` elements, scanned with
 * `indexOf` instead of a character-by-character state machine, giving `handlers` exactly the events
 * ltx gives (xmlStream.ts: same names, attributes and texts, entities decoded by ltx's own
 * unescapeXML).
 *
 * Why: no SAX library parses a sheet part fast enough for the runner's goals. Measured on a
 * 100,000-line register's sheet part (58 MB of XML, same run): ltx 0.80–0.90 s, txml 0.74–0.79 s,
 * saxophone 0.82–0.85 s; this scanner with the same row collector ~0.3 s.
 *
 * It only takes the plain shape Excel and every other writer produce: tags of names and quoted
 * attributes, text, the five entities and character references. On anything else — a comment, CDATA,
 * a processing instruction, a stray `/`, an attribute without quotes, text cut off inside a tag — it
 * answers false at once, and the caller parses the whole run again with ltx (events already given are
 * to be dropped). So it never decides what malformed XML means: ltx still does.
 */
import type { XmlHandlers } from "./xmlStream";

/** ltx's entity decoding (the five entities and character references; an unknown entity throws). */
const { unescapeXML } = require("ltx/lib/escape.js") as { unescapeXML(text: string): string };

const GT = 62; // >
const SLASH = 47; // /
const EQUALS = 61; // =
const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const BANG = 33; // !
const QUESTION = 63; // ?
const COLON = 58; // :

/** Tag and attribute names are cut at the first character up to the space (as ltx does). */
const isNameEnd = (code: number): boolean => code <= 32 || code === SLASH || code === GT || code === EQUALS;
/** In a tag's name, ltx takes `!` and `?` for the start of a comment, CDATA or an instruction. */
const isMarkupStart = (code: number): boolean => code === BANG || code === QUESTION;

const decoded = (raw: string): string => (raw.indexOf("&") < 0 ? raw : unescapeXML(raw));

/**
 * Scans `text` (whole elements) into `handlers`; false when it is not of the plain shape (nothing is
 * decided: parse it with ltx). An unknown entity throws, as with ltx. `from`: where the scan starts,
 * just past the XML declaration — ltx gives no text between a declaration and the next tag, nor does this.
 */
export function scanRowXml(text: string, handlers: XmlHandlers, from = 0): boolean {
  const length = text.length;
  let at = from;
  if (from > 0) {
    at = text.indexOf("<", from);
    if (at < 0) return true;
  }
  while (at < length) {
    const lt = text.indexOf("<", at);
    if (lt < 0) {
      // Text after the last tag: ltx keeps it for a next write that never comes, so it is never given.
      return true;
    }
    if (lt > at) handlers.text(decoded(text.slice(at, lt)));
    const first = text.charCodeAt(lt + 1);
    if (first === SLASH) {
      const gt = text.indexOf(">", lt + 2);
      if (gt < 0) return false;
      let end = lt + 2;
      let colon = -1;
      for (let code = text.charCodeAt(end); end < gt && !isNameEnd(code); code = text.charCodeAt(++end)) {
        if (code === COLON && colon < 0) colon = end;
        else if (isMarkupStart(code)) return false;
      }
      if (end !== gt || end === lt + 2) return false; // attributes or spaces in an end tag, or no name
      handlers.close(localName(text, lt + 2, gt, colon));
      at = gt + 1;
      continue;
    }
    let end = lt + 1;
    let colon = -1;
    for (let code = first; end < length && !isNameEnd(code); code = text.charCodeAt(++end)) {
      if (code === COLON && colon < 0) colon = end;
      else if (isMarkupStart(code)) return false;
    }
    if (end === lt + 1 || end >= length) return false;
    const name = localName(text, lt + 1, end, colon);
    const attributes: Record<string, string> = {};
    let position = end;
    for (;;) {
      let code = text.charCodeAt(position);
      while (code <= 32 && position < length) code = text.charCodeAt(++position);
      if (position >= length) return false;
      if (code === GT) {
        handlers.open(name, attributes);
        at = position + 1;
        break;
      }
      if (code === SLASH) {
        if (text.charCodeAt(position + 1) !== GT) return false;
        handlers.open(name, attributes);
        handlers.close(name);
        at = position + 2;
        break;
      }
      const nameStart = position;
      while (position < length && !isNameEnd(text.charCodeAt(position))) position++;
      if (text.charCodeAt(position) !== EQUALS || position === nameStart) return false;
      const quote = text.charCodeAt(position + 1);
      if (quote !== QUOTE && quote !== APOSTROPHE) return false;
      const valueEnd = text.indexOf(quote === QUOTE ? '"' : "'", position + 2);
      if (valueEnd < 0) return false;
      attributes[text.slice(nameStart, position)] = decoded(text.slice(position + 2, valueEnd));
      position = valueEnd + 1;
      const next = text.charCodeAt(position);
      if (next > 32 && next !== GT && next !== SLASH) return false; // `a="1"b="2"`: leave it to ltx
    }
  }
  return true;
}

/** An element's name without its namespace prefix ("x:c" → "c"), as xmlStream.ts gives it; `colon`: its first colon, or -1. */
function localName(text: string, start: number, end: number, colon: number): string {
  if (colon >= 0) return text.slice(colon + 1, end);
  // The names of a sheet's rows and cells, without a new string each time.
  if (end - start === 1) {
    const code = text.charCodeAt(start);
    if (code === 99) return "c";
    if (code === 118) return "v";
    if (code === 102) return "f";
    if (code === 116) return "t";
  } else if (
    end - start === 3 &&
    text.charCodeAt(start) === 114 &&
    text.charCodeAt(start + 1) === 111 &&
    text.charCodeAt(start + 2) === 119
  )
    return "row";
  return text.slice(start, end);
}
