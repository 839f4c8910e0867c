/** Our cell formats merged into the user's styles.xml: existing indices kept, equal entries reused, new ones appended. */
import { StylesMerge } from "../../src/xlsx/stylesMerge";
import { elements, section } from "../../src/xlsx/packageParts";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const REGULAR = '<font><sz val="11"/><name val="Calibri"/></font>';
const BOLD = '<font><b/><sz val="11"/><name val="Calibri"/></font>';
const NOTE = '<font><i/><sz val="9"/><name val="Calibri"/></font>';
const FILLS = '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>';
const BORDERS = '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>';

/** The user's: one custom date format (164), two fonts, three cell formats. */
const USER = `${HEAD}<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2">${REGULAR}${BOLD}</fonts>${FILLS}${BORDERS}<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
/** The scratch workbook's (exceljs numbers its formats its own way: the same date format is 165 there). */
const OURS = `${HEAD}<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2">${REGULAR}${NOTE}</fonts>${FILLS}${BORDERS}<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs></styleSheet>`;

test("a format the user already has is reused: nothing added, styles.xml unchanged", () => {
  const merge = new StylesMerge(USER, OURS);
  // Ours 1 = date format 165 "yyyy-mm-dd" (= the user's 164), regular font (= the user's font 0): the user's xf 1.
  expect(merge.cellXf(1)).toBe(1);
  expect(merge.cellXf(0)).toBe(0);
  expect(merge.unchanged).toBe(true);
  expect(merge.result()).toBe(USER);
});

test("new formats are appended after the user's: number format 165, font 2, cell formats 3 and 4", () => {
  const merge = new StylesMerge(USER, OURS);
  // Ours 2: "0.0%" is new → the first free custom id, 164 + 1 = 165; the note font is new → font 2 (the
  // user has 2); the cell format is new → index 3 (the user has 3).
  expect(merge.cellXf(2)).toBe(3);
  // Ours 3: built-in format 14 stays 14; the note font is already placed at 2; a new cell format → 4.
  expect(merge.cellXf(3)).toBe(4);
  expect(merge.cellXf(2)).toBe(3); // asked again: the same index, nothing added twice
  const xml = merge.result();
  expect(elements(section(xml, "numFmts")!.body, "numFmt")).toEqual([
    '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>',
    '<numFmt numFmtId="165" formatCode="0.0%"/>',
  ]);
  expect(section(xml, "numFmts")!.open).toBe('<numFmts count="2">');
  expect(section(xml, "fonts")!.open).toBe('<fonts count="3">');
  expect(elements(section(xml, "fonts")!.body, "font")).toEqual([REGULAR, BOLD, NOTE]);
  const xfs = elements(section(xml, "cellXfs")!.body, "xf");
  expect(section(xml, "cellXfs")!.open).toBe('<cellXfs count="5">');
  expect(xfs.slice(0, 3)).toEqual(elements(section(USER, "cellXfs")!.body, "xf")); // the user's, untouched
  expect(xfs[3]).toBe('<xf numFmtId="165" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>');
  expect(xfs[4]).toBe('<xf numFmtId="14" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>');
  expect(xml.endsWith('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')).toBe(true);
});

test("a user styles.xml without number formats gets the collection first, in schema order", () => {
  const bare = USER.replace(/<numFmts[\s\S]*?<\/numFmts>/, "");
  const merge = new StylesMerge(bare, OURS);
  // Ours 1's "yyyy-mm-dd" is now new. The user's xf 1 still points at 164 (undeclared): not free, so
  // the new id is 164 + 1 = 165, and the cell format is new: index 3.
  expect(merge.cellXf(1)).toBe(3);
  const xml = merge.result();
  expect(xml).toContain(`${HEAD}<numFmts count="1"><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2">`);
});
