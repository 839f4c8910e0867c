/** src/workbook/names.ts: sheet, table and defined names compared as Excel does, without regard to case, in any script. */
import { findName, sameName } from "../../src/workbook/names";

describe("sameName", () => {
  test("ASCII: case does not matter, anything else does", () => {
    expect(sameName("KPI", "KPI")).toBe(true);
    expect(sameName("kpi", "KPI")).toBe(true);
    expect(sameName("Chase log", "CHASE LOG")).toBe(true);
    expect(sameName("Chase log", "Chase  log")).toBe(false); // two spaces
    expect(sameName("Register", "Register ")).toBe(false); // a trailing space is part of the name
    expect(sameName("KPI", "KPI (2)")).toBe(false);
  });

  test("non-ASCII letters fold too: Latin accents, Greek, Cyrillic", () => {
    expect(sameName("Übersicht", "übersicht")).toBe(true);
    expect(sameName("ÉTÉ", "été")).toBe(true);
    expect(sameName("Σχέδιο", "σχέδιο")).toBe(true);
    expect(sameName("Заказы", "ЗАКАЗЫ")).toBe(true);
    expect(sameName("Übersicht", "Ubersicht")).toBe(false); // an accent is not case
  });

  test("composed and decomposed accents are the same name (NFC)", () => {
    const composed = "Caf\u00e9"; // é as one code point
    const decomposed = "Cafe\u0301"; // e + combining acute
    expect(composed).not.toBe(decomposed);
    expect(sameName(composed, decomposed)).toBe(true);
    expect(sameName("CAF\u00c9", decomposed)).toBe(true);
  });

  test("width and script variants are different names: full-width Latin, half-width katakana, traditional Chinese", () => {
    expect(sameName("ＲＥＧＩＳＴＥＲ", "Register")).toBe(false);
    expect(sameName("ＲＥＧＩＳＴＥＲ", "ｒｅｇｉｓｔｅｒ")).toBe(true); // full-width letters have case too
    expect(sameName("ﾚﾎﾟｰﾄ", "レポート")).toBe(false);
    expect(sameName("报告", "報告")).toBe(false);
    expect(sameName("报告", "报告")).toBe(true);
  });
});

describe("findName", () => {
  const names = ["Register", "KPI", "Übersicht", "Chase log"];

  test("the name as the workbook spells it", () => {
    expect(findName(names, "kpi")).toBe("KPI");
    expect(findName(names, "REGISTER")).toBe("Register");
    expect(findName(names, "übersicht")).toBe("Übersicht");
  });

  test("the first match in workbook order", () => {
    expect(findName(["Data", "DATA"], "data")).toBe("Data");
  });

  test("nothing wanted or nothing found: undefined", () => {
    expect(findName(names, "Orders")).toBeUndefined();
    expect(findName(names, "")).toBeUndefined();
    expect(findName(names, null)).toBeUndefined();
    expect(findName(names, undefined)).toBeUndefined();
    expect(findName([], "KPI")).toBeUndefined();
  });
});
