import { terminalJson, visibleControls } from "../../src/report/plainText";

describe("visibleControls: nothing a cell holds can drive a terminal", () => {
  test.each([
    ["clear screen (CSI 2J)", "\u001b[2JAcme", "␛[2JAcme"],
    ["window title (OSC 0 … BEL)", "\u001b]0;pwned\u0007Acme", "␛]0;pwned␇Acme"],
    ["carriage return hiding what came before", "late\rOK", "late␍OK"],
    ["DEL", "a\u007fb", "a␡b"],
    ["C1 CSI (U+009B)", "\u009b31mred", "<U+009B>31mred"],
    ["right-to-left override", "\u202Eevil.xlsx", "<U+202E>evil.xlsx"],
    ["first-strong isolate", "a\u2068b\u2069", "a<U+2068>b<U+2069>"],
    ["Arabic letter mark", "x\u061Cy", "x<U+061C>y"],
    ["line feed and tab stay", "a\tb\nc", "a\tb\nc"],
    ["CJK, emoji and accents untouched", "苏州精密 — 株式会社 ✓ café", "苏州精密 — 株式会社 ✓ café"],
  ])("%s", (_case, input, shown) => {
    expect(visibleControls(input)).toBe(shown);
  });
});

describe("terminalJson: exact JSON, inert on a terminal", () => {
  test("C0 escaped by JSON itself, C1 and bidi escaped here; parsing gives the original back", () => {
    const value = { supplier: "\u001b]0;x\u0007A\u202E\u009b" };
    const text = terminalJson(value);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain("\\u202e");
    expect(JSON.parse(text)).toEqual(value);
  });
});
