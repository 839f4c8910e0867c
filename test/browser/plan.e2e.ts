/**
 * The "Next 31 days" view (issue 14, point 4) in the playground at asOf 2026-11-20: the chase load the
 * view shows for two days equals the engine's plan computed in Node (no Excel, no UI), a day opens
 * with its lines, a line opens the Line view; at 320 px in English and Japanese (screenshots
 * plan-31-days.png, plan-31-days-ja.png), keyboard only, no serious axe violation.
 */
import type { Page } from "playwright-core";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { sampleRegister } from "../../src/sample/sampleRegister";
import { parseRegister } from "../../src/register/parseRegister";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { chaseCalendar, type PlanDay } from "../../src/followup/chaseCalendar";
import { calendarFromSettings } from "../../src/followup/calendarFromSettings";
import { formatIsoDate, serialFromYmd } from "../../src/dates/serial";
import { chaseGroupsByPo } from "../../src/followup/chaseGroupsByPo";
import { expectedToday } from "./expected";
import { PLAYGROUND_SAMPLE } from "../../playground/seedWorkbook";
import { AS_OF, openPlayground, screenshot, seriousViolations, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** The plan of the playground's sample register, as the engine makes it (the same path as expectedToday). */
function expectedPlan(): PlanDay[] {
  const [y, m, d] = AS_OF.split("-").map(Number);
  const asOf = serialFromYmd(y, m, d)!;
  const values = sampleRegister({ asOf, lines: 240, lang: "en", ...PLAYGROUND_SAMPLE });
  const parsed = parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
  const statuses = evaluateRegister(parsed.lines, [], DEFAULT_SETTINGS, asOf);
  return chaseCalendar(statuses, calendarFromSettings(DEFAULT_SETTINGS), DEFAULT_SETTINGS, asOf);
}

async function openPlan(lang: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPlayground(harness, { query: { lang } });
  await opened.page.addStyleTag({ content: ".pane{width:320px !important}" });
  await opened.page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');
  await opened.page.keyboard.press("Alt+5");
  await opened.page.waitForSelector('[data-testid="plan-view"] [data-testid="plan-day"]');
  return opened;
}

async function shownDay(page: Page, day: string): Promise<{ lines: number; suppliers: number; working: string | null }> {
  const button = page.locator(`[data-testid="plan-day"][data-day="${day}"]`);
  return {
    lines: Number(await button.getAttribute("data-lines")),
    suppliers: Number(await button.getAttribute("data-suppliers")),
    working: await button.getAttribute("data-working"),
  };
}

test("31 days from today; two days' load as the engine plans it; a day opens its lines, a line the Line view", async () => {
  const plan = expectedPlan();
  const today = plan[0];
  // The busiest day after today: a second day with real weight.
  const busiest = plan.slice(1).reduce((a, b) => (b.lines.length > a.lines.length ? b : a));
  expect(today.lines.length).toBeGreaterThan(0);
  expect(busiest.lines.length).toBeGreaterThan(0);

  const { page, errors } = await openPlan("en");
  const days = await page.$$eval('[data-testid="plan-day"]', (els) => els.map((e) => e.getAttribute("data-day")));
  expect(days).toHaveLength(31);
  expect(days[0]).toBe(AS_OF);
  expect(days).toEqual(plan.map((d) => formatIsoDate(d.day)));
  for (const day of [today, busiest])
    await expect(shownDay(page, formatIsoDate(day.day))).resolves.toEqual({ lines: day.lines.length, suppliers: day.suppliers, working: "true" });
  // The compact "23 · 4" is read out in words.
  const spoken = new RegExp(`${today.lines.length} lines?, ${today.suppliers} suppliers?$`);
  await expect(page.getByRole("button", { name: spoken }).first().getAttribute("data-day")).resolves.toBe(AS_OF);
  // Sat 21 Nov is a day off: nothing planned.
  await expect(shownDay(page, "2026-11-21")).resolves.toEqual({ lines: 0, suppliers: 0, working: "false" });
  await expect(page.locator('[data-testid="plan-total"]').textContent()).resolves.toBe(
    `${plan.reduce((n, d) => n + d.lines.length, 0)} chases planned in 31 days`,
  );

  // Today is open first; the busiest day opens on a click, with the engine's lines in order.
  const busiestButton = page.locator(`[data-testid="plan-day"][data-day="${formatIsoDate(busiest.day)}"]`);
  await busiestButton.click();
  await expect(busiestButton.getAttribute("aria-expanded")).resolves.toBe("true");
  const lines = page.locator('[data-testid="plan-day-lines"] [data-line-key]');
  await expect(lines.evaluateAll((els) => els.map((e) => e.getAttribute("data-line-key")))).resolves.toEqual(busiest.lines.map((c) => c.status.line.key));
  await busiestButton.scrollIntoViewIfNeeded();
  await screenshot(page, "plan-31-days");
  // Nothing scrolls sideways at 320 px.
  await expect(page.evaluate(() => document.querySelector(".pane")!.scrollWidth <= document.querySelector(".pane")!.clientWidth)).resolves.toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  const first = busiest.lines[0].status.line.key;
  await lines.first().click();
  await page.waitForSelector(`[data-testid="line-view"][data-line-key="${first}"]`);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("keyboard only: arrow keys move between days, Enter opens one, Tab reaches its first line", async () => {
  const plan = expectedPlan();
  const next = plan.findIndex((d, i) => i > 0 && d.lines.length > 0);
  const { page } = await openPlan("en");
  await page.locator('[data-testid="plan-day"]').first().focus();
  for (let i = 0; i < next; i++) await page.keyboard.press("ArrowDown");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("data-day"))).resolves.toBe(formatIsoDate(plan[next].day));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("data-line-key"))).resolves.toBe(plan[next].lines[0].status.line.key);
  await page.context().close();
});

test("Japanese at 320 px: the same counts, the text from the ja catalogue", async () => {
  const plan = expectedPlan();
  const { page, errors } = await openPlan("ja");
  await expect(page.locator("#plan-title").textContent()).resolves.toBe("今後 31 日間");
  await expect(shownDay(page, AS_OF)).resolves.toEqual({ lines: plan[0].lines.length, suppliers: plan[0].suppliers, working: "true" });
  await expect(page.evaluate(() => document.querySelector(".pane")!.scrollWidth <= document.querySelector(".pane")!.clientWidth)).resolves.toBe(true);
  await screenshot(page, "plan-31-days-ja");
  expect(errors).toEqual([]);
  await page.context().close();
});

test("Draft message per PO (issue 14, point 2): a supplier with several POs offers one letter per PO, with that PO's lines only", async () => {
  const [y, m, d] = AS_OF.split("-").map(Number);
  const group = expectedToday().find((g) => !g.heldBack && chaseGroupsByPo(g, serialFromYmd(y, m, d)!).length > 1)!;
  const [first, other] = chaseGroupsByPo(group, serialFromYmd(y, m, d)!);
  const { page, errors } = await openPlayground(harness);
  const card = page.locator(`[data-testid="supplier-card"][data-supplier="${group.supplier}"]`);
  await card.getByRole("button", { name: `Draft for PO ${first.po}` }).click();
  const draft = card.locator('[data-testid="draft-message"]');
  const text = (await draft.textContent()) ?? "";
  for (const status of first.group.lines) expect(text).toContain(String(status.line.poNumber));
  expect(text).not.toContain(other.po);
  await expect(card.getByRole("button", { name: `Draft for PO ${first.po}` }).getAttribute("aria-expanded")).resolves.toBe("true");
  expect(errors).toEqual([]);
  await page.context().close();
});
