/** Reading the workbook for any command: failures become CliErrors with the catalogue's message. */
// From the modules themselves, not src/xlsx's index: that loads the writers (and exceljs), which `check` never needs.
import { readWorkbook, megabytes, type ReadFailureCode, type WorkbookRead } from "../src/xlsx/readWorkbook";
import { csvInfoOf, encodingLabel, delimiterLabel } from "../src/xlsx/readCsv";
import { CliError, EXIT, type CliIo, type CliKey, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { LARGE_FILE_BYTES, boundHeapGrowth } from "./releaseMemory";

const FAILURE_KEY: Record<ReadFailureCode, CliKey> = {
  notFound: "errNotFound",
  symlinkLoop: "errSymlinkLoop",
  notReadable: "errNotReadable",
  notAFile: "errNotAFile",
  empty: "errEmpty",
  encrypted: "errEncrypted",
  legacyXls: "errLegacyXls",
  notXlsx: "errNotXlsx",
  tooLarge: "errTooLarge",
  noRegister: "errNoRegister",
  tableNotFound: "errTableNotFound",
  sheetNotFound: "errSheetNotFound",
};

export async function readSource(args: ParsedArgs, io: CliIo, t: CliText): Promise<WorkbookRead> {
  const file = args.file;
  if (!file) throw new CliError(t("errMissingFile"), EXIT.unreadable, "missingFile");
  const sheet = args.values.sheet as string | undefined;
  const table = args.values.table as string | undefined;
  if (sheet && table) throw new CliError(t("errSheetAndTable"), EXIT.unreadable, "arguments");
  const streamAboveMb = Number(args.values["stream-above-mb"] ?? NaN);
  const outcome = await readWorkbook(file, {
    sheet,
    table,
    streamAboveBytes: Number.isFinite(streamAboveMb) ? streamAboveMb * 1024 * 1024 : undefined,
    onProgress: (p) => {
      // Known here, before any part is read; the bound then holds for the rest of the process (a consolidation's later files too).
      if (p.kind === "reading" && p.size >= LARGE_FILE_BYTES) boundHeapGrowth();
      if (p.kind === "reading") io.stderr(`${t("progressReading", { path: file, size: megabytes(p.size) })}\n`);
      else io.stderr(`${t("progressRead", { rows: p.rows, where: p.where, ms: p.ms })}\n`);
    },
  });
  if (!outcome.ok) {
    const csvProblem = CSV_PROBLEM_KEY[String(outcome.params.problem)];
    if (csvProblem) {
      const params = { ...outcome.params, delimiter: delimiterLabel(String(outcome.params.delimiter ?? ","), t("csvTab")) };
      throw new CliError(t(csvProblem[0], params), EXIT.unreadable, csvProblem[1]);
    }
    const params = outcome.code === "notXlsx" ? { ...outcome.params, reason: reasonText(outcome.params, t) } : outcome.params;
    throw new CliError(t(FAILURE_KEY[outcome.code], params), EXIT.unreadable, outcome.code);
  }
  const csv = csvInfoOf(outcome.read);
  if (csv)
    io.stderr(
      `${t("csvReadNote", { encoding: encodingLabel(csv.encoding), delimiter: delimiterLabel(csv.delimiter, t("csvTab")), rows: csv.rows })}\n`,
    );
  return outcome.read;
}

/** A CSV that cannot be read (src/xlsx/readCsv.ts CsvProblem): its message and the --json error code. */
const CSV_PROBLEM_KEY: Record<string, [CliKey, string]> = {
  lineTooLong: ["errCsvLineTooLong", "csvLineTooLong"],
  tooManyColumns: ["errCsvTooManyColumns", "csvTooManyColumns"],
  tooManyRows: ["errCsvTooManyRows", "csvTooManyRows"],
  unclosedQuote: ["errCsvUnclosedQuote", "csvUnclosedQuote"],
  malformed: ["errCsvMalformed", "csvMalformed"],
  noValues: ["errCsvNoValues", "csvNoValues"],
  noHeader: ["errCsvNoHeader", "csvNoHeader"],
};

/** The reason a file is not a workbook, in the user's language (the zip library's own words kept as detail). */
function reasonText(params: Record<string, string | number>, t: CliText): string {
  const reason = String(params.reason ?? "");
  if (reason === "xml" || reason === "csv" || reason === "text" || reason === "notZip") return t(`reason_${reason}`);
  if (reason === "zipBomb_total" || reason === "zipBomb_ratio" || reason === "zipBomb_lyingSize")
    return t(`reason_${reason}`, { part: String(params.part), size: String(params.size), ratio: String(params.ratio) });
  if (reason === "tooManyCells")
    return t("reason_tooManyCells", { where: String(params.where), limit: Number(params.limit).toLocaleString("en") });
  if (reason === "damagedAt") return t("reason_damagedAt", { place: placeText(params, t), detail: String(params.detail) });
  return t("reason_damaged", { detail: String(params.detail ?? reason) });
}

/** Where a damaged part was met (src/xlsx XmlPlace, as the read's failure params), in the user's language. */
function placeText(params: Record<string, string | number>, t: CliText): string {
  const container =
    params.sheet !== undefined ? t("place_sheet", { sheet: String(params.sheet) }) : params.part !== undefined ? String(params.part) : "";
  const row = params.row !== undefined ? t("place_row", { row: Number(params.row) }) : "";
  const column = params.column !== undefined ? t("place_column", { column: String(params.column) }) : "";
  return [container, row, column].filter(Boolean).join(t("place_separator"));
}
