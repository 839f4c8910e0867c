/**
 * A view whose code loads on first use (the task-pane page's JavaScript is budgeted): it suspends
 * until its chunk is there (React's Suspense protocol: a thrown promise), then renders directly.
 * `preload()` fetches it ahead — the pane does so once Today is on screen, so a click never waits.
 */
import { createElement, type ComponentType } from "react";

export type LazyView<P extends object> = ComponentType<P> & { preload(): Promise<void> };

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> =>
    (pending ??= load().then((component) => {
      loaded = component;
    }));
  const View = (props: P) => {
    if (loaded) return createElement(loaded, props);
    throw preload();
  };
  return Object.assign(View, { preload });
}
