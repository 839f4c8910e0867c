import { renderToString } from "react-dom/server";
import { LineTimeline } from "../../taskpane/views/line/LineTimeline";
import { I18nContext, makeI18n } from "../../taskpane/state/i18n";
import { evaluateLine } from "../../src/followup/evaluateLine";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { Lang } from "../../src/i18n/i18n";
import type { PoLine } from "../../src/model";
import { NOV, makeEntry, makeLine } from "../followup/fixtures";

// Promised Fri 2026-11-20, asOf Mon 16, no holidays: ship by WORKDAY(20, −5) = Fri 13, passed → at risk.
const calendar = makeCalendar("0000011", []);
const asOf = NOV(16);
const statusOf = (fields: Partial<PoLine>) => evaluateLine(makeLine({ orderDate: NOV(2), promisedDate: NOV(20), ...fields }), { settings: DEFAULT_SETTINGS, calendar, asOf });
const html = (fields: Partial<PoLine>, lang: Lang = "en") =>
  renderToString(
    <I18nContext.Provider value={makeI18n(lang)}>
      <LineTimeline status={statusOf(fields)} chases={[makeEntry({ lineKey: "PO1/10", date: NOV(9), channel: "phone", outcome: "noAnswer" })]} asOf={asOf} />
    </I18nContext.Provider>,
  );
const text = (markup: string) => markup.replace(/<[^>]+>/g, "\n").replace(/&#x27;/g, "'").replace(/\n+/g, "\n");

describe("Line timeline: the stage risk in words, in three languages", () => {
  test("not shipped with 4 working days left (17, 18, 19, 20): must ship by 2026-11-13", () => {
    expect(text(html({ stage: "Production" }))).toContain("Current stage: Production\nAt risk: not shipped yet, and it must ship by 2026-11-13 to arrive in time (5 working days in transit).");
    expect(text(html({ stage: "Production" }, "zh-CN"))).toContain("当前进度：生产\n有风险：尚未出货，须在 2026-11-13 前出货才能按期到货（运输需 5 个工作日）。");
    expect(text(html({ stage: "Production" }, "ja"))).toContain("現在の工程：生産\nリスクあり：未出荷です。納期に間に合わせるには 2026-11-13 までに出荷が必要です（輸送 5 営業日）。");
  });

  test("an ETA after the committed date, and an in-transit line with its reference", () => {
    expect(text(html({ stage: "Shipped", eta: NOV(23) }))).toContain("At risk: the ETA 2026-11-23 is after the committed date 2026-11-20.");
    expect(text(html({ stage: "Shipped", carrier: "COSCO", tracking: "SH1" }, "ja"))).toContain("輸送中：COSCO SH1");
  });

  test("events in date order, done or planned: ordered 2nd, the chase on the 9th, ship-by 13th, Today 16th, promised 20th", () => {
    const markup = text(html({ stage: "Production" }));
    const order = ["2026-11-02\nOrdered\n · done", "2026-11-09\nChase · Phone · No answer\n · done", "2026-11-13\nMust ship by\n · planned", "2026-11-16\nToday", "2026-11-20\nPromised by supplier\n · planned"];
    const at = order.map((s) => markup.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
