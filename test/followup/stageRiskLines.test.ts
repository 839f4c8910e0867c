import { stageRiskLines } from "../../src/followup/stageRiskLines";
import { evaluateLine } from "../../src/followup/evaluateLine";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import { reportText } from "../../src/report/labels";
import { shipmentText, stageRiskSection } from "../../src/report/shipmentSections";
import { NOV, makeLine } from "./fixtures";

// asOf Mon 2026-11-16, no holidays, 5 transit days. Not shipped and due Fri 20 → ship by Fri 13: at risk.
// Due Fri 27 → ship by Fri 20: not yet. An ETA of Mon 23 on a line committed for Fri 20: at risk.
const calendar = makeCalendar("0000011", []);
const asOf = NOV(16);
const status = (fields: Partial<PoLine>) => evaluateLine(makeLine(fields), { settings: DEFAULT_SETTINGS, calendar, asOf });
const statuses = [
  status({ key: "C/10", poNumber: "C", supplier: "Bolt", buyer: "Lee", promisedDate: NOV(20), stage: "Production" }), // due 20, at risk
  status({ key: "A/10", poNumber: "A", supplier: "Acme", buyer: "Mei", promisedDate: NOV(20), stage: "Shipped", eta: NOV(23) }), // due 20, ETA late
  status({ key: "B/10", poNumber: "B", supplier: "Acme", buyer: "Lee", promisedDate: NOV(18), stage: "Packed" }), // due 18, at risk
  status({ key: "D/10", poNumber: "D", supplier: "Acme", buyer: "Lee", promisedDate: NOV(27), stage: "Production" }), // ship by 20: not yet
  status({ key: "E/10", poNumber: "E", supplier: "Acme", buyer: "Lee", promisedDate: NOV(13), stage: "Production" }), // late already: no stage risk
];

describe("stageRiskLines: the one list of lines at risk before they are late", () => {
  test("by due date, then supplier: B (18), A (20, Acme), C (20, Bolt); D not yet, E late", () => {
    expect(stageRiskLines(statuses).map((s) => s.line.key)).toEqual(["B/10", "A/10", "C/10"]);
  });

  test("Today's buyer and supplier filters, compared trimmed and case-insensitively", () => {
    expect(stageRiskLines(statuses, { buyer: " lee " }).map((s) => s.line.key)).toEqual(["B/10", "C/10"]);
    expect(stageRiskLines(statuses, { supplier: "ACME" }).map((s) => s.line.key)).toEqual(["B/10", "A/10"]);
  });

  test("the report's Stage risk section lists the same lines in the same order", () => {
    const section = stageRiskSection(statuses, reportText("en"), shipmentText("en"), "en");
    const po = section.columns.findIndex((c) => c.key === "po" || c.key === "poNumber");
    expect(po).toBeGreaterThanOrEqual(0);
    expect(section.rows.map((r) => r[po])).toEqual(["B", "A", "C"]);
    expect(section.rows.map((r) => r[0])).toEqual(["Acme", "Acme", "Bolt"]);
  });
});
