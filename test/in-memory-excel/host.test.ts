/**
 * The fake as a host of a given ExcelApi version (in-memory-excel/host.ts): members above it fail the sync with
 * ApiNotFound (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes), isSetSupported answers from it.
 * The main flows run on the lowest host manifest.xml admits.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { InMemoryWorkbook, asExcelContext, installInMemoryExcel } from "../../in-memory-excel";
import { EXCEL_API_MEMBERS, hostContext, installInMemoryExcelHost, setHost, type HostOptions } from "../../in-memory-excel/host";
import { isExcelOnTheWeb, supportsExcelApi } from "../../src/excel/platform";
import { createTemplate } from "../../src/excel/createTemplate";
import { writeChase } from "../../src/excel/writeChase";
import { runExcel } from "../../src/excel/run";
import { runFollowUpReport } from "../../commands/followUpReport";
import { CHASE_LOG_COLUMNS } from "../../src/register/template";
import { readModel, registerWorkbook } from "../excel/helpers";
import { AS_OF, GENERATED_AT, sampleWorkbook } from "../excel/report/fixtures";

const root = join(__dirname, "..", "..");
const lowestExcelApi = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(readFileSync(join(root, "manifest.xml"), "utf8"))![1];
const typings = readFileSync(join(root, "node_modules/@types/office-js/index.d.ts"), "utf8");

/** The `[Api set: ExcelApi x]` of `Type.member` in @types/office-js (the class body's own declaration). */
function annotatedSet(type: string, member: string): string | undefined {
  const start = typings.search(new RegExp(`\\n\\s*(?:class|interface) ${type} (?:extends OfficeExtension\\.ClientObject )?\\{`));
  if (start < 0) return undefined;
  const end = typings.indexOf("\n    }\n", start);
  const body = typings.slice(start, end);
  const at = body.search(new RegExp(`\\n\\s*(?:readonly )?${member}[(:?<]`));
  if (at < 0) return undefined;
  const sets = [...body.slice(0, at).matchAll(/\[Api set: ExcelApi (\d+\.\d+)\]/g)];
  return sets[sets.length - 1]?.[1];
}

async function withHost<T>(workbook: InMemoryWorkbook, host: HostOptions, run: () => Promise<T>): Promise<T> {
  const uninstall = installInMemoryExcelHost(workbook, host);
  try {
    return await run();
  } finally {
    uninstall();
  }
}

describe("host versions", () => {
  test.each(Object.entries(EXCEL_API_MEMBERS))("%s is ExcelApi %s, as @types/office-js annotates it", (key, version) => {
    const [type, member] = key.split(".");
    expect(annotatedSet(type, member)).toBe(version);
  });

  test("a member above the host's set fails the sync with ApiNotFound; below it works", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [["a"]] });
    setHost(workbook, { excelApi: "1.7" });
    const context = asExcelContext(hostContext(workbook));
    const sheet = context.workbook.worksheets.getItem("S");
    const cell = sheet.getRangeByIndexes(0, 0, 1, 1).load("values"); // 1.7: fine
    await context.sync();
    expect(cell.values).toEqual([["a"]]);
    sheet.pageLayout.orientation = "Landscape"; // 1.9
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("supportsExcelApi and the platform answer from the installed host", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    await withHost(workbook, { excelApi: "1.8", platform: "web" }, async () => {
      expect([supportsExcelApi("1.7"), supportsExcelApi("1.8"), supportsExcelApi("1.9"), supportsExcelApi("1.12")]).toEqual([true, true, false, false]);
      expect(isExcelOnTheWeb()).toBe(true);
    });
    expect(supportsExcelApi("1.12")).toBe(true); // uninstalled: outside Office again
  });
});

describe(`the main flows on the lowest declared host (ExcelApi ${lowestExcelApi}, web)`, () => {
  const host: HostOptions = { excelApi: lowestExcelApi, platform: "web" };

  test("create the template, load the register", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    await withHost(workbook, host, async () => {
      const created = await runExcel((context) => createTemplate(context, {}));
      expect(created.created).toEqual(["register", "chaseLog"]);
      const { read } = await runExcel((context) => readModel(context));
      expect(read.location).toBeTruthy();
    });
    expect(workbook.findTable("Register")).toBeDefined();
    expect(workbook.requireSheet("Register").dataValidations).toEqual([]); // dropdowns need 1.8: left out, not failed
  });

  test("log a chase", async () => {
    const workbook = registerWorkbook(10);
    const result = await withHost(workbook, host, async () => {
      await runExcel((context) => createTemplate(context, { parts: ["chaseLog"] }));
      const dateColumns = CHASE_LOG_COLUMNS.flatMap((c, i) => (c.numberFormat === "yyyy-mm-dd" ? [i] : []));
      return runExcel((context) =>
        writeChase(context, {
          rows: [[46100, "PO4500001", "20", "Supplier 1", "Mei", "email", null, "newDate", 46041, 46110, "Transport", "Shipped", "called", 46105, "2026-03-17T09:00:00Z"]],
          dateColumns,
          changes: [{ row: 5, field: "stage", value: "Shipped" }],
          register: { sheet: "POs", columns: { promisedDate: 5, stage: 8, delayReason: 9, lastChaseDate: 10, nextChaseDate: 11 }, firstDataRow: 4, lastDataRow: 13 },
          dateSystem: "1900",
        }),
      );
    });
    expect(result).toMatchObject({ ok: true, appended: 1, cellsWritten: 1 });
    expect(workbook.valuesAt("POs", "I5")).toEqual([["Shipped"]]);
  });

  test("the ribbon report", async () => {
    const workbook = sampleWorkbook({ lines: 40 });
    const result = await withHost(workbook, host, () => runFollowUpReport({ asOf: AS_OF, generatedAt: GENERATED_AT, lang: "en" }));
    expect(result).toMatchObject({ ok: true });
  });

  test("reading on a 1.11 host (Windows 2002–2007) skips the 1.12 date pattern instead of failing", async () => {
    const workbook = registerWorkbook(3);
    const { read } = await withHost(workbook, { excelApi: "1.11", platform: "windows" }, () => runExcel((context) => readModel(context)));
    expect(read.sources.localeDateOrder).toBeNull();
  });
});

test("without a host the fake is unchanged (installInMemoryExcel)", async () => {
  const workbook = InMemoryWorkbook.withSheets({ S: [] });
  const uninstall = installInMemoryExcel(workbook);
  try {
    expect(supportsExcelApi("1.12")).toBe(true);
  } finally {
    uninstall();
  }
});
