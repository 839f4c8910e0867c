/**
 * Per-supplier rules in Settings as a buyer uses them: add a supplier, a bad gap named under the
 * section, fixed and saved; the supplier's draft letter on Today is then in its language (Japanese)
 * and signed with the buyer's and company's names.
 */
import { openPlayground, screenshot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

test("a supplier set to Japanese gets its draft letter in Japanese, signed from settings", async () => {
  const { page, errors } = await openPlayground(harness);
  // The first supplier on Today (the most urgent one, to chase now) is the one set to Japanese.
  await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');
  const supplier = (await page.locator('[data-testid="supplier-card"]').first().getAttribute("data-supplier"))!;
  await page.getByRole("tab", { name: "Settings" }).click();
  await page.waitForSelector('[data-testid="supplier-rules"]');
  await page.locator('[data-testid="setting-buyerName"]').fill("Lee Wong");
  await page.locator('[data-testid="setting-companyName"]').fill("Northwind Trading");
  await page.locator('[data-testid="add-supplier-rule"]').click();
  const rule = page.locator('[data-testid="supplier-rule-0"]');
  await rule.getByLabel("Supplier (as in the register)").fill(` ${supplier.toUpperCase()} `); // matched ignoring case and spaces
  await rule.getByLabel("Language of letters").selectOption("ja");
  await rule.getByLabel("Own minimum gap (working days)").fill("1.5");
  await expect(page.locator('[data-testid="supplier-rules-error"]').textContent()).resolves.toBe(
    `"${supplier.toUpperCase()}": check the name (required) and the values.`,
  );
  await expect(page.locator('[data-testid="save-settings"]').getAttribute("aria-disabled")).resolves.toBe("true");
  await rule.getByLabel("Own minimum gap (working days)").fill(""); // blank: the workbook's gap (the supplier stays due today)
  await expect(page.locator('[data-testid="supplier-rules-error"]').count()).resolves.toBe(0);
  await page.locator('[data-testid="supplier-rules"]').scrollIntoViewIfNeeded();
  await screenshot(page, "settings-supplier-rules");
  await page.locator('[data-testid="save-settings"]').click();
  await page.getByText("Rules saved.").waitFor();

  await page.getByRole("tab", { name: "Today" }).click();
  await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');
  const card = page.locator(`[data-testid="supplier-card"][data-supplier="${supplier}"]`).first();
  await card.getByRole("button", { name: "Draft message" }).click();
  const draft = await card.locator('[data-testid="draft-message"]').first().textContent();
  expect(draft).toContain(`${supplier}\nご担当者様`);
  expect(draft).toContain("Northwind Trading\nLee Wong"); // the Japanese signature: company, then name
  await screenshot(page, "today-draft-supplier-language");
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);
