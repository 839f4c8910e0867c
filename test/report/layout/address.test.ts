import { cellA1, parseCell, rectA1 } from "../../../src/report/layout/address";
import { headerFooterText } from "../../../src/report/layout/headerFooter";

test("A1 addresses from and to 0-based cells", () => {
  expect(parseCell("B12")).toEqual({ row: 11, col: 1 });
  expect(parseCell("$AA$1")).toEqual({ row: 0, col: 26 });
  expect(cellA1({ row: 28, col: 0 })).toBe("A29");
  expect(rectA1({ row: 28, col: 0, rows: 2, cols: 10 })).toBe("A29:J30");
  expect(rectA1({ row: 4, col: 27, rows: 1, cols: 1 })).toBe("AB5");
});

test("header/footer codes: & doubled, placeholders become &P and &N", () => {
  expect(headerFooterText("R&D {page}/{pages}")).toBe("R&&D &P/&N");
});
