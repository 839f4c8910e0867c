/**
 * Settings › Ribbon in the playground: the "load with this workbook" switch works without Excel (the in-memory Excel's
 * Office.addin remembers the choice for its workbook) and says it only acts in Excel.
 */
import { openPlayground, screenshot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

test("off by default; on is remembered across views, with the note that it takes effect in Excel", async () => {
  const { page, errors } = await openPlayground(harness);
  await page.getByRole("tab", { name: "Settings" }).click();
  const toggle = page.getByRole("switch", { name: /Load PO Follow-up when this workbook opens/ });
  await toggle.waitFor();
  await page.waitForFunction(() => !(document.querySelector('[data-testid="load-with-workbook"]') as HTMLInputElement | null)?.disabled);
  expect(await toggle.isChecked()).toBe(false);
  await expect(page.locator('[data-testid="startup-in-memory"]').textContent()).resolves.toContain("it takes effect in Excel");
  await toggle.click();
  await page.locator('[data-testid="startup-outcome"]').waitFor();
  await expect(page.locator('[data-testid="startup-outcome"]').textContent()).resolves.toBe("PO Follow-up will load the next time this workbook is opened.");
  expect(await toggle.isChecked()).toBe(true);
  expect(await toggle.isDisabled()).toBe(false);
  await page.waitForTimeout(300); // the switch's own transition
  await screenshot(page, "settings-load-with-workbook");
  // Away and back: the switch is read again from the in-memory workbook.
  await page.getByRole("tab", { name: "Today" }).click();
  await page.getByRole("tab", { name: "Settings" }).click();
  await page.waitForFunction(() => (document.querySelector('[data-testid="load-with-workbook"]') as HTMLInputElement | null)?.checked === true);
  expect(errors).toEqual([]);
  await page.context().close();
});
