import { registerTemplate, registerHighlightRules, CHASE_LOG_COLUMNS, DATE_FORMAT, TEXT_FORMAT } from "../../src/register/template";
import { detectColumns } from "../../src/register/detectColumns";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

describe("register template", () => {
  const columns = registerTemplate();

  test("every template header is recognised as its own field by the column detector", () => {
    const detection = detectColumns(columns.map((c) => c.header));
    for (const [index, column] of columns.entries()) {
      expect({ field: column.field, column: detection.columns[column.field] }).toEqual({ field: column.field, column: index });
    }
  });

  test("dates get the ISO date format, text columns the Text format (keeps leading zeros)", () => {
    const format = (field: string) => columns.find((c) => c.field === field)?.numberFormat;
    expect(format("promisedDate")).toBe(DATE_FORMAT);
    expect(format("nextChaseDate")).toBe(DATE_FORMAT);
    expect(format("poNumber")).toBe(TEXT_FORMAT);
    expect(format("orderedQty")).not.toBe(TEXT_FORMAT);
  });

  test("dropdowns: lifecycle, stage, delay reason (from settings), inspection", () => {
    const withChoices = columns.filter((c) => c.choices).map((c) => c.field);
    expect(withChoices.sort()).toEqual(["delayReason", "inspection", "lifecycle", "stage"]);
    expect(columns.find((c) => c.field === "delayReason")?.choices).toEqual(DEFAULT_SETTINGS.delayReasons.map((r) => r.code));
  });

  test("highlight formulas point at the right columns, anchored on the column only", () => {
    const letters: Record<string, string> = { promisedDate: "J", requestedDate: "I", lifecycle: "Q", receivedQty: "M", orderedQty: "L", orderDate: "H" };
    const rules = registerHighlightRules((f) => letters[f], 2);
    expect(rules.map((r) => r.kind)).toEqual(["late", "dueSoon", "unconfirmed"]);
    expect(rules[0].formula).toBe('=AND($Q2="",N($M2)<$L2,IF($J2<>"",$J2,$I2)<>"",IF($J2<>"",$J2,$I2)<TODAY())');
    expect(rules[2].formula).toContain('WORKDAY.INTL($H2,3,"0000011")<TODAY()');
  });

  test("chase log columns follow chaseEntryToRow (lineKey is rebuilt, not stored)", () => {
    expect(CHASE_LOG_COLUMNS.map((c) => c.key)).toEqual([
      "date", "poNumber", "line", "supplier", "buyer", "channel", "contact", "outcome",
      "previousPromised", "newPromised", "delayReason", "stage", "note", "nextChase", "loggedAt",
    ]);
  });
});
