/** A register kept as one sheet per month, read as one register by the pipeline (issue 18). */
import { runPipeline, cellIssues, evaluateParsed, parseSources, type SourceBlock } from "../../src/pipeline";
import { describeIssue } from "../../src/register/describeIssue";
import { registerSources } from "../fixtures/sources";

const HEADER = ["PO number", "Line", "Supplier", "Requested date", "Ordered qty", "Received qty"];
const sheet = (name: string, values: unknown[][], firstRow = 1): SourceBlock => ({
  sheet: name,
  tableName: null,
  values,
  firstRow,
  firstColumn: 0,
});
// 2026-11-20 is serial 46346; 46300 = 2026-10-05, 46330 = 2026-11-04, 46360 = 2026-12-04.
const AS_OF = 46346;

function monthlyWorkbook() {
  const october = [HEADER, ["PO-1001", 1, "Acme", 46300, 10, 10], ["PO-1002", 1, "Beta", 46300, 5, 0]];
  const november = sheet("2026-11", [["November"], HEADER, ["PO-1101", 1, "Acme", 46330, 8, 0], ["PO-1102", 1, "Gamma", "soon", 3, 0]]);
  const december = sheet("2026-12", [HEADER, ["PO-1201", 1, "Beta", 46360, 2, 0], ["PO-1002", 1, "Beta", 46300, 5, 0]]);
  const chinese = sheet("采购跟踪", [
    ["采购订单号", "供应商", "要求交期", "订购数量"],
    ["CN-1", "甲", 46300, 1],
  ]);
  return registerSources(october, { sheet: "2026-10" }, { otherSheets: [november, chinese, december] });
}

describe("monthly tabs", () => {
  const model = runPipeline(monthlyWorkbook(), { asOf: AS_OF });

  test("the lines of every sheet with the register's header, in sheet order; the Chinese sheet is another table", () => {
    // October 2 + November 2 + December 2 = 6 lines.
    expect(model.parsed?.lines.map((l) => [l.sheet ?? "(register)", l.sheetRow, l.key])).toEqual([
      ["(register)", 2, "PO-1001/1"],
      ["(register)", 3, "PO-1002/1"],
      ["2026-11", 3, "PO-1101/1"], // title on row 1, header on row 2
      ["2026-11", 4, "PO-1102/1"],
      ["2026-12", 2, "PO-1201/1"],
      ["2026-12", 3, "PO-1002/1"],
    ]);
    expect(model.statuses).toHaveLength(6);
    expect(model.register?.continuations.map((c) => [c.sheet, c.headerRow, c.rows])).toEqual([
      ["2026-11", 2, 3],
      ["2026-12", 1, 3],
    ]);
  });

  test("every problem names its own sheet, row and column", () => {
    const texts = cellIssues(model).map((issue) => describeIssue(issue, "en"));
    expect(texts).toEqual([
      expect.stringContaining("'2026-11'!D4 (Requested date)"),
      expect.stringContaining("'2026-12'!A3 (PO number): PO line \"PO-1002/1\" already appears on sheet 2026-10, row 3."),
    ]);
  });

  test("one note says which sheets were read together, in three languages", () => {
    const note = model.notes.find((n) => n.code === "sheetsReadTogether")!;
    expect(describeIssue(note, "en")).toBe("'2026-10'!A1: 3 sheets with this header are read as one register: 2026-10, 2026-11, 2026-12.");
    expect(describeIssue(note, "zh-CN")).toContain("3 个工作表合并为一个登记表读取：2026-10, 2026-11, 2026-12");
    expect(describeIssue(note, "ja")).toContain("3 枚のシートを 1 つの台帳として読み込みました");
  });

  test("a line without a PO number on another sheet keeps a key of its own", () => {
    const sources = registerSources(
      [HEADER, ["", 1, "Acme", 46300, 1, 0]],
      { sheet: "Oct" },
      { otherSheets: [sheet("Nov", [HEADER, ["", 1, "Acme", 46300, 1, 0]])] },
    );
    // Both blank POs sit on row 2: the sheet tells them apart.
    expect(runPipeline(sources, { asOf: AS_OF }).parsed?.lines.map((l) => l.key)).toEqual(["row:2", "row:2@Nov"]);
  });

  test("Set up previews the one table being mapped: no continuations while the buyer chooses columns", () => {
    const preview = runPipeline(monthlyWorkbook(), { asOf: 0, evaluate: false, override: {} });
    expect(preview.parsed?.lines).toHaveLength(2);
    expect(preview.register?.continuations).toEqual([]);
  });
});

test("releaseRows over monthly tabs: the register's and a further sheet's rows let go as read, the same model", () => {
  const whole = runPipeline(monthlyWorkbook(), { asOf: AS_OF });
  const sources = monthlyWorkbook();
  const parsed = parseSources(sources, { releaseRows: true });
  expect(evaluateParsed(parsed, { asOf: AS_OF })).toEqual(whole);
  expect(sources.register!.values.slice(1)).toEqual([[], []]); // October: the header stays
  // November sits under a title row: its rows are read from the block from its header down, the same row
  // arrays as the sheet's own grid, so the sheet's rows are let go too (its title and header stay).
  const rowsLeft = (name: string) => sources.otherSheets!.find((s) => s.sheet === name)!.values.filter((row) => row.length > 0).length;
  expect([rowsLeft("2026-11"), rowsLeft("2026-12")]).toEqual([2, 1]);
});
