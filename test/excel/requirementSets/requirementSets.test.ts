/**
 * The manifest's requirement sets come from the code: every Office.js member src/excel, commands/ and functions/
 * use is looked up in @types/office-js / @types/custom-functions-runtime ("[Api set: ExcelApi 1.x]"). A use above
 * the manifest's minimum must sit behind supportsExcelApi(≥ its set). Office's rule: a set in <Requirements>
 * keeps the add-in off hosts without it; anything above it needs a runtime isSetSupported check
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { manifestSets, requiredSets, scanApiSets, uncoveredUses, usageTable } from "./scanApiSets";

const root = join(__dirname, "..", "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const uses = scanApiSets(root);
const declared = manifestSets(manifest);

describe("requirement sets derived from the code", () => {
  test("the scan finds the members it must (a scanner that sees nothing proves nothing)", () => {
    const members = new Set(uses.map((u) => u.member));
    expect(members).toContain("Excel.Worksheet.getRangeByIndexes"); // ExcelApi 1.7
    expect(members).toContain("Excel.DatetimeFormatInfo.shortDatePattern"); // ExcelApi 1.12
    expect(members).toContain("CustomFunctions.ErrorCode.notAvailable"); // CustomFunctionsRuntime 1.3
  });

  test.each(["ExcelApi", "CustomFunctionsRuntime"])("manifest.xml declares exactly the %s minimum the unguarded code needs", (set) => {
    expect(declared.get("SharedRuntime")).toBe("1.1");
    expect(declared.get(set)).toBe(requiredSets(uses).get(set));
  });

  test("no use is above the manifest without a guard at least as high as its set", () => {
    expect(uncoveredUses(uses, declared)).toEqual([]);
  });

  test("Office.addin's startup behaviour (SharedRuntime 1.1, the Common API's annotation) is found, behind its own set's check", () => {
    const shared = uses.filter((u) => u.set === "SharedRuntime");
    expect(new Set(shared.map((u) => u.member))).toEqual(new Set(["Office.Addin.getStartupBehavior", "Office.Addin.setStartupBehavior"]));
    expect(shared.every((u) => u.at.startsWith("src/excel/startupBehavior.ts:") && u.guard === "1.1")).toBe(true);
  });

  // The table: set → members → guard ("manifest" = covered by <Requirements>); ExcelApi and CustomFunctionsRuntime 1.1, every host's base, left out.
  test.each(usageTable(uses.filter((u) => u.version !== "1.1" || u.set === "SharedRuntime")))("$set: $members — $guard", ({ guard }) => {
    expect(guard.length).toBeGreaterThan(0);
  });
});

describe("the check fails when the manifest or a guard falls behind", () => {
  const fixture = scanApiSets(root, ["test/excel/requirementSets/fixture"]);
  const at = (line: number) => fixture.filter((u) => u.at.endsWith(`guards.ts:${line}`));

  test("a 1.11 guard around a 1.12 member is reported", () => {
    const problems = uncoveredUses(fixture, new Map([["ExcelApi", "1.7"]]));
    expect(problems).toContain("Excel.CultureInfo.datetimeFormat (ExcelApi 1.12) at test/excel/requirementSets/fixture/guards.ts:6, guard 1.11");
  });

  test("an unguarded 1.9 member is reported under a 1.7 manifest, not under a 1.9 one", () => {
    expect(at(10).map((u) => [u.member, u.guard])).toContainEqual(["Excel.Worksheet.pageLayout", null]);
    expect(uncoveredUses(at(10), new Map([["ExcelApi", "1.7"]]))).toHaveLength(2); // pageLayout, orientation
    expect(uncoveredUses(at(10), new Map([["ExcelApi", "1.9"]]))).toEqual([]);
  });

  test("an early return and a function called only behind a guard count as guards", () => {
    expect(at(15).every((u) => u.guard === "1.9")).toBe(true);
    expect(at(19).find((u) => u.member === "Excel.Range.dataValidation")?.guard).toBe("1.8");
  });

  test('a SharedRuntime member counts as guarded only behind isSetSupported("SharedRuntime", …), not behind an ExcelApi check', () => {
    const shared = fixture.filter((u) => u.at.includes("fixture/sharedRuntime.ts:"));
    const withoutSharedRuntime = new Map([["ExcelApi", "1.7"]]);
    const problems = uncoveredUses(shared, withoutSharedRuntime);
    expect(problems).toContain("Office.Addin.getStartupBehavior (SharedRuntime 1.1) at test/excel/requirementSets/fixture/sharedRuntime.ts:5, guard none");
    expect(problems).toContain("Office.Addin.setStartupBehavior (SharedRuntime 1.1) at test/excel/requirementSets/fixture/sharedRuntime.ts:9, guard none");
    expect(shared.find((u) => u.at.endsWith("sharedRuntime.ts:14"))?.guard).toBe("1.1"); // behind its own set's early return
    expect(problems.some((p) => p.includes("sharedRuntime.ts:14"))).toBe(false);
    expect(uncoveredUses(shared, new Map([...withoutSharedRuntime, ["SharedRuntime", "1.1"]]))).toEqual([]);
  });

  test("a manifest without ExcelApi is reported for every use above 1.1", () => {
    const withoutExcelApi = new Map(declared);
    withoutExcelApi.delete("ExcelApi");
    expect(uncoveredUses(uses, withoutExcelApi).some((p) => p.startsWith("Excel.Worksheet.getRangeByIndexes"))).toBe(true);
  });
});
