import { selectCell, selectedRegisterRow, getSelectedCell } from "../../src/excel/selection";
import { contextFor, registerWorkbook } from "./helpers";

describe("selection", () => {
  test("selecting a problem cell activates its sheet and selects it in one sync", async () => {
    const workbook = registerWorkbook(5);
    workbook.addSheet("Other");
    const { context, fake } = contextFor(workbook);
    await selectCell(context, "POs", 6, 5);
    expect(fake.syncCount).toBe(1);
    expect(workbook.selection?.rect).toEqual({ row: 5, col: 5, rows: 1, cols: 1 });
    expect(await getSelectedCell(context)).toEqual({ sheet: "POs", row: 6, column: 5 });
  });

  test("the register row under the selection, or null outside the data rows", async () => {
    const workbook = registerWorkbook(5);
    const { context } = contextFor(workbook);
    const register = { sheet: "POs", firstDataRow: 4, lastDataRow: 8 };
    await selectCell(context, "POs", 7, 2);
    expect(await selectedRegisterRow(context, register)).toBe(7);
    await selectCell(context, "POs", 3, 2); // the header
    expect(await selectedRegisterRow(context, register)).toBeNull();
  });
});
