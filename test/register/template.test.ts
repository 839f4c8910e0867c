import { registerTemplate, registerHighlightRules, holidayArrayConstant, placeRowsByHeader, type HighlightRule, CHASE_LOG_COLUMNS, CHASE_SHEET_NAME, CHASE_TABLE_NAME, DATE_FORMAT, DATETIME_FORMAT, TEXT_FORMAT } from "../../src/register/template";
import { CHASE_COLUMNS, CHASE_LOG_SHEET, CHASES_TABLE, chaseEntryToRow, chaseLineKey } from "../../src/register/chaseLog";
import { detectColumns } from "../../src/register/detectColumns";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import { lifecycle } from "../../src/followup/lifecycle";
import { followUpState } from "../../src/followup/followUpState";
import { dueDate } from "../../src/followup/dueDate";
import { calendarFromSettings } from "../../src/followup/calendarFromSettings";
import { evaluate } from "./formulaEval";

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
    // Default settings: no tolerance (× 1 is left out), Mon–Fri, no holidays argument.
    expect(rules[0].formula).toBe(
      '=AND($Q2="",NOT(IF(ISNUMBER($L2),AND(OR($L2<=0,N($M2)>0),N($M2)>=$L2-1E-9*MAX(1,$L2)),FALSE)),ISNUMBER(IF($J2<>"",$J2,$I2)),IF($J2<>"",$J2,$I2)<TODAY())',
    );
    expect(rules[1].formula).toContain('IF($J2<>"",$J2,$I2)<=WORKDAY.INTL(TODAY(),5,"0000011")');
    expect(rules[2].formula).toContain('WORKDAY.INTL($H2,3,"0000011")<TODAY()');
  });

  test("highlight formulas carry the settings: quantity tolerance, weekend, holidays", () => {
    const letters: Record<string, string> = { promisedDate: "J", requestedDate: "I", lifecycle: "Q", receivedQty: "M", orderedQty: "L", orderDate: "H" };
    const settings = { ...DEFAULT_SETTINGS, qtyTolerance: 0.05, weekend: "0000110", dueSoon: 2, confirmWithin: 4 };
    const rules = registerHighlightRules((f) => letters[f], 2, settings, "Holidays");
    // 1 − 0.05 = 0.95: received ≥ ordered × 0.95
    expect(rules[0].formula).toContain("N($M2)>=$L2*0.95-1E-9*MAX(1,$L2*0.95)");
    expect(rules[1].formula).toContain('WORKDAY.INTL(TODAY(),2,"0000110",Holidays)');
    expect(rules[2].formula).toContain('WORKDAY.INTL($H2,4,"0000110",Holidays)<TODAY()');
    expect(holidayArrayConstant([46381, 46387])).toBe("{46381,46387}");
    expect(holidayArrayConstant([])).toBeNull();
  });

  describe("highlight formulas agree with the engine (evaluated by test/register/formulaEval.ts)", () => {
    const letters: Record<string, string> = { orderDate: "H", requestedDate: "I", promisedDate: "J", orderedQty: "L", receivedQty: "M", lifecycle: "Q" };
    type Row = { H?: number | string; I?: number | string; J?: number | string; L?: number | string; M?: number | string; Q?: string };
    // Fri 2026-11-20 = 46346; Thu 2026-11-26 = 46352 is a holiday below.
    const HOLIDAY = 46352;
    const rows: Row[] = [
      { H: 46330, I: 46346, L: 100 }, // due Fri 20 Nov, nothing received
      { H: 46330, I: 46349, L: 100, M: 96 }, // due Mon 23: 96 of 100 received: received with 5 %, open without
      { H: 46330, I: 46351, L: 100, M: 94 }, // due Wed 25, partial
      { H: 46330, J: 46353, L: 100 }, // promised Fri 27 (after the holiday)
      { H: 46330, J: 46354, L: 100 }, // promised Sat 28
      { H: 46340, L: 100 }, // no date, ordered Mon 16 Nov: unconfirmed after 3 (or 4) working days
      { H: 46344, L: 100 }, // ordered Wed 18 Nov
      { H: 46344, I: 46356, L: 100 }, // ordered Wed 18, requested Mon 30: unconfirmed beats due soon
      { H: 46330, I: 46340, L: 100, Q: "Cancelled" }, // buyer closed it
      { H: 46330, I: 46340, L: 0 }, // nothing ordered: received
      { H: 46330, I: 46340 }, // ordered qty blank: followed up (the engine cannot prove it finished)
      { H: "soon", I: 46340, J: "next week", L: 100 }, // unreadable promised date: due unknown
      { H: 46330, I: 46345, L: 100, M: 100 }, // received in full
    ];
    const asOfs = [46345, 46346, 46347, 46348, 46349, 46350, 46351, 46352, 46353, 46354]; // Thu 19 … Sat 28 Nov

    const engineState = (row: Row, settings: Settings, asOf: number): string => {
      const known = (v: number | string | undefined) => (v === undefined ? null : typeof v === "number" ? v : undefined);
      const line = {
        orderDate: known(row.H),
        requestedDate: known(row.I),
        promisedDate: known(row.J),
        orderedQty: known(row.L),
        receivedQty: known(row.M),
        lifecycle: row.Q === "Cancelled" ? ("cancelled" as const) : null,
      };
      const state = lifecycle(line, settings);
      const result = followUpState(calendarFromSettings(settings), settings, line, state, dueDate(line), asOf);
      return result === "late" || result === "dueSoon" || result === "unconfirmed" ? result : "none";
    };

    const formulaState = (row: Row, rules: HighlightRule[], asOf: number, names: Record<string, number[]>): string => {
      const cells = { H: null, I: null, J: null, L: null, M: null, Q: null, ...row };
      const hits = rules.filter((r) => evaluate(r.formula, { cells, today: asOf, names }) === true).map((r) => r.kind);
      expect(hits.length).toBeLessThanOrEqual(1); // the rules exclude each other
      return hits[0] ?? "none";
    };

    const cases: [string, Settings, string | null][] = [
      ["default settings", DEFAULT_SETTINGS, null],
      ["5 % tolerance, a holiday via the Holidays name", { ...DEFAULT_SETTINGS, qtyTolerance: 0.05, holidays: [HOLIDAY] }, "Holidays"],
      ["Fri–Sat weekend, dueSoon 2, confirmWithin 4, holiday as a constant", { ...DEFAULT_SETTINGS, weekend: "0000110", dueSoon: 2, confirmWithin: 4, holidays: [HOLIDAY] }, `{${HOLIDAY}}`],
    ];
    test.each(cases)("%s", (_, settings, holidays) => {
      const rules = registerHighlightRules((f) => letters[f], 2, settings, holidays);
      const names = { Holidays: [...settings.holidays] };
      for (const asOf of asOfs) {
        for (const [index, row] of rows.entries()) {
          expect({ index, asOf, state: formulaState(row, rules, asOf, names) }).toEqual({ index, asOf, state: engineState(row, settings, asOf) });
        }
      }
    });

    test("hand-checked: due Fri 27 Nov, today Sat 21, 5 working days, holiday Thu 26", () => {
      // Today Sat 21 Nov. Engine: due soon ⇔ due ≤ WORKDAY(Sat 21, 5) = Fri 27 (Mon 23 … Fri 27).
      // The old rule, NETWORKDAYS(Sat 21, Mon 30) − 1 = 6 − 1 = 5 ≤ 5, also lit Mon 30: one day too many.
      // With the holiday Thu 26: WORKDAY(Sat 21, 5, {Thu 26}) = Mon 30, so Mon 30 is due soon.
      const rules = registerHighlightRules((f) => letters[f], 2, DEFAULT_SETTINGS, null);
      const row = (due: number): Row => ({ H: 46330, J: due, L: 100 });
      expect(formulaState(row(46353), rules, 46347, {})).toBe("dueSoon"); // Fri 27
      expect(formulaState(row(46356), rules, 46347, {})).toBe("none"); // Mon 30
      const withHoliday = registerHighlightRules((f) => letters[f], 2, DEFAULT_SETTINGS, "Holidays");
      expect(formulaState(row(46356), withHoliday, 46347, { Holidays: [HOLIDAY] })).toBe("dueSoon"); // Mon 30 = WORKDAY(Sat 21, 5, {Thu 26})
    });
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
    // Logged at is a date-time serial a person reads as one (it used to be ISO text in a Text column).
    expect(CHASE_LOG_COLUMNS.filter((c) => c.numberFormat === DATETIME_FORMAT).map((c) => c.key)).toEqual(["loggedAt"]);
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
