/**
 * A fast path for the reader's hottest loops: a run of whole elements — a sheet's `<row>`s, the shared
 * strings' `<si>`s — scanned with `indexOf` instead of a character-by-character state machine, giving
 * `handlers` exactly the events ltx gives (xmlStream.ts: same names, attributes and texts, entities
 * decoded by ltx's own unescapeXML).
 *
 * Why: no SAX library parses a sheet part fast enough for the runner's goals. Measured on a
 * 100,000-line register's sheet part (58 MB of XML, same run): ltx 0.80–0.90 s, txml 0.74–0.79 s,
 * saxophone 0.82–0.85 s; with the sheet reader's row collector, ltx 0.98–1.05 s, this scanner
 * 0.43–0.45 s. Cells (`<c>`, most of a sheet) go to the collector's openCell without an attributes
 * object, and a cell's `<v>value</v></c>` is given without tokenizing its three tags.
 *
 * It only takes the plain shape Excel and every other writer produce: tags of names and quoted
 * attributes, text, the five entities and character references. On anything else — a comment, CDATA,
 * a processing instruction, a stray `/`, an attribute without quotes, text cut off inside a tag — it
 * answers false at once, and the caller parses the whole run again with ltx (events already given are
 * to be dropped). So it never decides what malformed XML means: ltx still does.
 */
import type { XmlHandlers } from "./xmlHandlers";

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
 * just past the XML declaration — ltx gives no text between a declaration and the next tag, nor does this;
 * a byte-order mark before the declaration, which ltx gives as text, is not given either (no handler
 * reads text outside an element).
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
    // The attributes' places first (names start..end, values start..end), read into strings only as needed.
    let count = 0;
    let position = end;
    let selfClosing = false;
    for (;;) {
      let code = text.charCodeAt(position);
      while (code <= 32 && position < length) code = text.charCodeAt(++position);
      if (position >= length) return false;
      if (code === GT) {
        at = position + 1;
        break;
      }
      if (code === SLASH) {
        if (text.charCodeAt(position + 1) !== GT) return false;
        selfClosing = true;
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
      places[count++] = nameStart;
      places[count++] = position;
      places[count++] = position + 2;
      places[count++] = valueEnd;
      position = valueEnd + 1;
      const next = text.charCodeAt(position);
      if (next > 32 && next !== GT && next !== SLASH) return false; // `a="1"b="2"`: leave it to ltx
    }
    if (name === "c" && handlers.openCell) openCell(text, handlers, count);
    else handlers.open(name, count === 0 ? NO_ATTRIBUTES : attributesOf(text, count));
    if (selfClosing) handlers.close(name);
    else if (name === "c" && text.startsWith("<v>", at)) {
      // Most cells: `<v>value</v></c>`, given as the same events without tokenizing three more tags.
      const valueEnd = text.indexOf("<", at + 3);
      if (valueEnd >= 0 && text.startsWith("</v></c>", valueEnd)) {
        handlers.open("v", NO_ATTRIBUTES);
        if (valueEnd > at + 3) handlers.text(decoded(text.slice(at + 3, valueEnd)));
        handlers.close("v");
        handlers.close("c");
        at = valueEnd + 8;
      }
    }
  }
  return true;
}

/** Where the current tag's attributes are: four numbers each (name start, name end, value start, value end). */
const places: number[] = [];

/** Given for a tag without attributes: read during the call only, never changed (XmlHandlers). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

function attributesOf(text: string, count: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  // In document order: a name given twice keeps its last value, as with ltx.
  for (let i = 0; i < count; i += 4) attributes[text.slice(places[i], places[i + 1])] = decoded(text.slice(places[i + 2], places[i + 3]));
  return attributes;
}

/** A cell's `r` and `t`, read without an attributes object (a sheet has millions of cells). */
function openCell(text: string, handlers: XmlHandlers, count: number): void {
  let reference: string | undefined;
  let type: string | undefined;
  for (let i = 0; i < count; i += 4) {
    const name = places[i + 1] - places[i] === 1 ? text.charCodeAt(places[i]) : 0;
    if (name === 114 /* r */) reference = decoded(text.slice(places[i + 2], places[i + 3]));
    else if (name === 116 /* t */) type = cellType(text, places[i + 2], places[i + 3]);
    else if (holdsEntity(text, places[i + 2], places[i + 3])) decoded(text.slice(places[i + 2], places[i + 3])); // ltx decodes every value: a bad entity anywhere is a damaged part
  }
  handlers.openCell!(reference, type);
}

function holdsEntity(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 38 /* & */) return true;
  return false;
}

/** The cell types Excel writes, as constants (no string made per cell); any other value as it is. */
function cellType(text: string, start: number, end: number): string {
  const first = text.charCodeAt(start);
  if (end - start === 1) {
    if (first === 115) return "s";
    if (first === 110) return "n";
    if (first === 98) return "b";
    if (first === 101) return "e";
    if (first === 100) return "d";
  } else if (end - start === 3 && text.startsWith("str", start)) return "str";
  else if (end - start === 9 && text.startsWith("inlineStr", start)) return "inlineStr";
  return decoded(text.slice(start, end));
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

/** Where the XML declaration (after a byte-order mark) ends: 0 when the text has none. */
export function declarationEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("<?xml", start)) return 0;
  const end = text.indexOf("?>", start);
  return end < 0 ? text.length : end + 2;
}
