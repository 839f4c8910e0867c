/**
 * The PO.* functions answer with the workbook's settings (issue 10): the saved record and the `Holidays`
 * range, read by src/excel/functionSettings.ts into functions/engine.ts, against the in-memory Excel
 * (installed as the global Excel, as in test/taskpane/excelServices.test.ts).
 *
 * Calendar (November–December 2026): Fri 11-20, Sat 11-21, Sun 11-22, Mon 11-23, Tue 11-24, Wed 11-25,
 * Thu 11-26, Fri 11-27, Sat 11-28, Sun 11-29, Mon 11-30, Tue 12-01, Wed 12-02.
 *
 * Defaults: weekend Sat+Sun, no holidays, offsets [−3, 1, 5, 10], confirm within 3, due soon 5, min gap 2,
 * late tolerance 0, quantity tolerance 0.
 * The workbook below: weekend Sunday only (Saturday is worked), holidays Thu 11-26 (saved in Settings)
 * and Tue 12-01 (its Holidays range), offsets [−2, 2, 4, 6], confirm within 1, due soon 2, min gap 3,
 * late tolerance 2 days, quantity tolerance 5 %. Its working days after Fri 11-20:
 *   Sat 11-21 (1), Mon 11-23 (2), Tue 11-24 (3), Wed 11-25 (4), Fri 11-27 (5), Sat 11-28 (6), Mon 11-30 (7),
 *   Wed 12-02 (8)   — Thu 11-26 and Tue 12-01 are holidays, the Sundays are off.
 */
import { d, installCustomFunctions, outcome } from "./fakeCustomFunctions";
import { currentCalendar, currentSettings, resetSettings, setSettings } from "../../functions/engine";
import { followFunctionSettings, loadFunctionSettings, recalculateFunctions, type FunctionSettingsFollower } from "../../src/excel/functionSettings";
import { SETTINGS_KEY, serializeSettings, EMPTY_STORED_SETTINGS } from "../../src/workbook/storedSettings";
import { excelServices } from "../../taskpane/state/excelServices";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import { InMemoryWorkbook, asExcelContext, createContext, defineName, installInMemoryExcel } from "../../in-memory-excel";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../functions/functions") as typeof import("../../functions/functions");

const WORKBOOK_RULES: Settings = {
  ...DEFAULT_SETTINGS,
  weekend: "0000001",
  holidays: [d(2026, 11, 26)],
  escalationOffsets: [-2, 2, 4, 6],
  confirmWithin: 1,
  dueSoon: 2,
  minGap: 3,
  lateTolerance: 2,
  qtyTolerance: 0.05,
};

/** A workbook with a Calendar sheet whose A2:A30 is the `Holidays` name (Tue 12-01 in it); `rules` saved when given. */
function workbookWith(rules?: Settings): InMemoryWorkbook {
  const workbook = InMemoryWorkbook.withSheets({ Register: [["PO"]], Calendar: [["Holiday"], [d(2026, 12, 1)]] });
  defineName(workbook, "Holidays", "Calendar!$A$2:$A$30");
  if (rules) workbook.settings.set(SETTINGS_KEY, serializeSettings({ ...EMPTY_STORED_SETTINGS, settings: rules }));
  return workbook;
}

/** Waits until the events of earlier syncs and the reloads they started have run. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  if (!condition()) throw new Error("the condition was never met");
}
const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

let uninstall: () => void = () => undefined;
let follower: FunctionSettingsFollower | null = null;

afterEach(async () => {
  await follower?.stop();
  follower = null;
  uninstall();
  uninstall = () => undefined;
  resetSettings();
});

/** The four line functions on fixed inputs, each commented in the tests below. */
function answers() {
  return {
    chaseLevel: fns.chaseLevelFn([[d(2026, 11, 20)], [d(2026, 11, 20)]], [[d(2026, 11, 25)], [d(2026, 11, 28)]]),
    status: fns.statusFn(
      [[100], [100], [100]],
      [[null], [0], [96]],
      [[d(2026, 12, 31)], [d(2026, 11, 27)], [d(2026, 12, 31)]],
      [[null], [d(2026, 11, 27)], [d(2026, 12, 31)]],
      [[d(2026, 11, 23)], [null], [null]],
      [[d(2026, 11, 25)], [d(2026, 11, 23)], [d(2026, 11, 23)]],
    ),
    nextChase: fns.nextChaseFn(
      [[d(2026, 11, 20)], [d(2026, 12, 31)]],
      [[d(2026, 11, 20)], [null]],
      [[d(2026, 11, 24)], [null]],
      [[null], [d(2026, 11, 16)]],
      [[d(2026, 11, 24)], [d(2026, 11, 16)]],
    ),
    workdaysLate: fns.workdaysLateFn([[d(2026, 11, 20)], [d(2026, 11, 30)]], undefined, [[d(2026, 11, 28)], [d(2026, 12, 2)]]),
  };
}

