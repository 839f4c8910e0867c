/** The payload measure equals the UTF-8 length of JSON.stringify, without building the string. */
import { jsonBytes } from "../../in-memory-excel";

const reference = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

test.each([
  ["numbers", [0, -0, 1, -12, 3.25, 1e21, 1e-7, 46346, NaN, Infinity, -Infinity]],
  ["strings with escapes", ["", 'a"b', "a\\b", "\n\t\r\b\f", "\u0001\u001f", "\u007f"]],
  ["CJK, emoji, a lone surrogate", ["苏州精密", "発注", "😀", "\ud800", "x\udc00y"]],
  ["nested values", [[["a", 1, true, null]], { a: 1, b: undefined, c: [undefined] }]],
  ["booleans and null", [true, false, null]],
  ["a register block", Array.from({ length: 50 }, (_, i) => [`PO${i}`, "Acme", 46346 + i, i % 3 ? 1.5 : "", "=x"])],
])("%s", (_case, value) => {
  expect(jsonBytes(value)).toBe(reference(value));
});
