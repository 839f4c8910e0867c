import { installInMemoryExcel, sheetFingerprint, chartsOf, pageLayoutOf, type InMemoryWorkbook } from "../../../in-memory-excel";
import { runFollowUpReport, type FollowUpReportResult } from "../../../commands/followUpReport";
import { reportTableName } from "../../../src/report/layout";
import { columnLetter } from "../../../src/register/columnLetter";
import { AS_OF, GENERATED_AT, sampleWorkbook } from "./fixtures";
import { sampleChaseLog, sampleRegister } from "../../../src/sample";
import { parseRegister } from "../../../src/register/parseRegister";
import { evaluateRegister } from "../../../src/followup/evaluateRegister";
import { chaseList } from "../../../src/followup/chaseList";
import { DEFAULT_SETTINGS } from "../../../src/settings/settings";

const SHEET = "Follow-up 2026-W47";

async function run(workbook: InMemoryWorkbook, asOf = AS_OF, generatedAt = GENERATED_AT): Promise<FollowUpReportResult> {
  const uninstall = installInMemoryExcel(workbook);
  try {
    return await runFollowUpReport({ asOf, generatedAt, lang: "en" });
  } finally {
    uninstall();
  }
}

function parseSample() {
  const values = sampleRegister({ asOf: AS_OF, lines: 240 });
  return parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null }).lines;
}

/** Row (1-based) of the first cell in column A with this text. */
function rowOf(workbook: InMemoryWorkbook, sheet: string, text: string): number {
  const data = workbook.requireSheet(sheet);
  for (const [r, cells] of [...data.rows.entries()].sort((a, b) => a[0] - b[0])) if (cells[0]?.value === text) return r + 1;
  throw new Error(`no "${text}" in column A of ${sheet}`);
}

