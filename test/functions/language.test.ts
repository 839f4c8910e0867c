/** The custom functions' language: Office's display language through src/excel/platform, English without one. */
import { labels, workbookLanguage } from "../../functions/language";

type OfficeStandIn = { context?: unknown };
const setOffice = (office: OfficeStandIn | undefined) => {
  if (office === undefined) delete (globalThis as { Office?: unknown }).Office;
  else (globalThis as { Office?: unknown }).Office = office;
};

describe("workbookLanguage", () => {
  afterEach(() => setOffice(undefined));

  test("outside Office (tests, benchmarks, a runtime without Office.js): English", () => {
    expect(workbookLanguage()).toBe("en");
    expect(labels()("status_received")).toBe("Received");
  });

  test("before Office.onReady, when reading Office.context throws: English", () => {
    setOffice(
      Object.defineProperty({}, "context", {
        get() {
          throw new Error("Office.js is not ready");
        },
      }),
    );
    expect(workbookLanguage()).toBe("en");
  });

  test("Office's display language: every zh-* is Simplified Chinese, ja-* Japanese, anything else English", () => {
    setOffice({ context: { displayLanguage: "zh-TW" } });
    expect(workbookLanguage()).toBe("zh-CN");
    setOffice({ context: { displayLanguage: "ja-JP" } });
    expect(workbookLanguage()).toBe("ja");
    setOffice({ context: { displayLanguage: "de-DE" } });
    expect(workbookLanguage()).toBe("en");
    setOffice({ context: {} });
    expect(workbookLanguage()).toBe("en");
  });
});
