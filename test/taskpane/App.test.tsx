import { renderToString } from "react-dom/server";
import { App } from "../../taskpane/App";
import { AppStore } from "../../taskpane/state/store";
import { fixedToday } from "../../taskpane/state/today";
import type { Services } from "../../taskpane/state/services";

/** Services that are never called during a server render (effects do not run there). */
const idle = new Proxy({} as Services, {
  get: () => () => {
    throw new Error("no workbook in this test");
  },
});

describe("App (server render, no workbook)", () => {
  test("first paint: the header, the date and the loading message, in the display language", () => {
    const html = renderToString(<App store={new AppStore(idle, fixedToday(46346), "zh-CN")} env={{ lang: "zh-CN", theme: "dark" }} />);
    expect(html).toContain("采购跟单");
    expect(html).toContain("截至 2026-11-20"); // 46346 = 2026-11-20
    expect(html).toContain("正在读取台账");
    expect(html).toContain('lang="zh-CN"');
  });

  test("English fallback and keyboard help", () => {
    const html = renderToString(<App store={new AppStore(idle, fixedToday(46346), "en")} env={{ lang: "en", theme: "light" }} />);
    expect(html).toContain("PO Follow-up");
    expect(html).toContain("Alt+1 Today");
  });
});
