/** `po-followup impact`: the Customer impact file for sales (a new workbook of our own; the register is only read). */
import * as nodePath from "node:path";
import ExcelJS from "exceljs";
import type { Lang } from "../src/i18n/i18n";
import { runPipeline, reportReadiness } from "../src/pipeline";
import { customerImpactTable, type CustomerImpactTable } from "../src/report/customerImpactSheet";
import { fieldList } from "../src/register/fields";
import { isSameFile } from "../src/xlsx";
import { reasonOf } from "../src/xlsx/readWorkbook";
import { terminalJson } from "../src/report/plainText";
import { CliError, EXIT, type CliIo, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { readSource } from "./source";
import { parseAsOf } from "./report";

/** Serial 25569 is 1970-01-01 in the 1900 date system (the engine's serials). */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

export async function runImpact(args: ParsedArgs, io: CliIo, t: CliText, lang: Lang): Promise<number> {
  const asOf = parseAsOf(args.values["as-of"] as string | undefined, io, t);
  const out = args.values.out as string | undefined;
  if (out && args.file && (await isSameFile(args.file, out))) throw new CliError(t("errOutIsInput"), EXIT.unreadable, "outIsInput");
  const read = await readSource(args, io, t);
  const model = runPipeline(read.sources, { asOf });
  const { blocker } = reportReadiness(read.sources, model);
  if (blocker?.reason === "unmapped")
    throw new CliError(t("errMissingRequired", { sheet: read.register.sheet, fields: fieldList(blocker.missing, lang) }), EXIT.unreadable, "missingRequired");
  if (blocker) throw new CliError(t("errNoLines", { sheet: read.register.sheet }), EXIT.unreadable, "noLines");
  if (!model.customerImpact) throw new CliError(t("errNoSalesOrders", { sheet: read.register.sheet }), EXIT.unreadable, "noSalesOrders");
  const table = customerImpactTable(model.customerImpact, (key) => model.predictions?.get(key), lang);
  const parsed = nodePath.parse(read.path);
  const target = out ?? nodePath.join(parsed.dir, `${parsed.name} - ${table.sheetName}.xlsx`);
  if (await isSameFile(read.path, target)) throw new CliError(t("errOutIsInput"), EXIT.unreadable, "outIsInput");
  try {
    await impactWorkbook(table).xlsx.writeFile(target);
  } catch (error) {
    throw new CliError(t("errWrite", { path: target, reason: reasonOf(error) }), EXIT.unreadable, "write");
  }
  const orders = model.customerImpact.length;
  const atRisk = model.customerImpact.filter((o) => o.atRisk).length;
  if (args.values.json) io.stdout(`${terminalJson({ ok: true, out: target, salesOrders: orders, atRisk, lines: table.rows.length })}\n`);
  else io.stdout(`${t("wroteImpact", { path: target, count: orders, atRisk })}\n`);
  return EXIT.ok;
}

/** One sheet: title, note, the table (dates as dates, text always as text: "=…" is never a formula). */
export function impactWorkbook(table: CustomerImpactTable): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = table.note;
  const header = sheet.getRow(4);
  table.columns.forEach((column, i) => {
    header.getCell(i + 1).value = column.header;
    sheet.getColumn(i + 1).width = column.type === "date" ? 12 : column.type === "text" ? 18 : 10;
  });
  header.font = { bold: true };
  if (table.rows.length === 0) sheet.getCell(5, 1).value = table.emptyText;
  table.rows.forEach((cells, r) => {
    const row = sheet.getRow(5 + r);
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      if (table.columns[c].type === "date" && typeof value === "number") {
        cell.value = new Date((value - UNIX_EPOCH_SERIAL) * DAY_MS);
        cell.numFmt = "yyyy-mm-dd";
      } else if (typeof value !== "object") cell.value = value;
    });
  });
  sheet.views = [{ state: "frozen", ySplit: 4 }];
  return workbook;
}