describe("renderReport: the sample register's report", () => {
  let workbook: InMemoryWorkbook;
  let result: FollowUpReportResult;
  beforeAll(async () => {
    workbook = sampleWorkbook();
    result = await run(workbook);
  });

  test("one sheet named from the period, activated, title and frozen header block", () => {
    expect(result).toMatchObject({ ok: true, sheetName: SHEET, lines: 240 });
    const sheet = workbook.requireSheet(SHEET);
    expect(workbook.activeSheetId).toBe(sheet.id);
    expect(workbook.cellAt(SHEET, "A1")?.value).toBe("Follow-up report 2026-W47");
    expect(workbook.cellAt(SHEET, "A1")?.style).toMatchObject({ "font.bold": true, "font.size": 16 });
    expect(String(workbook.cellAt(SHEET, "A2")?.value)).toContain("240 lines");
    expect(sheet.frozenRows).toBe(4); // title, status, header labels, header values
  });

  test("header values: real dates with a date format, numbers as numbers", () => {
    expect(workbook.valuesAt(SHEET, "A3:F3")[0]).toEqual(["Period", "Period start", "Period end", "As of", "Register", "Lines in register"]);
    // 2026-W47 = Mon 16 – Sun 22 November 2026; 20 Nov 2026 = serial 46346.
    expect(workbook.valuesAt(SHEET, "A4:F4")[0]).toEqual(["2026-W47", 46342, 46348, 46346, "Register", 240]);
    expect(workbook.cellAt(SHEET, "B4")?.numberFormat).toBe("yyyy-mm-dd");
    expect(workbook.cellAt(SHEET, "F4")?.numberFormat).toBe("#,##0");
  });

  test("each section is a styled table with a per-period name", () => {
    const names = workbook.tables.filter((t) => t.sheet.name === SHEET).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["FU_2026W47_Headline", "FU_2026W47_ToChase", "FU_2026W47_HeldBack", "FU_2026W47_Scorecard", "FU_2026W47_Ageing", "FU_2026W47_DelayReasons"]));
    for (const table of workbook.tables.filter((t) => t.sheet.name === SHEET)) expect(table.style).toMatch(/^TableStyle/);
    // The lines Today lists for the same register and log; the suppliers the gap holds back, apart (issue 16).
    const today = chaseList(evaluateRegister(parseSample(), sampleChaseLog({ asOf: AS_OF }), DEFAULT_SETTINGS, AS_OF), AS_OF);
    const count = (held: boolean) => today.filter((g) => !!g.heldBack === held).reduce((n, g) => n + g.lines.length, 0);
    expect(workbook.findTable("FU_2026W47_ToChase")!.dataRows).toBe(count(false));
    expect(workbook.findTable("FU_2026W47_HeldBack")!.dataRows).toBe(count(true));
  });

  test("headline: percents as fractions with 0.0%, changes signed, no data as text", () => {
    const otd = rowOf(workbook, SHEET, "On-time delivery (OTD)");
    const cell = (col: string) => workbook.cellAt(SHEET, `${col}${otd}`)!;
    expect(typeof cell("B").value).toBe("number");
    expect(cell("B").numberFormat).toBe("0.0%");
    expect(cell("D").numberFormat).toBe("+0.0%;-0.0%;0.0%");
    expect(cell("D").value).toBeCloseTo((cell("B").value as number) - (cell("C").value as number), 12);
    const confirmation = rowOf(workbook, SHEET, "Confirmation rate");
    expect(workbook.cellAt(SHEET, `C${confirmation}`)?.value).toBe("no data"); // no KpiHistory row for W46
    const pastDue = rowOf(workbook, SHEET, "Past-due value (EUR)");
    expect(workbook.cellAt(SHEET, `B${pastDue}`)?.numberFormat).toBe("#,##0.00");
  });

  test("to chase: dates are serials with a date format, money in its currency's decimals, whole quantities", () => {
    const table = workbook.findTable("FU_2026W47_ToChase")!;
    const header = workbook.valuesAt(SHEET, `A${table.row + 1}:P${table.row + 1}`)[0];
    const due = header.indexOf("Due date");
    const value = header.indexOf("Open value");
    const currency = header.indexOf("Currency");
    const qty = header.indexOf("Open qty");
    const first = workbook.requireSheet(SHEET).rows.get(table.row + 1)!;
    expect(typeof first[due].value).toBe("number");
    expect(first[due].numberFormat).toBe("yyyy-mm-dd");
    expect(first[qty].numberFormat).toBe("#,##0"); // the sample's quantities are whole
    // Each row its own currency's minor units (ISO 4217): JPY none, USD/EUR/CNY two.
    const rows = workbook.requireSheet(SHEET);
    const seen = new Map<string, string>();
    for (let r = table.row + 1; r < table.row + table.dataRows + 1; r++) {
      const cells = rows.rows.get(r)!;
      if (typeof cells[value]?.value === "number") seen.set(String(cells[currency].value), String(cells[value].numberFormat));
    }
    for (const [code, format] of seen) expect([code, format]).toEqual([code, code === "JPY" ? "#,##0" : "#,##0.00"]);
    expect(seen.size).toBeGreaterThan(1);
  });

  test("scorecard: data bars on OTD/OTIF (0–1) and traffic lights on average days late (≤3 green, ≤10 amber)", () => {
    const sheet = workbook.requireSheet(SHEET);
    const bars = sheet.conditionalFormats.filter((f) => f.type === "DataBar");
    expect(bars).toHaveLength(2);
    expect(bars[0].rule).toMatchObject({ lowerBoundRule: { type: "Number", formula: "0" }, upperBoundRule: { type: "Number", formula: "1" } });
    const icons = sheet.conditionalFormats.find((f) => f.type === "IconSet")!;
    expect(icons.rule).toMatchObject({
      style: "ThreeTrafficLights1",
      reverseIconOrder: true,
      criteria: [{}, { type: "Number", operator: "GreaterThan", formula: "=3" }, { type: "Number", operator: "GreaterThan", formula: "=10" }],
    });
    const scorecard = workbook.findTable("FU_2026W47_Scorecard")!;
    expect(icons.rect).toMatchObject({ row: scorecard.row + 1, rows: scorecard.dataRows, cols: 1 });
  });

  test("ageing column chart and Pareto with cumulative % on a 0–100 % secondary axis", () => {
    const [ageing, pareto] = chartsOf(workbook.requireSheet(SHEET));
    const ageingTable = workbook.findTable("FU_2026W47_Ageing")!;
    expect(ageing).toMatchObject({ chartType: "ColumnClustered", title: "Open lines by days late" });
    expect(ageing.series).toHaveLength(1);
    expect(ageing.series[0].values).toEqual({ sheet: SHEET, rect: { row: ageingTable.row + 1, col: 1, rows: ageingTable.dataRows, cols: 1 } });
    expect(ageing.series[0].categories?.rect).toMatchObject({ col: 0, rows: ageingTable.dataRows });
    expect(pareto.series.map((s) => [s.name, s.chartType, s.axisGroup])).toEqual([
      ["Lines", "ColumnClustered", "Primary"],
      ["Cumulative %", "Line", "Secondary"],
    ]);
    const reasons = workbook.findTable("FU_2026W47_DelayReasons")!;
    expect(pareto.series[1].values?.rect).toEqual({ row: reasons.row + 1, col: 4, rows: reasons.dataRows, cols: 1 });
    expect(pareto.axes["Value/Secondary"]).toEqual({ minimum: 0, maximum: 1, numberFormat: "0%" });
    // the chart sits under its table
    expect(Number(ageing.position!.from.slice(1))).toBeGreaterThan(ageingTable.row + ageingTable.dataRows + 1);
  });

  test("page setup: landscape, 1 page wide, title rows repeated, period in the header, Page x of y", () => {
    const layout = pageLayoutOf(workbook.requireSheet(SHEET));
    expect(layout).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$4" });
    expect(layout.defaultForAllPages).toMatchObject({ centerHeader: "Follow-up report 2026-W47", centerFooter: "Page &P of &N" });
  });

  test("column widths are set from the content", () => {
    const widths = workbook.requireSheet(SHEET).columnWidths;
    expect(widths.get(0)).toBeGreaterThan(48); // supplier names are longer than 8 characters
    expect(widths.size).toBe(20);
  });

  test("KPI sheet: headline cells and this period's KpiHistory row", () => {
    expect(workbook.cellAt("KPI", "B2")?.value).toBe("2026-W47");
    expect(workbook.cellAt("KPI", "B8")?.numberFormat).toBe("0.0%");
    const history = workbook.findTable("KpiHistory")!;
    expect(history).toMatchObject({ row: 28, col: 0, dataRows: 1, cols: 11 }); // header at A29, reject rate in K
    expect(workbook.valuesAt("KPI", "A30:D30")[0]).toEqual(["2026-W47", 46342, 46348, 46346]);
    expect(workbook.cellAt("KPI", "E30")?.value).toBe(workbook.cellAt("KPI", "B8")?.value); // OTD
    const [trend] = chartsOf(workbook.requireSheet("KPI"));
    expect(trend.name).toBe("KpiTrend");
    expect(trend.series.map((s) => [s.name, s.values?.rect])).toEqual([
      ["OTD", { row: 29, col: 4, rows: 1, cols: 1 }],
      ["OTIF", { row: 29, col: 5, rows: 1, cols: 1 }],
    ]);
    expect(trend.position).toEqual({ from: "F1", to: "N26" });
  });
});

