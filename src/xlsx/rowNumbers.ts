/**
 * Row and cell positions written into a worksheet's XML where the file leaves them out. The `r`
 * attributes of <row> and <c> are optional in SpreadsheetML ([ECMA-376] 18.3.1.73, 18.3.1.4: a row
 * without one follows the previous row, a cell without one the previous cell), and some programs omit
 * them; exceljs then refuses the file ("Invalid row number in model"). This fills them in, so such a
 * file reads as Excel reads it. Only used on a whole read, after exceljs refused the file as it was.
 */
import { columnLetter } from "../register/columnLetter";

const TAG = /<(row|c)\b([^>]*?)(\/?)>|<\/row>/g;
const R_ATTRIBUTE = /\sr="([^"]*)"/;

/** The XML with every row and cell numbered; null when nothing was missing. */
export function numberRowsAndCells(xml: string): string | null {
  let changed = false;
  let row = 0;
  let column = -1;
  const out = xml.replace(TAG, (tag: string, name: string | undefined, attributes: string, selfClosing: string) => {
    if (name === undefined) return tag; // </row>
    const given = R_ATTRIBUTE.exec(attributes)?.[1];
    if (name === "row") {
      row = given !== undefined && /^\d+$/.test(given) ? Number(given) : row + 1;
      column = -1;
      if (given !== undefined) return tag;
      changed = true;
      return `<row r="${row}"${attributes}${selfClosing}>`;
    }
    if (given !== undefined) {
      const letters = /^([A-Z]{1,3})\d+$/.exec(given)?.[1];
      if (letters) column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return tag;
    }
    column++;
    changed = true;
    return `<c r="${columnLetter(column)}${row}"${attributes}${selfClosing}>`;
  });
  return changed ? out : null;
}
