import { renderToString } from "react-dom/server";
import { LinePrediction } from "../../taskpane/views/line/LinePrediction";
import { I18nContext, makeI18n } from "../../taskpane/state/i18n";
import type { Prediction } from "../../src/predict/predictArrival";
import type { Lang } from "../../src/i18n/i18n";

// 46056 = 2026-02-03, 46062 = 2026-02-09.
const PREDICTION: Prediction = {
  p50: 46056,
  p90: 46062,
  anchor: 46054,
  slip50: 2,
  slip90: 6,
  basis: { kind: "mixed", receipts: [0, 2, 4, 6, 8], late: 4, promiseMoves: [3], everyone: 40, lateSoFar: 0, used: 6, weight: 0.5 },
};

const html = (prediction: Prediction | undefined, lang: Lang) =>
  renderToString(
    <I18nContext.Provider value={makeI18n(lang)}>
      <LinePrediction prediction={prediction} />
    </I18nContext.Provider>,
  );

describe("LinePrediction", () => {
  test("shows P50, P90, the reason and the slips it rests on", () => {
    const out = html(PREDICTION, "en");
    expect(out).toContain("2026-02-03");
    expect(out).toContain("2026-02-09");
    // 4 of 5 receipts late, median rank ⌈2.5⌉ = 3 → 4; one re-promise; weight 0.5 → 50 % toward all suppliers.
    expect(out).toContain("4 of its last 5 lines late, median 4 working days; 1 open line re-promised later; little history: weighted 50% toward all suppliers");
    expect(out).toContain("0, 2, 4, 6, 8, ≥3");
  });

  test("in Japanese and Chinese", () => {
    expect(html(PREDICTION, "ja")).toContain("入荷予測");
    expect(html(PREDICTION, "zh-CN")).toContain("预计到货");
  });

  test("a line without a prediction (received, no date) shows nothing", () => {
    expect(html(undefined, "en")).toBe("");
  });
});
