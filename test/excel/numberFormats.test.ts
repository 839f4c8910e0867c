import { columnFormatWrites, formatWritesBytes, planFormatWrites, FORMAT_WRITE_BYTES } from "../../src/excel/numberFormats";

const DATE = "yyyy-mm-dd";

describe("planFormatWrites: single values per run of columns (OfficeDev/office-js#5852)", () => {
  test("a 1,000-row table: one write for the header row, one per run of columns below it", () => {
    const formats = [["General", "General", "General"], ...Array.from({ length: 999 }, () => ["@", "#,##0", "#,##0"])];
    const writes = planFormatWrites(formats);
    expect(FORMAT_WRITE_BYTES).toBe(256); // what the arithmetic in these tests charges per write
    expect(writes).toEqual([
      { row: 0, col: 0, rows: 1, cols: 3, format: "General" },
      { row: 1, col: 0, rows: 999, cols: 1, format: "@" },
      { row: 1, col: 1, rows: 999, cols: 2, format: "#,##0" }, // columns B and C share the format: one write
    ]);
    // 3 writes × 256 + the JSON strings "General" (9 bytes), "@" (3), "#,##0" (7) = 768 + 19 = 787
    expect(formatWritesBytes(writes)).toBe(787);
  });

  test("a block whose single array is cheaper than the writes keeps the array", () => {
    const formats = [["General", "General"], ["0.0%", "0.0%"]];
    // plan: 2 writes = 512 + "General" 9 + "0.0%" 6 = 527;
    // array: [["General","General"],["0.0%","0.0%"]] = 2 + 21 + 1 + 15 = 39 bytes + 256 = 295 < 527
    expect(planFormatWrites(formats)).toEqual([{ row: 0, col: 0, rows: 2, cols: 2, format: formats }]);
  });

  test("null (leave the cell's format) is never written: its run is left out", () => {
    const formats = Array.from({ length: 600 }, (_, r) => ["@", r < 300 ? null : "0.00"]);
    expect(planFormatWrites(formats)).toEqual([
      { row: 0, col: 0, rows: 600, cols: 1, format: "@" },
      { row: 300, col: 1, rows: 300, cols: 1, format: "0.00" },
    ]);
  });

  test("a column whose format changes every row sends its own column array; the others stay single values", () => {
    // 1,000 rows; column B alternates two currencies' decimals, so it has 1,000 runs.
    const formats = Array.from({ length: 1000 }, (_, r) => ["@", r % 2 === 0 ? "#,##0" : "#,##0.00"]);
    const writes = planFormatWrites(formats);
    // B as runs: 1,000 × 256 = 256,000 bytes; as its array: [["#,##0"],["#,##0.00"],…] =
    // 2 brackets + 999 commas + 500 × 9 + 500 × 12 = 11,501 bytes (+256) → the array.
    expect(writes).toEqual([
      { row: 0, col: 0, rows: 1000, cols: 1, format: "@" },
      { row: 0, col: 1, rows: 1000, cols: 1, format: formats.map((row) => [row[1]]) },
    ]);
    // 256 + 3 ("@") + 256 + 11,501 = 12,016, below the whole block's array:
    // 256 + 2 + 999 + 500 × 13 (["@","#,##0"]) + 500 × 16 (["@","#,##0.00"]) = 15,757
    expect(formatWritesBytes(writes)).toBe(12_016);
  });

  test("an empty block needs no write", () => {
    expect(planFormatWrites([])).toEqual([]);
  });
});

describe("columnFormatWrites", () => {
  test("adjacent columns with one format share a write over all rows", () => {
    expect(columnFormatWrites(["@", "@", "#,##0", DATE, DATE, "@"], 5000)).toEqual([
      { row: 0, col: 0, rows: 5000, cols: 2, format: "@" },
      { row: 0, col: 2, rows: 5000, cols: 1, format: "#,##0" },
      { row: 0, col: 3, rows: 5000, cols: 2, format: DATE },
      { row: 0, col: 5, rows: 5000, cols: 1, format: "@" },
    ]);
  });
});
