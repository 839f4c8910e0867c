import { buildReportModel } from "../../src/report/buildReportModel";
import { reportSummaryHtml, reportSummaryText } from "../../src/report/summary";
import { scenarioInput } from "./fixtures";

describe("report summary", () => {
  const model = buildReportModel(scenarioInput());

  it("renders the headline KPIs and the to-chase table by supplier as inline-styled HTML", () => {
    const html = reportSummaryHtml(model);
    expect(html).not.toMatch(/<style|class=/);
    expect(html).toContain("Follow-up report 2026-W47");
    expect(html).toContain("On-time delivery (OTD)");
    expect(html).toContain("33.3%"); // OTD 1/3
    expect(html).toContain("+8.3 pp"); // 1/3 − 1/4 = 0.0833
    expect(html).toContain("USD 1,550.00");
    expect(html).toContain(">Beta: 1 line to chase<");
    expect(html).toContain("2026-11-10");
    expect(html.indexOf("PO-B1")).toBeLessThan(html.indexOf("PO-A3"));
    expect(html).toContain('style="border:1px solid');
  });

  it("escapes supplier names and other workbook text", () => {
    const input = scenarioInput();
    const lines = input.register.lines.map((l) =>
      l.poNumber === "PO-B1" ? { ...l, supplier: '<script>alert("x")</script> & Co', item: "Ø 5 mm <M5>" } : l,
    );
    const statuses = input.statuses.map((s) => ({ ...s, line: lines[s.line.index] }));
    const html = reportSummaryHtml(buildReportModel({ ...input, register: { ...input.register, lines }, statuses }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<M5>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(html).toContain("Ø 5 mm &lt;M5&gt;");
  });

  it("renders plain text with no data in words, and limits long lists", () => {
    const text = reportSummaryText(model, { maxLines: 2 });
    expect(text).toContain("- On-time delivery (OTD): 33.3% (Previous period: 25.0%; Change: +8.3 pp)");
    expect(text).toContain("- Past-due value (USD): USD 1,550.00 (Previous period: no data; Change: no data)");
    expect(text).toContain("Beta: 1 line to chase\n");
    // Every field labelled; an empty one shows "—" (issue 16 point 8).
    expect(text).toContain("  - PO number: PO-B1 | Line: 1 | Item code: — | Due date: 2026-11-05 | ");
    expect(text).toContain(" | Days late: 15 | Open qty: 10 | Open value: USD 100.00 | Last chase: — | ");
    expect(text).toContain("… and 4 more lines"); // 6 lines to chase (buildReportModel.test), 2 listed
    const zh = reportSummaryText(buildReportModel(scenarioInput("zh-CN", { history: [] })));
    expect(zh).toContain("无数据");
    expect(zh).toContain("2026-W47 跟单报告，截至 2026-11-20。");
  });
});
