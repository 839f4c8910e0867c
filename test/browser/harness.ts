/**
 * Headless Chromium against the built playground. Every request that is not to this machine is
 * blocked, so a test can never pass thanks to the network. Screenshots go to test-artifacts/.
 */
import fs from "fs";
import path from "path";
import type { AddressInfo } from "net";
import type { Server } from "http";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** The fixed "today" of the tests (a Friday): the sample register is built around it. */
export const AS_OF = "2026-11-20";

export interface Harness {
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts Chromium and, unless PLAYGROUND_URL is set by the runner, a static server for dist/. */
export async function startHarness(): Promise<Harness> {
  let server: Server | null = null;
  let baseUrl = process.env.PLAYGROUND_URL ?? "";
  if (!baseUrl) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { serveStatic } = require(path.join(ROOT, "scripts/serve-static.js")) as { serveStatic(dir: string, port: number): Promise<Server> };
    server = await serveStatic(path.join(ROOT, "dist"), 0);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    baseUrl,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

export interface OpenOptions {
  query?: Record<string, string>;
  /** What must appear before the page counts as loaded. */
  waitFor?: string;
}

/** Opens the playground in a fresh context; fails the test on any uncaught page error of our code. */
export async function openPlayground(harness: Harness, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === "127.0.0.1" || host === "localhost" ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  // office.js cannot load its helper scripts outside Office: that error is expected in the playground.
  page.on("pageerror", (error) => {
    if (!/MicrosoftAjax/.test(error.message)) errors.push(error.message);
  });
  const query = new URLSearchParams({ asOf: AS_OF, ...options.query }).toString();
  await page.goto(`${harness.baseUrl}/playground.html?${query}`);
  await page.waitForSelector(options.waitFor ?? '[data-testid="today-view"]', { timeout: 30000 });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the task pane; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Tabster (Fluent's focus manager) adds aria-hidden <i tabindex=0 data-tabster-dummy> focus guards on
    // purpose; they move focus on and are never announced, so axe's aria-hidden-focus rule does not apply.
    const result = await axe.run({ include: [[".pane"]], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Every non-empty cell of the in-memory workbook, "Sheet!A1" → serialized cell. */
export async function cellSnapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(window.__playground!.workbook.cellSnapshot()));
}

/** Addresses whose content differs between two snapshots. */
export function changedCells(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}
