import { blankLine } from "../../src/register/blankLine";
import { FIELD_KEYS } from "../../src/register/fields";

describe("blankLine", () => {
  test("every register field is blank (null), not unknown", () => {
    const line = blankLine();
    for (const key of FIELD_KEYS) expect(line[key]).toBeNull();
  });
  test("given fields win and the key follows parseRegister's rule", () => {
    expect(blankLine({ poNumber: "4500001", line: "10", supplier: "Acme" })).toMatchObject({ key: "4500001/10", supplier: "Acme", orderedQty: null });
    expect(blankLine({ poNumber: "4500001" }).key).toBe("4500001");
    expect(blankLine({ poNumber: "4500001", key: "custom" }).key).toBe("custom");
  });
});
