import { renderToString } from "react-dom/server";
import { LineCustomerImpact } from "../../taskpane/views/line/LineCustomerImpact";
import { I18nContext, makeI18n } from "../../taskpane/state/i18n";
import { runPipeline } from "../../src/pipeline";
import type { Lang } from "../../src/i18n/i18n";
import { registerSources } from "../fixtures/sources";

// asOf Mon 9 Feb 2026 (46062); no receipts, so lines are expected on their due dates.
// SO-1 needs Fri 20 Feb (46073) → in by Wed 18 Feb. PO-1 due Fri 13 Feb (46066): 3 working days to spare;
// PO-2 due Fri 20 Feb: NETWORKDAYS(18, 20) − 1 = 2 working days late.
const HEADER = ["PO number", "Supplier", "Promised date", "Ordered qty", "Received qty", "Sales order", "Customer", "SO need date"];
const model = runPipeline(
  registerSources([HEADER, ["PO-1", "Acme", 46066, 1, 0, "SO-1", "Kite", 46073], ["PO-2", "Bolt", 46073, 1, 0, "SO-1", "Kite", 46073]]),
  { asOf: 46062 },
);

const html = (lineKey: string, lang: Lang = "en") =>
  renderToString(
    <I18nContext.Provider value={makeI18n(lang)}>
      <LineCustomerImpact lineKey={lineKey} impact={model.customerImpact} />
    </I18nContext.Provider>,
  );

test("the Line view says which sales order a line puts at risk, and by how much", () => {
  expect(html("PO-2")).toContain("Puts sales order SO-1 (Kite) at risk: needed in by 2026-02-18, 2 working days late");
  expect(html("PO-1")).toContain("Feeds sales order SO-1 (Kite): needed in by 2026-02-18, 3 working days to spare");
  expect(html("PO-2", "zh-CN")).toContain("影响销售订单 SO-1（Kite）");
  expect(html("PO-2", "ja")).toContain("受注 SO-1（Kite）にリスク");
  expect(html("PO-9")).toBe("");
});
