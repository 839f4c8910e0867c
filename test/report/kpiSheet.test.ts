import { buildKpiSheetModel, KPI_CELLS } from "../../src/report/kpiSheet";
import { kpiHistoryRecordFromRow, kpiHistoryRow, upsertKpiHistory } from "../../src/report/kpiHistory";
import { NO_DATA } from "../../src/report/model";
import { NOV, PREVIOUS_HISTORY, poLine, scenarioChases, scenarioInput, scenarioLines } from "./fixtures";
import { serialFromYmd } from "../../src/dates/serial";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { historyFit, kpiSidePlan } from "../../src/report/layout";

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

describe("the ageing and supplier scorecard blocks (issue 12)", () => {
  const OCT = (day: number) => serialFromYmd(2026, 10, day)!;
  // At Fri 20 Nov: promised 17 Nov → 20 − 17 = 3 days late; 31 Oct → 0 days of October left + 20 of November = 20;
  // 6 Oct → 31 − 6 = 25 days of October + 20 of November = 45 days late. 2 USD a piece: 10 → 20, 20 → 40, 30 → 60.
  // Gamma: 10 received on Wed 18 Nov (in W47), 2 of them rejected.
  const usd = { unitPrice: 2, currency: "USD" };
  const lines = [
    poLine("PO-L1/1", { promisedDate: NOV(17), orderedQty: 10, ...usd }),
    poLine("PO-L2/1", { promisedDate: OCT(31), orderedQty: 20, ...usd }),
    poLine("PO-L3/1", { promisedDate: OCT(6), orderedQty: 30, ...usd }),
    poLine("PO-G1/1", { supplier: "Gamma", promisedDate: NOV(18), orderedQty: 10, receivedQty: 10, receivedDate: NOV(18), rejectedQty: 2 }),
  ].map((line, i) => ({ ...line, index: i, sheetRow: i + 2 }));
  const input = (lang: "en" | "zh-CN" | "ja" = "en") =>
    scenarioInput(lang, {
      register: { name: "Register", lines },
      statuses: evaluateRegister(lines, [], DEFAULT_SETTINGS, NOV(20)),
      chases: [],
    });
  const sheet = buildKpiSheetModel(input());
  const [ageing, scorecard] = sheet.blocks!;

  it("places ageing at P1 and the scorecard at P11, as tables of their own", () => {
    expect([ageing.heading, ageing.tableName, scorecard.heading, scorecard.tableName]).toEqual(["P1", "KpiAgeing", "P11", "KpiScorecard"]);
  });

  it("ageing: 3, 20 and 45 days late fall in 1–7, 15–30 and 31–60, with their open value", () => {
    // Gamma's 2 rejected pieces reopen its line (DESIGN.md "Quality at receipt"): due 18 Nov, 20 − 18 = 2 days
    // late, so 1–7 holds 2 lines; it has no price, so the bucket's value stays PO-L1's 20 USD.
    expect(ageing.section.columns.map((c) => c.header)).toEqual(["Days late", "Lines", "Open value USD"]);
    expect(ageing.section.rows).toEqual([
      ["Not due", 0, null],
      ["1–7 days", 2, 20],
      ["8–14 days", 0, null],
      ["15–30 days", 1, 40],
      ["31–60 days", 1, 60],
      ["Over 60 days", 0, null],
    ]);
  });

  it("scorecard: 2 rejected of 10 received is a reject rate of 20 %; no inspection is no data", () => {
    const col = (key: string) => scorecard.section.columns.findIndex((c) => c.key === key);
    const row = (supplier: string) => scorecard.section.rows.find((r) => r[0] === supplier)!;
    expect(row("Gamma")[col("rejectRate")]).toBeCloseTo(2 / 10, 12);
    expect(row("Acme")[col("rejectRate")]).toBe(NO_DATA);
    // Acme: 3 open lines, all past due (promised 17 Nov, 31 Oct, 6 Oct < 20 Nov).
    expect([row("Acme")[col("openLines")], row("Acme")[col("overdueLines")]]).toEqual([3, 3]);
  });

  it("is laid out as the report lays the same sections out, from column P", () => {
    const [a, s] = kpiSidePlan(sheet, "1900");
    // Heading row 1, header row 2, six buckets in rows 3–8; three columns P:R.
    expect(a.area).toEqual({ row: 0, col: 15, rows: 8, cols: 3 });
    expect(a.tables).toEqual([expect.objectContaining({ name: "KpiAgeing", row: 1, col: 15, rows: 7, cols: 3 })]);
    // Heading row 11, header row 12, Acme and Gamma in rows 13–14; 12 columns + 1 currency = P:AB.
    expect(s.area).toEqual({ row: 10, col: 15, rows: 4, cols: 13 });
    expect(s.conditionalFormats.map((cf) => [cf.hint.kind, cf.rect.col])).toEqual([
      ["dataBar", 17], // OTD in R
      ["dataBar", 18], // OTIF in S
      ["iconSet", 19], // average days late in T
    ]);
  });

  it("ageing at its tallest (a line with no due date adds a seventh row) ends in row 9, a blank row above the scorecard", () => {
    const undated = [...lines, { ...poLine("PO-U1/1", { orderedQty: 5 }), index: 4, sheetRow: 6 }];
    const tall = buildKpiSheetModel(
      scenarioInput("en", {
        register: { name: "Register", lines: undated },
        statuses: evaluateRegister(undated, [], DEFAULT_SETTINGS, NOV(20)),
        chases: [],
      }),
    );
    const [a, s] = kpiSidePlan(tall, "1900");
    expect(a.blocks[1].values.at(-1)?.slice(0, 2)).toEqual(["No due date", 1]);
    // Heading (row 1) + header (row 2) + 6 buckets + "No due date" = rows 1–9; the scorecard's heading is row 11.
    expect([a.area.row + 1, a.area.row + a.area.rows]).toEqual([1, 9]);
    expect(s.area.row + 1).toBe(11);
  });

  it("has its headings in the sheet's language", () => {
    const ja = buildKpiSheetModel(input("ja")).blocks!;
    expect(ja.map((b) => b.section.title)).toEqual(["未納明細のエイジング", "仕入先スコアカード"]);
    const zh = buildKpiSheetModel(input("zh-CN")).blocks!;
    expect(zh.map((b) => b.section.title)).toEqual(["未交订单账龄", "供应商绩效"]);
  });
});
