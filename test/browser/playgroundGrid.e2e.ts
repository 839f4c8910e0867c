/**
 * Issue 16, point 11: the playground grid shows values as Excel would under their number formats, and
 * draws the report's charts over the cells at their anchors.
 */
import { AGEING_BUCKETS } from "../../src/kpi/ageing";
import { openPlayground, screenshot, startHarness, type Harness } from "./harness";

const REPORT_SHEET = "Follow-up 2026-W47"; // AS_OF 2026-11-20 is in ISO week 47

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe("Playground grid after the follow-up report", () => {
  test("percent cells read like Excel (36.8%, not 0.368…) and the report's charts are drawn as SVG", async () => {
    const { page, errors } = await openPlayground(harness);
    await page.locator('[data-testid="run-report"]').click();
    await page.locator('[data-testid="report-message"]').waitFor({ timeout: 30000 });
    const tab = page.locator(`.tabs [role="tab"][data-sheet="${REPORT_SHEET}"]`);
    await tab.click();
    await expect(tab.getAttribute("aria-selected")).resolves.toBe("true");

    // Every visible cell stored with a percent format: its text is the value × 100, one decimal, and "%".
    const percents = await page.evaluate((sheetName) => {
      const workbook = window.__playground!.workbook;
      const sheet = workbook.findSheet(sheetName)!;
      const found: { value: number; shown: string }[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(`[data-address^="${sheetName}!"]`))) {
        const match = /!([A-Z]+)(\d+)$/.exec(el.dataset.address ?? "");
        if (!match) continue;
        const col = match[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const cell = workbook.getCell(sheet, Number(match[2]) - 1, col);
        if (cell?.numberFormat === "0.0%" && typeof cell.value === "number") found.push({ value: cell.value, shown: el.textContent ?? "" });
      }
      return found;
    }, REPORT_SHEET);
    expect(percents.length).toBeGreaterThan(0);
    for (const { value, shown } of percents) {
      expect(shown).toMatch(/^-?\d+\.\d%$/);
      expect(shown).toBe(`${(Math.round(value * 1000) / 10).toFixed(1)}%`);
    }

    // The ageing chart: one column per ageing bucket (the sample register has no undated open line, so
    // no "Undated" row), titled as the report titles it.
    const ageing = page.locator('.chart svg[aria-label="Open lines by days late"]');
    await expect(ageing.count()).resolves.toBe(1);
    await expect(ageing.locator(".chart-title").textContent()).resolves.toBe("Open lines by days late");
    await expect(ageing.locator("rect.chart-bar").count()).resolves.toBe(AGEING_BUCKETS.length);

    // The Pareto: a column per delay reason and the cumulative line over them.
    const pareto = page.locator('.chart svg[aria-label="Delay reasons (Pareto)"]');
    const reasons = await pareto.locator("rect.chart-bar").count();
    expect(reasons).toBeGreaterThan(0);
    await expect(pareto.locator(".chart-line circle").count()).resolves.toBe(reasons);

    // The chart sits at its anchor cell: the report put the ageing chart's top-left corner at A121.
    const anchorCell = await page.evaluate((sheetName) => {
      const charts = window.__playground!.workbook.findSheet(sheetName)!.extras.charts as { title: string; position: { from: string } }[];
      return charts.find((c) => c.title === "Open lines by days late")!.position.from;
    }, REPORT_SHEET);
    await page.locator('[data-testid="grid"]').evaluate((el, row) => (el.scrollTop = (row - 3) * 22), Number(anchorCell.replace(/^[A-Z]+/, "")));
    const anchor = page.locator(`[data-address="${REPORT_SHEET}!${anchorCell}"]`);
    await anchor.waitFor();
    const [chartBox, cellBox] = await Promise.all([page.locator('.chart[data-chart^="ageingChart"]').boundingBox(), anchor.boundingBox()]);
    // Within a pixel: the grid's column lines sit half a pixel off.
    expect(Math.abs(chartBox!.x - cellBox!.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(chartBox!.y - cellBox!.y)).toBeLessThanOrEqual(1);
    await screenshot(page, "playground-grid-report-charts");
    await pareto.scrollIntoViewIfNeeded();
    await screenshot(page, "playground-grid-pareto");

    // The KPI sheet's trend chart is drawn too.
    await page.locator('.tabs [role="tab"][data-sheet="KPI"]').click();
    await expect(page.locator('.chart svg[aria-label="OTD and OTIF, last 26 periods"]').count()).resolves.toBe(1);
    await screenshot(page, "playground-grid-kpi");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
