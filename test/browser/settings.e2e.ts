/**
 * Rules form validation as a buyer sees it: the message in percent under the box typed, the
 * escalation boxes at fault marked, no "default is used" while nothing is saved, and a message that
 * does not stretch the box beside it.
 */
import type { Page } from "playwright-core";
import { openPlayground, screenshot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

async function openRules(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Settings" }).click();
  await page.waitForSelector('[data-testid="settings-view"]');
}

/** The Fluent Field (label, box, message) around an input. */
const fieldBox = (page: Page, testId: string) =>
  page.locator(`[data-testid="${testId}"]`).evaluate((input) => {
    const field = input.closest(".fui-Field") as HTMLElement;
    const r = field.getBoundingClientRect();
    const i = input.getBoundingClientRect();
    return { fieldHeight: Math.round(r.height), inputTop: Math.round(i.top), inputHeight: Math.round(i.height) };
  });

describe("Rules form validation", () => {
  test("150 for quantity tolerance: said in percent, under that box, Save disabled, nothing claimed as used", async () => {
    const { page, errors } = await openPlayground(harness);
    await openRules(page);
    // Quantity tolerance and Confirmation expected within share a row at the playground's width.
    const neighbourBefore = await fieldBox(page, "setting-confirmWithin");
    await page.locator('[data-testid="setting-qtyTolerancePercent"]').fill("150");
    const field = page.locator('[data-testid="setting-qtyTolerancePercent"]').locator("xpath=ancestor::div[contains(@class,'fui-Field')][1]");
    await expect(field.locator(".fui-Field__validationMessage").textContent()).resolves.toBe("150 % must be at least 0 % and below 100 %.");
    await expect(page.locator('[data-testid="setting-qtyTolerancePercent"]').getAttribute("aria-invalid")).resolves.toBe("true");
    const status = await page.locator('[data-testid="settings-invalid"]').textContent();
    expect(status).toContain("Save rules is disabled");
    expect(await page.locator('[data-testid="settings-view"]').textContent()).not.toMatch(/default \(.*\) is used/);
    await expect(page.locator('[data-testid="save-settings"]').getAttribute("aria-disabled")).resolves.toBe("true");
    // The message makes its own box taller, not the one beside it.
    expect(await fieldBox(page, "setting-confirmWithin")).toEqual(neighbourBefore);
    await screenshot(page, "settings-invalid-percent");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("escalation offsets out of order: the two boxes at fault are marked and the message names the rule", async () => {
    const { page, errors } = await openPlayground(harness);
    await openRules(page);
    await page.locator('[data-testid="setting-offset-1"]').fill("6"); // -3, 6, 5, 10: 5 is not above 6
    const invalid = await page.$$eval('[data-testid^="setting-offset-"]', (inputs) => inputs.map((i) => i.getAttribute("aria-invalid") === "true"));
    expect(invalid).toEqual([false, true, true, false]);
    await expect(page.locator('[data-testid="offsets-error"]').textContent()).resolves.toBe(
      "-3, 6, 5, 10: each number must be larger than the one before, e.g. -3, 1, 5, 10.",
    );
    await page.locator('[data-testid="setting-offset-1"]').fill("1");
    await expect(page.locator('[data-testid="offsets-error"]').count()).resolves.toBe(0);
    const cleared = await page.$$eval('[data-testid^="setting-offset-"]', (inputs) => inputs.map((i) => i.getAttribute("aria-invalid") === "true"));
    expect(cleared).toEqual([false, false, false, false]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
