/** What the headless benches share: a generated register written as an .xlsx table, and a timed child process with its peak RSS. */
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { generateRegister, GENERATED_AS_OF } from "../src/sample";

export const BIN = path.join(__dirname, "..", "bin", "po-followup.js");
const DATE_COLUMNS = new Set(["Order date", "Requested date", "Promised date", "Received date", "Last chase", "Next chase"]);
/** Loaded into each child (`--require`): prints its peak RSS (KB on Linux) and user CPU (µs) when it exits. */
export const PEAK = `process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("\\nPEAK_RSS_KB=" + u.maxRSS + " USER_US=" + u.userCPUTime + "\\n"); });`;

/** A generated register (`seed` picks its lines) as table "Register", dates formatted as dates. */
export async function writeRegister(file: string, lines: number, seed = 1): Promise<void> {
  const values = generateRegister(lines, seed, GENERATED_AS_OF);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Register");
  sheet.addTable({
    name: "Register",
    ref: "A1",
    headerRow: true,
    columns: values[0].map((h) => ({ name: String(h), filterButton: true })),
    rows: values.slice(1).map((r) => r.map((v) => (v === "" ? null : v))),
  });
  values[0].forEach((h, c) => {
    if (DATE_COLUMNS.has(String(h))) sheet.getColumn(c + 1).numFmt = "yyyy-mm-dd";
  });
  await workbook.xlsx.writeFile(file);
}

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/**
 * The same register as writeRegister (same lines, columns, shared strings, date formats, table
 * "Register" with filter buttons), written row by row by exceljs's streaming writer: a full sheet
 * (1,048,575 lines) costs the generated values, not exceljs's whole-workbook model (gigabytes).
 * The streaming writer has no tables: the table part, its relationship, the sheet's tableParts and
 * the content type are added here, as exceljs's whole writer writes them.
 */
export async function writeRegisterStreamed(file: string, lines: number, seed = 1): Promise<void> {
  const values = generateRegister(lines, seed, GENERATED_AS_OF);
  const headers = values[0].map(String);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = workbook.addWorksheet("Register");
  // Before any row: a cell takes its column's style (the whole writer styles the header alike).
  headers.forEach((h, c) => {
    if (DATE_COLUMNS.has(h)) sheet.getColumn(c + 1).numFmt = "yyyy-mm-dd";
  });
  const internal = sheet as unknown as {
    _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
    _writeCloseWorksheet(): void;
    _write(text: string): void;
  };
  const tableRel = internal._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: "../tables/table1.xml" });
  internal._writeCloseWorksheet = () => internal._write(`<tableParts count="1"><tablePart r:id="${tableRel}"/></tableParts></worksheet>`);
  const book = workbook as unknown as {
    zip: { append(data: string, options: { name: string }): void };
    addContentTypes(): Promise<void>;
  };
  const addContentTypes = book.addContentTypes.bind(book);
  book.addContentTypes = async () => {
    // exceljs's content-types writer lists tables from its model: give it ours.
    const appended = book.zip.append.bind(book.zip);
    book.zip.append = (data, options) =>
      appended(
        options.name === "[Content_Types].xml"
          ? data.replace("</Types>", `<Override PartName="/xl/tables/table1.xml" ContentType="${TABLE_TYPE}"/></Types>`)
          : data,
        options,
      );
    await addContentTypes();
    book.zip.append = appended;
  };
  for (let r = 0; r < values.length; r++) {
    sheet.addRow(r === 0 ? headers : values[r].map((v) => (v === "" ? null : v))).commit();
    values[r] = []; // written: its values are not needed any more
  }
  const ref = `A1:${columnName(headers.length)}${values.length}`;
  book.zip.append(tableXml(ref, headers), { name: "xl/tables/table1.xml" });
  await workbook.commit();
}

function tableXml(ref: string, headers: readonly string[]): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const filters = headers.map((_, c) => `<filterColumn colId="${c}" hiddenButton="0"/>`).join("");
  const columns = headers.map((h, c) => `<tableColumn id="${c + 1}" name="${escape(h)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Register" displayName="Register" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>`
  );
}

/** 1 → "A", 21 → "U", 27 → "AA". */
function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export interface TimedRun {
  ms: number;
  /** User CPU time of the child (from PEAK), NaN when it died before printing it. */
  userMs: number;
  rssMb: number;
  ok: boolean;
  /** The child's exit status (null when killed by a signal, e.g. out of memory or the time limit). */
  status: number | null;
  signal: string | null;
  stderr: string;
}

/** Runs `node args…`: wall time, user CPU and peak RSS (from PEAK), whether it exited 0 (its stderr is shown when not, unless `quiet`). */
export function timed(args: string[], options: { timeoutMs?: number; quiet?: boolean } = {}): TimedRun {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  const us = Number(/USER_US=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  if (child.status !== 0 && !options.quiet) process.stderr.write(child.stderr);
  return {
    ms,
    userMs: us / 1000,
    rssMb: kb / 1024,
    ok: child.status === 0,
    status: child.status,
    signal: child.signal,
    stderr: child.stderr ?? "",
  };
}
