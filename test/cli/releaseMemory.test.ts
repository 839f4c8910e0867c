/** releaseMemory (cli/releaseMemory.ts): garbage left by one register is collected before the next is read. */
import { isLargeRead, LARGE_REGISTER_ROWS, releaseMemory } from "../../cli/releaseMemory";

test("after ~80 MB of garbage, a call brings the heap back down (V8 alone would let it grow)", () => {
  releaseMemory();
  const before = process.memoryUsage().heapUsed;
  let garbage: number[][] | null = Array.from({ length: 100 }, () => Array.from({ length: 100_000 }, (_, i) => i + 0.5)); // 100 × 100,000 doubles ≈ 80 MB
  expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(50 * 1024 * 1024);
  garbage = null;
  releaseMemory();
  expect(garbage).toBeNull();
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
});

test("a register is large by all its sheets' rows: 150,000 on its own sheet + 2 monthly tabs of 30,000 is over 200,000", () => {
  const block = (rows: number) => ({ values: new Array<unknown[]>(rows) });
  const read = (own: number, tabs: number[]) =>
    ({ register: block(own), sources: { otherSheets: tabs.map(block) } }) as unknown as Parameters<typeof isLargeRead>[0];
  expect(LARGE_REGISTER_ROWS).toBe(200_000);
  expect(isLargeRead(read(150_000, []))).toBe(false);
  expect(isLargeRead(read(150_000, [30_000, 30_000]))).toBe(true); // 150,000 + 60,000 = 210,000
  expect(isLargeRead(read(200_000, []))).toBe(false); // over the bound, not at it
  expect(isLargeRead(read(200_001, []))).toBe(true);
});
