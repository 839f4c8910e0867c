/**
 * src/workbook/ownedSheets.ts: which sheets the add-in (or the headless runner) created, as recorded in
 * the workbook's settings, and where a sheet it wants to write goes. Nothing ever writes into a sheet it
 * did not create.
 */
import {
  OWNED_SHEETS_KEY,
  holdsOurTables,
  sheetOwnershipInFile,
  isOwnedByName,
  ownedIds,
  parseOwnedSheets,
  planOwnSheet,
  serializeOwnedSheets,
  type SheetOwnership,
} from "../../src/workbook/ownedSheets";

const present = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("the record", () => {
  test("is kept under its own key", () => {
    expect(OWNED_SHEETS_KEY).toBe("poFollowupSheets");
  });

  test("version 2 round trip: each sheet's id and current name; ids no longer in the workbook are dropped", () => {
    const json = serializeOwnedSheets(["{a}", "{b}"], ["{c}"], present({ "{a}": "KPI", "{c}": "Follow-up 2026-W47", "{z}": "Data" }));
    expect(JSON.parse(json)).toEqual({
      version: 2,
      sheets: [
        { id: "{a}", name: "KPI" },
        { id: "{c}", name: "Follow-up 2026-W47" },
      ],
    });
    const entries = parseOwnedSheets(json);
    expect(entries).toEqual([
      { id: "{a}", name: "KPI" },
      { id: "{c}", name: "Follow-up 2026-W47" },
    ]);
    expect(ownedIds(entries)).toEqual(new Set(["{a}", "{c}"]));
    expect(parseOwnedSheets(JSON.parse(json))).toEqual(entries); // the parsed object as well as its text
  });

  test("an id owned before and added again is listed once; a renamed sheet is stored under its new name", () => {
    const json = serializeOwnedSheets(["{a}"], ["{a}"], present({ "{a}": "KPI old" }));
    expect(parseOwnedSheets(json)).toEqual([{ id: "{a}", name: "KPI old" }]);
  });

  test("nothing owned: an empty list", () => {
    expect(parseOwnedSheets(serializeOwnedSheets([], [], present({ "{a}": "Data" })))).toEqual([]);
  });

  test("version 1 (ids only) is still read: the ids count, no name is known", () => {
    const v1 = JSON.stringify({ version: 1, sheetIds: ["{a}", "{b}"] });
    const entries = parseOwnedSheets(v1);
    expect(entries).toEqual([
      { id: "{a}", name: null },
      { id: "{b}", name: null },
    ]);
    expect(ownedIds(entries)).toEqual(new Set(["{a}", "{b}"]));
    expect(isOwnedByName(entries, "KPI")).toBe(false); // the file adapter has no id to go by: not ours
    expect(parseOwnedSheets({ version: 1, sheetIds: ["{a}", 7] })).toEqual([{ id: "{a}", name: null }]);
  });

  test("a version-1 record written again becomes version 2, with the names", () => {
    const v1 = JSON.stringify({ version: 1, sheetIds: ["{a}", "{gone}"] });
    const json = serializeOwnedSheets(ownedIds(parseOwnedSheets(v1)), ["{n}"], present({ "{a}": "KPI", "{n}": "Follow-up 2026-W48" }));
    expect(JSON.parse(json).version).toBe(2);
    expect(parseOwnedSheets(json)).toEqual([
      { id: "{a}", name: "KPI" },
      { id: "{n}", name: "Follow-up 2026-W48" },
    ]);
  });

  test("anything malformed or from another version means no sheet is ours (never throws)", () => {
    const malformed: unknown[] = [
      undefined,
      null,
      "",
      "{",
      "[]",
      42,
      true,
      [],
      JSON.stringify({ version: 2, sheetIds: ["{a}"] }), // v2 keeps `sheets`, not `sheetIds`
      JSON.stringify({ version: 1, sheetIds: "{a}" }),
      JSON.stringify({ version: 1, sheets: [{ id: "{a}", name: "KPI" }] }),
      JSON.stringify({ version: 3, sheets: [{ id: "{a}", name: "KPI" }] }),
      JSON.stringify({ sheets: [{ id: "{a}", name: "KPI" }] }),
      { version: 2, sheets: "{a}" },
    ];
    for (const raw of malformed) expect(parseOwnedSheets(raw)).toEqual([]);
  });

  test("version 2: entries without a text id are skipped; a name that is not text is unknown", () => {
    const raw = { version: 2, sheets: [null, 5, "{x}", { id: 7, name: "KPI" }, { name: "KPI" }, { id: "{a}", name: 5 }, { id: "{b}", name: "KPI" }] };
    expect(parseOwnedSheets(raw)).toEqual([
      { id: "{a}", name: null },
      { id: "{b}", name: "KPI" },
    ]);
  });

  test("a huge record is bounded: at most 1,000 entries are read", () => {
    const sheets = Array.from({ length: 5000 }, (_, i) => ({ id: `{${i}}`, name: `S${i}` }));
    expect(parseOwnedSheets({ version: 2, sheets })).toHaveLength(1000);
    expect(parseOwnedSheets({ version: 1, sheetIds: sheets.map((s) => s.id) })).toHaveLength(1000);
  });
});