describe("loading the workbook's settings (src/excel/functionSettings.ts)", () => {
  test("one sync: the saved record validated, the Holidays range merged in", async () => {
    const workbook = workbookWith(WORKBOOK_RULES);
    const before = workbook.syncCount;
    const settings = await loadFunctionSettings((batch) => batch(asExcelContext(createContext(workbook))));
    expect(workbook.syncCount - before).toBe(1);
    // The date order is the locale's (the in-memory Excel's short date pattern is M/d/yyyy), as the pipeline decides it.
    expect(settings).toEqual({ ...WORKBOOK_RULES, holidays: [d(2026, 11, 26), d(2026, 12, 1)], dateOrder: "MDY" });
  });

  test("a workbook with nothing saved and no Holidays range gives the defaults (the locale's date order aside)", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const settings = await loadFunctionSettings((batch) => batch(asExcelContext(createContext(workbook))));
    expect({ ...settings, dateOrder: null }).toEqual(DEFAULT_SETTINGS);
    expect(setSettings(settings)).toBe(false); // nothing the functions use changed: no recalculation needed
  });

  test("recalculateFunctions asks Excel for a full recalculation, in one sync", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    uninstall = installInMemoryExcel(workbook);
    await recalculateFunctions();
    expect(workbook.calculations).toEqual(["Full"]);
    expect(workbook.syncCount).toBe(1);
  });
});

