import { buildReportModel } from "../../src/report/buildReportModel";
import { columnIndex, findSection, NO_DATA, type Section } from "../../src/report/model";
import { plainZero, plainZeroSection } from "../../src/report/plainZero";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { AS_OF, poLine, scenarioInput } from "./fixtures";

test("-0 becomes 0; every other value is unchanged", () => {
  expect(Object.is(plainZero(-0), 0)).toBe(true);
  expect(plainZero(-3)).toBe(-3);
  expect(plainZero(NO_DATA)).toBe(NO_DATA);
  expect(plainZero(null)).toBeNull();
});

test("every value of every kind of section", () => {
  const sections: Section[] = [
    { id: "toChase", kind: "table", title: "", columns: [], rows: [[-0, "x"]], groups: [{ label: "", firstRow: 0, rowCount: 1, facts: { lines: -0 } }], emptyText: "" },
    { id: "header", kind: "keyValue", title: "", items: [{ key: "k", label: "", value: -0, type: "days" }] },
    { id: "headline", kind: "comparison", title: "", headers: { label: "", current: "", previous: "", change: "" }, items: [{ key: "k", label: "", type: "days", current: -0, previous: -0, change: -0, better: "lower" }] },
  ];
  const values = JSON.stringify(sections.map(plainZeroSection), (_key, v) => (Object.is(v, -0) ? "minus zero" : v));
  expect(values).not.toContain("minus zero");
});

test("a line due today has 0 working days left, not -0 (workdaysLate is 0 and the column shows its negation)", () => {
  // Requested on asOf (Fri 20 Nov), no promised date: coming due, unconfirmed, NETWORKDAYS(20, 20) − 1 = 0 days left.
  const lines = [{ ...poLine("PO-T1/1", { requestedDate: AS_OF }), index: 0, sheetRow: 2 }];
  const input = scenarioInput("en", { register: { name: "Register", lines }, statuses: evaluateRegister(lines, [], DEFAULT_SETTINGS, AS_OF), chases: [], history: [] });
  const comingDue = findSection(buildReportModel(input), "comingDue", "table")!;
  expect(comingDue.rows).toHaveLength(1);
  expect(Object.is(comingDue.rows[0][columnIndex(comingDue, "workdaysLeft")], 0)).toBe(true);
});
