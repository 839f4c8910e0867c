import { startTransition, useEffect, useState } from "react";

/** Supplier cards in Today's first paint, at most: about what a task pane shows without scrolling. */
export const FIRST_CARDS = 3;
/** Lines a supplier card lists before its "… and N more". */
export const CARD_LINES = 20;
/** Line rows that fill a task pane's first screen under Today's header and filters (a row is ~44 px). */
export const FIRST_SCREEN_LINES = 12;

/**
 * Cards in Today's first paint: as many of the first ones as fill about a screen with their lines,
 * at least one and at most FIRST_CARDS. At 20,000 lines the first card alone lists 20 lines and
 * hundreds of per-PO letters: the two cards under it were ~10 ms of the first paint, out of sight.
 */
export function firstScreenCards(groups: readonly { lines: readonly unknown[] }[]): number {
  const most = Math.min(groups.length, FIRST_CARDS);
  let lines = 0;
  for (let i = 0; i < most; i++) {
    lines += Math.min(groups[i].lines.length, CARD_LINES);
    if (lines >= FIRST_SCREEN_LINES) return i + 1;
  }
  return most;
}

/**
 * How many items of `items` to render: the first `first` at once, then all of them in a transition
 * (React renders them in slices and keeps answering clicks and keys meanwhile), so the pane is usable
 * as soon as the top of the list is on screen, whatever the number of suppliers below it.
 * A new list (data re-read, another filter) renders at once as many items as were shown before it
 * (never fewer than `first`): a refresh after logging a chase does not shrink the page under the
 * buyer's scroll position.
 */
export function useProgressiveCount(items: readonly unknown[], first = FIRST_CARDS): number {
  const [shown, setShown] = useState({ items, count: first });
  const count = shown.items === items ? shown.count : Math.max(first, shown.count);
  if (shown.items !== items) setShown({ items, count }); // render-phase update: React renders again before committing
  useEffect(() => {
    if (count < items.length) startTransition(() => setShown({ items, count: items.length }));
  }, [items, count]);
  return Math.min(count, items.length);
}
