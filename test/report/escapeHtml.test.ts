import { escapeHtml } from "../../src/report/escapeHtml";

describe("escapeHtml", () => {
  it("neutralises markup", () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
  it("escapes ampersands first, so entities are not double-read", () => {
    expect(escapeHtml("Smith & Sons &amp; Co")).toBe("Smith &amp; Sons &amp;amp; Co");
  });
  it("escapes both quotes for attribute values", () => {
    expect(escapeHtml(`O'Neil "Ltd"`)).toBe("O&#39;Neil &quot;Ltd&quot;");
  });
  it("keeps CJK text and emoji as they are", () => {
    expect(escapeHtml("深圳市精密五金有限公司 <急>")).toBe("深圳市精密五金有限公司 &lt;急&gt;");
    expect(escapeHtml("株式会社テスト 📦")).toBe("株式会社テスト 📦");
  });
});