describe("the answers follow the settings in force (functions/engine.ts)", () => {
  test("PO.STATUS, PO.CHASELEVEL, PO.NEXTCHASE and PO.WORKDAYSLATE change from the defaults to the workbook's values", async () => {
    const defaults = answers();
    // PO.CHASELEVEL, due Fri 11-20:
    //   defaults: L1 = WORKDAY(11-20, 1) = Mon 11-23, L2 = WORKDAY(11-20, 5) = Fri 11-27, L3 = WORKDAY(11-20, 10) = Fri 12-04
    //     → as of Wed 11-25: 1; as of Sat 11-28: 2.
    expect(defaults.chaseLevel).toEqual([[1], [2]]);
    // PO.STATUS:
    //   1. no promise, ordered Mon 11-23, as of Wed 11-25: WORKDAY(11-23, 3) = Thu 11-26, not before 11-25 → not
    //      Unconfirmed; due 12-31 is after WORKDAY(11-25, 5) = Wed 12-02 → On track.
    //   2. promised Fri 11-27, as of Mon 11-23: 11-27 ≤ WORKDAY(11-23, 5) = Mon 11-30 → Due soon.
    //   3. 96 of 100 received, tolerance 0 → partial, due 12-31 far → Partial.
    expect(defaults.status).toEqual([["On track"], ["Due soon"], ["Partial"]]);
    // PO.NEXTCHASE:
    //   1. promised Fri 11-20, last chase Tue 11-24: milestones Tue 11-17, Mon 11-23, Fri 11-27, Fri 12-04; the first
    //      after 11-24 is Fri 11-27; gap WORKDAY(11-24, 2) = Thu 11-26 → Fri 11-27.
    //   2. no promise, ordered Mon 11-16: WORKDAY(11-16, 3) = Thu 11-19, first chase WORKDAY(11-19, 1) = Fri 11-20
    //      (before the pre-due date WORKDAY(12-31, −3) = Mon 12-28) → Fri 11-20.
    expect(defaults.nextChase).toEqual([[d(2026, 11, 27)], [d(2026, 11, 20)]]);
    // PO.WORKDAYSLATE, holidays and weekend left out:
    //   1. due Fri 11-20, as of Sat 11-28: NETWORKDAYS = Fri 20, Mon 23 … Fri 27 = 6 → 5.
    //   2. due Mon 11-30, as of Wed 12-02: Mon 30, Tue 1, Wed 2 = 3 → 2.
    expect(defaults.workdaysLate).toEqual([[5], [2]]);

    const workbook = workbookWith(WORKBOOK_RULES);
    expect(setSettings(await loadFunctionSettings((batch) => batch(asExcelContext(createContext(workbook)))))).toBe(true);
    const workbookAnswers = answers();
    // PO.CHASELEVEL: L1 = +2 = Mon 11-23, L2 = +4 = Wed 11-25, L3 = +6 = Sat 11-28 (Sat 11-21 worked, Thu 11-26 off)
    //   → as of Wed 11-25: 2; as of Sat 11-28: 3.
    expect(workbookAnswers.chaseLevel).toEqual([[2], [3]]);
    // PO.STATUS:
    //   1. WORKDAY(Mon 11-23, 1) = Tue 11-24, before Wed 11-25 → Unconfirmed.
    //   2. WORKDAY(Mon 11-23, 2) = Wed 11-25, before the promised Fri 11-27 → On track.
    //   3. 96 ≥ 100 × (1 − 5 %) = 95 → Received.
    expect(workbookAnswers.status).toEqual([["Unconfirmed"], ["On track"], ["Received"]]);
    // PO.NEXTCHASE:
    //   1. milestones WORKDAY(11-20, −2) = Wed 11-18 (Thu 19, Wed 18), Mon 11-23, Wed 11-25, Sat 11-28; the first after
    //      Tue 11-24 is Wed 11-25; gap WORKDAY(Tue 11-24, 3) = Wed 25, (Thu 26 off), Fri 27, Sat 28 → Sat 11-28.
    //   2. WORKDAY(Mon 11-16, 1) = Tue 11-17, first chase WORKDAY(11-17, 1) = Wed 11-18 → Wed 11-18.
    expect(workbookAnswers.nextChase).toEqual([[d(2026, 11, 28)], [d(2026, 11, 18)]]);
    // PO.WORKDAYSLATE with the workbook's weekend and holidays:
    //   1. Fri 20, Sat 21, Mon 23, Tue 24, Wed 25, Fri 27, Sat 28 = 7 → 6.
    //   2. Mon 30, Wed 2 (Tue 12-01 is in the Holidays range) = 2 → 1.
    expect(workbookAnswers.workdaysLate).toEqual([[6], [1]]);

    resetSettings();
    expect(answers()).toEqual(defaults);
  });

  test("PO.WORKDAYSLATE: an argument given replaces the workbook's (holidays given count alone; weekend given keeps the workbook's holidays)", () => {
    setSettings({ ...WORKBOOK_RULES, holidays: [d(2026, 11, 26), d(2026, 12, 1)] });
    const due = [[d(2026, 11, 20)], [d(2026, 11, 30)]];
    const asOf = [[d(2026, 11, 28)], [d(2026, 12, 2)]];
    // A holidays range without dates: no holidays, Sunday-only weekend.
    //   1. Fri 20, Sat 21, Mon 23, Tue 24, Wed 25, Thu 26, Fri 27, Sat 28 = 8 → 7.   2. Mon 30, Tue 1, Wed 2 = 3 → 2.
    expect(fns.workdaysLateFn(due, undefined, asOf, [[""]])).toEqual([[7], [2]]);
    // Weekend 1 (Saturday–Sunday), holidays left out → the workbook's Thu 11-26 and Tue 12-01.
    //   1. Fri 20, Mon 23, Tue 24, Wed 25, Fri 27 = 5 → 4.   2. Mon 30, Wed 2 = 2 → 1.
    expect(fns.workdaysLateFn(due, undefined, asOf, undefined, 1)).toEqual([[4], [1]]);
  });

  test("PO.OTD and PO.OTIF: tolerances left out are the workbook's; given ones win", () => {
    const committed = [[d(2026, 11, 20)]];
    const asOf = d(2026, 12, 31);
    // Received Sun 11-22, 2 calendar days after the committed Fri 11-20: late with tolerance 0, on time with 2.
    expect(fns.otdFn(committed, [[d(2026, 11, 22)]], undefined, asOf)).toBe(0);
    // 96 of 100 on the day: not in full with tolerance 0, in full with 5 %.
    expect(fns.otifFn(committed, [[d(2026, 11, 20)]], [[100]], [[96]], undefined, undefined, asOf)).toBe(0);
    setSettings(WORKBOOK_RULES);
    expect(fns.otdFn(committed, [[d(2026, 11, 22)]], undefined, asOf)).toBe(1);
    expect(fns.otifFn(committed, [[d(2026, 11, 20)]], [[100]], [[96]], undefined, undefined, asOf)).toBe(1);
    expect(fns.otdFn(committed, [[d(2026, 11, 22)]], 0, asOf)).toBe(0);
    expect(outcome(() => fns.otifFn(committed, [[d(2026, 11, 20)]], [[100]], [[96]], undefined, 0, asOf))).toBe(0);
  });

  test("one calendar object per version of the weekend and holidays: tolerances and offsets keep it", () => {
    const defaults = currentCalendar();
    expect(setSettings({ ...DEFAULT_SETTINGS, minGap: 4 })).toBe(true);
    expect(currentCalendar()).toBe(defaults);
    expect(setSettings({ ...DEFAULT_SETTINGS, minGap: 4, dateOrder: "DMY" })).toBe(false);
    expect(setSettings(WORKBOOK_RULES)).toBe(true);
    const workbook = currentCalendar();
    expect(workbook).not.toBe(defaults);
    expect(workbook.weekend).toBe("0000001");
    expect(setSettings({ ...WORKBOOK_RULES, holidays: [...WORKBOOK_RULES.holidays] })).toBe(false);
    expect(currentCalendar()).toBe(workbook);
    resetSettings();
    expect(currentSettings()).toBe(DEFAULT_SETTINGS);
    expect(currentCalendar()).toBe(defaults);
  });
});

