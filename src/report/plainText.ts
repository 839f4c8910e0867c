/**
 * Text for a terminal or a plain-text file (`po-followup` output, the `--text` summary, an email's text
 * part): control characters a cell can carry (an .xlsx stores them as `_x001B_`) are made visible, so a
 * supplier name cannot clear the screen, set a window title, recolour the terminal or reverse the
 * reading order. Line feeds and tabs stay. The HTML and .xlsx outputs keep the user's text exactly.
 */

/** C0 (but \t and \n), DEL, C1, and the bidirectional marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's whole purpose
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The same less C0 (JSON.stringify already escapes those). */
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/** ESC → "␛" (Unicode's control pictures for C0 and DEL), others → "<U+202E>". */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return `<U+${hex(code)}>`;
  });
}

/** JSON for a terminal: still exact JSON (every such character written as a \uXXXX escape), but inert. */
export function terminalJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (c) => `\\u${hex(c.charCodeAt(0)).toLowerCase()}`);
}
