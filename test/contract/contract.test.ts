/**
 * The adapter contract (issue 10): the same workbook gives the same lines, settings, holidays, chase
 * facts, report cells and sheet-ownership decisions through the Office.js adapter (in-memory Excel)
 * and through the file adapter, whole and streamed. Every fixture is built once in memory and written
 * to .xlsx from it (toXlsx.ts), so a difference can only come from the adapters. A few facts per
 * fixture are also checked against values worked out by hand (fixtures.ts gives the serials).
 */
import ExcelJS from "exceljs";
import * as path from "node:path";
import { installInMemoryExcel, pageLayoutOf, type InMemoryWorkbook } from "../../in-memory-excel";
import { runFollowUpReport } from "../../commands/followUpReport";
import { buildReports, runPipeline, type WorkbookModel } from "../../src/pipeline";
import { writeReportWorkbook } from "../../src/xlsx";
import { readRect, tablesOf } from "../../src/xlsx/workbookTables";
import { columnLetter } from "../../src/register/columnLetter";
import { kpiHistoryColumns } from "../../src/report/kpiHistory";
import { reportText } from "../../src/report/labels";
import { FIXTURES, AS_OF, THU_26, XMAS, WED_18, handMade1904, monthlyTabs, registerTable1900, sample, type Fixture } from "./fixtures";
import { READERS, cleanUp, readWith, type ReaderName } from "./readers";

const GENERATED_AT = "2026-11-20 09:00";

afterAll(cleanUp);

/** Everything the pipeline makes of one read, in comparable form. */
function facts(model: WorkbookModel) {
  const reports = model.parsed && model.register ? buildReports(model, [], { lang: "en", generatedAt: GENERATED_AT }) : null;
  return {
    dateSystem: model.dateSystem,
    register: model.register,
    columns: model.parsed?.detection.columns,
    lines: model.parsed?.lines,
    issues: model.parsed?.issues,
    settings: model.settled.settings,
    settingsProblems: model.settled.problems,
    recordProblem: model.settled.recordProblem,
    holidays: model.settled.workbookHolidays,
    chases: model.chases,
    chaseIssues: model.chaseIssues,
    statuses: model.statuses,
    report: reports?.report,
    kpi: reports?.kpi,
    statusLine: reports?.statusLine,
  };
}

const modelCache = new Map<string, WorkbookModel>();
async function modelOf(fixture: Fixture, reader: ReaderName): Promise<WorkbookModel> {
  const key = `${fixture.name}|${reader}`;
  let model = modelCache.get(key);
  if (!model) {
    const read = await readWith(reader, fixture.build(), `${FIXTURES.indexOf(fixture)}-${READERS.indexOf(reader)}`);
    modelCache.set(key, (model = runPipeline(read.sources, { asOf: AS_OF })));
  }
  return model;
}

describe.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
  test.each(READERS.filter((r) => r !== "in-memory Excel"))("%s gives what the in-memory Excel gives", async (reader) => {
    const excel = facts(await modelOf(fixture, "in-memory Excel"));
    const file = facts(await modelOf(fixture, reader));
    expect(excel.lines?.length).toBeGreaterThan(0);
    // Field by field first, so a failure names what drifted.
    for (const key of Object.keys(excel) as (keyof typeof excel)[]) expect({ [key]: file[key] }).toEqual({ [key]: excel[key] });
  });
});

