import { registerTemplate, registerHighlightRules, placeRowsByHeader, CHASE_LOG_COLUMNS, CHASE_SHEET_NAME, CHASE_TABLE_NAME, DATE_FORMAT, TEXT_FORMAT } from "../../src/register/template";
import { CHASE_COLUMNS, CHASE_LOG_SHEET, CHASES_TABLE, chaseEntryToRow, chaseLineKey } from "../../src/register/chaseLog";
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

  test("the chase log's columns, names and date columns all come from chaseLog.ts", () => {
    expect(CHASE_LOG_COLUMNS.map((c) => c.key)).toEqual([...CHASE_COLUMNS]);
    expect([CHASE_TABLE_NAME, CHASE_SHEET_NAME]).toEqual([CHASES_TABLE, CHASE_LOG_SHEET]);
    expect(CHASE_LOG_COLUMNS.filter((c) => c.numberFormat === DATE_FORMAT).map((c) => c.key)).toEqual(["date", "previousPromised", "newPromised", "nextChase"]);
    const entry = { date: 46346, lineKey: chaseLineKey("PO-1", "10"), poNumber: "PO-1", line: "10", supplier: "Acme", buyer: null, channel: "email" as const, contact: null, outcome: "noAnswer" as const, previousPromised: null, newPromised: null, delayReason: null, stage: null, note: null, nextChase: null, loggedAt: "" };
    expect(chaseEntryToRow(entry)).toHaveLength(CHASE_LOG_COLUMNS.length); // 15: the line key is rebuilt, not stored
    expect([chaseLineKey("PO-1", "10"), chaseLineKey("PO-1", null)]).toEqual(["PO-1/10", "PO-1"]);
  });

  test("rows keyed by their own header row are placed under the template's columns by field", () => {
    const matrix = [
      ["Supplier", "Colour", "PO number", "Promised date", "Buyer"],
      ["Acme", "red", "PO-1", 46346, "Lee"],
    ];
    const placed = placeRowsByHeader(matrix, columns);
    expect(placed.unplaced).toEqual(["Colour"]);
    const at = (field: string) => placed.rows[0][columns.findIndex((c) => c.field === field)];
    expect([at("poNumber"), at("supplier"), at("buyer"), at("promisedDate"), at("notes")]).toEqual(["PO-1", "Acme", "Lee", 46346, null]);
    expect(placed.rows[0]).toHaveLength(columns.length);
  });
});
