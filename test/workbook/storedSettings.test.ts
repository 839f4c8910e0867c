/**
 * src/workbook/storedSettings.ts: the add-in's record in the workbook's settings, read by both adapters.
 * Validated on read: a bad key becomes a named problem and that key's default; a bad record as a whole
 * becomes a record problem and the defaults; never a throw, never a hang.
 */
import {
  EMPTY_STORED_SETTINGS,
  MAX_SETTINGS_CHARS,
  SETTINGS_VERSION,
  parseStoredSettings,
  serializeSettings,
  type StoredSettings,
} from "../../src/workbook/storedSettings";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import { MAX_HOLIDAYS } from "../../src/settings/validateSettings";
import { runPipeline } from "../../src/pipeline";
import { registerSources } from "../fixtures/sources";

const record = (settings: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, settings, mapping: {}, registerTable: null, registerSheet: null, ...extra });

/** Runs `fn` (the bound is shown by what comes back — kept items, named problems — never by a clock). */
function timed<T>(fn: () => T): { result: T } {
  return { result: fn() };
}

describe("round trip", () => {
  test("settings, mapping and register choice come back as saved, at version 1, with no problem", () => {
    const saved = {
      settings: { ...DEFAULT_SETTINGS, dueSoon: 7, minGap: 4, holidays: [46023, 46352], weekend: "0000001", periodKind: "month" as const, dateOrder: "DMY" as const },
      mapping: { promisedDate: "Liefertermin", notes: "" },
      registerTable: "POs",
      registerSheet: null,
    };
    const text = serializeSettings(saved);
    expect(JSON.parse(text).version).toBe(SETTINGS_VERSION);
    expect(SETTINGS_VERSION).toBe(1);
    expect(parseStoredSettings(text)).toEqual<StoredSettings>({ ...saved, problems: [], recordProblem: null });
  });

  test("the parsed object is accepted as well as its JSON text", () => {
    const text = record({ minGap: 4 }, { registerSheet: "Export" });
    expect(parseStoredSettings(JSON.parse(text))).toEqual(parseStoredSettings(text));
    expect(parseStoredSettings(JSON.parse(text)).registerSheet).toBe("Export");
  });

  test("nothing saved yet (undefined, null, empty text): the defaults, no problem", () => {
    for (const raw of [undefined, null, ""]) expect(parseStoredSettings(raw)).toBe(EMPTY_STORED_SETTINGS);
    expect(EMPTY_STORED_SETTINGS).toEqual({ settings: DEFAULT_SETTINGS, mapping: {}, registerTable: null, registerSheet: null, problems: [], recordProblem: null });
  });

  test("keys a record leaves out take their defaults silently (a record from an older version)", () => {
    const parsed = parseStoredSettings(JSON.stringify({ version: 1, settings: { minGap: 4 } }));
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, minGap: 4 });
    expect(parsed).toMatchObject({ mapping: {}, registerTable: null, registerSheet: null, problems: [], recordProblem: null });
  });

  test("numeric text typed by hand is read as the number", () => {
    expect(parseStoredSettings(record({ dueSoon: " 3 ", qtyTolerance: "0.05" })).settings).toMatchObject({ dueSoon: 3, qtyTolerance: 0.05 });
  });
});

describe("version", () => {
  test("a newer version: the defaults, and the record named as newer (its keys are not guessed at)", () => {
    for (const version of [2, 99]) {
      const parsed = parseStoredSettings(JSON.stringify({ version, settings: { dueSoon: 1 } }));
      expect(parsed).toEqual({ ...EMPTY_STORED_SETTINGS, recordProblem: "newerVersion" });
    }
  });

  test("no version, version 0, or a version that is not a number: unreadable, the defaults", () => {
    for (const version of [undefined, 0, "1", null]) {
      const parsed = parseStoredSettings(JSON.stringify({ version, settings: { dueSoon: 1 } }));
      expect(parsed).toEqual({ ...EMPTY_STORED_SETTINGS, recordProblem: "unreadable" });
    }
  });

  test("not a JSON object (broken text, an array, a number, null, true): unreadable, the defaults, no throw", () => {
    for (const raw of ["{not json", "[]", "[1,2]", "42", "null", "true", 42, true, [], ["x"]]) {
      expect(parseStoredSettings(raw)).toEqual({ ...EMPTY_STORED_SETTINGS, recordProblem: "unreadable" });
    }
  });
});