describe("hand-worked facts, the same through every reader", () => {
  test.each(READERS)("hand-made 1904 register through %s", async (reader) => {
    const model = await modelOf(handMade1904, reader);
    // Header under two title lines and a blank row: row 4; the columns start at A.
    expect(model.register).toMatchObject({ sheet: "POs", tableName: null, headerRow: 4, firstColumn: 0, rows: 7 });
    // "Maker" is the supplier only through the saved mapping (column C = index 2).
    expect(model.parsed?.detection.columns.supplier).toBe(2);
    expect(model.dateSystem).toBe("1904");
    // Saved holidays [Dec 25] ∪ the range's [Thu Nov 26, "2026-12-25"] ("not a date" ignored).
    expect(model.settled.settings.holidays).toEqual([THU_26, XMAS]);
    expect(model.settled.workbookHolidays).toEqual([THU_26, XMAS]);
    // minGap 3 kept; dueSoon −10 refused and named, default 5 used; no locale, nothing saved: no date order.
    expect(model.settled.settings.minGap).toBe(3);
    expect(model.settled.settings.dueSoon).toBe(5);
    expect(model.settled.problems).toEqual([{ field: "dueSoon", code: "negative", value: -10 }]);
    expect(model.settled.settings.dateOrder).toBeNull();
    // P-101 promised Wed 18 (stored 1462 lower), read back in the 1900 system; late by 20 − 18 = 2 days.
    const p101 = model.statuses.find((s) => s.line.poNumber === "P-101")!;
    expect(p101.line.promisedDate).toBe(WED_18);
    expect(p101.daysLate).toBe(2);
    // The bad quantity (row 4 + 5 = 9, column G) and the ambiguous "05/11/2026" (row 10, column E) are named.
    const cells = (model.parsed?.issues ?? []).map((i) => `${i.sheet}!${i.column}${i.row}:${i.code}`);
    expect(cells).toEqual(expect.arrayContaining([expect.stringMatching(/^POs!G9:/), expect.stringMatching(/^POs!E10:/)]));
    expect(model.chases.map((c) => c.lineKey)).toEqual(["P-101/10", "P-103/10"]);
  });

  test.each(READERS)("Register table with saved settings through %s", async (reader) => {
    const model = await modelOf(registerTable1900, reader);
    expect(model.register).toMatchObject({ sheet: "Register", tableName: "Register", headerRow: 1 });
    // The saved DMY wins over the workbook's American locale: "05/11/2026" = 5 November = 46327 + 4 = 46331.
    expect(model.settled.settings.dateOrder).toBe("DMY");
    expect(model.parsed?.lines[0].promisedDate).toBe(46331);
    expect(model.settled.settings.escalationOffsets).toEqual([-2, 2, 6, 12]);
    expect(model.settled.settings.periodKind).toBe("week");
    expect(model.settled.problems).toEqual([{ field: "periodKind", code: "notAChoice", value: "fortnight" }]);
  });

  test.each(READERS)("sample through %s: no settings problems, every chase matched to a line", async (reader) => {
    const model = await modelOf(sample, reader);
    expect(model.settled.problems).toEqual([]);
    expect(model.parsed?.lines).toHaveLength(240);
    const keys = new Set(model.parsed?.lines.map((l) => l.key));
    expect(model.chases.length).toBeGreaterThan(0);
    for (const chase of model.chases) expect(keys.has(chase.lineKey)).toBe(true);
  });

  test.each(READERS)("monthly tabs through %s: one register over three sheets, problems named by their own sheet", async (reader) => {
    const model = await modelOf(monthlyTabs, reader);
    // October 2 + November 2 (under a title row: header on row 2) + December 2 = 6 lines; 采购跟踪 is another table.
    expect(model.parsed?.lines.map((l) => `${l.sheet ?? "2026-10"}!${l.sheetRow} ${l.key}`)).toEqual([
      "2026-10!2 PO-1001/1",
      "2026-10!3 PO-1002/1",
      "2026-11!3 PO-1101/1",
      "2026-11!4 PO-1102/1",
      "2026-12!2 PO-1201/1",
      "2026-12!3 PO-1002/1",
    ]);
    expect(model.parsed?.issues.map((i) => [i.code, i.sheet, `${i.column}${i.row}`, i.detail ?? null])).toEqual([
      ["notADate", "2026-11", "D4", null],
      ["duplicateKey", "2026-12", "A3", { firstRow: 3, firstSheet: "2026-10" }],
    ]);
    // December's Total row (row 4) is left out with a note on its own sheet, not read as a line.
    expect(model.notes.map((n) => [n.code, n.sheet, n.row])).toEqual(
      expect.arrayContaining([
        ["sheetsReadTogether", "2026-10", 1],
        ["totalsLeftOut", "2026-12", 4],
      ]),
    );
    // The chase on PO-1101/1 (Thu 19) is that November line's last chase.
    const november = model.statuses.find((s) => s.line.key === "PO-1101/1");
    expect(model.chases).toHaveLength(1);
    expect(november?.line.sheet).toBe("2026-11");
  });
});

// ---- the written report: sheet-ownership decisions and report cells ---------------------------

interface Written {
  reportSheet: string | null;
  kpiSheet: string | null;
  clashes: { sheet: string; writtenTo: string | null }[];
  cells(sheet: string, rows: number, cols: number): unknown[][];
  /** The sheet's tables as "Name A1:B2", by name. */
  tables(sheet: string): string[];
  printArea(sheet: string): string | null;
  /** What the ribbon command's message / the runner's stderr says of the KPI blocks left alone. */
  saidOfKpiBlocks: string;
}

