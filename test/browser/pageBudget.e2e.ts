/**
 * The task-pane page's JavaScript stays within its budget (issue 10: 200 KB gzip, office.js from the CDN
 * aside), measured on the page as served, the way `npm run bench -- taskpane` prints it.
 */
import path from "path";
import { startHarness, type Harness } from "./harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PAGE_BUDGET_BYTES, gzipBytes, pageScripts } = require(path.resolve(__dirname, "../../scripts/page-budget.js")) as {
  PAGE_BUDGET_BYTES: number;
  gzipBytes(data: Buffer): number;
  pageScripts(html: string): string[];
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

test("taskpane.html loads at most 200 KB of its own JavaScript, gzipped", async () => {
  const html = await (await fetch(`${harness.baseUrl}/taskpane.html`)).text();
  const scripts = pageScripts(html);
  // Not a page that happens to load nothing: the runtime, the code shared with the functions, the pane.
  expect(scripts).toEqual(expect.arrayContaining(["runtime.js", "shared.js", "taskpane.js"]));
  let total = 0;
  for (const src of scripts) total += gzipBytes(Buffer.from(await (await fetch(`${harness.baseUrl}/${src.replace(/^\//, "")}`)).arrayBuffer()));
  expect(total).toBeGreaterThan(100 * 1024);
  expect(total).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
});
