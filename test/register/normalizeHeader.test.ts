import { normalizeHeader } from "../../src/register/normalizeHeader";

test("case, spaces and punctuation are ignored", () => {
  expect(normalizeHeader("PO No.")).toBe("pono");
  expect(normalizeHeader("  po   no ")).toBe("pono");
  expect(normalizeHeader("Still to be delivered (qty)")).toBe("stilltobedeliveredqty");
  expect(normalizeHeader("Need-by date")).toBe("needbydate");
  expect(normalizeHeader("P/N")).toBe("pn");
});

test("full-width and half-width forms compare equal (NFKC)", () => {
  expect(normalizeHeader("ＰＯ　Ｎｏ．")).toBe("pono");
  expect(normalizeHeader("（数量）")).toBe("数量");
  expect(normalizeHeader("ｻﾌﾟﾗｲﾔｰ")).toBe(normalizeHeader("サプライヤー"));
});

test("Japanese punctuation goes, the long vowel mark stays", () => {
  expect(normalizeHeader("品名・仕様")).toBe("品名仕様");
  expect(normalizeHeader("メールアドレス")).toBe("メールアドレス");
});

test("common Traditional Chinese characters fold to Simplified", () => {
  expect(normalizeHeader("供應商")).toBe("供应商");
  expect(normalizeHeader("採購單號")).toBe("采购单号");
  expect(normalizeHeader("交貨日期")).toBe("交货日期");
});
