/**
 * Excel's limit on one cell: 32,767 characters. A file with a longer text is "repaired" by Excel (the
 * cell emptied) and Office.js refuses to write it, so the report never writes one: the text is cut and
 * ends with a note saying how long it was.
 */
export const EXCEL_CELL_CHARS = 32_767;

/** The note ending a cut text: `template` with {length} (the original's) and {limit}. */
const DEFAULT_NOTE = "… [cut: {length} characters; a cell holds {limit}]";

export function fitCellText(text: string, noteTemplate: string = DEFAULT_NOTE): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  const note = noteTemplate.replace("{length}", String(text.length)).replace("{limit}", String(EXCEL_CELL_CHARS));
  let keep = EXCEL_CELL_CHARS - note.length;
  // Never split a surrogate pair (an emoji, a rare CJK character): drop its first half too.
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return `${text.slice(0, keep)}${note}`;
}
