/** `po-followup report`: the report workbook (a copy of the input plus the report and KPI sheets) and the summaries. */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import type { Lang } from "../src/i18n/i18n";
import type { PeriodKind } from "../src/settings/settings";
import type { Serial } from "../src/model";
import { serialFromYmd, formatIsoDate } from "../src/dates/serial";
import { localStamp } from "../src/dates/localStamp";
import { reportSummaryHtml, reportSummaryText, findSection } from "../src/report";
import {
  buildReports,
  cellIssues,
  evaluateParsed,
  parseSources,
  reportReadiness,
  settingsProblemTexts,
  todayOf,
  type BuiltReports,
  type ReportSheets,
} from "../src/pipeline";
import { copiesInput, csvInfoOf, isSameFile, writeReportWorkbook, type WrittenReport } from "../src/xlsx";
import { reasonOf, type WorkbookRead } from "../src/xlsx/readWorkbook";
import { sheetClashNote } from "../src/report/statusLine";
import { fieldList } from "../src/register/fields";
import { terminalJson, visibleControls } from "../src/report/plainText";
import { CliError, EXIT, type CliIo, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { readSource } from "./source";
import { isLargeRead, releaseMemory } from "./releaseMemory";

export interface ReportRun {
  /** What the summary says of the pipeline's model (the model itself is let go before the workbook is written). */
  counts: ModelCounts;
  report: ReportSheets;
  written: WrittenReport;
  html: string;
  text: string;
  htmlPath: string | null;
  textPath: string | null;
}

export function parseAsOf(value: string | undefined, io: CliIo, t: CliText): Serial {
  if (value === undefined) return todayOf(io.now);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  const serial = m ? serialFromYmd(+m[1], +m[2], +m[3]) : undefined;
  if (serial === undefined) throw new CliError(t("errBadDate", { value }), EXIT.unreadable, "arguments");
  return serial;
}

export function parsePeriod(value: string | undefined, t: CliText): PeriodKind | undefined {
  if (value === undefined) return undefined;
  if (value === "week" || value === "month") return value;
  throw new CliError(t("errBadPeriod", { value }), EXIT.unreadable, "arguments");
}

/** "2026-11-20 07:00": the local time the report was built, shown on it (kept here for earlier importers). */
export { localStamp };

/**
 * Default output: beside the input, "<name> - Follow-up 2026-W47.xlsx"; ".xlsm" when the workbook
 * holds macros: the copy keeps them, and Excel opens a macro-enabled package only under that extension.
 */
export function defaultOut(input: string, sheetName: string, macros = false): string {
  const parsed = nodePath.parse(input);
  return nodePath.join(parsed.dir, `${parsed.name} - ${sheetName}${macros ? ".xlsm" : ".xlsx"}`);
}

export async function buildAndWrite(args: ParsedArgs, io: CliIo, t: CliText, lang: Lang, outOverride?: string): Promise<ReportRun> {
  const asOf = parseAsOf(args.values["as-of"] as string | undefined, io, t);
  const periodKind = parsePeriod(args.values.period as string | undefined, t);
  const out = (args.values.out as string | undefined) ?? outOverride;
  const htmlPath = (args.values.html as string | undefined) ?? null;
  const textPath = (args.values.text as string | undefined) ?? null;
  // Every output is checked before anything is read or written: none may be the input, nor another output.
  await checkOutputs(args.file, [out ?? null, htmlPath, textPath], t);
  const { read, counts, report, large } = await readAndBuild(args, io, t, lang, asOf, periodKind);

  // Macros are kept in a copy of the package (not in a CSV's new workbook).
  const macros = copiesInput(read) && read.unkept.includes("macros");
  // Excel opens a macro-enabled package under .xlsm only: a copy named .xlsx would not open at all.
  if (out && macros && !/\.xlsm$/i.test(out))
    throw new CliError(
      t("errMacrosNeedXlsm", { path: out, suggestion: out.replace(/(\.[^./\\]*)?$/, ".xlsm") }),
      EXIT.unreadable,
      "arguments",
    );
  const target = out ?? defaultOut(read.path, report.report.sheetName, macros);
  await checkOutputs(read.path, [target, htmlPath, textPath], t); // the default name too, before writing
  if (csvInfoOf(read)) io.stderr(`${t("csvCopyNote")}\n`); // a CSV: a new workbook, as for a streamed input
  io.stderr(`${t("progressWriting", { path: target })}\n`);
  let written: WrittenReport;
  if (large) releaseMemory(); // the pipeline's lines and statuses are garbage now
  try {
    written = await writeReportWorkbook(read, report, target);
  } catch (error) {
    throw new CliError(t("errWrite", { path: target, reason: reasonOf(error) }), EXIT.unreadable, "write");
  }
  // A surgical copy keeps every part of the input but our sheets: nothing to warn about.
  if (read.unkept.length > 0 && !written.keptAll)
    io.stderr(`${t("unkeptContentNote", { parts: read.unkept.map((part) => t(`unkept_${part}`)).join(", ") })}\n`);
  for (const clash of written.clashes) io.stderr(`${sheetClashNote(clash, lang)}\n`);
  for (const message of written.kpiBlocksSkipped) io.stderr(`${message}\n`);
  const html = reportSummaryHtml(report.report);
  const text = visibleControls(reportSummaryText(report.report)); // plain text: no control character survives
  for (const [path, content] of [
    [
      htmlPath,
      `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeTitle(report.report.title)}</title></head><body>${html}</body></html>\n`,
    ],
    [textPath, text],
  ] as const) {
    if (!path) continue;
    try {
      await fs.writeFile(path, content, "utf8");
    } catch (error) {
      throw new CliError(t("errWrite", { path, reason: reasonOf(error) }), EXIT.unreadable, "write");
    }
  }
  return { counts, report, written, html, text, htmlPath, textPath };
}

export interface ModelCounts {
  lines: number;
  problems: number;
  settingsProblems: number;
}

/**
 * Reads the workbook, runs the pipeline and builds the report models. What it returns is what the
 * write needs: the register's cells (read.sources) and the pipeline's model are let go here, so the
 * peak memory of the write is the report's, not the register's as well (the read's grid of a full
 * sheet is a few hundred MB; the write is the runner's peak).
 */
async function readAndBuild(
  args: ParsedArgs,
  io: CliIo,
  t: CliText,
  lang: Lang,
  asOf: Serial,
  periodKind: PeriodKind | undefined,
): Promise<{ read: WorkbookRead; counts: ModelCounts; report: ReportSheets; large: boolean }> {
  const read = await readSource(args, io, t);
  const large = isLargeRead(read);
  const collect = large ? releaseMemory : () => undefined;
  // The pipeline in its two halves, the cells let go between them (nothing below reads them); a large
  // register's rows are let go one by one as the parse reads them, and garbage is collected after the
  // parse and before the write (releaseMemory.ts).
  const parsed = parseSources(read.sources, { releaseRows: large });
  releaseCells(read);
  collect();
  const model = evaluateParsed(parsed, { asOf, predictions: false }); // the report shows none (the customer impact still gets them)
  io.stderr(`${t("progressComputing", { asOf: formatIsoDate(asOf), period: periodKind ?? model.settled.settings.periodKind })}\n`);
  for (const text of settingsProblemTexts(model.settled, lang)) io.stderr(`${text}\n`);
  const { blocker } = reportReadiness(read.sources, model);
  if (blocker?.reason === "unmapped") {
    const fields = fieldList(blocker.missing, lang);
    throw new CliError(t("errMissingRequired", { sheet: read.register.sheet, fields }), EXIT.unreadable, "missingRequired");
  }
  if (blocker) throw new CliError(t("errNoLines", { sheet: read.register.sheet }), EXIT.unreadable, "noLines");
  const report = buildReports(model, read.sources.history, { lang, periodKind, generatedAt: localStamp(io.now()) });
  const counts: ModelCounts = {
    lines: model.parsed?.lines.length ?? 0,
    problems: cellIssues(model).length,
    settingsProblems: model.settled.problems.length + (model.settled.recordProblem ? 1 : 0),
  };
  return { read, counts, report: sheetsOf(report), large };
}

/**
 * Empties the read's cell blocks in place, once parsed: the report's checks and the write read the
 * path, the sheets' ownership, the date system and where KpiHistory is, never the cells. In place, so
 * that no other reference to a block (the sources handed to the pipeline) keeps its rows alive.
 */
function releaseCells(read: WorkbookRead): void {
  const { sources } = read;
  for (const block of [read.register, sources.register, sources.chaseLog, ...(sources.otherSheets ?? [])])
    if (block) (block.values as unknown[]).length = 0;
}

/**
 * The two sheets' models and the status line only: the pipeline's lines, statuses and chases
 * (BuiltReports.input) are let go before the write — at 1,048,575 lines they held ~700 MB through it
 * (peak RSS 3.46 → 2.77 GB, the same workbook).
 */
function sheetsOf(built: BuiltReports): ReportSheets {
  return { report: built.report, kpi: built.kpi, statusLine: built.statusLine };
}

/** Refuses, before any work, an output that is the input (same path or the same file through a link) or that two options share. */
async function checkOutputs(input: string | undefined, outputs: readonly (string | null)[], t: CliText): Promise<void> {
  const given = outputs.filter((p): p is string => p !== null);
  for (const path of given)
    if (input && (await isSameFile(input, path))) throw new CliError(t("errOutIsInput"), EXIT.unreadable, "outIsInput");
  for (let i = 0; i < given.length; i++)
    for (let j = i + 1; j < given.length; j++)
      if (await isSameFile(given[i], given[j]))
        throw new CliError(t("errOutputsClash", { path: given[i] }), EXIT.unreadable, "outputsClash");
}

function escapeTitle(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function reportJson(run: ReportRun): Record<string, unknown> {
  const { counts, report, written } = run;
  const toChase = findSection(report.report, "toChase", "table");
  return {
    ok: true,
    sheet: written.reportSheet ?? report.report.sheetName,
    kpiSheet: written.kpiSheet,
    clashes: written.clashes,
    kpiBlocksSkipped: written.kpiBlocksSkipped,
    period: report.report.period,
    asOf: formatIsoDate(report.report.asOf),
    out: written.path,
    copied: written.copied,
    html: run.htmlPath,
    text: run.textPath,
    lines: counts.lines,
    toChase: toChase?.rows.length ?? 0,
    problems: counts.problems,
    settingsProblems: counts.settingsProblems,
    chartsDrawn: written.chartsDrawn,
    chartsNotDrawn: written.chartsNotDrawn,
    kpi: report.kpi.history.record,
  };
}

export async function runReport(args: ParsedArgs, io: CliIo, t: CliText, lang: Lang): Promise<number> {
  const run = await buildAndWrite(args, io, t, lang);
  if (args.values.json) io.stdout(`${terminalJson(reportJson(run))}\n`);
  else {
    const json = reportJson(run);
    io.stdout(`${t("wroteReport", { sheet: run.written.reportSheet ?? run.report.report.sheetName, path: run.written.path })}\n`);
    for (const path of [run.htmlPath, run.textPath]) if (path) io.stdout(`${t("wroteFile", { path })}\n`);
    io.stdout(`${t("reportCounts", { count: json.toChase as number, problems: json.problems as number })}\n`);
  }
  return EXIT.ok;
}