const tableRef = (name: string, row: number, col: number, rows: number, cols: number) =>
  `${name} ${columnLetter(col)}${row + 1}:${columnLetter(col + cols - 1)}${row + rows}`;

async function addInWrites(doc: InMemoryWorkbook): Promise<Written> {
  const uninstall = installInMemoryExcel(doc);
  try {
    const result = await runFollowUpReport({ asOf: AS_OF, generatedAt: GENERATED_AT, lang: "en" });
    expect(result.ok).toBe(true);
    const kpiSheet = doc.findTable("KpiHistory")?.sheet.name ?? null;
    const clashes = [
      ...(kpiSheet && kpiSheet !== "KPI" ? [{ sheet: "KPI", writtenTo: kpiSheet }] : []),
      ...(result.sheetName && result.sheetName !== "Follow-up 2026-W47"
        ? [{ sheet: "Follow-up 2026-W47", writtenTo: result.sheetName }]
        : []),
    ];
    return {
      reportSheet: result.sheetName ?? null,
      kpiSheet,
      clashes,
      cells: (sheet, rows, cols) => doc.valuesAt(sheet, `A1:${columnLetter(cols - 1)}${rows}`),
      tables: (sheet) =>
        doc.tables
          .filter((t) => t.sheet.name === sheet)
          .map((t) => tableRef(t.name, t.row, t.col, t.dataRows + 1, t.cols))
          .sort(),
      printArea: (sheet) => pageLayoutOf(doc.requireSheet(sheet)).printArea,
      saidOfKpiBlocks: result.message,
    };
  } finally {
    uninstall();
  }
}

