import { d, makeLine, NOV } from "../followup/fixtures";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { buildReportModel } from "../../src/report/buildReportModel";
import { layoutReport } from "../../src/report/layout/reportLayout";
import { NO_DATA, type TableSection } from "../../src/report/model";
import type { PoLine } from "../../src/model";
import { AS_OF, WEEK, scenarioInput } from "./fixtures";

/**
 * asOf Fri 20 Nov 2026, week 16–22 Nov, default settings (Mon–Fri, no holidays, 5 transit days).
 * - A: due Wed 25 Nov, in production → ship by WORKDAY(25, −5) = Wed 18 < 20: at risk, not shipped.
 * - B: due Fri 4 Dec, shipped (stage Shipped) with Maersk MAEU1, ETA Mon 30 Nov, committed 4 Dec → in transit.
 * - C: due Mon 23 Nov, shipped, ETA Wed 25 Nov after its committed 23 Nov → in transit and at risk (ETA).
 * - D: received 18 Nov, 100 of 100, 10 rejected → partial, 10 awaiting replacement; Acme reject rate 10 / 100.
 * - E: another supplier, received 19 Nov 50, accepted 50 → 0 / 50.
 */
function line(key: string, fields: Partial<PoLine>): PoLine {
  return makeLine({ key, poNumber: key, line: null, orderDate: NOV(2), ...fields });
}
const lines = [
  line("A", { promisedDate: NOV(25), stage: "Production" }),
  line("B", { promisedDate: d(2026, 12, 4), stage: "Shipped", carrier: "Maersk", tracking: "MAEU1", eta: NOV(30) }),
  line("C", { promisedDate: NOV(23), stage: "已发货", eta: NOV(25) }),
  line("D", { promisedDate: NOV(18), receivedQty: 100, receivedDate: NOV(18), rejectedQty: 10 }),
  line("E", { supplier: "Bolt Ltd", promisedDate: NOV(19), orderedQty: 50, receivedQty: 50, receivedDate: NOV(19), acceptedQty: 50 }),
];

const model = buildReportModel({
  ...scenarioInput("en"),
  register: { name: "Register", lines },
  statuses: evaluateRegister(lines, [], DEFAULT_SETTINGS, AS_OF),
  chases: [],
  period: WEEK,
  history: [],
});
const table = (id: string) => model.sections.find((s) => s.id === id) as TableSection;
const column = (section: TableSection, key: string) => section.rows.map((r) => r[section.columns.findIndex((c) => c.key === key)]);

test("the sections come after Coming due, only for a register that follows shipments and inspections", () => {
  const ids = model.sections.map((s) => s.id);
  expect(ids.slice(ids.indexOf("comingDue") + 1, ids.indexOf("comingDue") + 5)).toEqual([
    "inTransit",
    "stageRisk",
    "quality",
    "openReplacements",
  ]);
  expect(buildReportModel(scenarioInput("en")).sections.map((s) => s.id)).not.toContain("inTransit");
});

test("In transit: B and C, by ETA (25 Nov before 30 Nov), with carrier and tracking", () => {
  const s = table("inTransit");
  expect(column(s, "poNumber")).toEqual(["C", "B"]);
  expect(column(s, "carrier")).toEqual([null, "Maersk"]);
  expect(column(s, "tracking")).toEqual([null, "MAEU1"]);
});

test("Stage risk: A (not shipped, ship by 18 Nov) and C (ETA after committed), by due date", () => {
  const s = table("stageRisk");
  expect(column(s, "poNumber")).toEqual(["C", "A"]);
  expect(column(s, "shipBy")).toEqual([NOV(16), NOV(18)]); // C: WORKDAY(23, −5) = Mon 16
  expect(column(s, "risk")).toEqual(["ETA after the committed date", "Not shipped 5 working days before due"]);
});

test("Quality: Acme 10 of 100 rejected, Bolt 0 of 50", () => {
  const s = table("quality");
  expect(s.rows).toEqual([
    ["Acme", 100, 10, 0.1],
    ["Bolt Ltd", 50, 0, 0],
  ]);
});

test("Open replacements: D waits for 10", () => {
  const s = table("openReplacements");
  expect(column(s, "poNumber")).toEqual(["D"]);
  expect(column(s, "awaiting")).toEqual([10]);
});

test("the titles in Chinese and Japanese", () => {
  const zh = buildReportModel({
    ...scenarioInput("zh-CN"),
    register: { name: "R", lines },
    statuses: evaluateRegister(lines, [], DEFAULT_SETTINGS, AS_OF),
    chases: [],
    history: [],
  });
  expect(zh.sections.find((s) => s.id === "inTransit")?.title).toBe("在途");
  const ja = buildReportModel({
    ...scenarioInput("ja"),
    register: { name: "R", lines },
    statuses: evaluateRegister(lines, [], DEFAULT_SETTINGS, AS_OF),
    chases: [],
    history: [],
  });
  expect(ja.sections.find((s) => s.id === "quality")?.title).toBe("受入品質");
});

test("both writers' shared layout places the new tables (one table per section, named after it)", () => {
  const layout = layoutReport(model, { dateSystem: "1900", statusLine: "" });
  const sections = layout.tables.map((plan) => plan.sectionId);
  for (const id of ["inTransit", "stageRisk", "quality", "openReplacements"]) expect(sections).toContain(id);
  // In transit: header + 2 rows, 6 line columns + ship date, ETA, carrier, tracking.
  expect(layout.tables.find((plan) => plan.sectionId === "inTransit")).toMatchObject({ rows: 3, cols: 10 });
});

test("the scorecard gains quality and responsiveness, 'no data' where a supplier has none", () => {
  const s = table("scorecard");
  const acme = s.rows.find((r) => r[0] === "Acme")!;
  const at = (key: string) => acme[s.columns.findIndex((c) => c.key === key)];
  expect(at("rejectRate")).toBe(0.1); // 10 / 100
  expect(at("confirmDays")).toEqual(NO_DATA); // no chase log
  expect(at("noAnswer")).toEqual(NO_DATA);
  expect(s.columns.find((c) => c.key === "rejectRate")?.header).toBe("Reject rate");
});