describe("the KPI sheet's ageing and scorecard blocks", () => {
  let workbook: InMemoryWorkbook;
  beforeAll(async () => {
    workbook = sampleWorkbook();
    await run(workbook);
  });
  const rangeOf = (t: { row: number; col: number; dataRows: number; cols: number }) =>
    `${columnLetter(t.col)}${t.row + 1}:${columnLetter(t.col + t.cols - 1)}${t.row + 1 + t.dataRows}`;

  test("the report's own ageing and scorecard tables, cell for cell, at P2 and P12 under their headings", () => {
    const ageing = workbook.findTable("KpiAgeing")!;
    const scorecard = workbook.findTable("KpiScorecard")!;
    expect([ageing.sheet.name, ageing.row, ageing.col, scorecard.row, scorecard.col]).toEqual(["KPI", 1, 15, 11, 15]);
    expect(workbook.valuesAt("KPI", rangeOf(ageing))).toEqual(workbook.valuesAt(SHEET, rangeOf(workbook.findTable("FU_2026W47_Ageing")!)));
    expect(workbook.valuesAt("KPI", rangeOf(scorecard))).toEqual(
      workbook.valuesAt(SHEET, rangeOf(workbook.findTable("FU_2026W47_Scorecard")!)),
    );
    expect(workbook.cellAt("KPI", "P1")).toMatchObject({ value: "Ageing of open lines", style: { "font.bold": true, "font.size": 13 } });
    expect(workbook.cellAt("KPI", "P11")?.value).toBe("Supplier scorecard");
  });

  test("scorecard hints as on the report: data bars on OTD (R) and OTIF (S), traffic lights on average days late (T)", () => {
    const scorecard = workbook.findTable("KpiScorecard")!;
    const kpi = workbook.requireSheet("KPI").conditionalFormats;
    expect(kpi.map((f) => [f.type, f.rect])).toEqual([
      ["DataBar", { row: scorecard.row + 1, col: 17, rows: scorecard.dataRows, cols: 1 }],
      ["DataBar", { row: scorecard.row + 1, col: 18, rows: scorecard.dataRows, cols: 1 }],
      ["IconSet", { row: scorecard.row + 1, col: 19, rows: scorecard.dataRows, cols: 1 }],
    ]);
  });

  test("the page still prints as before: A1 to N down to KpiHistory's row, one page wide", () => {
    expect(pageLayoutOf(workbook.requireSheet("KPI"))).toMatchObject({ printArea: "A1:N30", zoom: { horizontalFitToPages: 1 } });
  });
});

