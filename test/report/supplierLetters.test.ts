import { letterOptionsFor, supplierLetters } from "../../src/report/supplierLetters";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import { makeEntry, makeLine, NOV } from "../followup/fixtures";

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  buyerName: "王丽",
  companyName: "北风贸易",
  suppliers: [{ name: "Kyoto Seiki", letterLang: "ja" }],
};

describe("supplier letters: the supplier's language, signed from settings", () => {
  it("takes the supplier's language, else the buyer's, and the signature from settings", () => {
    expect(letterOptionsFor(settings, " kyoto seiki ", "zh-CN", NOV(20))).toEqual({ lang: "ja", asOf: NOV(20), buyerName: "王丽", companyName: "北风贸易" });
    expect(letterOptionsFor(settings, "Acme", "zh-CN", NOV(20)).lang).toBe("zh-CN");
  });

  it("one letter per supplier to chase now; a supplier inside its minimum gap gets none", () => {
    // As of Fri 11-20, offsets [-3, 1, 5, 10], gap 2. Kyoto: promised Thu 11-19 → level 1 on Fri 11-20.
    // Acme: A promised Thu 11-19 (level 1 today), but B of Acme was chased Thu 11-19 → gap until WORKDAY(11-19, 2) = Mon 11-23.
    const lines = [
      makeLine({ key: "K", supplier: "Kyoto Seiki", poNumber: "PO-1", promisedDate: NOV(19), supplierEmail: "k@kyoto.example" }),
      makeLine({ key: "A", supplier: "Acme", poNumber: "PO-2", promisedDate: NOV(19), index: 1, sheetRow: 3 }),
      makeLine({ key: "B", supplier: "Acme", poNumber: "PO-3", promisedDate: NOV(30), index: 2, sheetRow: 4 }),
    ];
    const statuses = evaluateRegister(lines, [makeEntry({ lineKey: "B", supplier: "Acme", date: NOV(19) })], settings, NOV(20));
    const { letters, heldBack } = supplierLetters(statuses, settings, NOV(20), "en");
    expect(letters.map((l) => [l.group.supplier, l.lang])).toEqual([["Kyoto Seiki", "ja"]]);
    expect(letters[0].letter.text).toContain("北风贸易\n王丽"); // the Japanese signature: company, then name
    expect(heldBack.map((g) => [g.supplier, g.heldBack?.until])).toEqual([["Acme", NOV(23)]]);
  });
});
