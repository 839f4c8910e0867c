import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { settingsForSupplier, supplierRule } from "../../src/followup/supplierRules";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import type { ChaseEntry } from "../../src/model";
import { DEC, makeEntry, makeLine, NOV } from "./fixtures";

// November 2026: Fri 20, Mon 23, Tue 24, Wed 25, Thu 26, Fri 27; December: Tue 1, Fri 4, Mon 7. Weekend Sat–Sun, no holidays.
const withRules = (suppliers: Settings["suppliers"]): Settings => ({ ...DEFAULT_SETTINGS, suppliers });

describe("per-supplier rules in the engine", () => {
  it("a supplier exempt from pre-due reminders is first chased on level 1's day", () => {
    const settings = withRules([{ name: "Trusted Co", preDueExempt: true }]);
    const trusted = makeLine({ key: "T", supplier: "Trusted Co", promisedDate: DEC(4) });
    const other = makeLine({ key: "O", supplier: "Other Co", promisedDate: DEC(4), index: 1, sheetRow: 3 });
    const [st, so] = evaluateRegister([trusted, other], [], settings, DEC(1));
    // Default offsets [-3, 1, 5, 10], due Fri 12-04: pre-due WORKDAY(12-04, -3) = Tue 12-01 → Other Co is due today.
    expect(so).toMatchObject({ nextChase: DEC(1), reason: "preDue", preDue: true });
    // Trusted: no pre-due; first chase WORKDAY(12-04, 1) = Mon 12-07, nothing due on 12-01.
    expect(st).toMatchObject({ nextChase: DEC(7), reason: null, preDue: false, level: 0 });
    const [onLevel1] = evaluateRegister([trusted], [], settings, DEC(7));
    expect(onLevel1).toMatchObject({ level: 1, reason: "overdue1" });
  });

  it("a supplier's own escalation offsets replace the workbook's", () => {
    const settings = withRules([{ name: "Slow Metals", escalationOffsets: [-5, 3, 8, 15] }]);
    const line = makeLine({ key: "S", supplier: "Slow Metals", promisedDate: NOV(20) });
    // Due Fri 11-20. Own level 1 = WORKDAY(11-20, 3) = Wed 11-25; pre-due WORKDAY(11-20, -5) = Fri 11-13.
    const [monday] = evaluateRegister([line], [], settings, NOV(23));
    expect(monday).toMatchObject({ level: 0, preDue: true, nextChase: NOV(13), reason: "preDue" });
    const [wednesday] = evaluateRegister([line], [], settings, NOV(25));
    expect(wednesday.level).toBe(1);
    // The workbook's offsets for the same line: level 1 on WORKDAY(11-20, 1) = Mon 11-23.
    const [plain] = evaluateRegister([line], [], DEFAULT_SETTINGS, NOV(23));
    expect(plain.level).toBe(1);
  });

  it("a supplier's own minimum gap holds its other lines back longer", () => {
    const settings = withRules([{ name: "ACME  Ltd", minGap: 5 }]);
    const a = makeLine({ key: "A", supplier: "Acme Ltd", promisedDate: NOV(20) });
    const b = makeLine({ key: "B", supplier: "acme ltd", promisedDate: NOV(20), index: 1, sheetRow: 3 });
    const log: ChaseEntry[] = [makeEntry({ lineKey: "A", supplier: "Acme Ltd", date: NOV(20) })];
    const [, sb] = evaluateRegister([a, b], log, settings, NOV(23));
    // Chased Fri 11-20, gap 5: WORKDAY(11-20, 5) = Fri 11-27 (Mon 1, Tue 2, Wed 3, Thu 4, Fri 5); the default gap 2 gives Tue 11-24.
    expect(sb.nextChase).toBe(NOV(27));
    expect(sb.supplierGap).toMatchObject({ minGap: 5, lastSupplierChase: NOV(20) });
    const [, plain] = evaluateRegister([a, b], log, DEFAULT_SETTINGS, NOV(23));
    expect(plain.nextChase).toBe(NOV(24));
  });

  it("looks suppliers up loosely and leaves the others on the workbook's settings object", () => {
    const settings = withRules([{ name: "ＡＣＭＥ Ltd", letterLang: "ja" }, { name: "Beta", minGap: 4 }]);
    expect(supplierRule(settings, " acme  ltd ")?.letterLang).toBe("ja");
    expect(supplierRule(settings, "")).toBeUndefined();
    expect(settingsForSupplier(settings, "Nobody")).toBe(settings);
    expect(settingsForSupplier(settings, "acme ltd")).toBe(settings); // a language only: no rule changes
    expect(settingsForSupplier(settings, "BETA")).toBe(settingsForSupplier(settings, "beta")); // one object per supplier
    expect(settingsForSupplier(settings, "beta").minGap).toBe(4);
    // Two entries for one supplier: the first counts.
    expect(supplierRule(withRules([{ name: "Beta", minGap: 4 }, { name: "BETA", minGap: 9 }]), "beta")?.minGap).toBe(4);
  });
});
