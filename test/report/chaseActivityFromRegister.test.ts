/**
 * Issue 16 point 9: the report said "No chases logged this period" while the register showed last
 * chases earlier the same week. Week 2026-W47 = Mon 16 – Sun 22 November, report as of Fri 20.
 */
import { buildReportModel } from "../../src/report/buildReportModel";
import { findSection, type TableSection } from "../../src/report/model";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import type { ChaseEntry } from "../../src/model";
import { AS_OF, NOV, entry, poLine, scenarioInput } from "./fixtures";

const lines = [
  poLine("PO-X1/1", { buyer: "Lee", promisedDate: NOV(30), lastChaseDate: NOV(17) }), // Tue 17: register only
  poLine("PO-X2/1", { buyer: "Kim", promisedDate: NOV(30), lastChaseDate: NOV(18) }), // Wed 18: also in the log
  poLine("PO-X3/1", { buyer: "Lee", promisedDate: NOV(30), lastChaseDate: NOV(9) }), // the week before
].map((line, i) => ({ ...line, index: i, sheetRow: i + 2 }));

function tables(chases: ChaseEntry[]) {
  const statuses = evaluateRegister(lines, chases, DEFAULT_SETTINGS, AS_OF);
  const model = buildReportModel(scenarioInput("en", { register: { name: "Register", lines }, statuses, chases, history: [] }));
  const rows = (id: "chasesByBuyer" | "chasesByChannel" | "chasesByOutcome") => (findSection(model, id, "table") as TableSection).rows;
  return { byBuyer: rows("chasesByBuyer"), byChannel: rows("chasesByChannel"), byOutcome: rows("chasesByOutcome") };
}

test("an empty chase log: the register's last chases of the week are the period's chases", () => {
  const { byBuyer, byChannel } = tables([]);
  // PO-X1 (Tue 17, Lee) and PO-X2 (Wed 18, Kim); PO-X3 (Mon 9) is last week.
  expect(byBuyer).toEqual([
    ["Kim", 1],
    ["Lee", 1],
  ]);
  expect(byChannel.at(-1)).toEqual(["Not in the chase log (register's last chase)", 2]);
});

test("a log entry on the register's date is that chase, counted once; every table adds up to the same total", () => {
  const logged = [entry("PO-X2/1", { date: NOV(18), buyer: "Kim", channel: "email", outcome: "confirmed" })];
  const { byBuyer, byChannel, byOutcome } = tables(logged);
  expect(byBuyer).toEqual([
    ["Kim", 1],
    ["Lee", 1],
  ]);
  const count = (rows: unknown[][]) => Object.fromEntries(rows.filter((r) => r[1] !== 0));
  expect(count(byChannel)).toEqual({ Email: 1, "Not in the chase log (register's last chase)": 1 });
  expect(count(byOutcome)).toEqual({ Confirmed: 1, "Not in the chase log (register's last chase)": 1 });
  const total = (rows: unknown[][]) => rows.reduce((sum, r) => sum + (r[1] as number), 0);
  expect([total(byBuyer), total(byChannel), total(byOutcome)]).toEqual([2, 2, 2]); // 1 logged + 1 register-only
});

test("the report names channels and outcomes with the Chase log sheet's own words, in each language", () => {
  const logged = [entry("PO-X2/1", { date: NOV(18), buyer: "Kim", channel: "portal", outcome: "noAnswer" })];
  const statuses = evaluateRegister(lines, logged, DEFAULT_SETTINGS, AS_OF);
  const labelsIn = (lang: "ja" | "zh-CN") => {
    const model = buildReportModel(scenarioInput(lang, { register: { name: "Register", lines }, statuses, chases: logged, history: [] }));
    const rows = (id: "chasesByChannel" | "chasesByOutcome") => (findSection(model, id, "table") as TableSection).rows.map((r) => r[0]);
    return [...rows("chasesByChannel"), ...rows("chasesByOutcome")];
  };
  // What the Chase log sheet stores for portal / noAnswer (src/i18n/catalogs/chaseLog.ts): ポータル, 応答なし; 门户, 未回复.
  expect(labelsIn("ja")).toEqual(expect.arrayContaining(["ポータル", "応答なし"]));
  expect(labelsIn("ja")).not.toContain("回答なし");
  expect(labelsIn("zh-CN")).toEqual(expect.arrayContaining(["门户", "未回复"]));
  expect(labelsIn("zh-CN")).not.toContain("门户网站");
});
