/*
 * Issue 16, point 1: Today and the report disagreed on the same workbook and day. The playground's
 * sample register at Fri 2026-11-20 (no chase log: the register's last-chase column is all there is)
 * is read, evaluated once, and given to both Today's chase list and the report model: the report's
 * "To chase now" must list exactly Today's lines to chase, in Today's order, and every line the
 * supplier gap holds back must be in the report's held-back section with the same next chase date.
 */
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { sampleRegister } from "../../src/sample/sampleRegister";
import { parseRegister } from "../../src/register/parseRegister";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { chaseList } from "../../src/followup/chaseList";
import { dueLine } from "../../src/followup/chaseNow";
import { buildReportModel } from "../../src/report/buildReportModel";
import { columnIndex, type ReportModel, type TableSection } from "../../src/report/model";
import { periodContaining } from "../../src/dates/period";
import { serialFromYmd } from "../../src/dates/serial";
import type { ChaseGroup } from "../../src/followup/types";

const asOf = serialFromYmd(2026, 11, 20)!;
const values = sampleRegister({ asOf, lines: 240, lang: "en" });
const { lines } = parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
const statuses = evaluateRegister(lines, [], DEFAULT_SETTINGS, asOf);
const today = chaseList(statuses, asOf);
const report = buildReportModel({
  register: { name: "Register", lines },
  statuses,
  chases: [],
  settings: DEFAULT_SETTINGS,
  asOf,
  period: periodContaining(asOf, "week"),
  generatedAt: "2026-11-20T09:00:00Z",
  lang: "en",
});

function table(model: ReportModel, id: string): TableSection {
  const section = model.sections.find((s) => s.id === id);
  if (!section || section.kind !== "table") throw new Error(`no table ${id}`);
  return section;
}

/** "PO/line" of each row, in the table's order. */
function rowKeys(section: TableSection): string[] {
  const po = columnIndex(section, "poNumber");
  const line = columnIndex(section, "line");
  return section.rows.map((r) => `${r[po]}/${r[line]}`);
}

function lineKeys(groups: ChaseGroup[]): string[] {
  return groups.flatMap((g) => g.lines.map((s) => `${s.line.poNumber}/${s.line.line}`));
}

describe("Today and the report, same workbook, same day", () => {
  const toChaseNow = today.filter((g) => !g.heldBack);
  const heldBack = today.filter((g) => g.heldBack);

  it("the sample has suppliers to chase and suppliers held back by the gap (the fixture shows both cases)", () => {
    expect(toChaseNow.length).toBeGreaterThan(0);
    expect(heldBack.length).toBeGreaterThan(0);
  });

  it("the report's To chase now lists Today's lines, in Today's order, suppliers in Today's order", () => {
    const section = table(report, "toChase");
    expect(rowKeys(section)).toEqual(lineKeys(toChaseNow));
    expect(section.groups!.map((g) => g.facts.supplier)).toEqual(toChaseNow.map((g) => g.supplier));
  });

  it("no row to chase now has a next chase after today", () => {
    const section = table(report, "toChase");
    const next = columnIndex(section, "nextChase");
    expect(section.rows.filter((r) => typeof r[next] !== "number" || (r[next] as number) > asOf)).toEqual([]);
  });

  it("held-back suppliers are listed apart, with the next chase date Today shows", () => {
    const section = table(report, "heldBack");
    expect(rowKeys(section)).toEqual(lineKeys(heldBack));
    const next = columnIndex(section, "nextChase");
    const until = heldBack.flatMap((g) => g.lines.map(() => g.heldBack!.until));
    expect(section.rows.map((r) => r[next])).toEqual(until);
    expect(until.every((d) => d > asOf)).toBe(true);
  });

  it("no line due on its own schedule is dropped: every due line is in one of the two sections", () => {
    const due = statuses.filter((s) => dueLine(s, asOf) !== null).length;
    expect(table(report, "toChase").rows.length + table(report, "heldBack").rows.length).toBe(due);
  });
});
