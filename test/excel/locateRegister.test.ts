import { listSources } from "../../src/excel/locateRegister";
import { createTemplate } from "../../src/excel/createTemplate";
import { contextFor, registerWorkbook } from "./helpers";

describe("listSources", () => {
  test("tables first, then every sheet, the Chases table left out, in one sync", async () => {
    const workbook = registerWorkbook(3);
    await createTemplate(contextFor(workbook).context, { parts: ["chaseLog"] });
    workbook.addSheet("Notes");
    const { context, fake } = contextFor(workbook);
    const sources = await listSources(context);
    expect(fake.syncCount).toBe(1);
    expect(sources.filter((s) => s.kind === "table")).toEqual([{ kind: "table", table: "Register" }]);
    expect(sources.filter((s) => s.kind === "sheet").map((s) => s.kind === "sheet" && s.sheet)).toEqual(workbook.sheets.map((s) => s.name));
    expect(sources[0]).toEqual({ kind: "table", table: "Register" });
  });
});
