import { createTemplate } from "../../src/excel/createTemplate";
import { parseRegister } from "../../src/register/parseRegister";
import { registerTemplate } from "../../src/register/template";
import { SAMPLE_HEADERS, sampleRegister } from "../../src/sample/sampleRegister";
import { defineName, diffSnapshots, InMemoryWorkbook, namesOf } from "../../in-memory-excel";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { readSources } from "../../src/excel/readSources";
import { settleSettings } from "../../src/pipeline";
import { contextFor, readRegisterOf } from "./helpers";

describe("createTemplate", () => {
  test("creates Register and Chase log in at most 3 syncs, with formats, dropdowns and highlights", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const { context, fake } = contextFor(workbook);
    const columns = registerTemplate();
    const row = columns.map((c) => (c.field === "poNumber" ? "0045" : c.field === "notes" ? "=not a formula" : c.kind === "date" ? 46100 : c.kind === "number" ? 5 : null));
    const result = await createTemplate(context, { sample: [columns.map((c) => c.header), row] });
    expect(result).toEqual({ created: ["register", "chaseLog"], refused: [], unplacedHeaders: [], holidays: "createdName", syncs: 2 });
    expect(fake.syncCount).toBeLessThanOrEqual(3);

    const register = workbook.findTable("Register")!;
    expect(register.sheet.name).toBe("Register");
    expect(register.cols).toBe(columns.length);
    expect(workbook.cellAt("Register", "A2")).toMatchObject({ value: "0045", numberFormat: "@" });
    const notes = columns.findIndex((c) => c.field === "notes");
    expect(workbook.getCell(register.sheet, 1, notes)?.formula).toBeUndefined();
    const promised = columns.findIndex((c) => c.field === "promisedDate");
    expect(workbook.getCell(register.sheet, 1, promised)).toMatchObject({ value: 46100, numberFormat: "yyyy-mm-dd" });
    expect(register.sheet.dataValidations).toHaveLength(4);
    expect(register.sheet.conditionalFormats.map((f) => f.type)).toEqual(["Custom", "Custom", "Custom"]);
    expect(register.sheet.frozenRows).toBe(1);
    expect(workbook.findTable("Chases")?.sheet.name).toBe("Chase log");

    // the template reads back and parses cleanly
    const read = await readRegisterOf(context);
    if (!read.ok) throw new Error(read.reason);
    const parsed = parseRegister(read.source);
    expect(parsed.lines[0]).toMatchObject({ poNumber: "0045", promisedDate: 46100 });
  });

  test("the sample register (SAMPLE_HEADERS order) lands under the template's columns by field", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const { context } = contextFor(workbook);
    const asOf = 46346; // 2026-11-20
    const sample = sampleRegister({ asOf, lines: 240, lang: "en" });
    // The two lists really differ: the sample has Buyer after Description, the template before Item.
    const columns = registerTemplate();
    expect(columns.map((c) => c.header)).not.toEqual([...SAMPLE_HEADERS]);
    const result = await createTemplate(context, { sample });
    expect(result.unplacedHeaders).toEqual([]);

    const read = await readRegisterOf(context);
    if (!read.ok) throw new Error(read.reason);
    const created = parseRegister(read.source).lines;
    const direct = parseRegister({ sheet: "Register", values: sample, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null }).lines;
    expect(created).toHaveLength(240);
    const fields = ["key", "poNumber", "line", "supplier", "supplierEmail", "buyer", "item", "description", "orderDate", "requestedDate", "promisedDate", "orderedQty", "receivedQty", "receivedDate", "unitPrice", "currency", "lifecycle", "stage", "delayReason", "lastChaseDate", "nextChaseDate", "notes"] as const;
    const pick = (line: (typeof created)[number]) => Object.fromEntries(fields.map((f) => [f, line[f]]));
    expect(created.map(pick)).toEqual(direct.map(pick));
    // Spot check by cell: the Buyer column of the template holds the sample's buyers.
    const buyer = columns.findIndex((c) => c.field === "buyer");
    expect(workbook.getCell(workbook.findTable("Register")!.sheet, 1, buyer)?.value).toBe(sample[1][SAMPLE_HEADERS.indexOf("Buyer")]);
  });

  test("in a 1904 workbook the sample's dates are shifted, so they read back as the same days", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] }, { date1904: true });
    const { context } = contextFor(workbook);
    const sample = sampleRegister({ asOf: 46346, lines: 30, lang: "en" });
    await createTemplate(context, { sample });
    const read = await readRegisterOf(context);
    if (!read.ok) throw new Error(read.reason);
    expect(read.source.dateSystem).toBe("1904");
    const created = parseRegister(read.source).lines;
    const direct = parseRegister({ sheet: "Register", values: sample, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null }).lines;
    // 1904 serial + 1462 = 1900 serial: the parser converts back, so every date is the same day.
    expect(created.map((l) => [l.orderDate, l.requestedDate, l.promisedDate])).toEqual(direct.map((l) => [l.orderDate, l.requestedDate, l.promisedDate]));
    const orderDate = registerTemplate().findIndex((c) => c.field === "orderDate");
    expect(workbook.getCell(workbook.findTable("Register")!.sheet, 1, orderDate)?.value).toBe((direct[0].orderDate as number) - 1462);
  });

  test("never touches an existing sheet of the same name: that part is refused, the other created", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Register: [["my own data", 1]] });
    const before = workbook.cellSnapshot();
    const result = await createTemplate(contextFor(workbook).context);
    expect(result.refused).toEqual([{ part: "register", reason: "sheetExists", name: "Register" }]);
    expect(result.created).toEqual(["chaseLog"]);
    const changed = diffSnapshots(before, workbook.cellSnapshot());
    expect(changed.every((a) => a.startsWith("'Chase log'!"))).toBe(true);
    expect(workbook.valuesAt("Register", "A1:B1")).toEqual([["my own data", 1]]);
  });

  test("nothing to create: one sync, nothing written", async () => {
    const workbook = InMemoryWorkbook.withSheets({ register: [], "Chase log": [] });
    const { context, fake } = contextFor(workbook);
    const result = await createTemplate(context);
    expect(result.created).toEqual([]);
    expect(fake.syncCount).toBe(1);
  });

  test("a failed sync leaves an error the caller can show", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    workbook.failNextSync(new Error("busy"));
    await expect(createTemplate(contextFor(workbook).context)).rejects.toThrow("busy");
  });

  describe("holidays for the highlights", () => {
    const holidays = [46352, 46381]; // Thu 2026-11-26, Fri 2026-12-25
    const formulas = (workbook: InMemoryWorkbook) =>
      workbook.findTable("Register")!.sheet.conditionalFormats.map((f) => String(f.rule.formula));

    test("no Holidays name: a Holidays sheet holds the settings' dates, the name covers A2:A201, the rules use it", async () => {
      const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
      const { context, fake } = contextFor(workbook);
      const result = await createTemplate(context, { settings: { ...DEFAULT_SETTINGS, holidays: [46381, 46352] } });
      expect(result.holidays).toBe("createdName");
      expect(fake.syncCount).toBe(2); // no extra round trip
      expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Register", "Chase log", "Holidays"]);
      expect(workbook.valuesAt("Holidays", "A1:A4")).toEqual([["Holiday"], [46352], [46381], [""]]);
      expect(workbook.cellAt("Holidays", "A201")?.numberFormat).toBe("yyyy-mm-dd");
      const name = namesOf(workbook).get("holidays");
      expect(name && "rect" in name ? name.rect : null).toEqual({ row: 1, col: 0, rows: 200, cols: 1 });
      expect(formulas(workbook).every((f) => !f.includes("WORKDAY") || f.includes('"0000011",Holidays)'))).toBe(true);

      // …and the add-in reads the same list back (union with the settings: each date once).
      // Nothing was saved in this workbook's settings: the dates come from the range.
      const read = await readSources(context);
      expect(read.sources.settingsRecord).toBeUndefined();
      const settled = settleSettings(read.sources);
      expect(settled.settings.holidays).toEqual([46352, 46381]);
      expect(settled.stored.settings.holidays).toEqual([]);
    });

    test("a Holidays name of the buyer's is used as it is, never replaced", async () => {
      const workbook = InMemoryWorkbook.withSheets({ Calendar: [["Off"], [46352]] });
      defineName(workbook, "HOLIDAYS", "Calendar!$A$2:$A$30");
      const before = workbook.cellSnapshot();
      const result = await createTemplate(contextFor(workbook).context, { settings: { ...DEFAULT_SETTINGS, holidays } });
      expect(result.holidays).toBe("existingName");
      expect(workbook.findSheet("Holidays")).toBeUndefined();
      const name = namesOf(workbook).get("holidays");
      expect(name && "rect" in name ? name.rect : null).toEqual({ row: 1, col: 0, rows: 29, cols: 1 });
      expect(diffSnapshots(before, workbook.cellSnapshot()).some((a) => a.startsWith("Calendar!"))).toBe(false);
      expect(formulas(workbook).some((f) => f.includes(",Holidays)"))).toBe(true);
    });

    test("a sheet called Holidays without the name: the settings' dates go into the formulas (1904: shifted)", async () => {
      const workbook = InMemoryWorkbook.withSheets({ Holidays: [["my notes"]] }, { date1904: true });
      const result = await createTemplate(contextFor(workbook).context, { settings: { ...DEFAULT_SETTINGS, holidays } });
      expect(result.holidays).toBe("settingsInFormula");
      expect(namesOf(workbook).size).toBe(0);
      expect(workbook.valuesAt("Holidays", "A1")).toEqual([["my notes"]]);
      // 46352 − 1462 = 44890, 46381 − 1462 = 44919
      expect(formulas(workbook).some((f) => f.includes('"0000011",{44890,44919})'))).toBe(true);
    });

    test("a sheet called Holidays, no name, no holidays in the settings: no holidays argument", async () => {
      const workbook = InMemoryWorkbook.withSheets({ Holidays: [] });
      const result = await createTemplate(contextFor(workbook).context);
      expect(result.holidays).toBe("none");
      expect(formulas(workbook).some((f) => f.includes('"0000011")'))).toBe(true);
    });

    test("the register refused: no Holidays sheet, no name", async () => {
      const workbook = InMemoryWorkbook.withSheets({ Register: [] });
      const result = await createTemplate(contextFor(workbook).context);
      expect(result.holidays).toBeUndefined();
      expect(workbook.findSheet("Holidays")).toBeUndefined();
      expect(namesOf(workbook).size).toBe(0);
    });
  });
});
