/**
 * Issue 12, point 4: a buyer whose register has Ship date / ETA / Carrier / Tracking columns updates a line's
 * shipment from the pane; the line's timeline and Today's card change. Screenshot: line-timeline.png (320 px).
 */
import type { Page } from "playwright-core";
import { serialFromYmd } from "../../src/dates/serial";
import { columnLetter } from "../../src/register/columnLetter";
import { cellSnapshot, changedCells, openPlayground, screenshot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const SHIP_DATE = "2026-11-18"; // before asOf 2026-11-20: shipped
const ETA = "2026-12-04";
const ETA_SERIAL = serialFromYmd(2026, 12, 4)!;
const SHIPMENT_HEADERS = ["Ship date", "ETA (shipment)", "Carrier", "Tracking"];

/**
 * The letters of the four shipment columns: the playground's sample register has them (sampleRegister's
 * `shipments`), as the created register does; blank on the lines this test types into.
 */
async function shipmentColumns(page: Page): Promise<string[]> {
  const { first, header } = await page.evaluate(() => {
    const workbook = window.__playground!.workbook;
    const table = workbook.findTable("Register")!;
    const letter = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26), 65 + (c % 26)));
    const cells = Array.from(
      { length: table.cols },
      (_, c) => workbook.cellAt("Register", `${letter(table.col + c)}${table.row + 1}`)?.value ?? "",
    );
    return { first: table.col, header: cells.map(String) };
  });
  return SHIPMENT_HEADERS.map((h) => {
    expect(header).toContain(h);
    return columnLetter(first + header.indexOf(h));
  });
}

