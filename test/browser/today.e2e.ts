import { AS_OF, openPlayground, screenshot, seriousViolations, startHarness, type Harness } from "./harness";
import { expectedToday } from "./expected";
import { CARD_LINES, firstScreenCards } from "../../taskpane/views/today/progressive";
import { sampleRegister } from "../../src/sample/sampleRegister";
import { serialFromYmd } from "../../src/dates/serial";
import { PLAYGROUND_SAMPLE } from "../../playground/seedWorkbook";
import { generateRegister } from "../../src/sample/generateRegister";
import { runPipeline } from "../../src/pipeline";
import { chaseList } from "../../src/followup/chaseList";
import { registerSources } from "../fixtures/sources";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe("first run: use the sample table", () => {
  test("the mapping is detected and Today shows the expected suppliers and counts", async () => {
    const { page, errors } = await openPlayground(harness);

    // Set up: the sample table is offered, every required column is found.
    await page.getByRole("tab", { name: "Set up" }).click();
    await page.waitForSelector('[data-testid="mapping-table"]');
    await screenshot(page, "setup");
    const mapped = await page.$$eval('[data-testid="mapping-table"] tbody tr', (rows) => Object.fromEntries(rows.map((r) => [r.getAttribute("data-field"), r.getAttribute("data-column")])));
    // Sample headers: A PO number, B Line, C Supplier, J Promised date, K Ordered qty (0-based 0, 1, 2, 9, 10).
    expect(mapped).toMatchObject({ poNumber: "0", line: "1", supplier: "2", promisedDate: "9", orderedQty: "10" });
    await expect(page.locator('[data-testid="missing-required"]').textContent()).resolves.toBe("All required columns found.");

    // The Chinese-headed sheet is recognised too.
    await page.locator('[data-testid="source-select"]').selectOption({ label: "Sheet 采购跟踪" });
    await page.waitForFunction(() => document.querySelector('[data-testid="mapping-table"] tr[data-field="supplier"]')?.getAttribute("data-column") === "2");
    await page.locator('[data-testid="source-select"]').selectOption({ label: "Table Register" });
    await page.waitForFunction(() => document.querySelector('[data-testid="mapping-table"] tr[data-field="promisedDate"]')?.getAttribute("data-column") === "9");

    await page.locator('[data-testid="use-table"]').click();
    await page.waitForSelector('[data-testid="today-view"]');
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');

    const expected = expectedToday();
    expect(expected.length).toBeGreaterThan(0);
    const cards = await page.$$eval('[data-testid="supplier-card"]', (els) =>
      els.map((el) => ({
        supplier: el.getAttribute("data-supplier"),
        counts: Object.fromEntries([...el.querySelectorAll("[data-reason]")].map((b) => [b.getAttribute("data-reason"), Number(b.getAttribute("data-count"))])),
      })),
    );
    expect(cards.map((c) => c.supplier)).toEqual(expected.map((g) => g.supplier));
    for (const [i, group] of expected.entries()) {
      const nonZero = Object.fromEntries(Object.entries(group.counts).filter(([, n]) => n > 0));
      expect(cards[i].counts).toEqual(nonZero);
    }
    // Suppliers to chase now, then the lines the minimum gap between chases holds back (issue 16).
    const now = expected.filter((g) => !g.heldBack);
    const total = now.reduce((n, g) => n + g.lines.length, 0);
    const held = expected.filter((g) => g.heldBack).reduce((n, g) => n + g.lines.length, 0);
    expect(held).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="today-summary"]').textContent()).resolves.toBe(`${now.length} suppliers · ${total} lines · ${held} lines held back`);
    await screenshot(page, "today");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("filters narrow the list (level 3 only)", async () => {
    const { page } = await openPlayground(harness);
    const expected = expectedToday().filter((g) => g.lines.some((s) => s.level >= 3));
    await page.locator('[data-testid="filter-level"]').selectOption("3");
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="supplier-card"]').length === n, expected.length);
    const levels = await page.$$eval("[data-reason]", (els) => [...new Set(els.map((e) => e.getAttribute("data-reason")))]);
    expect(levels.every((r) => r === "overdue3")).toBe(true);
    await page.context().close();
  });

  test("Draft message shows the letter for the supplier", async () => {
    const { page } = await openPlayground(harness);
    const first = expectedToday()[0];
    const card = page.locator('[data-testid="supplier-card"]').first();
    await card.getByRole("button", { name: "Draft message" }).click();
    const draft = card.locator('[data-testid="draft-message"]');
    await draft.waitFor();
    const text = await draft.textContent();
    for (const status of first.lines) expect(text).toContain(String(status.line.poNumber));
    await screenshot(page, "today-draft");
    await page.context().close();
  });
});

