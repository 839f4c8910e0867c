/** Issue 6 "Sharing" from the task pane: run the follow-up report in the playground, then copy its summary. */
import { openPlayground, screenshot, seriousViolations, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe("Follow-up report from the task pane", () => {
  test("builds this week's sheet (a new tab in the grid), shows the command's message and enables Copy report summary", async () => {
    const { page, errors } = await openPlayground(harness);
    await page.locator('[data-testid="run-report"]').click();
    const message = page.locator('[data-testid="report-message"]');
    await message.waitFor({ timeout: 30000 });
    // AS_OF 2026-11-20 is in ISO week 47.
    await page.waitForSelector('.tabs [role="tab"][data-sheet="Follow-up 2026-W47"]');
    await expect(page.locator('[data-testid="report-view"]').getAttribute("data-report-ok")).resolves.toBe("true");
    await expect(message.textContent()).resolves.toContain("Follow-up 2026-W47");
    await expect(page.locator('[data-testid="copy-report-summary"]').isEnabled()).resolves.toBe(true);

    // Copy: rich HTML + plain text through the same helper as Draft message (headless: a status either way).
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator('[data-testid="copy-report-summary"]').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="report-view"] [role="status"]')?.textContent ?? "") !== "");
    await screenshot(page, "today-report");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("axe finds no serious violation in the report view", async () => {
    const { page } = await openPlayground(harness);
    await page.locator('[data-testid="run-report"]').click();
    await page.locator('[data-testid="report-view"]').waitFor({ timeout: 30000 });
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
    await screenshot(page, "a11y-report");
    await page.context().close();
  });

  test("the Chinese UI labels the action and the copy button in Chinese", async () => {
    const { page } = await openPlayground(harness, { query: { lang: "zh-CN" } });
    await page.getByRole("button", { name: "跟催报告" }).click();
    await page.locator('[data-testid="report-view"]').waitFor({ timeout: 30000 });
    await expect(page.locator('[data-testid="copy-report-summary"]').textContent()).resolves.toBe("复制报告摘要");
    await page.context().close();
  });
});
