import { serialFromYmd } from "../../src/dates/serial";
import { CHINESE_HEADERS, sampleRegisterChinese } from "../../src/sample/sampleRegisterChinese";
import { parseSample } from "./helpers";

const asOf = serialFromYmd(2026, 11, 20) as number;

test("a Chinese-headed sheet of 30+ lines, deterministic", () => {
  const m = sampleRegisterChinese({ asOf });
  expect(m[0]).toEqual([...CHINESE_HEADERS]);
  expect(m.length - 1).toBeGreaterThanOrEqual(30);
  expect(sampleRegisterChinese({ asOf })).toEqual(m);
});

test("the real header detection maps the Chinese headers and the parser reads every line", () => {
  const parsed = parseSample(sampleRegisterChinese({ asOf }), "采购跟踪");
  expect(parsed.issues).toEqual([]);
  expect(parsed.lines.length).toBeGreaterThanOrEqual(30);
  const first = parsed.lines[0];
  expect(typeof first.poNumber).toBe("string");
  expect(typeof first.supplier).toBe("string");
  expect(typeof first.orderedQty).toBe("number");
  expect(typeof first.requestedDate).toBe("number");
});
