/**
 * The pane at 320 px (Excel's narrowest task pane) in English, Chinese and Japanese, on every view:
 * nothing sticks out of the pane, nothing scrolls sideways, and the header's title breaks (if it
 * must) only between words. Screenshots: test-artifacts/narrow-320-<lang>-<view>.png.
 */
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, openPlayground, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const PANE_WIDTH = 320;
const LANGS = ["en", "zh-CN", "ja"] as const;
type ViewName = "today" | "line" | "settings" | "setup";

/** Opens the playground with its pane (the task pane's own scrolling box) 320 px wide. */
async function openNarrow(lang: string): Promise<Page> {
  const { page } = await openPlayground(harness, { query: { lang } });
  await page.addStyleTag({ content: `.pane{width:${PANE_WIDTH}px !important}` });
  await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');
  return page;
}

/** Tabs by position (their names are in the pane's language): Today, Line, Set up, Settings. */
const TAB_INDEX: Record<ViewName, number> = { today: 0, line: 1, setup: 2, settings: 3 };

async function showView(page: Page, view: ViewName): Promise<void> {
  if (view === "line") {
    // A line of today's list, so the Line view shows its facts and the chase form.
    await page.getByRole("tab").nth(TAB_INDEX.today).click();
    await page.locator('[data-testid="supplier-card"] [data-line-key]').first().click();
    await page.waitForSelector('[data-testid="chase-form"]');
  } else {
    await page.getByRole("tab").nth(TAB_INDEX[view]).click();
    const ready = { today: '[data-testid="supplier-card"]', settings: '[data-testid="settings-view"]', setup: '[data-testid="mapping-table"]' }[view];
    await page.waitForSelector(ready);
  }
}

interface Overflow {
  what: string;
  left: number;
  right: number;
}

/**
 * Every visible element of the pane whose box leaves the pane's content box (left of it or right of
 * it), and the pane itself when it can scroll sideways. An element clipped on purpose (ellipsis)
 * stays inside its box, so it is not counted.
 */
function overflowsOf(page: Page): Promise<{ paneScrollWidth: number; paneClientWidth: number; offenders: Overflow[] }> {
  return page.evaluate(() => {
    const pane = document.querySelector(".pane") as HTMLElement;
    const box = pane.getBoundingClientRect();
    const left = box.left + pane.clientLeft;
    const right = left + pane.clientWidth;
    const offenders: Overflow[] = [];
    const describe = (el: Element) => {
      const id = el.getAttribute("data-testid") ?? el.id ?? "";
      const cls = typeof el.className === "string" ? el.className.split(" ").slice(0, 2).join(".") : "";
      return `${el.tagName.toLowerCase()}${id ? `#${id}` : ""}${cls ? `.${cls}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    };
    for (const el of pane.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      // Fluent's screen-reader-only text is a 1 px clipped box: it draws nothing.
      if (style.position === "absolute" && r.width <= 1 && r.height <= 1) continue;
      if (r.right > right + 0.5 || r.left < left - 0.5) offenders.push({ what: describe(el), left: Math.round(r.left - left), right: Math.round(r.right - left) });
      // A box that scrolls sideways inside the pane (text areas excepted: they wrap).
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1 && el.tagName !== "TEXTAREA")
        offenders.push({ what: `${describe(el)} scrolls sideways`, left: 0, right: el.scrollWidth });
    }
    return { paneScrollWidth: pane.scrollWidth, paneClientWidth: pane.clientWidth, offenders };
  });
}

/**
 * Where the header's title breaks: for each line after the first, the character before the break
 * and the one after it. A break between words has a space on one side.
 */
function titleBreaks(page: Page): Promise<{ title: string; breaks: string[]; refreshOnTitleOrDateLine: boolean }> {
  return page.evaluate(() => {
    const title = document.querySelector(".pof-title") as HTMLElement;
    const text = title.firstChild as Text;
    const content = text.data;
    const breaks: string[] = [];
    const range = document.createRange();
    let lastTop: number | null = null;
    for (let i = 0; i < content.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue; // a collapsed space at the end of a line
      if (lastTop !== null && rect.top > lastTop + 2) breaks.push(`${content[i - 1]}|${content[i]}`);
      lastTop = rect.top;
    }
    // Refresh sits beside the "as of" date (same line), not alone on a line of its own.
    const refresh = [...document.querySelectorAll(".pof-header button")].pop() as HTMLElement | undefined;
    const date = document.querySelector(".pof-header .pof-muted") as HTMLElement;
    const sameLine = (a: HTMLElement, b: HTMLElement) => {
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      return ra.top < rb.bottom && rb.top < ra.bottom;
    };
    return { title: content, breaks, refreshOnTitleOrDateLine: refresh ? sameLine(refresh, date) || sameLine(refresh, title) : false };
  });
}

describe.each(LANGS)("pane at 320 px, %s", (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await openNarrow(lang);
  });
  afterAll(async () => page?.context().close());

  test("the header title is on one line or breaks between words; Refresh stays beside the date", async () => {
    const header = await titleBreaks(page);
    const badBreaks = header.breaks.filter((b) => !/\s/.test(b));
    expect({ title: header.title, badBreaks }).toEqual({ title: header.title, badBreaks: [] });
    expect(header.refreshOnTitleOrDateLine).toBe(true);
  });

  test.each(["today", "line", "settings", "setup"] as const)("%s: no control is cut off, no sideways scroll", async (view) => {
    await showView(page, view);
    const pane = page.locator(".pane");
    await pane.evaluate((el) => (el.scrollTop = 0));
    await pane.screenshot({ path: path.join(ARTIFACTS, `narrow-320-${lang}-${view}.png`) });
    const result = await overflowsOf(page);
    // The pane's own box: 320 px less its vertical scroll bar, whatever the platform draws.
    expect(result.paneClientWidth).toBeLessThanOrEqual(PANE_WIDTH);
    expect(result.offenders).toEqual([]);
    expect(result.paneScrollWidth).toBeLessThanOrEqual(result.paneClientWidth);
  });
});
