import { isBlankText, isTrimmedSpace, trimmed } from "../../src/register/whitespace";

describe("whitespace: what String.prototype.trim removes, one code unit at a time", () => {
  test("every UTF-16 code unit: isTrimmedSpace is exactly what trim removes", () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const removed = String.fromCharCode(code).trim() === "";
      if (isTrimmedSpace(code) !== removed) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  test("the set by name: tab to carriage return, space, no-break spaces, the Zs spaces, line/paragraph separators, BOM", () => {
    const spaces = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
    expect(spaces.filter((c) => !isTrimmedSpace(c))).toEqual([]);
    // Not whitespace: controls other than tab…CR, DEL, zero-width space (Cf), the next-line control, ideographic letters.
    expect([0x00, 0x08, 0x0e, 0x1f, 0x7f, 0x85, 0x200b, 0x180e, 0x6df1].filter(isTrimmedSpace)).toEqual([]);
  });

  test("trimmed gives trim's answer, and the very same string when nothing is to remove", () => {
    const samples = ["", " ", "Acme", " Acme ", "深圳华强电子有限公司", "\u3000東京精密工業\u3000", "PO-1\t", "\ufeffPO-2", "Ø12", " \u00a0 "];
    for (const text of samples) expect(trimmed(text)).toBe(text.trim());
    const cjk = ["深圳华强", "電子部品"].join(""); // a string built at run time, not a literal
    expect(Object.is(trimmed(cjk), cjk)).toBe(true);
  });

  test("isBlankText: empty or whitespace only", () => {
    expect(["", " ", "\t\n", "\u3000", " \u00a0\ufeff"].map(isBlankText)).toEqual([true, true, true, true, true]);
    expect(["a", " a ", "深", "\u200b", "-"].map(isBlankText)).toEqual([false, false, false, false, false]);
  });
});
