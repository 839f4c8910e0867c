import { createTemplate } from "../../src/excel/createTemplate";
import { readRegister } from "../../src/excel/readRegister";
import { parseRegister } from "../../src/register/parseRegister";
import { registerTemplate } from "../../src/register/template";
import { diffSnapshots, InMemoryWorkbook } from "../in-memory-excel";
import { contextFor } from "./helpers";

describe("createTemplate", () => {
  test("creates Register and Chase log in at most 3 syncs, with formats, dropdowns and highlights", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const { context, fake } = contextFor(workbook);
    const columns = registerTemplate();
    const sample = [columns.map((c) => (c.field === "poNumber" ? "0045" : c.field === "notes" ? "=not a formula" : c.kind === "date" ? 46100 : c.kind === "number" ? 5 : null))];
    const result = await createTemplate(context, { sampleRows: sample });
    expect(result).toEqual({ created: ["register", "chaseLog"], refused: [], syncs: 2 });
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
    const read = await readRegister(context);
    if (!read.ok) throw new Error(read.reason);
    const parsed = parseRegister(read.source);
    expect(parsed.lines[0]).toMatchObject({ poNumber: "0045", promisedDate: 46100 });
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
});