async function fileWrites(reader: ReaderName, fixture: Fixture): Promise<Written> {
  const index = FIXTURES.indexOf(fixture);
  const read = await readWith(reader, fixture.build(), `w${index}-${READERS.indexOf(reader)}`);
  const model = runPipeline(read.sources, { asOf: AS_OF });
  const built = buildReports(model, read.sources.history, { lang: "en", generatedAt: GENERATED_AT });
  const out = path.join(path.dirname(read.file!.path), `w${index}-${READERS.indexOf(reader)}-report.xlsx`);
  const written = await writeReportWorkbook(read.file!, built, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return {
    reportSheet: written.reportSheet,
    kpiSheet: written.kpiSheet,
    clashes: written.clashes.map(({ sheet, writtenTo }) => ({ sheet, writtenTo })),
    cells: (sheet, rows, cols) =>
      // A chart the file cannot draw is a note in the cell where the add-in's chart floats (an empty cell).
      readRect(workbook.getWorksheet(sheet)!, 1, 1, rows, cols, workbook.properties.date1904).map((row) =>
        row.map((v) => (typeof v === "string" && /^(Chart|Trend chart) ".*" is not drawn/.test(v) ? "" : v)),
      ),
    tables: (sheet) =>
      tablesOf(workbook.getWorksheet(sheet)!)
        .map((t) => tableRef(t.name, t.top - 1, t.left - 1, t.bottom - t.top + 1, t.right - t.left + 1))
        .sort(),
    printArea: (sheet) => workbook.getWorksheet(sheet)!.pageSetup.printArea ?? null,
    saidOfKpiBlocks: written.kpiBlocksSkipped.join(" "),
  };
}

describe.each(FIXTURES.map((f) => [f.name, f] as const))("written report: %s", (_name, fixture) => {
  test.each(READERS.filter((r) => r !== "in-memory Excel"))(
    "%s: the same sheets decided and the same cells as the add-in",
    async (reader) => {
      const excel = await addInWrites(fixture.build());
      const file = await fileWrites(reader, fixture);
      expect({ reportSheet: file.reportSheet, kpiSheet: file.kpiSheet, clashes: file.clashes }).toEqual({
        reportSheet: excel.reportSheet,
        kpiSheet: excel.kpiSheet,
        clashes: excel.clashes,
      });
      expect(file.cells(excel.reportSheet!, 60, 20)).toEqual(excel.cells(excel.reportSheet!, 60, 20));
      // The KPI sheet to AF60: headline, KpiHistory, and the ageing (P1) and scorecard (P11) blocks.
      expect(file.cells(excel.kpiSheet!, 60, 32)).toEqual(excel.cells(excel.kpiSheet!, 60, 32));
      expect(file.tables(excel.kpiSheet!)).toEqual(excel.tables(excel.kpiSheet!));
    },
  );
});

/** The sample register with the KPI sheet an earlier version wrote: KpiHistory A29:J30, ten columns, W46's row. */
function withOldHistory(extraHeader: string | null): Fixture {
  const ten = kpiHistoryColumns(reportText("en")).slice(0, 10).map((c) => c.header);
  // W46: Mon 2026-11-09 = 46327 + 8 = 46335 to Sun 46341.
  const w46 = ["2026-W46", 46335, 46341, 46341, 0.5, 0.25, 1, 2, 3.5, 4];
  return {
    name: `sample, ten-column KpiHistory${extraHeader ? ` and the manager's "${extraHeader}"` : ""}`,
    build() {
      const doc = sample.build();
      doc.addSheet("KPI");
      if (extraHeader === null) {
        doc.seed("KPI", "A29", [ten, w46]);
        doc.seedTable("KPI", "A29:J30", "KpiHistory");
      } else {
        doc.seed("KPI", "A29", [[...ten, extraHeader], [...w46, "check W46"]]);
        doc.seedTable("KPI", "A29:K30", "KpiHistory");
      }
      return doc;
    },
  };
}

// A streamed read writes a new report workbook (no earlier history rows to keep): the whole file is the case.
describe("a KpiHistory table from before reject rate", () => {
  test.each(["xlsx, whole"] as const)("%s: both writers add the column at its right end", async (reader) => {
    const fixture = withOldHistory(null);
    const excel = await addInWrites(fixture.build());
    const file = await fileWrites(reader, fixture);
    const cells = excel.cells("KPI", 31, 12);
    expect(file.cells("KPI", 31, 12)).toEqual(cells);
    // Header K29 added, L29 untouched; W46 (an earlier version's row) has no reject rate; W47 appended in row 31.
    expect(cells[28].slice(9)).toEqual(["Lines measured", "Reject rate", ""]);
    expect(cells[29].slice(0, 1)).toEqual(["2026-W46"]);
    expect(cells[29][10]).toBe("");
    expect(cells[30][0]).toBe("2026-W47");
  });

  test.each(["xlsx, whole"] as const)("%s: a column the manager added after ours is never written over", async (reader) => {
    const fixture = withOldHistory("Note");
    const excel = await addInWrites(fixture.build());
    const file = await fileWrites(reader, fixture);
    const cells = excel.cells("KPI", 31, 12);
    expect(file.cells("KPI", 31, 12)).toEqual(cells);
    expect(cells[28].slice(9)).toEqual(["Lines measured", "Note", ""]);
    expect(cells[29][10]).toBe("check W46");
    expect(cells[30][0]).toBe("2026-W47");
    expect(cells[30][10]).toBe("");
  });
});

/** The sample register with a KPI sheet an earlier run wrote (KpiHistory A29:K30, W46's row), and more on it from column P. */
function withKpiSide(name: string, side: (doc: InMemoryWorkbook) => void): Fixture {
  const eleven = kpiHistoryColumns(reportText("en")).map((c) => c.header);
  const w46 = ["2026-W46", 46335, 46341, 46341, 0.5, 0.25, 1, 2, 3.5, 4, 0.1];
  return {
    name,
    build() {
      const doc = sample.build();
      doc.addSheet("KPI");
      doc.seed("KPI", "A29", [eleven, w46]);
      doc.seedTable("KPI", "A29:K30", "KpiHistory");
      side(doc);
      return doc;
    },
  };
}

describe("the KPI sheet's ageing and scorecard blocks", () => {
  test("sample: KpiAgeing from P2 and KpiScorecard from P12 in both writers, beside KpiHistory", async () => {
    const excel = await addInWrites(sample.build());
    const file = await fileWrites("xlsx, whole", sample);
    expect(file.tables("KPI")).toEqual(excel.tables("KPI"));
    // Headings P1 and P11; the sample's open lines have four currencies: Bucket, Lines + 4 value columns = P:U;
    // six buckets (every open line has a due date) = rows 3–8 under the header in row 2.
    expect(excel.tables("KPI")).toEqual(expect.arrayContaining(["KpiAgeing P2:U8", "KpiHistory A29:K30"]));
    expect(excel.tables("KPI").find((t) => t.startsWith("KpiScorecard"))).toMatch(/^KpiScorecard P12:AE\d+$/); // 12 + 4 currency columns
    // Printed as before the blocks: A1 to N, down to KpiHistory's one row (30).
    expect([excel.printArea("KPI"), file.printArea("KPI")]).toEqual(["A1:N30", "A1:N30"]);
    const cells = excel.cells("KPI", 12, 16);
    expect([cells[0][15], cells[1][15], cells[2][15], cells[10][15], cells[11][15]]).toEqual([
      "Ageing of open lines",
      "Days late",
      "Not due",
      "Supplier scorecard",
      "Supplier",
    ]);
  });

  test("a rerun replaces the last run's larger scorecard and empties what it no longer covers", async () => {
    // Last run: a scorecard of 40 suppliers, 18 columns (P12:AG52), under its heading in P11.
    const fixture = withKpiSide("sample, last run's scorecard P12:AG52", (doc) => {
      const header = Array.from({ length: 18 }, (_, c) => `Old ${c + 1}`);
      const rows = Array.from({ length: 40 }, (_, r) => Array.from({ length: 18 }, (_, c) => r * 18 + c));
      doc.seed("KPI", "P11", [["Supplier scorecard"], header, ...rows]);
      doc.seedTable("KPI", "P12:AG52", "KpiScorecard");
    });
    const excel = await addInWrites(fixture.build());
    const file = await fileWrites("xlsx, whole", fixture);
    const cells = excel.cells("KPI", 60, 34);
    expect(file.cells("KPI", 60, 34)).toEqual(cells);
    expect(file.tables("KPI")).toEqual(excel.tables("KPI"));
    const scorecard = excel.tables("KPI").find((t) => t.startsWith("KpiScorecard"))!;
    const lastRow = Number(/(\d+)$/.exec(scorecard)![1]);
    expect(lastRow).toBeLessThan(52);
    // Below the new table and right of it (AF, AG: columns 31, 32) nothing of the old one is left.
    expect(
      cells
        .slice(lastRow, 52)
        .flatMap((r) => r.slice(15, 33))
        .every((v) => v === ""),
    ).toBe(true);
    expect(
      cells
        .slice(11, lastRow)
        .flatMap((r) => r.slice(31, 33))
        .every((v) => v === ""),
    ).toBe(true);
    expect(cells[11][15]).toBe("Supplier");
  });

  test("a manager's note where the ageing block goes: that block is left alone, the scorecard is written", async () => {
    const fixture = withKpiSide("sample, a manager's note in R5", (doc) => doc.seed("KPI", "R5", [["ask Anna"]]));
    const excel = await addInWrites(fixture.build());
    const file = await fileWrites("xlsx, whole", fixture);
    const cells = excel.cells("KPI", 30, 32);
    expect(file.cells("KPI", 30, 32)).toEqual(cells);
    expect(file.tables("KPI")).toEqual(excel.tables("KPI"));
    expect(excel.tables("KPI").some((t) => t.startsWith("KpiAgeing"))).toBe(false);
    expect(cells[4][17]).toBe("ask Anna");
    // Instead of the heading, P1 says why the table is missing; the ribbon's message and the runner say it too.
    const why = "Ageing of open lines: not updated. KPI!R5 holds something the add-in did not write; move it, then run the report again.";
    expect(cells[0][15]).toBe(why);
    expect(excel.saidOfKpiBlocks).toContain(why);
    expect(file.saidOfKpiBlocks).toBe(why);
    expect(cells.slice(1, 9).flatMap((r) => r.slice(15, 17))).toEqual(new Array(16).fill(""));
    expect(cells[10][15]).toBe("Supplier scorecard");
  });
});

test("the ownership decisions themselves, worked by hand", async () => {
  // A manager's own KPI sheet: ours goes to "KPI (2)". A buyer's sheet named like the report: "Follow-up 2026-W47 (2)".
  expect((await addInWrites(handMade1904.build())).clashes).toEqual([{ sheet: "KPI", writtenTo: "KPI (2)" }]);
  expect((await addInWrites(registerTable1900.build())).clashes).toEqual([
    { sheet: "Follow-up 2026-W47", writtenTo: "Follow-up 2026-W47 (2)" },
  ]);
  expect((await addInWrites(sample.build())).clashes).toEqual([]);
});
