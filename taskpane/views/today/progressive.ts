import { startTransition, useEffect, useState } from "react";

/** Supplier cards in Today's first paint: about what a task pane shows without scrolling. */
export const FIRST_CARDS = 3;

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
