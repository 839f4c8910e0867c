import { buildKpiSheetModel, KPI_CELLS } from "../../src/report/kpiSheet";
import { kpiHistoryRecordFromRow, kpiHistoryRow, upsertKpiHistory } from "../../src/report/kpiHistory";
import { NO_DATA } from "../../src/report/model";
import { NOV, PREVIOUS_HISTORY, scenarioChases, scenarioInput, scenarioLines } from "./fixtures";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { historyFit } from "../../src/report/layout";

describe("buildKpiSheetModel", () => {
  const sheet = buildKpiSheetModel(scenarioInput());
  const at = (address: string) => sheet.cells.find((c) => c.address === address);

  it("keeps the headline figures at their documented addresses", () => {
    // Figures worked out in buildReportModel.test.ts.
    expect(sheet.sheetName).toBe("KPI");
    expect(at(KPI_CELLS.period)!.value).toBe("2026-W47");
    expect(at(KPI_CELLS.asOf)).toMatchObject({ value: NOV(20), type: "date" });
    expect(at("B8")!.value).toBeCloseTo(1 / 3); // OTD this period
    expect(at("C8")!.value).toBeCloseTo(1 / 4); // OTD previous period
    expect(at("D8")).toMatchObject({ type: "percent", signed: true });
    expect(at("B10")!.value).toBe(0.875); // confirmation rate
    expect(at("B11")!.value).toBe(5); // lines overdue
    expect(at("C11")!.value).toBe(3); // from the W46 history row
    expect(at("B12")!.value).toBe(2.5); // average days late
    expect(at("B13")!.value).toBe(3); // population
    expect(at("B14")!.value).toBe(8); // open lines
    expect(at("C14")!.value).toBe(NO_DATA);
    expect(at("A17")!.value).toBe("EUR");
    expect(at("B17")).toMatchObject({ value: 2000, type: "money", currency: "EUR" });
    expect(at("A18")!.value).toBe("USD");
    expect(at("B18")!.value).toBe(1550);
  });

  it("has one cell per address", () => {
    const addresses = sheet.cells.map((c) => c.address);
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it("builds this period's KpiHistory row, blanks for no data", () => {
    expect(sheet.history.tableName).toBe("KpiHistory");
    expect(sheet.history.headerAddress).toBe("A29");
    expect(sheet.history.columns.map((c) => c.key)).toEqual([
      "period", "start", "end", "asOf", "otd", "otif", "confirmation", "linesOverdue", "avgDaysLate", "population", "rejectRate",
    ]);
    // The scenario's lines carry no inspection figures: reject rate is no data (blank), not 0 %.
    expect(sheet.history.row).toEqual(["2026-W47", NOV(16), NOV(22), NOV(20), 1 / 3, 1 / 3, 0.875, 5, 2.5, 3, null]);
    const empty = buildKpiSheetModel(scenarioInput("en", { register: { name: "R", lines: [] }, statuses: [], chases: [] }));
    expect(empty.history.row.slice(4)).toEqual([null, null, null, 0, null, 0, null]);
  });

  it("charts OTD and OTIF over the last 26 history rows", () => {
    expect(sheet.trendChart).toMatchObject({
      type: "line",
      source: "KpiHistory",
      categories: "period",
      lastRows: 26,
      primaryAxis: { min: 0, max: 1, format: "percent" },
    });
    expect(sheet.trendChart.series.map((s) => s.column)).toEqual(["otd", "otif"]);
  });
});

describe("reject rate in the KpiHistory row", () => {
  it("is the period's rejected / received quantity, as the scorecard counts it", () => {
    // W47 receipts (Nov 16–22): PO-R1/1 100 received, 10 rejected; PO-R2/1 100 received, 100 accepted (0 rejected).
    // PO-R0/1 was received Nov 12 (W46): not counted. 10 / (100 + 100) = 0.05.
    const lines = scenarioLines().map((l) =>
      l.key === "PO-R1/1" ? { ...l, rejectedQty: 10 } : l.key === "PO-R2/1" ? { ...l, acceptedQty: 100 } : l,
    );
    const chases = scenarioChases();
    const statuses = evaluateRegister(lines, chases, DEFAULT_SETTINGS, NOV(20));
    const sheet = buildKpiSheetModel(scenarioInput("en", { register: { name: "Register", lines }, statuses }));
    expect(sheet.history.record.rejectRate).toBeCloseTo(0.05);
    expect(sheet.history.row[10]).toBeCloseTo(0.05);
    expect(sheet.history.columns[10]).toMatchObject({ key: "rejectRate", header: "Reject rate", type: "percent" });
    expect(buildKpiSheetModel(scenarioInput("zh-CN")).history.columns[10].header).toBe("不良率");
    expect(buildKpiSheetModel(scenarioInput("ja")).history.columns[10].header).toBe("不良率");
  });

  it("is read as no data from a row written before the column existed", () => {
    // An earlier version's ten cells: period … population, nothing in K.
    const old = kpiHistoryRecordFromRow(["2026-W46", NOV(9), NOV(15), NOV(15), 0.5, 0.5, 1, 3, 2, 4]);
    expect(old).toMatchObject({ period: "2026-W46", population: 4, rejectRate: null });
    expect(kpiHistoryRecordFromRow(["2026-W46", NOV(9), NOV(15), NOV(15), 0.5, 0.5, 1, 3, 2, 4, ""])?.rejectRate).toBeNull();
  });
});

describe("historyFit: an existing KpiHistory table and this version's 11 columns", () => {
  const ten = ["Period", "Start", "End", "As of", "OTD", "OTIF", "Confirmation rate", "Lines overdue", "Average days late", "Lines measured"];
  it("adds reject rate at the right end of a ten-column table", () => {
    expect(historyFit(ten, 11)).toEqual({ write: 10, add: 1 });
  });
  it("writes into a reject-rate column already there, in any language", () => {
    expect(historyFit([...ten, "Reject rate"], 11)).toEqual({ write: 11, add: 0 });
    expect(historyFit([...ten, "不良率", "Note"], 11)).toEqual({ write: 11, add: 0 });
  });
  it("never writes over a column the manager added after ours", () => {
    expect(historyFit([...ten, "Note"], 11)).toEqual({ write: 10, add: 0 });
  });
});

describe("KpiHistory rows", () => {
  it("replaces the row of a period that is re-run, never duplicates it", () => {
    const w47 = { ...PREVIOUS_HISTORY, period: "2026-W47", start: NOV(16), end: NOV(22), otd: 0.6 };
    const once = upsertKpiHistory([PREVIOUS_HISTORY], w47);
    const twice = upsertKpiHistory(once, { ...w47, otd: 0.7 });
    expect(twice.map((r) => [r.period, r.otd])).toEqual([
      ["2026-W46", 0.5],
      ["2026-W47", 0.7],
    ]);
  });

  it("reads a row back from cell values", () => {
    expect(kpiHistoryRecordFromRow(kpiHistoryRow(PREVIOUS_HISTORY))).toEqual({ ...PREVIOUS_HISTORY, rejectRate: null });
    expect(kpiHistoryRecordFromRow(kpiHistoryRow({ ...PREVIOUS_HISTORY, rejectRate: 0.04 }))?.rejectRate).toBe(0.04);
    expect(kpiHistoryRecordFromRow(["2026-W46", NOV(9), NOV(15), "", "", "n/a", null, 3, "", 0])).toMatchObject({
      asOf: NOV(15),
      otd: null,
      otif: null,
      linesOverdue: 3,
    });
    expect(kpiHistoryRecordFromRow(["", 1, 2])).toBeUndefined();
  });
});