describe("following the workbook: settings-changed event → reload → recalculate", () => {
  test("start-up: subscribe (2 syncs with a Holidays range), load (1), recalculate (1) because the workbook's rules differ", async () => {
    const workbook = workbookWith(WORKBOOK_RULES);
    uninstall = installInMemoryExcel(workbook);
    follower = await followFunctionSettings(setSettings);
    expect(workbook.syncCount).toBe(4);
    expect(workbook.calculations).toEqual(["Full"]);
    expect(currentSettings()).toMatchObject({ minGap: 3, holidays: [d(2026, 11, 26), d(2026, 12, 1)] });
  });

  test("start-up on a workbook with the default rules: no recalculation", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    uninstall = installInMemoryExcel(workbook);
    follower = await followFunctionSettings(setSettings);
    expect(workbook.syncCount).toBe(2); // subscribe, load
    expect(workbook.calculations).toEqual([]);
  });

  test("the functions follow a setting changed in the task pane", async () => {
    const workbook = workbookWith();
    uninstall = installInMemoryExcel(workbook);
    follower = await followFunctionSettings(setSettings);
    // Nothing saved yet: the defaults, plus Tue 12-01 of the Holidays range (so one recalculation at start-up).
    expect(workbook.calculations).toEqual(["Full"]);
    // Due Fri 11-20, as of Wed 11-25: default offsets → level 1 (L1 Mon 11-23, L2 Fri 11-27).
    expect(fns.chaseLevelFn([[d(2026, 11, 20)]], [[d(2026, 11, 25)]])).toEqual([[1]]);

    // The buyer saves Settings in the task pane (taskpane/state/excelServices.ts): the workbook raises
    // settings-changed, the runtime reloads, the rules differ, Excel is asked to recalculate once.
    await excelServices().saveSettings(WORKBOOK_RULES);
    await until(() => workbook.calculations.length === 2);
    expect(workbook.calculations).toEqual(["Full", "Full"]);
    // Offsets [−2, 2, 4, 6], Saturday worked, Thu 11-26 off: L2 = WORKDAY(11-20, 4) = Wed 11-25 → level 2.
    expect(fns.chaseLevelFn([[d(2026, 11, 20)]], [[d(2026, 11, 25)]])).toEqual([[2]]);
    expect(currentSettings()).toEqual({ ...WORKBOOK_RULES, holidays: [d(2026, 11, 26), d(2026, 12, 1)], dateOrder: "MDY" });
  });

  test("another batch's save (the ribbon, another user) takes the same path; a save that changes no rule reloads without recalculating", async () => {
    const workbook = workbookWith(WORKBOOK_RULES);
    uninstall = installInMemoryExcel(workbook);
    follower = await followFunctionSettings(setSettings);
    const calculations = workbook.calculations.length;

    // The same rules saved again (a register choice, a mapping): 1 sync to write, 1 to reload, nothing to recalculate.
    const context = asExcelContext(createContext(workbook));
    context.workbook.settings.add(SETTINGS_KEY, serializeSettings({ ...EMPTY_STORED_SETTINGS, settings: WORKBOOK_RULES, registerSheet: "Register" }));
    const before = workbook.syncCount;
    await context.sync();
    await until(() => workbook.syncCount === before + 2);
    await idle();
    expect(workbook.syncCount).toBe(before + 2);
    expect(workbook.calculations.length).toBe(calculations);

    // Another change of a rule: reload and one full recalculation. minGap 5: gap WORKDAY(Tue 11-24, 5) = Wed 25, Fri 27,
    // Sat 28, Mon 30, Wed 12-02 → PO.NEXTCHASE of a line promised Fri 11-20 and chased Tue 11-24 is Wed 12-02.
    context.workbook.settings.add(SETTINGS_KEY, serializeSettings({ ...EMPTY_STORED_SETTINGS, settings: { ...WORKBOOK_RULES, minGap: 5 } }));
    await context.sync();
    await until(() => workbook.calculations.length === calculations + 1);
    expect(fns.nextChaseFn([[d(2026, 11, 20)]], [[d(2026, 11, 20)]], [[d(2026, 11, 24)]], undefined, [[d(2026, 11, 24)]])).toEqual([[d(2026, 12, 2)]]);
  });

  test("an edit of the Holidays range reaches the functions: reload, recalculate", async () => {
    const workbook = workbookWith();
    uninstall = installInMemoryExcel(workbook);
    follower = await followFunctionSettings(setSettings);
    const calculations = workbook.calculations.length;
    // Defaults with Tue 12-01: due Fri 11-20, as of Sat 11-28 → Fri 20, Mon 23 … Fri 27 = 6 → 5.
    expect(fns.workdaysLateFn([[d(2026, 11, 20)]], undefined, [[d(2026, 11, 28)]])).toEqual([[5]]);
    // The buyer types Fri 11-27 under the Holidays header.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Calendar").getRange("A3").values = [[d(2026, 11, 27)]];
      await context.sync();
    });
    await until(() => workbook.calculations.length === calculations + 1);
    // Fri 20, Mon 23, Tue 24, Wed 25, Thu 26 = 5 → 4.
    expect(fns.workdaysLateFn([[d(2026, 11, 20)]], undefined, [[d(2026, 11, 28)]])).toEqual([[4]]);
    expect(currentSettings().holidays).toEqual([d(2026, 11, 27), d(2026, 12, 1)]);
  });

  test("edits elsewhere do not reload; after stop() a save is no longer followed", async () => {
    const workbook = workbookWith();
    uninstall = installInMemoryExcel(workbook);
    follower = await followFunctionSettings(setSettings);
    const syncs = workbook.syncCount;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Register").getRange("B1").values = [["Supplier"]];
    });
    await idle();
    expect(workbook.syncCount).toBe(syncs + 1); // the edit only

    await follower.stop();
    follower = null;
    await excelServices().saveSettings(WORKBOOK_RULES);
    await idle();
    expect(currentSettings().minGap).toBe(DEFAULT_SETTINGS.minGap);
  });

  test("the shared runtime's start-up (commands/commands.ts, Office.onReady) puts the workbook's settings in force", async () => {
    const workbook = workbookWith(WORKBOOK_RULES);
    uninstall = installInMemoryExcel(workbook);
    const holder = globalThis as unknown as { Office?: unknown };
    holder.Office = { onReady: (callback: () => void) => callback(), actions: { associate: () => undefined } };
    try {
      let engine: typeof import("../../functions/engine") | undefined;
      let isolated: typeof import("../../functions/functions") | undefined;
      jest.isolateModules(() => {
        /* eslint-disable @typescript-eslint/no-require-imports */
        engine = require("../../functions/engine");
        isolated = require("../../functions/functions");
        require("../../commands/commands");
        /* eslint-enable @typescript-eslint/no-require-imports */
      });
      await until(() => workbook.calculations.length === 1);
      expect(engine!.currentSettings().minGap).toBe(3);
      expect(isolated!.chaseLevelFn([[d(2026, 11, 20)]], [[d(2026, 11, 25)]])).toEqual([[2]]);
    } finally {
      delete holder.Office;
      await idle();
    }
  });
});
