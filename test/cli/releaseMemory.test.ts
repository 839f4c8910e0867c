/** releaseMemory (cli/releaseMemory.ts): garbage left by one register is collected before the next is read. */
import { releaseMemory } from "../../cli/releaseMemory";

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