describe("the KPI sheet's side blocks and a user's data beside them", () => {
  test("a large block pasted far below them is not read: the report stays under Excel on the web's 5 MB and leaves it as it is", async () => {
    const workbook = sampleWorkbook();
    expect((await run(workbook)).ok).toBe(true);
    // 30,000 rows × 10 columns of text from P2001 on: ~8 MB as JSON, more than one response may carry on the web.
    const cell = (r: number, c: number) => `user note ${String(r * 10 + c).padStart(12, "0")}`;
    const block = Array.from({ length: 30_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => cell(r, c)));
    workbook.seed("KPI", "P2001", block);
    workbook.payloadLimitBytes = 5 * 1024 * 1024;
    const second = await run(workbook, AS_OF + 7, "2026-11-27 09:00");
    expect(second.message).not.toMatch(/payload|exceeds/i);
    expect(second.ok).toBe(true);
    expect(workbook.syncLog.every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(workbook.findTable("KpiScorecard")).toBeDefined();
    expect(workbook.valuesAt("KPI", "P2001:Q2002")).toEqual([
      [cell(0, 0), cell(0, 1)],
      [cell(1, 0), cell(1, 1)],
    ]);
    expect(workbook.cellAt("KPI", "Y32000")?.value).toBe(cell(29_999, 9));
  }, 60_000);
});

describe("rerun", () => {
  test("rebuilding the same period leaves every other sheet unchanged and does not duplicate the history row", async () => {
    const workbook = sampleWorkbook();
    await run(workbook);
    const others = ["Cover", "Register", "Chase log", "KPI"];
    const before = new Map(others.map((name) => [name, sheetFingerprint(workbook, name)]));
    const positionBefore = workbook.sheets.findIndex((s) => s.name === SHEET);
    const cellsBefore = JSON.stringify([...workbook.requireSheet(SHEET).rows.entries()]);
    const second = await run(workbook);
    expect(second.ok).toBe(true);
    // The KPI sheet's ageing and scorecard tables and their conditional formats are made anew: the same, under new ids.
    const withoutIds = (fingerprint: string | undefined) => fingerprint?.replace(/"id":\d+,/g, "");
    for (const name of others) expect(withoutIds(sheetFingerprint(workbook, name))).toBe(withoutIds(before.get(name)));
    expect(workbook.findTable("KpiHistory")!.dataRows).toBe(1);
    // the report itself: same cells, same place, same number of tables and charts
    expect(JSON.stringify([...workbook.requireSheet(SHEET).rows.entries()])).toBe(cellsBefore);
    expect(workbook.sheets.findIndex((s) => s.name === SHEET)).toBe(positionBefore);
    expect(workbook.tables.filter((t) => t.sheet.name === SHEET).map((t) => t.name)).toContain(reportTableName("2026-W47", "toChase"));
    expect(chartsOf(workbook.requireSheet(SHEET))).toHaveLength(2);
  });

  test("a later run in the same week replaces the week's history row; the next week appends one", async () => {
    const workbook = sampleWorkbook();
    await run(workbook);
    await run(workbook, AS_OF, "2026-11-20 17:00");
    expect(workbook.findTable("KpiHistory")!.dataRows).toBe(1);
    await run(workbook, AS_OF + 7, "2026-11-27 09:00");
    expect(workbook.findTable("KpiHistory")!.dataRows).toBe(2);
    expect(workbook.valuesAt("KPI", "A30:A31").map((r) => r[0])).toEqual(["2026-W47", "2026-W48"]);
    expect(workbook.findSheet("Follow-up 2026-W48")).toBeDefined();
    expect(workbook.findSheet(SHEET)).toBeDefined(); // last week's report stays
  });
});