describe("a supplier held back by the minimum gap between chases stays on Today", () => {
  test("logging a chase on one line of a supplier leaves its other lines on Today, greyed, with their next chase date", async () => {
    const { page, errors } = await openPlayground(harness);
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"]');
    // The first supplier to chase now with several lines, as the engine lists it.
    const group = expectedToday().find((g) => !g.heldBack && g.lines.length >= 2)!;
    const keys = group.lines.map((s) => s.line.key);
    const card = page.locator(`[data-testid="supplier-card"][data-supplier="${group.supplier}"]`);
    await expect(card.getAttribute("data-held-back")).resolves.toBeNull();

    // Log one chase (no answer) on its first line.
    await card.locator(`[data-line-key="${keys[0]}"]`).click();
    await page.waitForSelector(`[data-testid="line-view"][data-line-key="${keys[0]}"]`);
    await page.locator('[data-testid="field-note"]').fill("Called, no answer");
    await page.locator('[data-testid="save-chase"]').click();
    await page.waitForSelector('[data-testid="notice"]');
    await page.getByRole("tab", { name: "Today" }).click();

    // The supplier's last chase is Fri 2026-11-20: with the 2-working-day gap its next chase is
    // WORKDAY(Fri 20 Nov, 2) = Tue 24 Nov. Its other lines stay, held back; the chased line waits for its next level.
    const held = page.locator(`[data-testid="supplier-card"][data-supplier="${group.supplier}"][data-held-back="true"]`);
    await held.waitFor();
    await expect(held.getAttribute("data-next-chase")).resolves.toBe("2026-11-24");
    const shown = await held.locator("[data-line-key]").evaluateAll((els) => els.map((e) => e.getAttribute("data-line-key")));
    expect(shown.sort()).toEqual(keys.slice(1, 21).sort());
    const note = (await held.locator('[data-testid="held-back-note"]').textContent()) ?? "";
    expect(note).toContain("Next chase on 2026-11-24");
    expect(note).toContain("Last chased on 2026-11-20; chases of one supplier are kept 2 working days apart.");
    // Greyed and dashed, unlike a card to chase now; no letter is offered for a supplier held back.
    const look = await held.evaluate((el) => [getComputedStyle(el).borderStyle, getComputedStyle(el).backgroundColor]);
    const normal = await page.locator('[data-testid="supplier-card"]:not([data-held-back])').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(look[0]).toBe("dashed");
    expect(look[1]).not.toBe(normal);
    await expect(held.getByRole("button", { name: "Draft message" }).count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="today-summary"]').textContent()).resolves.toContain("lines held back");
    await held.scrollIntoViewIfNeeded();
    await screenshot(page, "today-held-back");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a long list", () => {
  test("the first supplier cards come with the summary, the others right after, in the engine's order", async () => {
    // Counts the cards in the DOM the first time one appears (the first commit of Today).
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route("**/*", (route) => (["127.0.0.1", "localhost"].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
    await context.addInitScript(() => {
      const w = window as unknown as { __firstCards?: number; __busyAtFirst?: string | null };
      new MutationObserver((_, observer) => {
        const cards = document.querySelectorAll('[data-testid="supplier-card"]').length;
        if (cards === 0) return;
        w.__firstCards = cards;
        w.__busyAtFirst = document.querySelector('[data-testid="today-view"]')?.getAttribute("aria-busy") ?? null;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/playground.html?asOf=${AS_OF}`);
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"]');

    const expected = expectedToday();
    expect(expected.length).toBeGreaterThan(firstScreenCards(expected));
    const first = await page.evaluate(() => (window as unknown as { __firstCards?: number; __busyAtFirst?: string | null }).__firstCards);
    const busyAtFirst = await page.evaluate(() => (window as unknown as { __busyAtFirst?: string | null }).__busyAtFirst);
    expect(first).toBe(firstScreenCards(expected));
    expect(busyAtFirst).toBe("true");
    const suppliers = await page.$$eval('[data-testid="supplier-card"]', (els) => els.map((el) => el.getAttribute("data-supplier")));
    expect(suppliers).toEqual(expected.map((g) => g.supplier));
    // Every card lists its first lines as buttons that open the line.
    const shown = await page.$$eval('[data-testid="supplier-card"]', (els) => els.map((el) => el.querySelectorAll("button[data-line-key]").length));
    expect(shown).toEqual(expected.map((g) => Math.min(g.lines.length, CARD_LINES)));
    await context.close();
  });
});

describe("a generated register without sales orders (the pane's first load evaluates only the lines it can chase)", () => {
  test("Today lists what the eager pipeline lists; a received line, opened from the sheet, has its status", async () => {
    const [y, m, d] = AS_OF.split("-").map(Number);
    const asOf = serialFromYmd(y, m, d)!;
    const values = generateRegister(2000, 1, asOf); // what the playground seeds for ?lines=2000
    const model = runPipeline(registerSources(values, { tableName: "Register" }), { asOf, predictions: false });
    const expected = chaseList(model.statuses, asOf);
    const received = model.statuses.find((s) => s.lifecycle === "received")!;

    const { page, errors } = await openPlayground(harness, { query: { asOf: AS_OF, lines: "2000" } });
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"]');
    const suppliers = await page.$$eval('[data-testid="supplier-card"]', (els) => els.map((el) => el.getAttribute("data-supplier")));
    expect(suppliers).toEqual(expected.map((g) => g.supplier));
    // The buyer selects the received line's row in the sheet, then opens the Line view: its status was worked out on demand.
    await page.locator(`[data-address="Register!A${received.line.sheetRow}"]`).click();
    await page.getByRole("tab", { name: "Line" }).click();
    await page.waitForSelector(`[data-testid="line-view"][data-line-key="${received.line.key}"]`);
    await expect(page.locator('[data-fact="status"]').textContent()).resolves.toBe("Received");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a supplier with hundreds of POs", () => {
  test("its card offers the letters of the POs it shows; '… and N more' shows every line and every PO's letter", async () => {
    const [y, m, d] = AS_OF.split("-").map(Number);
    const asOf = serialFromYmd(y, m, d)!;
    const model = runPipeline(registerSources(generateRegister(2000, 1, asOf), { tableName: "Register" }), { asOf, predictions: false });
    const [group] = chaseList(model.statuses, asOf);
    const poOf = (status: (typeof group.lines)[number]) => String(status.line.poNumber).trim();
    const shownPos = [...new Set(group.lines.slice(0, CARD_LINES).map(poOf))];
    const allPos = [...new Set(group.lines.map(poOf))];
    expect(allPos.length).toBeGreaterThan(shownPos.length);

    const { page, errors } = await openPlayground(harness, { query: { asOf: AS_OF, lines: "2000" } });
    const card = page.locator(`[data-testid="supplier-card"][data-supplier="${group.supplier}"]`);
    const letters = () => card.locator("[data-po]").evaluateAll((els) => els.map((el) => el.getAttribute("data-po")));
    await expect(letters()).resolves.toEqual(shownPos);
    await card.getByRole("button", { name: `… and ${group.lines.length - CARD_LINES} more` }).click();
    await expect(card.locator("button[data-line-key]").count()).resolves.toBe(group.lines.length);
    await expect(letters()).resolves.toEqual(allPos);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("filter choices", () => {
  test("the buyer and supplier filters offer every name on the register, sorted, once Today is on screen", async () => {
    const { page, errors } = await openPlayground(harness, { query: { asOf: AS_OF } });
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');
    // The names straight from the sample's columns (the choices come a frame after Today's first paint).
    const [y, m, d] = AS_OF.split("-").map(Number);
    const [header, ...rows] = sampleRegister({ asOf: serialFromYmd(y, m, d)!, lines: 240, lang: "en", ...PLAYGROUND_SAMPLE });
    const names = (column: string) => [...new Set(rows.map((row) => String(row[header.indexOf(column)]).trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
    for (const [id, column] of [
      ["filter-buyer", "Buyer"],
      ["filter-supplier", "Supplier"],
    ]) {
      const options = (select: string) => page.$$eval(`[data-testid="${select}"] option`, (els) => els.map((el) => el.textContent));
      await page.waitForFunction((select) => document.querySelectorAll(`[data-testid="${select}"] option`).length > 1, id);
      await expect(options(id)).resolves.toEqual(["All", ...names(column)]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("accessibility", () => {
  test.each([
    ["today", "Today"],
    ["line", "Line"],
    ["setup", "Set up"],
    ["settings", "Settings"],
  ])("axe finds no serious violation in the %s view", async (name, tab) => {
    const { page } = await openPlayground(harness, { query: { asOf: AS_OF } });
    if (name === "line") await page.locator("[data-line-key]").first().click();
    else await page.getByRole("tab", { name: tab }).click();
    await page.waitForSelector(`[data-testid="${name}-view"]`);
    if (name === "setup") await page.waitForSelector('[data-testid="mapping-table"]');
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
    await screenshot(page, `a11y-${name}`);
    await page.context().close();
  });
});

describe("customer orders at risk (issue 13)", () => {
  test("the supplier whose line puts a sales order at risk comes first and its card says which", async () => {
    const { page, errors } = await openPlayground(harness);
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');
    // The sample's SO-7001 (Kite Industries) is needed the working day after AS_OF: its overdue line cannot make it.
    const [first] = expectedToday();
    expect(first.ordersAtRisk?.map((o) => o.salesOrder)).toEqual(["SO-7001"]);
    const card = page.locator('[data-testid="supplier-card"]').first();
    await expect(card.getAttribute("data-supplier")).resolves.toBe(first.supplier);
    const note = (await card.locator('[data-testid="orders-at-risk"]').textContent()) ?? "";
    expect(note).toContain("Customer order at risk");
    expect(note).toContain(`SO-7001 (Kite Industries), ${first.ordersAtRisk![0].daysLate} working days late`);
    await expect(page.locator('[data-testid="orders-at-risk"]').count()).resolves.toBe(1);
    await screenshot(page, "today-customer-at-risk");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("Customer impact sheet: written to a sheet of the add-in's, per sales order", async () => {
    const { page, errors } = await openPlayground(harness);
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');
    await page.locator('[data-testid="write-customer-impact"]').click();
    await expect(page.locator('[data-testid="customer-impact-message"]').filter({ hasText: 'Sheet "Customer impact" written' }).waitFor()).resolves.toBeUndefined();
    const tab = page.locator('.tabs [role="tab"][data-sheet="Customer impact"]');
    await tab.waitFor();
    await tab.click(); // the sheet as sales will see it: SO-7001 at risk first
    await page.getByText("SO-7001").first().waitFor();
    await screenshot(page, "customer-impact-sheet");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