describe("an invalid key: a named problem and that key's default, the other keys kept", () => {
  test.each<[string, keyof Settings, unknown, string, unknown]>([
    ["a negative late tolerance", "lateTolerance", -1, "negative", 0],
    ["a negative early tolerance", "earlyTolerance", -2, "negative", null],
    ["due soon −10", "dueSoon", -10, "negative", 5],
    ["2.5 days between chases", "minGap", 2.5, "notAnInteger", 2],
    ["a quantity tolerance of 5 (500 %)", "qtyTolerance", 5, "outOfRange", 0],
    ["a week without a working day", "weekend", "1111111", "invalidWeekend", "0000011"],
    ["a weekend of 6 days' text", "weekend", "000011", "invalidWeekend", "0000011"],
    ["a period that is no choice", "periodKind", "fortnight", "notAChoice", "week"],
    ["a date order that is no choice", "dateOrder", "DDMMYY", "notAChoice", null],
    ["escalation offsets of 1e12 working days", "escalationOffsets", [-3, 1, 5, 1e12], "tooLarge", [-3, 1, 5, 10]],
    ["escalation offsets that go down", "escalationOffsets", [-3, 5, 1, 10], "notAscending", [-3, 1, 5, 10]],
    ["three escalation offsets", "escalationOffsets", [1, 5, 10], "wrongLength", [-3, 1, 5, 10]],
    ["holidays that are no list", "holidays", "2026-12-25", "notAList", []],
    ["due soon of 10,000 days", "dueSoon", 10_000, "tooLarge", 5],
  ])("%s", (_, field, value, code, fallback) => {
    const parsed = parseStoredSettings(record({ [field]: value, minGap: field === "minGap" ? value : 4 }));
    expect(parsed.recordProblem).toBeNull();
    expect(parsed.problems).toEqual([{ field, code, value }]);
    expect(parsed.settings[field]).toEqual(fallback);
    if (field !== "minGap") expect(parsed.settings.minGap).toBe(4); // the good key next to it is kept
  });

  test("several bad keys: each named, in the settings' order, each replaced by its own default", () => {
    const parsed = parseStoredSettings(record({ dueSoon: -10, qtyTolerance: 5, weekend: "1111111", periodKind: "fortnight", confirmWithin: 7 }));
    expect(parsed.problems.map((p) => [p.field, p.code])).toEqual([
      ["qtyTolerance", "outOfRange"],
      ["dueSoon", "negative"],
      ["weekend", "invalidWeekend"],
      ["periodKind", "notAChoice"],
    ]);
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, confirmWithin: 7 });
  });

  test("one bad holiday is dropped and named; the good ones are kept", () => {
    const parsed = parseStoredSettings(record({ holidays: [46352, "Christmas", 46381.5] }));
    expect(parsed.settings.holidays).toEqual([46352, 46381]);
    expect(parsed.problems).toEqual([{ field: "holidays", code: "invalidHoliday", value: "Christmas" }]);
  });
});

describe("a hostile record is bounded: what it can make the engine do is capped, never a hang", () => {
  test("1,000,000 holidays: the first MAX_HOLIDAYS are kept and the list is named too long", () => {
    const holidays = Array.from({ length: 1_000_000 }, (_, i) => 40_000 + (i % 20_000));
    const { result } = timed(() => parseStoredSettings({ version: 1, settings: { holidays } }));
    expect(MAX_HOLIDAYS).toBe(5000);
    expect(result.settings.holidays).toHaveLength(5000);
    expect(result.settings.holidays[4999]).toBe(44_999);
    expect(result.problems).toEqual([{ field: "holidays", code: "tooMany", value: 1_000_000 }]);
  });

  test("escalation offsets of 1e12 and 1,000,000 holidays: the pipeline uses the defaults and evaluates the line", () => {
    const settingsRecord = {
      version: 1,
      settings: { escalationOffsets: [1e12, 2e12, 3e12, 4e12], dueSoon: 1e12, minGap: 1e12, holidays: Array.from({ length: 1_000_000 }, (_, i) => 40_000 + i) },
    };
    const { result: model } = timed(() =>
      runPipeline(
        registerSources(
          [
            ["PO number", "Supplier", "Promised date", "Ordered qty"],
            ["PO-1", "Acme", 46339, 5],
          ],
          { tableName: "Register" },
          { settingsRecord },
        ),
        { asOf: 46346 },
      ),
    );
    expect(model.settled.settings.escalationOffsets).toEqual(DEFAULT_SETTINGS.escalationOffsets);
    expect(model.settled.problems.map((p) => [p.field, p.code])).toEqual([
      ["escalationOffsets", "tooLarge"],
      ["dueSoon", "tooLarge"],
      ["minGap", "tooLarge"],
      ["holidays", "tooMany"],
    ]);
    expect(model.statuses).toHaveLength(1);
  });

  test("a record over MAX_SETTINGS_CHARS is not parsed: recordProblem tooLarge, the defaults", () => {
    const huge = record({ holidays: Array.from({ length: 1_000_000 }, () => 46352) }); // ~6 million characters
    expect(huge.length).toBeGreaterThan(MAX_SETTINGS_CHARS);
    const { result } = timed(() => parseStoredSettings(huge));
    expect(result).toEqual({ ...EMPTY_STORED_SETTINGS, recordProblem: "tooLarge" });
  });

  test("the limit is exact: MAX_SETTINGS_CHARS characters are read, one more is not", () => {
    const base = record({ minGap: 4 });
    const atLimit = base + " ".repeat(MAX_SETTINGS_CHARS - base.length); // JSON allows trailing white space
    expect(atLimit).toHaveLength(MAX_SETTINGS_CHARS);
    expect(parseStoredSettings(atLimit)).toMatchObject({ recordProblem: null, settings: { minGap: 4 } });
    expect(parseStoredSettings(atLimit + " ").recordProblem).toBe("tooLarge");
  });

  test("mapping and register names: only text of a sane length, at most 200 mapping entries", () => {
    const long = "x".repeat(256);
    const mapping: Record<string, unknown> = { poNumber: "Bestellung", supplier: 3, stage: null, notes: "", buyer: long };
    const parsed = parseStoredSettings(record({}, { mapping, registerTable: long, registerSheet: "" }));
    expect(parsed.mapping).toEqual({ poNumber: "Bestellung", notes: "" });
    expect(parsed.registerTable).toBeNull();
    expect(parsed.registerSheet).toBeNull();
    expect(parseStoredSettings(record({}, { registerTable: "x".repeat(255) })).registerTable).toHaveLength(255);
    expect(parseStoredSettings(record({}, { registerTable: 42 })).registerTable).toBeNull();

    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`field${i}`, `Header ${i}`]));
    expect(Object.keys(parseStoredSettings(record({}, { mapping: many })).mapping)).toHaveLength(200);
  });
});
