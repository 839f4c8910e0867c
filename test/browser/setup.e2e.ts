/**
 * Set up with a register already in use: re-mapping it comes first ("Use this table" is the primary
 * button), "Create register" is secondary and says what it does, a refused create says so and changes
 * nothing, and Today opens at its top after "Use this table".
 */
import { cellSnapshot, openPlayground, screenshot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const BRAND = "rgb(15, 108, 189)"; // Fluent's web light theme colorBrandBackground: a primary button

describe("Set up with a register found", () => {
  test("Use this table comes first and is the primary button; Create register is secondary and explained", async () => {
    const { page, errors } = await openPlayground(harness);
    await page.getByRole("tab", { name: "Set up" }).click();
    await page.waitForSelector('[data-testid="use-table"]');
    const order = await page.$$eval('[data-testid="setup-view"] [data-testid="use-table"], [data-testid="setup-view"] [data-testid="create-register"]', (els) =>
      els.map((e) => e.getAttribute("data-testid")),
    );
    expect(order).toEqual(["use-table", "create-register"]);
    const background = (testId: string) => page.locator(`[data-testid="${testId}"]`).evaluate((e) => getComputedStyle(e).backgroundColor);
    await expect(background("use-table")).resolves.toBe(BRAND);
    await expect(background("create-register")).resolves.not.toBe(BRAND);
    await expect(page.locator('[data-testid="create-existing"]').textContent()).resolves.toContain("already has a register");
    await screenshot(page, "setup-register-found");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("Create register when Register and Chase log exist: a message, the pane stays on Set up, no cell changes", async () => {
    const { page, errors } = await openPlayground(harness);
    await page.getByRole("tab", { name: "Set up" }).click();
    await page.waitForSelector('[data-testid="create-register"]');
    const before = await cellSnapshot(page);
    await page.locator('[data-testid="create-register"]').click();
    const message = page.locator('[data-testid="create-refused"]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toBe(
      "Not created: Register already exists. Not created: Chase log already exists. Nothing in the workbook was changed; the pane still reads your register.",
    );
    await expect(page.locator('[data-testid="setup-view"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="today-view"]').count()).resolves.toBe(0);
    expect(await cellSnapshot(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("after Use this table, Today opens at its top", async () => {
    const { page, errors } = await openPlayground(harness);
    await page.getByRole("tab", { name: "Set up" }).click();
    const use = page.locator('[data-testid="use-table"]');
    await use.waitFor();
    // Scroll the pane down to the button, as a buyer does on a long mapping table.
    await page.locator('[data-testid="problem-list"], [data-testid="missing-required"]').last().scrollIntoViewIfNeeded();
    await use.scrollIntoViewIfNeeded();
    const scrolled = await page.locator(".pane").evaluate((pane) => pane.scrollTop);
    expect(scrolled).toBeGreaterThan(100); // the test means something only when Set up was scrolled
    await use.click();
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');
    await expect(page.locator(".pane").evaluate((pane) => pane.scrollTop)).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
