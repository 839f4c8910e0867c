import { chaseLetter, letterTone } from "../../src/report/chaseLetter";
import { mailAddresses, mailtoUrl } from "../../src/report/mailto";
import { chaseList } from "../../src/followup/chaseList";
import type { ChaseGroup, ChaseReason, LineStatus } from "../../src/followup/types";
import { AS_OF, scenarioInput } from "./fixtures";

const statuses = scenarioInput().statuses;
const byPo = (po: string): LineStatus => statuses.find((s) => s.line.poNumber === po)!;

function group(lines: LineStatus[], topReason: ChaseReason, supplier = "Acme", supplierEmail: string | null = "sales@acme.example; ops@acme.example"): ChaseGroup {
  return {
    supplier,
    supplierEmail,
    lines,
    counts: { preDue: 0, unconfirmed: 0, overdue1: 0, overdue2: 0, overdue3: 0 },
    valueAtRisk: {},
    topReason,
  };
}

/** A1: PO-A1 line 10, BRK-1, promised 2026-11-10, 10 days late, 50 open. D1: requested 2026-11-24, not confirmed. */
const acme = group([byPo("PO-A1"), byPo("PO-D1")], "overdue2");

describe("chaseLetter", () => {
  it("writes an English letter listing the PO lines, dates, days late and open quantities", () => {
    const letter = chaseLetter(acme, { lang: "en", asOf: AS_OF, buyerName: "Lee Wong", companyName: "Northwind" });
    expect(letter.subject).toBe("URGENT: overdue purchase order lines – Acme (PO PO-A1, PO-D1)");
    expect(letter.text).toContain("Dear Acme team,");
    expect(letter.text).toContain("This is Lee Wong from Northwind.");
    expect(letter.text).toContain("- PO PO-A1, line 10 (BRK-1): promised date 2026-11-10, 10 days overdue, open qty 50");
    expect(letter.text).toContain("- PO PO-D1, line 1: requested date 2026-11-24, due in 4 days, not yet confirmed, open qty 100");
    expect(letter.text).toContain("Open lines as of 2026-11-20:");
    expect(letter.text).toContain("new delivery date");
    expect(letter.text).toContain("please confirm the delivery date");
    expect(letter.text).toContain("within one working day");
    expect(letter.text.trimEnd().endsWith("Lee Wong\nNorthwind")).toBe(true);
  });

  it("writes Chinese and Japanese letters in natural business language", () => {
    const zh = chaseLetter(acme, { lang: "zh-CN", asOf: AS_OF, buyerName: "王丽", companyName: "北风贸易" });
    expect(zh.text).toContain("Acme 您好：");
    expect(zh.text).toContain("我是北风贸易的王丽。");
    expect(zh.text).toContain("订单 PO-A1 第 10 行（BRK-1）：承诺交期 2026-11-10，已逾期 10 天，未交数量 50");
    expect(zh.text).toContain("需求日期 2026-11-24");
    expect(zh.subject).toContain("【紧急】");
    const ja = chaseLetter(acme, { lang: "ja", asOf: AS_OF, buyerName: "佐藤", companyName: "北風商事" });
    expect(ja.text).toContain("ご担当者様");
    expect(ja.text).toContain("いつもお世話になっております。北風商事の佐藤です。");
    expect(ja.text).toContain("注文番号 PO-A1 明細 10（BRK-1）：回答納期 2026-11-10、10日遅延、未納数量 50");
    expect(ja.text).toContain("何卒よろしくお願いいたします。");
    expect(ja.text.trimEnd().endsWith("北風商事\n佐藤")).toBe(true);
  });

  it("sets the tone by the most urgent line; an escalation mentions management", () => {
    expect(letterTone("overdue1")).toBe("reminder");
    expect(letterTone("unconfirmed")).toBe("confirm");
    const esc = group([byPo("PO-B1")], "overdue3", "Beta");
    expect(chaseLetter(esc, { lang: "en", asOf: AS_OF }).text).toContain("escalated to our management");
    expect(chaseLetter(esc, { lang: "zh-CN", asOf: AS_OF }).text).toContain("管理层");
    expect(chaseLetter(esc, { lang: "ja", asOf: AS_OF }).text).toContain("管理職");
    const confirm = chaseLetter(group([byPo("PO-D1")], "unconfirmed", "Delta"), { lang: "en", asOf: AS_OF });
    expect(confirm.subject).toBe("Request for delivery date confirmation – Delta (PO PO-D1)");
    expect(confirm.text).not.toContain("overdue");
  });

  it("builds a percent-encoded mailto link whose body decodes to the letter", () => {
    const letter = chaseLetter(acme, { lang: "en", asOf: AS_OF });
    const match = /^mailto:([^?]*)\?subject=([^&]*)&body=(.*)$/.exec(letter.mailto)!;
    expect(match[1]).toBe("sales@acme.example,ops@acme.example");
    expect(decodeURIComponent(match[2])).toBe(letter.subject);
    expect(decodeURIComponent(match[3])).toBe(letter.text.replace(/\n/g, "\r\n"));
    expect(letter.mailto).not.toMatch(/[ \n]/);
    expect(match[3]).toContain("%0D%0A");
  });

  it("keeps whole lines in a Japanese mailto link, leaving the closing to the copied text", () => {
    // 9 encoded characters per kanji: the full Japanese letter with both lines is over 2,000.
    const letter = chaseLetter(acme, { lang: "ja", asOf: AS_OF });
    expect(letter.mailto.length).toBeLessThanOrEqual(2000);
    const body = decodeURIComponent(letter.mailto.split("&body=")[1]);
    expect(body).toContain("注文番号 PO-A1 明細 10");
    expect(body).toContain("いつもお世話になっております。");
    expect(letter.text).toContain("何卒よろしくお願いいたします。");
  });

  it("keeps the mailto link under 2,000 characters, naming how many lines were left out", () => {
    const many = group(Array.from({ length: 80 }, () => byPo("PO-A1")), "overdue2");
    const letter = chaseLetter(many, { lang: "en", asOf: AS_OF });
    expect(letter.mailto.length).toBeLessThanOrEqual(2000);
    const body = decodeURIComponent(letter.mailto.split("&body=")[1]);
    expect(body).toMatch(/… and \d+ more lines \(full list to follow\)\./);
    expect(letter.text.split("PO PO-A1").length - 1).toBe(80); // the copied text keeps every line
  });

  it("escapes workbook text in the HTML letter and uses inline styles only", () => {
    const evil = { ...byPo("PO-A1"), line: { ...byPo("PO-A1").line, item: '<script>alert("x")</script>', poNumber: "PO&1" } };
    const letter = chaseLetter(group([evil], "overdue1", 'Smith & "Sons" <b>'), { lang: "en", asOf: AS_OF });
    expect(letter.html).not.toContain("<script>");
    expect(letter.html).not.toContain("<b>");
    expect(letter.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(letter.html).toContain("PO&amp;1");
    expect(letter.html).toContain("Dear Smith &amp; &quot;Sons&quot; &lt;b&gt; team,");
    expect(letter.html).not.toContain("<style");
  });

  it("drafts letters for the engine's real chase list", () => {
    const groups = chaseList(statuses, AS_OF);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const letter = chaseLetter(g, { lang: "zh-CN", asOf: AS_OF });
      for (const s of g.lines) expect(letter.text).toContain(String(s.line.poNumber));
      expect(letter.mailto.startsWith("mailto:")).toBe(true);
    }
  });
});

describe("mailto", () => {
  it("finds the addresses in a cell", () => {
    expect(mailAddresses("a@x.com; b@x.com, <c@y.org>  not-an-address")).toEqual(["a@x.com", "b@x.com", "c@y.org"]);
    expect(mailAddresses(null)).toEqual([]);
  });
  it("hard-cuts a body that cannot fit without breaking a character", () => {
    const url = mailtoUrl(["a@x.com"], "S", "您好".repeat(1000), 300);
    expect(url.length).toBeLessThanOrEqual(300);
    expect(() => decodeURIComponent(url.split("&body=")[1])).not.toThrow();
    expect(decodeURIComponent(url.split("&body=")[1]).endsWith("…")).toBe(true);
  });
});
