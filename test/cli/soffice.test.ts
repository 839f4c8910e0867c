/**
 * Real-file fidelity: LibreOffice opens the report workbook, prints it to PDF and exports every
 * sheet to CSV (filter option 12 = -1: one CSV per sheet, "<name>-<sheet>.csv"); the KPI sheet's
 * headline cells hold the expected figures. Needs `soffice`: the test fails (never skips) without it.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { execFile, execFileSync } from "node:child_process";
import JSZip from "jszip";
import { promisify } from "node:util";
import { sampleRegister, sampleChaseLog } from "../../src/sample";
import { serialFromYmd } from "../../src/dates/serial";
import { writeRegisterFile } from "../xlsx/fixtures";
import { readWorkbook } from "../../src/xlsx";
import { buildReports, runPipeline } from "../../src/pipeline";
import { run, tempDir } from "./helpers";

export const INSTALL_SOFFICE = "sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc";
const AS_OF = serialFromYmd(2026, 11, 20)!;

function sofficeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** One CSV line → fields (quotes and doubled quotes as LibreOffice writes them). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (out.push(field), (field = ""));
    else field += ch;
  }
  out.push(field);
  return out;
}

const percent = (text: string) => Number(text.replace("%", "")) / 100;

let dir: string;
beforeAll(async () => {
  dir = await tempDir("po-soffice-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("LibreOffice opens the report, prints it to PDF, and the KPI sheet's CSV holds the figures", async () => {
  if (!sofficeAvailable()) throw new Error(`LibreOffice (soffice) is not installed. Install it with:\n  ${INSTALL_SOFFICE}`);
  const input = path.join(dir, "register.xlsx");
  const out = path.join(dir, "report.xlsx");
  await writeRegisterFile(input, sampleRegister({ asOf: AS_OF }), { chases: sampleChaseLog({ asOf: AS_OF }) });
  expect((await run(["report", input, "--as-of", "2026-11-20", "--out", out])).code).toBe(0);

  // A private profile: parallel soffice runs (other tests, other users) do not share a lock.
  const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
  const soffice = (...args: string[]) =>
    promisify(execFile)("soffice", [profile, "--headless", "--norestore", ...args, "--outdir", dir, out], { timeout: 90_000 });
  await soffice("--convert-to", "pdf");
  const pdf = await fs.readFile(path.join(dir, "report.pdf"));
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);

  // 44 = comma, 34 = quote, 76 = UTF-8, 1 = from line 1; token 12 = -1: every sheet to its own file.
  await soffice("--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
  const rows = (await fs.readFile(path.join(dir, "report-KPI.csv"), "utf8")).split(/\r?\n/).map(csvFields);
  const cell = (address: string) => {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    return rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
  };
  expect(cell("A1")).toBe("Purchasing KPIs");
  expect(cell("B2")).toBe("2026-W47");
  expect(cell("B5")).toBe("2026-11-20"); // as of, shown with the yyyy-mm-dd format
  // Fidelity, not arithmetic (the engine's figures are tested in test/kpi and test/report): the
  // cells LibreOffice reads are the figures the engine computed for this register.
  const read = await readWorkbook(input);
  if (!read.ok) throw new Error(read.code);
  const { record } = buildReports(runPipeline(read.read.sources, { asOf: AS_OF }), read.read.sources.history, {
    lang: "en",
    generatedAt: "x",
  }).kpi.history;
  expect(record.otd).not.toBeNull();
  expect(percent(cell("B8"))).toBeCloseTo(record.otd!, 10);
  expect(percent(cell("B9"))).toBeCloseTo(record.otif!, 10);
  expect(percent(cell("B10"))).toBeCloseTo(record.confirmation!, 10);
  expect(Number(cell("B11"))).toBe(record.linesOverdue);
  expect(Number(cell("B12"))).toBeCloseTo(record.avgDaysLate!, 10);
  expect(Number(cell("B13"))).toBe(record.population);
  expect(cell("C10")).toBe("no data");
  // KpiHistory: header A29, this period's row A30.
  expect(cell("A29")).toBe("Period");
  expect(rows[29].slice(0, 4)).toEqual(["2026-W47", "2026-11-16", "2026-11-22", "2026-11-20"]);
  // The ageing (heading P1, table from P2) and scorecard (heading P11, table from P12) blocks.
  expect([cell("P1"), cell("P2"), cell("P3"), cell("P11"), cell("P12"), cell("Q12")]).toEqual([
    "Ageing of open lines",
    "Days late",
    "Not due",
    "Supplier scorecard",
    "Supplier",
    "Lines measured",
  ]);
  // The report sheet converted too.
  const report = await fs.readFile(path.join(dir, "report-Follow-up 2026-W47.csv"), "utf8");
  expect(report.split("\n")[0]).toContain("Follow-up report 2026-W47");

  // The native charts (src/xlsx/chartParts.ts) are charts to LibreOffice: as .ods, each is an embedded
  // chart object of the right kind, with its title, reading the report's cells.
  await soffice("--convert-to", "ods");
  const ods = await JSZip.loadAsync(await fs.readFile(path.join(dir, "report.ods")));
  const content = await ods.file("content.xml")!.async("string");
  const objects = [...content.matchAll(/<draw:object [^>]*xlink:href="\.\/([^"]+)"/g)].map((m) => m[1]);
  const charts = await Promise.all(
    objects.map(async (name) => {
      const xml = await ods.file(`${name}/content.xml`)!.async("string");
      return {
        title: /<chart:title[^>]*><text:p>([^<]*)<\/text:p>/.exec(xml)?.[1],
        kinds: [...new Set([...xml.matchAll(/chart:class="chart:(\w+)"/g)].map((m) => m[1]))].sort(),
        secondaryAxis: xml.includes('chart:name="secondary-y"'),
      };
    }),
  );
  expect(charts).toEqual(
    expect.arrayContaining([
      { title: "Open lines by days late", kinds: ["bar"], secondaryAxis: false },
      { title: "Delay reasons (Pareto)", kinds: ["bar", "line"], secondaryAxis: true },
      { title: "OTD and OTIF, last 26 periods", kinds: ["line"], secondaryAxis: false }, // on the KPI sheet
    ]),
  );
  expect(charts).toHaveLength(3);
  expect(content).toContain("Follow-up 2026-W47&apos;.A"); // the ranges are the report sheet's cells
}, 120_000);
