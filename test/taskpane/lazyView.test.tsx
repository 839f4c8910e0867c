/** A view loaded on first use: shown once its code is there; a failed load says so (with a retry) instead of a blank view. */
import { Suspense } from "react";
import { renderToString } from "react-dom/server";
import { lazyView } from "../../taskpane/views/lazyView";
import { I18nContext, makeI18n } from "../../taskpane/state/i18n";

function Hello({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

const render = (node: React.ReactNode, lang: "en" | "ja" = "en") =>
  renderToString(
    <I18nContext.Provider value={makeI18n(lang)}>
      <Suspense fallback="loading">{node}</Suspense>
    </I18nContext.Provider>,
  );

test("a load that fails shows the failure and a retry; the next attempt loads the view", async () => {
  let attempts = 0;
  const View = lazyView(async () => {
    attempts++;
    if (attempts === 1) throw new Error("network");
    return Hello;
  });
  await expect(View.preload()).resolves.toBeUndefined(); // settles either way: the suspended view renders again
  const failed = render(<View name="Li" />);
  expect(failed).toContain("This view could not be loaded");
  expect(failed).toContain("Try again");
  expect(render(<View name="Li" />, "ja")).toContain("この画面を読み込めませんでした");
  await View.preload(); // a failed load is not kept: this one loads
  expect(attempts).toBe(2);
});

test("once loaded, the view renders at once, and preload does not load it twice", async () => {
  let attempts = 0;
  const View = lazyView(async () => {
    attempts++;
    return Hello;
  });
  await Promise.all([View.preload(), View.preload()]);
  expect(attempts).toBe(1);
  expect(render(<View name="Li" />)).toContain("hello <!-- -->Li");
});
