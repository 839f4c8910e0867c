import type { Page } from "playwright-core";
import { serialFromYmd } from "../../src/dates/serial";
import { cellSnapshot, changedCells, openPlayground, screenshot, startHarness, tabTo, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

// Sample register columns: J promised date, R delay reason, S last chase, T next chase.
const NEW_PROMISE = "2026-12-04"; // asOf 2026-11-20 + 14 days
const NEW_PROMISE_SERIAL = serialFromYmd(2026, 12, 4)!;
const AS_OF_SERIAL = serialFromYmd(2026, 11, 20)!;

/** Opens the most urgent line of today's list; returns its 1-based sheet row (the add-in selects it). */
async function openMostUrgentLine(page: Page): Promise<{ row: number; key: string }> {
  const button = page.locator('[data-testid="supplier-card"] [data-line-key]').first();
  const key = (await button.getAttribute("data-line-key")) as string;
  await button.click();
  await page.waitForSelector(`[data-testid="line-view"][data-line-key="${key}"]`);
  await page.waitForFunction(() => window.__playground!.workbook.selection !== null);
  const row = await page.evaluate(() => window.__playground!.workbook.selection!.rect.row + 1);
  return { row, key };
}

const cellValue = (page: Page, sheet: string, a1: string) => page.evaluate(([s, a]) => window.__playground!.workbook.cellAt(s, a)?.value ?? "", [sheet, a1] as const);
const cellFormat = (page: Page, sheet: string, a1: string) => page.evaluate(([s, a]) => window.__playground!.workbook.cellAt(s, a)?.numberFormat ?? "", [sheet, a1] as const);

/** Opens the first line of today's list whose register row already holds a delay reason (column R). */
async function openLineWithReason(page: Page): Promise<{ row: number; reason: string }> {
  const buttons = page.locator('[data-testid="supplier-card"] [data-line-key]');
  for (let i = 0; i < Math.min(await buttons.count(), 12); i++) {
    const key = (await buttons.nth(i).getAttribute("data-line-key")) as string;
    await buttons.nth(i).click();
    await page.waitForSelector(`[data-testid="line-view"][data-line-key="${key}"]`);
    await page.waitForFunction(() => window.__playground!.workbook.selection !== null);
    const row = await page.evaluate(() => window.__playground!.workbook.selection!.rect.row + 1);
    const reason = await cellValue(page, "Register", `R${row}`);
    if (typeof reason === "string" && reason !== "") return { row, reason };
    await page.keyboard.press("Alt+1"); // back to Today
    await page.waitForSelector('[data-testid="today-view"]');
  }
  throw new Error("no line of today's list has a delay reason");
}

/** The local clock now as a date-time serial (as the pane writes Logged at): 25569 = 1970-01-01. */
function localNowSerial(): number {
  const now = new Date();
  return 25569 + (now.getTime() - now.getTimezoneOffset() * 60000) / 86400000;
}

describe("log a chase on a late line", () => {
  test("appends one chase row, changes promised date, last and next chase, resets the level, nothing else", async () => {
    const { page, errors } = await openPlayground(harness);
    const { row } = await openMostUrgentLine(page);
    const levelBefore = await page.locator('[data-fact="level"]').textContent();
    expect(levelBefore).not.toBe("none"); // the most urgent line is overdue
    const nextBefore = await cellValue(page, "Register", `T${row}`);
    const before = await cellSnapshot(page);

    // The outcome is left alone: a typed promised date makes it "New date" (issue 16: it stayed "No answer").
    await page.locator('[data-testid="field-newPromised"]').fill(NEW_PROMISE);
    await expect(page.locator('[data-testid="field-outcome"]').inputValue()).resolves.toBe("newDate");
    await page.locator('[data-testid="field-delayReason"]').selectOption("Raw material shortage");
    await page.locator('[data-testid="field-contact"]').fill("Ms. Chen");
    await page.locator('[data-testid="field-note"]').fill("Resin delayed at the port");
    await screenshot(page, "line-form");
    await page.locator('[data-testid="field-note"]').press("Enter"); // Enter saves
    await page.waitForSelector('[data-testid="notice"]');

    // A saved chase empties the form, so a second Enter cannot log the same chase again.
    await page.waitForFunction(() => (document.querySelector('[data-testid="field-note"]') as HTMLTextAreaElement | null)?.value === "", null, { timeout: 5000 }).catch(() => undefined);
    const formAfter = await page.evaluate(() =>
      ["field-note", "field-newPromised", "field-contact", "field-delayReason", "field-outcome"].map((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement).value),
    );
    // The form starts again from the line: its reason is now the one just saved; noAnswer: the blank form's outcome.
    expect(formAfter).toEqual(["", "", "", "Raw material shortage", "noAnswer"]);

    const after = await cellSnapshot(page);
    const changed = changedCells(before, after);
    const registerChanged = changed.filter((a) => a.startsWith("Register!"));
    const logChanged = changed.filter((a) => a.startsWith("'Chase log'!") || a.startsWith("Chase log!"));
    expect(registerChanged.length + logChanged.length).toBe(changed.length); // no other sheet touched
    expect(registerChanged).toEqual(expect.arrayContaining([`Register!J${row}`, `Register!S${row}`]));
    for (const address of registerChanged) expect([`Register!J${row}`, `Register!R${row}`, `Register!S${row}`, `Register!T${row}`]).toContain(address);
    // Row 3, under the empty table's blank row 2 (chases are only appended, never written into it), and nothing below.
    expect(logChanged.length).toBeGreaterThan(0);
    for (const address of logChanged) expect(address).toMatch(/!([A-P])3$/);

    expect(await cellValue(page, "Register", `J${row}`)).toBe(NEW_PROMISE_SERIAL);
    expect(await cellValue(page, "Register", `S${row}`)).toBe(AS_OF_SERIAL);
    expect(await cellValue(page, "Register", `R${row}`)).toBe("Raw material shortage");
    const nextAfter = await cellValue(page, "Register", `T${row}`);
    expect(nextAfter).not.toBe(nextBefore);
    expect(typeof nextAfter).toBe("number");
    expect(nextAfter as number).toBeGreaterThan(AS_OF_SERIAL);

    // The chase row: date, the new promise, the reason, the note (template column order); channel and
    // outcome as a person reads them (F, H), Logged at (O) as a date-time serial of the buyer's clock.
    const logRow = await page.evaluate(() => window.__playground!.workbook.valuesAt("Chase log", "A3:P3")[0]);
    expect(logRow[0]).toBe(AS_OF_SERIAL);
    expect(logRow).toEqual(expect.arrayContaining([NEW_PROMISE_SERIAL, "Raw material shortage", "Ms. Chen", "Resin delayed at the port"]));
    expect([logRow[5], logRow[7]]).toEqual(["Email", "New date"]);
    expect(typeof logRow[14]).toBe("number");
    expect(Math.abs((logRow[14] as number) - localNowSerial())).toBeLessThan(5 / 1440); // within 5 minutes
    await expect(cellFormat(page, "Chase log", "O3")).resolves.toBe("yyyy-mm-dd hh:mm");
    expect(await page.evaluate(() => window.__playground!.workbook.valuesAt("Chase log", "A2:A4").map((r) => r[0] === ""))).toEqual([true, false, true]);

    // The Line view re-reads the workbook: the new promise resets the escalation level.
    await expect(page.locator('[data-fact="level"]').textContent()).resolves.toBe("none");
    await expect(page.locator('[data-fact="promised"]').textContent()).resolves.toBe(NEW_PROMISE);
    const history = (await page.locator('[data-testid="history"] li').first().textContent()) ?? "";
    expect(history).toContain("Email · New date");
    expect(history).toContain(`promised`);
    expect(history).toContain(`→ ${NEW_PROMISE}`);
    expect(history).not.toContain("No answer");
    // The grid highlights what the add-in wrote.
    await expect(page.locator(`[data-address="Register!J${row}"]`).getAttribute("data-written")).resolves.toBe("true");
    await screenshot(page, "line");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a failed save keeps the form's text and says why", async () => {
    const { page } = await openPlayground(harness);
    await openMostUrgentLine(page);
    const before = await cellSnapshot(page);
    await page.locator('[data-testid="field-newPromised"]').fill(NEW_PROMISE);
    await page.locator('[data-testid="field-note"]').fill("Call back on Monday");
    await page.evaluate(() => window.__playground!.failNextSync("The connection to the workbook was lost."));
    await page.locator('[data-testid="save-chase"]').click();
    await page.waitForSelector('[data-testid="save-error"] >> text=The connection to the workbook was lost.');
    await expect(page.locator('[data-testid="field-note"]').inputValue()).resolves.toBe("Call back on Monday");
    await expect(page.locator('[data-testid="field-newPromised"]').inputValue()).resolves.toBe(NEW_PROMISE);
    expect(changedCells(before, await cellSnapshot(page))).toEqual([]);
    await screenshot(page, "line-save-failed");

    // Trying again works, with the same text.
    await page.locator('[data-testid="save-chase"]').click();
    await page.waitForSelector('[data-testid="notice"]');
    const logRow = await page.evaluate(() => window.__playground!.workbook.valuesAt("Chase log", "A3:P3")[0]);
    expect(logRow).toContain("Call back on Monday");
    await page.context().close();
  });

  test("an impossible date is refused before anything is written", async () => {
    const { page } = await openPlayground(harness);
    await openMostUrgentLine(page);
    await page.locator('[data-testid="field-newPromised"]').fill("2026-02-30");
    await page.locator('[data-testid="field-newPromised"]').press("Enter");
    await page.waitForSelector("text=Enter a date as yyyy-mm-dd.");
    expect(await page.evaluate(() => window.__playground!.written.length)).toBe(0);
    await page.context().close();
  });
});

describe("the code that writes a chase", () => {
  test("is fetched once Today is up, not with the page: a chase logged after the server went away still saves", async () => {
    const { page, errors } = await openPlayground(harness);
    // Fetched after the pane's load, with the views' code (the Line view's too, needed below), not with the page.
    const chunks = ["/write-chase.js", "/view-line.js"];
    await page.waitForFunction((names) => names.every((n) => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).some((e) => e.name.endsWith(n) && e.responseEnd > 0)), chunks, { timeout: 10000 });
    const fetchedAfterLoad = await page.evaluate(() => {
      const writer = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/write-chase.js"))!;
      return writer.startTime >= performance.getEntriesByName("playground:loaded")[0].startTime;
    });
    expect(fetchedAfterLoad).toBe(true);
    // The add-in's server is gone (the buyer went offline): every request fails from here on.
    await page.context().route("**/*", (route) => route.abort());
    const { row } = await openMostUrgentLine(page);
    await page.locator('[data-testid="field-note"]').fill("Called, no answer");
    await page.locator('[data-testid="field-note"]').press("Enter");
    await page.waitForSelector('[data-testid="notice"]');
    expect(await cellValue(page, "Register", `S${row}`)).toBe(AS_OF_SERIAL); // last chase written
    expect(await page.evaluate(() => window.__playground!.workbook.valuesAt("Chase log", "A3:A3")[0][0])).toBe(AS_OF_SERIAL);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("keyboard only", () => {
  test("log a chase without the mouse", async () => {
    const { page } = await openPlayground(harness);
    await page.locator("body").focus();
    await tabTo(page, '[data-testid="supplier-card"] [data-line-key]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="line-view"][data-line-key]');
    await tabTo(page, '[data-testid="field-newPromised"]');
    await page.keyboard.type(NEW_PROMISE);
    await tabTo(page, '[data-testid="field-delayReason"]');
    await page.keyboard.press("ArrowDown"); // the code after the line's own reason (the form starts from it)
    const reason = await page.locator('[data-testid="field-delayReason"]').inputValue();
    expect(reason).not.toBe("");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="notice"]');
    const logRow = await page.evaluate(() => window.__playground!.workbook.valuesAt("Chase log", "A3:P3")[0]);
    expect(logRow).toEqual(expect.arrayContaining([NEW_PROMISE_SERIAL, reason, "New date"]));
    // Alt+1 goes back to Today.
    await page.keyboard.press("Alt+1");
    await page.waitForSelector('[data-testid="today-view"]');
    await page.context().close();
  });
});

describe("Japanese UI: the chase log as a person reads it", () => {
  test("the form starts from the line's delay reason, in Japanese; the log row is written in Japanese and reads back", async () => {
    const { page, errors } = await openPlayground(harness, { query: { lang: "ja" } });
    const { row, reason } = await openLineWithReason(page);
    // Issue 16: the form showed "(none)" for a reason the register holds, and saving overwrote it.
    await expect(page.locator('[data-testid="field-delayReason"]').inputValue()).resolves.toBe(reason);
    const shown = await page.locator('[data-testid="field-delayReason"] option:checked').textContent();
    expect(shown).not.toBe(reason); // a default code is shown in Japanese…
    await expect(page.locator('[data-testid="field-delayReason"] option[value="Raw material shortage"]').textContent()).resolves.toBe("原材料不足");
    const before = await cellSnapshot(page);

    await page.locator('[data-testid="field-newPromised"]').fill(NEW_PROMISE);
    await expect(page.locator('[data-testid="field-outcome"]').inputValue()).resolves.toBe("newDate");
    await page.locator('[data-testid="field-newPromised"]').press("Enter");
    await page.waitForSelector('[data-testid="notice"]');

    // …and the cell keeps its code: the reason was not touched.
    expect(await cellValue(page, "Register", `R${row}`)).toBe(reason);
    expect(changedCells(before, await cellSnapshot(page))).not.toContain(`Register!R${row}`);
    const logRow = await page.evaluate(() => window.__playground!.workbook.valuesAt("Chase log", "A3:O3")[0]);
    expect([logRow[5], logRow[7], logRow[9], logRow[10]]).toEqual(["メール", "新納期", NEW_PROMISE_SERIAL, reason]);
    await expect(cellFormat(page, "Chase log", "O3")).resolves.toBe("yyyy-mm-dd hh:mm");
    // The pane reads the Japanese row back: the history shows it, the reason in Japanese.
    await page.waitForSelector('[data-testid="history"]');
    const history = (await page.locator('[data-testid="history"] li').first().textContent()) ?? "";
    expect(history).toContain("メール · 新納期");
    expect(history).toContain(`→ ${NEW_PROMISE}`);
    expect(history).toContain(shown as string);
    await expect(page.locator('[data-testid="field-delayReason"]').inputValue()).resolves.toBe(reason);
    await screenshot(page, "line-history-ja");
    await page.locator('[role="tab"][data-sheet="Chase log"]').click(); // the sheet as a buyer opens it
    await screenshot(page, "chase-log-sheet-ja");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("Chinese UI", () => {
  test("renders with Chinese labels", async () => {
    const { page } = await openPlayground(harness, { query: { lang: "zh-CN" } });
    await expect(page.getByRole("tab", { name: "今日" }).count()).resolves.toBe(1);
    await expect(page.locator("h1").textContent()).resolves.toBe("采购跟单");
    await expect(page.locator("#today-title").textContent()).resolves.toBe("今日待跟催");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await screenshot(page, "today-zh-CN");
    await page.locator('[data-testid="supplier-card"] [data-line-key]').first().click();
    await page.waitForSelector("text=记录跟催");
    // Stage names are shown in Chinese; the value written to the cell stays the register's code.
    await expect(page.locator('[data-testid="field-stage"] option[value="Shipped"]').textContent()).resolves.toBe("已发货");
    await screenshot(page, "line-zh-CN");
    await page.context().close();
  });

  test("dark theme override", async () => {
    const { page } = await openPlayground(harness, { query: { theme: "dark" } });
    const background = await page.evaluate(() => getComputedStyle(document.querySelector(".pane > .fui-FluentProvider > div")!).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    await screenshot(page, "today-dark");
    await page.context().close();
  });
});
