import { useCallback, type FormEvent, type KeyboardEvent } from "react";

/** The parts of a key event that decide whether it saves (a plain object in tests). */
export interface SaveKeyEvent {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  keyCode?: number;
  nativeEvent: { isComposing?: boolean };
  target: EventTarget | { tagName: string };
}

export interface SaveOnEnterOptions {
  /** Enter in a multi-line box types a new line (lists one per line); else it saves like elsewhere. */
  newlineInTextarea?: boolean;
}

/**
 * Enter saves the form. Shift+Enter types a new line; Enter never saves while an IME is composing
 * Chinese or Japanese (isComposing, or keyCode 229 where a browser does not set it), nor on a
 * button or link, where Enter presses it.
 */
export function isSaveKey(event: SaveKeyEvent, options: SaveOnEnterOptions = {}): boolean {
  if (event.key !== "Enter" || event.shiftKey || event.altKey) return false;
  if (event.nativeEvent.isComposing || event.keyCode === 229) return false;
  const tag = (event.target as { tagName?: string }).tagName ?? "";
  if (options.newlineInTextarea && tag === "TEXTAREA") return false;
  return tag !== "BUTTON" && tag !== "A" && tag !== "SUMMARY";
}

/** Props for a <form>: submit and Enter both call `save` (once; the browser's own submit is prevented). */
export function useSaveOnEnter(save: () => Promise<void> | void, options: SaveOnEnterOptions = {}) {
  const { newlineInTextarea = false } = options;
  const onSubmit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      void save();
    },
    [save],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (!isSaveKey(event, { newlineInTextarea })) return;
      event.preventDefault();
      void save();
    },
    [save, newlineInTextarea],
  );
  return { onSubmit, onKeyDown };
}
