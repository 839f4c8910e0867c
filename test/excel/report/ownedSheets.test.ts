import { parseOwnedSheets, serializeOwnedSheets } from "../../../src/excel/report/ownedSheets";

describe("owned-sheet list", () => {
  test("round trip; ids of sheets no longer in the workbook are dropped", () => {
    const json = serializeOwnedSheets(["{a}", "{b}"], ["{c}"], new Set(["{a}", "{c}"]));
    expect(parseOwnedSheets(json)).toEqual(new Set(["{a}", "{c}"]));
  });

  test("anything malformed or from another version means no sheet is the add-in's (never throws)", () => {
    for (const raw of [undefined, null, "", "{", "[]", 42, JSON.stringify({ version: 2, sheetIds: ["{a}"] }), JSON.stringify({ version: 1, sheetIds: "{a}" })]) {
      expect(parseOwnedSheets(raw)).toEqual(new Set());
    }
    expect(parseOwnedSheets({ version: 1, sheetIds: ["{a}", 7] })).toEqual(new Set(["{a}"]));
  });
});
