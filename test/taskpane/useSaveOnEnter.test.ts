import { isSaveKey, type SaveKeyEvent } from "../../taskpane/components/useSaveOnEnter";

const key = (patch: Partial<SaveKeyEvent> & { tag?: string; composing?: boolean } = {}): SaveKeyEvent => ({
  key: "Enter",
  shiftKey: false,
  altKey: false,
  nativeEvent: { isComposing: patch.composing ?? false },
  target: { tagName: patch.tag ?? "INPUT" },
  ...patch,
});

describe("Enter saves", () => {
  test("plain Enter in a field or the note saves", () => {
    expect(isSaveKey(key())).toBe(true);
    expect(isSaveKey(key({ tag: "TEXTAREA" }))).toBe(true);
    expect(isSaveKey(key({ tag: "SELECT" }))).toBe(true);
  });

  test("never while an IME is composing (isComposing, or keyCode 229)", () => {
    expect(isSaveKey(key({ composing: true }))).toBe(false);
    expect(isSaveKey(key({ keyCode: 229 }))).toBe(false);
  });

  test("Shift+Enter types a new line; other keys and modifiers do not save; buttons and links keep their Enter", () => {
    expect(isSaveKey(key({ shiftKey: true }))).toBe(false);
    expect(isSaveKey(key({ altKey: true }))).toBe(false);
    expect(isSaveKey(key({ key: "a" }))).toBe(false);
    expect(isSaveKey(key({ tag: "BUTTON" }))).toBe(false);
    expect(isSaveKey(key({ tag: "A" }))).toBe(false);
  });

  test("forms of one-per-line lists (Rules) keep Enter for new lines in their text boxes", () => {
    expect(isSaveKey(key({ tag: "TEXTAREA" }), { newlineInTextarea: true })).toBe(false);
    expect(isSaveKey(key({ tag: "INPUT" }), { newlineInTextarea: true })).toBe(true);
  });
});