describe("shipment updates from the pane", () => {
  test("an ETA, ship date and tracking typed with a chase are written to their cells only, and the timeline and Today show them", async () => {
    const { page, errors } = await openPlayground(harness);
    const [etdColumn, etaColumn, carrierColumn, trackingColumn] = await shipmentColumns(page);
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"] [data-testid="supplier-card"]');

    // Today before any chase: lines still in production close to their due date say by when they must ship.
    const rows = page.locator('[data-testid="supplier-card"] [data-line-key]');
    await expect(rows.filter({ hasText: "ship by 20" }).count()).resolves.toBeGreaterThan(0);
    // ...and every line at risk before it is late, due for a chase or not, is listed under the cards (the report's Stage risk list).
    const riskList = page.locator('[data-testid="stage-risk-list"]');
    await riskList.locator("summary").click();
    await expect(riskList.locator("summary").textContent()).resolves.toMatch(/^At risk before they are late: [1-9]\d*$/);
    await expect(riskList.locator("[data-line-key]").first().textContent()).resolves.toMatch(/ship by 20|ETA 20/);
    // A buyer types a ship date, carrier and tracking number into the second line's cells in Excel: Today says in transit.
    const second = rows.nth(1);
    const secondKey = (await second.getAttribute("data-line-key")) as string;
    await second.click();
    await page.waitForSelector(`[data-testid="line-view"][data-line-key="${secondKey}"]`);
    const secondRow = await page.evaluate(() => window.__playground!.workbook.selection!.rect.row + 1);
    await page.evaluate(
      ([row, etd, carrier, tracking]) => {
        const workbook = window.__playground!.workbook;
        workbook.seed("Register", `${etd}${row}`, [[46343]], [["yyyy-mm-dd"]]); // 2026-11-17
        workbook.seed("Register", `${carrier}${row}`, [["DHL"]]);
        workbook.seed("Register", `${tracking}${row}`, [["1Z999"]]);
      },
      [secondRow, etdColumn, carrierColumn, trackingColumn] as const,
    );
    await page.keyboard.press("Alt+1");
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.waitForSelector(`[data-testid="today-view"][aria-busy="false"] [data-line-key="${secondKey}"]`);
    await expect(page.locator(`[data-testid="supplier-card"] [data-line-key="${secondKey}"]`).first().textContent()).resolves.toContain("in transit · DHL 1Z999");
    await screenshot(page, "today-shipment");

    const button = page.locator('[data-testid="supplier-card"] [data-line-key]').first();
    const key = (await button.getAttribute("data-line-key")) as string;
    await button.click();
    await page.waitForSelector(`[data-testid="line-view"][data-line-key="${key}"] [data-testid="line-timeline"]`);
    await page.waitForFunction(() => window.__playground!.workbook.selection !== null);
    const row = await page.evaluate(() => window.__playground!.workbook.selection!.rect.row + 1);
    const timeline = page.locator('[data-testid="timeline"]');
    await expect(timeline.locator('li[data-kind="eta"]').count()).resolves.toBe(0);
    await expect(timeline.locator('li[data-kind="today"][data-date="2026-11-20"]').count()).resolves.toBe(1);

    const before = await cellSnapshot(page);
    await page.locator('[data-testid="field-shipDate"]').fill(SHIP_DATE);
    await page.locator('[data-testid="field-eta"]').fill(ETA);
    await page.locator('[data-testid="field-carrier"]').fill("COSCO");
    await page.locator('[data-testid="field-tracking"]').fill("=SH778812"); // formula-like: stored as text
    await page.locator('[data-testid="save-chase"]').click();
    await page.waitForSelector('[data-testid="notice"]');

    // The ETA cell holds the date; the four shipment cells, last / next chase and the chase-log row changed, nothing else.
    await page.waitForSelector(`[data-testid="timeline"] li[data-kind="eta"][data-date="${ETA}"]`);
    const cell = (a1: string) => page.evaluate((a) => window.__playground!.workbook.cellAt("Register", a) ?? null, a1);
    await expect(cell(`${etaColumn}${row}`)).resolves.toMatchObject({ value: ETA_SERIAL, numberFormat: "yyyy-mm-dd" });
    const tracking = await cell(`${trackingColumn}${row}`);
    expect(tracking?.value).toBe("=SH778812");
    expect(tracking?.formula).toBeUndefined();
    const changed = changedCells(before, await cellSnapshot(page));
    const register = changed.filter((a) => a.startsWith("Register!")).sort();
    expect(register).toEqual([`Register!${carrierColumn}${row}`, `Register!${etdColumn}${row}`, `Register!${etaColumn}${row}`, `Register!S${row}`, `Register!T${row}`, `Register!${trackingColumn}${row}`].sort());
    expect(changed.filter((a) => !a.startsWith("Register!") && !a.startsWith("'Chase log'!") && !a.startsWith("Chase log!"))).toEqual([]);

    // Timeline: shipped on the 18th (done), Today, then the ETA (planned); the chase just logged is on it.
    const kinds = await timeline.locator("li").evaluateAll((items) => items.map((li) => `${li.getAttribute("data-kind")}@${li.getAttribute("data-date")}`));
    expect(kinds.indexOf(`shipped@${SHIP_DATE}`)).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf(`shipped@${SHIP_DATE}`)).toBeLessThan(kinds.indexOf("today@2026-11-20"));
    expect(kinds.indexOf("today@2026-11-20")).toBeLessThan(kinds.indexOf(`eta@${ETA}`));
    expect(kinds).toContain("chase@2026-11-20");
    // The most urgent line is late already, so its stage risk is not "at risk" but the carrier's reference.
    await expect(page.locator('[data-testid="timeline-risk"]').textContent()).resolves.toBe("In transit: COSCO =SH778812");

    // At 320 px the timeline stays inside the pane.
    await page.addStyleTag({ content: ".pane{width:320px !important}" });
    const overflow = await page.evaluate(() => {
      const pane = document.querySelector(".pane") as HTMLElement;
      const right = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;
      const items = [...document.querySelectorAll('[data-testid="line-timeline"] *')].filter((el) => el.getBoundingClientRect().right > right + 1);
      return { scrolls: pane.scrollWidth > pane.clientWidth + 1, outside: items.length };
    });
    expect(overflow).toEqual({ scrolls: false, outside: 0 });
    await page.locator('[data-testid="line-timeline"]').scrollIntoViewIfNeeded();
    await screenshot(page, "line-timeline");

    // Today: the line just chased has left today's list (its next chase is later).
    await page.keyboard.press("Alt+1");
    await page.waitForSelector('[data-testid="today-view"][aria-busy="false"]');
    await expect(page.locator(`[data-testid="supplier-card"] [data-line-key="${key}"]`).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
