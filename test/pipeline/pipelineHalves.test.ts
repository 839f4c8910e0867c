/**
 * The pipeline's two halves (parseSources, then evaluateParsed) are runPipeline itself, and the first
 * keeps none of the sources' cells: the headless runner empties the grid between them (cli/report.ts).
 */
import { evaluateParsed, parseSources, runPipeline } from "../../src/pipeline";
import { CHASE_LOG_COLUMNS } from "../../src/register/template";
import { registerSources } from "../fixtures/sources";
import { SLIPPER_HEADER, chronicSlipperRows } from "../fixtures/chronicSlipper";

const AS_OF = 46062; // Mon 2026-02-09

test("parse, empty the cells, then evaluate: the same model as runPipeline", () => {
  const whole = runPipeline(registerSources(chronicSlipperRows()), { asOf: AS_OF });
  const sources = registerSources(chronicSlipperRows());
  const parsed = parseSources(sources, {});
  // What the runner does: every row of the grid let go before the lines are evaluated.
  (sources.register!.values as unknown[]).length = 0;
  const model = evaluateParsed(parsed, { asOf: AS_OF });
  expect(model).toEqual(whole);
  // Not an empty model that happens to equal another: the register's lines are there, evaluated.
  expect(model.parsed?.lines.map((l) => l.poNumber)).toEqual(
    chronicSlipperRows()
      .slice(1)
      .map((row) => row[0]),
  );
  expect(model.statuses).toHaveLength(model.parsed!.lines.length);
  expect(model.predictions?.get("PO-4")).toMatchObject({ p50: 46069 });
});

test("a line's notes and the chase log's entries are taken in the first half (the cells are not read again)", () => {
  const rows = [SLIPPER_HEADER.slice(0, 6), ["PO-1", "Acme", 46055, 1, 0, ""]];
  const entry: Record<string, unknown> = { poNumber: "PO-9", date: 46061, supplier: "Zeta", channel: "email", outcome: "noAnswer" }; // Sun 2026-02-08
  const chaseLog = [CHASE_LOG_COLUMNS.map((c) => c.header), CHASE_LOG_COLUMNS.map((c) => entry[c.key] ?? "")];
  const sources = registerSources(
    rows,
    {},
    { chaseLog: { sheet: "Chase log", tableName: "Chases", firstRow: 1, firstColumn: 0, values: chaseLog } },
  );
  const parsed = parseSources(sources, {});
  (sources.chaseLog!.values as unknown[]).length = 0;
  const model = evaluateParsed(parsed, { asOf: AS_OF });
  // PO-9 is not in the register: kept in the log, said as a note, counted for no line.
  expect(model.chases.map((c) => c.poNumber)).toEqual(["PO-9"]);
  expect(model.notes.map((n) => [n.code, n.row])).toEqual([["orphanChase", 2]]);
});

test("releaseRows: each data row is let go as the parse reads it, header and title rows kept; the model unchanged", () => {
  // Two title rows above the header: row r of the parsed rows is row 2 + r of the block.
  const rows = [["Open orders"], [], ...chronicSlipperRows()];
  const whole = runPipeline(registerSources(rows.map((row) => [...row])), { asOf: AS_OF });
  const sources = registerSources(rows.map((row) => [...row]));
  const parsed = parseSources(sources, { releaseRows: true });
  const grid = sources.register!.values;
  expect(grid.slice(0, 3)).toEqual(rows.slice(0, 3)); // the titles and the header stay (notes read the header)
  expect(grid.slice(3).every((row) => row.length === 0)).toBe(true);
  expect(evaluateParsed(parsed, { asOf: AS_OF })).toEqual(whole);
});

test("without releaseRows the sources are left as they were (the task pane reads its cells again to write)", () => {
  const sources = registerSources(chronicSlipperRows());
  const before = JSON.stringify(sources);
  parseSources(sources, {});
  expect(JSON.stringify(sources)).toBe(before);
});
