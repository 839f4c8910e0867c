/**
 * The task-pane page's JavaScript stays within its budget (issue 10: 200 KB gzip, office.js from the CDN
 * aside; its inline script and the files it loads), measured on the page as served, the way
 * `npm run bench -- taskpane` prints it.
 */
import path from "path";
import { openPlayground, startHarness, type Harness } from "./harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PAGE_BUDGET_BYTES, inlineScripts, pageScripts, pageSizes } = require(path.resolve(__dirname, "../../scripts/page-budget.js")) as {
  PAGE_BUDGET_BYTES: number;
  pageScripts(html: string): string[];
  inlineScripts(html: string): string[];
  pageSizes(html: string, read: (src: string) => Buffer): { file: string; raw: number; gzip: number }[];
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
  const served = new Map<string, Buffer>();
  for (const src of scripts) served.set(src, Buffer.from(await (await fetch(`${harness.baseUrl}/${src.replace(/^\//, "")}`)).arrayBuffer()));
  const total = pageSizes(html, (src) => served.get(src)!).reduce((sum, row) => sum + row.gzip, 0);
  expect(total).toBeGreaterThan(100 * 1024);
  expect(total).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
});

test.each([
  ["taskpane.html", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
  ["playground.html", "office-js/office.js"],
])("%s fetches Office.js first and sets up Intl while it is on the network, before Office.js runs", async (page, officeJs) => {
  const html = await (await fetch(`${harness.baseUrl}/${page}`)).text();
  const preload = html.search(/<link[^>]*rel="?preload"?[^>]*>/);
  const [setUp] = inlineScripts(html);
  const officeTag = html.search(/<script[^>]*\ssrc=/); // the page's first script that loads a file
  expect(html.slice(officeTag).match(/\ssrc=["']?([^"'\s>]+)/)?.[1]).toBe(officeJs);
  expect(html.match(/<link[^>]*rel="?preload"?[^>]*>/)?.[0]).toContain(officeJs);
  expect(setUp).toContain("Intl.NumberFormat");
  expect(preload).toBeGreaterThan(-1);
  // preload, then the set-up, then Office.js itself: the first script of the page.
  expect(preload).toBeLessThan(html.indexOf(setUp));
  expect(html.indexOf(setUp)).toBeLessThan(officeTag);
});

test("the preloaded Office.js is the one the page runs: fetched once", async () => {
  const { page, errors } = await openPlayground(harness);
  const fetched = await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/office-js/office.js")).length);
  expect(fetched).toBe(1);
  expect(errors).toEqual([]);
  await page.context().close();
});
