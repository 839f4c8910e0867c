import { GENERATED_AS_OF, generateRegister } from "../../src/sample/generateRegister";
import { SAMPLE_HEADERS } from "../../src/sample/sampleRegister";
import { parseSample } from "./helpers";

test("deterministic, n lines plus a header", () => {
  const a = generateRegister(1000, 3);
  expect(a).toHaveLength(1001);
  expect(a[0]).toEqual([...SAMPLE_HEADERS]);
  expect(generateRegister(1000, 3)).toEqual(a);
  expect(generateRegister(1000, 4)).not.toEqual(a);
});

test("parses cleanly and has a mix of lifecycles", () => {
  const { lines, issues } = parseSample(generateRegister(2000, 1));
  expect(issues).toEqual([]);
  expect(lines.filter((l) => typeof l.receivedDate === "number").length).toBeGreaterThan(0);
  expect(lines.filter((l) => l.lifecycle === "cancelled").length).toBeGreaterThan(0);
  expect(lines.filter((l) => l.receivedQty === null).length).toBeGreaterThan(0);
});

test("every row is as wide as the header (100,000 lines: bench/scale.ts)", () => {
  const m = generateRegister(1000, 1, GENERATED_AS_OF);
  expect(m).toHaveLength(1001);
  for (const row of m) expect(row).toHaveLength(m[0].length);
});
