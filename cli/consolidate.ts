/**
 * `po-followup report a.xlsx b.xlsx … --consolidate --out Department.xlsx` (issue 14 point 5): one KPI
 * workbook over many buyers' registers. Each register goes through the same pipeline, one at a time,
 * and only its counts are kept (src/pipeline/registerKpi.ts): memory follows buyers and suppliers,
 * not lines. A register that cannot be read is named with its reason; the others still count.
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import type { Lang } from "../src/i18n/i18n";
import { periodContaining, type Period } from "../src/dates/period";
import { formatIsoDate } from "../src/dates/serial";
import { reportReadiness, runPipeline } from "../src/pipeline";
import { registerKpi } from "../src/pipeline/registerKpi";
import { addCounts, CountsByName, emptyCounts } from "../src/kpi/consolidate";
import { departmentRecord, departmentText, departmentWorkbook, type RegisterOutcome } from "../src/report/departmentKpi";
import { KpiHistoryMerge } from "../src/report/departmentHistory";
import { fieldList } from "../src/register/fields";
import { terminalJson } from "../src/report/plainText";
import { isSameFile } from "../src/xlsx";
import { reasonOf } from "../src/xlsx/readWorkbook";
import { writeDepartmentWorkbook } from "../src/xlsx/writeDepartment";
import { CliError, EXIT, type CliIo, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { parseAsOf, parsePeriod } from "./report";
import { readSource } from "./source";
import { releaseMemory } from "./releaseMemory";

const REGISTER_FILE = /\.(xlsx|xlsm|csv)$/i;
/** Options of a single report that mean nothing for a department's workbook. */
const NOT_WITH_CONSOLIDATE = ["html", "text", "sheet", "table"] as const;

export async function runConsolidate(args: ParsedArgs, io: CliIo, t: CliText, lang: Lang): Promise<number> {
  const d = departmentText(lang);
  for (const option of NOT_WITH_CONSOLIDATE)
    if (args.values[option] !== undefined) throw new CliError(d("errOption", { option: `--${option}` }), EXIT.unreadable, "arguments");
  const out = args.values.out as string | undefined;
  if (!out) throw new CliError(d("errNeedOut"), EXIT.unreadable, "arguments");
  const asOf = parseAsOf(args.values["as-of"] as string | undefined, io, t);
  const periodKind = parsePeriod(args.values.period as string | undefined, t);
  const files = await registerFiles(args.files);
  if (files.length === 0) throw new CliError(d("errNoInputs"), EXIT.unreadable, "missingFile");
  for (const file of files)
    if (await isSameFile(file, out)) throw new CliError(d("errOutIsInput", { path: out }), EXIT.unreadable, "outIsInput");

  const current = emptyCounts();
  const previous = emptyCounts();
  const buyers = new CountsByName();
  const suppliers = new CountsByName();
  const history = new KpiHistoryMerge();
  const registers: RegisterOutcome[] = [];
  let period: Period | undefined;
  for (const [i, file] of files.entries()) {
    io.stderr(`${d("progressRegister", { n: i + 1, total: files.length, path: file })}\n`);
    // Everything read from one register is let go before the next is read: only its counts stay.
    const outcome = await countRegister(file, args, io, t, lang, asOf, (model) => {
      period ??= periodContaining(asOf, periodKind ?? model.settled.settings.periodKind);
      return period;
    });
    if (typeof outcome === "string") {
      io.stderr(`${d("registerFailed", { path: file, reason: outcome })}\n`);
      registers.push({ file, lines: null, failure: outcome });
      continue;
    }
    addCounts(current, outcome.kpi.current);
    addCounts(previous, outcome.kpi.previous);
    for (const buyer of outcome.kpi.buyers) buyers.add(buyer);
    for (const supplier of outcome.kpi.suppliers) suppliers.add(supplier);
    history.add(outcome.history);
    registers.push({ file, lines: outcome.kpi.lines, failure: null });
    releaseMemory(); // the register's cells and model are garbage now: collected before the next is read
  }
  const counted = registers.filter((r) => r.failure === null).length;
  if (counted === 0 || period === undefined) throw new CliError(d("errNoneRead"), EXIT.unreadable, "noneRead");

  const input = { lang, period, asOf, current, previous, buyers: buyers.list(), suppliers: suppliers.list(), registers };
  const record = departmentRecord(input);
  try {
    await writeDepartmentWorkbook(departmentWorkbook(input), history.records(record), out);
  } catch (error) {
    throw new CliError(t("errWrite", { path: out, reason: reasonOf(error) }), EXIT.unreadable, "write");
  }
  const failed = registers.length - counted;
  if (args.values.json)
    io.stdout(
      `${terminalJson({ ok: true, out, period: period.label, asOf: formatIsoDate(asOf), registers, buyers: buyers.size, suppliers: suppliers.size, kpi: record })}\n`,
    );
  else io.stdout(`${d("wroteDepartment", { count: counted, path: out })}\n`);
  if (failed > 0) io.stderr(`${d("someFailed", { count: failed })}\n`);
  // Written, but not over every register asked for: the same code as a report with problems.
  return failed > 0 ? EXIT.problems : EXIT.ok;
}

type Counted = { kpi: ReturnType<typeof registerKpi>; history: Parameters<KpiHistoryMerge["add"]>[0] };

/** One register's counts, or the reason it cannot be counted (in the user's language). */
async function countRegister(
  file: string,
  args: ParsedArgs,
  io: CliIo,
  t: CliText,
  lang: Lang,
  asOf: number,
  periodOf: (model: ReturnType<typeof runPipeline>) => Period,
): Promise<Counted | string> {
  try {
    const read = await readSource({ ...args, file }, io, t);
    const model = runPipeline(read.sources, { asOf, predictions: false });
    const { blocker } = reportReadiness(read.sources, model);
    if (blocker?.reason === "unmapped")
      return t("errMissingRequired", { sheet: read.register.sheet, fields: fieldList(blocker.missing, lang) });
    if (blocker) return t("errNoLines", { sheet: read.register.sheet });
    const fallbackBuyer = model.settled.settings.buyerName?.trim() || nodePath.parse(file).name;
    return { kpi: registerKpi(model, periodOf(model), fallbackBuyer), history: read.sources.history };
  } catch (error) {
    return error instanceof CliError ? error.message : reasonOf(error);
  }
}

/** The files named, a folder standing for its .xlsx/.xlsm/.csv files (sorted; Excel's "~$" lock files left out). */
async function registerFiles(named: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of named) {
    const stat = await fs.stat(path).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(path); // a missing file is reported by the reader, with the others still counted
      continue;
    }
    const entries = (await fs.readdir(path)).filter((name) => REGISTER_FILE.test(name) && !name.startsWith("~$")).sort();
    files.push(...entries.map((name) => nodePath.join(path, name)));
  }
  return files;
}