describe("isOwnedByName: the file adapter's evidence", () => {
  const entries = [
    { id: "{a}", name: "KPI" },
    { id: "{b}", name: null },
  ];

  test("a sheet named in the record (any case) is ours; any other is not", () => {
    expect(isOwnedByName(entries, "KPI")).toBe(true);
    expect(isOwnedByName(entries, "kpi")).toBe(true);
    expect(isOwnedByName(entries, "KPI (2)")).toBe(false);
    expect(isOwnedByName(entries, "Data")).toBe(false);
    expect(isOwnedByName([], "KPI")).toBe(false);
  });
});

describe("planOwnSheet: where the sheet `wanted` is written", () => {
  const mine = (name: string): SheetOwnership => ({ name, owned: true });
  const theirs = (name: string): SheetOwnership => ({ name, owned: false });

  test("a free name: that name, created", () => {
    expect(planOwnSheet("KPI", [theirs("Register"), theirs("Data")])).toEqual({ name: "KPI", exists: false, clashWith: null });
    expect(planOwnSheet("KPI", [])).toEqual({ name: "KPI", exists: false, clashWith: null });
  });

  test("ours: that sheet, updated (named as the workbook spells it)", () => {
    expect(planOwnSheet("KPI", [theirs("Register"), mine("kpi")])).toEqual({ name: "kpi", exists: true, clashWith: null });
  });

  test("someone else's: 'KPI (2)', created beside it, the clash named for the note", () => {
    expect(planOwnSheet("KPI", [theirs("Kpi")])).toEqual({ name: "KPI (2)", exists: false, clashWith: "Kpi" });
  });

  test("'KPI (2)' also someone else's: 'KPI (3)'", () => {
    expect(planOwnSheet("KPI", [theirs("KPI"), theirs("KPI (2)")])).toEqual({ name: "KPI (3)", exists: false, clashWith: "KPI" });
  });

  test("'KPI (2)' ours (made on an earlier run): updated", () => {
    expect(planOwnSheet("KPI", [theirs("KPI"), mine("kpi (2)")])).toEqual({ name: "kpi (2)", exists: true, clashWith: "KPI" });
  });

  test("Excel's 31-character limit: the wanted name is shortened so the suffix fits", () => {
    const wanted = "Follow-up 2026-W47 for Supplier"; // 31 characters
    expect(wanted).toHaveLength(31);
    const plan = planOwnSheet(wanted, [theirs(wanted)]);
    expect(plan).toEqual({ name: "Follow-up 2026-W47 for Supp (2)", exists: false, clashWith: wanted });
    expect(plan?.name).toHaveLength(31);

    // (2) … (9) taken too: "(10)" is one character longer, so one more is cut.
    const taken = [theirs(wanted), ...Array.from({ length: 8 }, (_, i) => theirs(`${wanted.slice(0, 27)} (${i + 2})`))];
    const tenth = planOwnSheet(wanted, taken);
    expect(tenth?.name).toBe("Follow-up 2026-W47 for Sup (10)");
    expect(tenth?.name).toHaveLength(31);
  });

  test("all of 'KPI', 'KPI (2)' … 'KPI (99)' taken by sheets not ours: null (nothing is written)", () => {
    const sheets = [theirs("KPI"), ...Array.from({ length: 98 }, (_, i) => theirs(`KPI (${i + 2})`))];
    expect(sheets).toHaveLength(99);
    expect(planOwnSheet("KPI", sheets)).toBeNull();
    // One of them ours: that one is updated.
    sheets[60] = mine(sheets[60].name);
    expect(planOwnSheet("KPI", sheets)).toEqual({ name: "KPI (61)", exists: true, clashWith: "KPI" });
    // "KPI (99)" free: taken.
    expect(planOwnSheet("KPI", sheets.slice(0, 98).map((s) => theirs(s.name)))).toEqual({ name: "KPI (99)", exists: false, clashWith: "KPI" });
  });
});

describe("holdsOurTables and sheetOwnershipInFile: ours under a suffixed name too", () => {
  test("“KPI (2)” holding KpiHistory and “Follow-up 2026-W47 (2)” holding FU_2026W47_… are ours; a manager's KPI is not", () => {
    expect(holdsOurTables("KPI (2)", ["KpiHistory"])).toBe(true);
    expect(holdsOurTables("Follow-up 2026-W47 (2)", ["FU_2026W47_ToChase"])).toBe(true);
    expect(holdsOurTables("KPI", ["Targets"])).toBe(false);
    expect(holdsOurTables("KPI (2)", [])).toBe(false);
  });

  test("a file's sheets: by the record's names or by the tables on each sheet", () => {
    const tables = [
      { name: "KpiHistory", sheet: "KPI (2)" },
      { name: "Register", sheet: "POs" },
    ];
    const record = [{ id: "{x}", name: "Follow-up 2026-W46" }];
    expect(sheetOwnershipInFile(["POs", "KPI", "KPI (2)", "Follow-up 2026-W46"], tables, record)).toEqual([
      { name: "POs", owned: false },
      { name: "KPI", owned: false },
      { name: "KPI (2)", owned: true },
      { name: "Follow-up 2026-W46", owned: true },
    ]);
  });
});
