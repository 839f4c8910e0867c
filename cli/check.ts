/** `po-followup check`: the detected mapping and every problem cell. Exit 0 clean, 1 problems, 2 unreadable. */
import type { Lang } from "../src/i18n/i18n";
import { gridName } from "../src/xlsx/readWorkbook";
// From the modules themselves, not src/pipeline's index: that loads the report builders, which `check` never needs.
import { cellIssues, runPipeline } from "../src/pipeline/runPipeline";
import { settingsProblemTexts } from "../src/pipeline/settingsProblems";
import { describeIssue, expectedOf } from "../src/register/describeIssue";
import { describeSettingsError } from "../src/settings/describeSettingsError";
import { fieldLabel } from "../src/register/fields";
import { columnLetter } from "../src/register/columnLetter";
import { terminalJson } from "../src/report/plainText";
import { CliError, EXIT, type CliIo, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { readSource } from "./source";
import { isLargeRead } from "./releaseMemory";

/** Problems listed in the text output; --json lists them all. */
const TEXT_LIMIT = 500;

export async function runCheck(args: ParsedArgs, io: CliIo, t: CliText, lang: Lang): Promise<number> {
  const read = await readSource(args, io, t);
  // The same pipeline as the report and the add-in; `check` parses only (no asOf: nothing is evaluated).
  // A large register's rows are let go as the parse reads them: nothing below reads the cells.
  const releaseRows = isLargeRead(read);
  const model = runPipeline(read.sources, { asOf: 0, evaluate: false, releaseRows });
  const { parsed, register } = model;
  if (!parsed || !register) throw new CliError(t("errNoRegister", { path: read.path }), EXIT.unreadable, "noRegister");
  const { chases, settled, notes } = model;
  const dateSystem = read.sources.dateSystem;
  const chaseLog = read.sources.chaseLog;
  const { detection } = parsed;
  const problems = cellIssues(model);
  const settingsProblems = settingsProblemTexts(settled, lang);
  const mapping = detection.matches.map((m) => ({
    field: m.field,
    column: columnLetter(register.firstColumn + m.column),
    header: m.header,
    confidence: m.confidence,
  }));
  const code = problems.length === 0 && settingsProblems.length === 0 ? EXIT.ok : EXIT.problems;

  if (args.values.json) {
    io.stdout(
      `${terminalJson({
        ok: code === EXIT.ok,
        file: read.path,
        dateSystem,
        streamed: read.streamed,
        register: { sheet: register.sheet, table: register.tableName, headerRow: register.headerRow, lines: parsed.lines.length },
        mapping,
        missing: detection.missingRequired,
        unmapped: detection.unmapped.map((u) => ({ column: columnLetter(register.firstColumn + u.column), header: u.header })),
        chases: chaseLog ? { sheet: chaseLog.sheet, table: chaseLog.tableName, entries: chases.length } : null,
        notes: notes.map((p) => ({
          sheet: p.sheet,
          row: p.row,
          column: p.column,
          code: p.code,
          value: p.value ?? null,
          message: describeIssue(p, lang),
        })),
        settings: {
          problems: settled.problems.map((p) => ({ field: p.field, code: p.code, message: describeSettingsError(p, lang) })),
          record: settled.recordProblem,
        },
        problems: problems.map((p) => ({
          sheet: p.sheet,
          row: p.row,
          column: p.column,
          header: p.header,
          field: p.field,
          value: p.value ?? null,
          code: p.code,
          expected: expectedOf(p, lang),
          message: describeIssue(p, lang),
        })),
      })}\n`,
    );
    return code;
  }

  const out: string[] = [
    t("checkRegister", { where: gridName(register), row: register.headerRow, lines: parsed.lines.length, system: dateSystem }),
    t("checkMapping"),
    ...mapping.map((m) =>
      t("checkMapped", { field: fieldLabel(m.field, lang), column: m.column, header: m.header, confidence: m.confidence }),
    ),
    ...detection.missingRequired.map((f) => t("checkMissing", { field: fieldLabel(f, lang) })),
  ];
  if (detection.unmapped.length > 0) out.push(t("checkUnmapped", { headers: detection.unmapped.map((u) => u.header).join(", ") }));
  out.push(chaseLog ? t("checkChases", { where: gridName(chaseLog), entries: chases.length }) : t("checkNoChases"));
  if (settingsProblems.length > 0) {
    out.push(t("checkSettings", { count: settingsProblems.length }));
    for (const text of settingsProblems) out.push(`  ${text}`);
  }
  if (notes.length > 0) {
    // Informational: nothing is lost and the figures are the same; the exit code does not change.
    out.push(t("checkNotes", { count: notes.length }));
    for (const note of notes.slice(0, TEXT_LIMIT)) out.push(`  ${describeIssue(note, lang)}`);
    if (notes.length > TEXT_LIMIT) out.push(t("checkMore", { count: notes.length - TEXT_LIMIT }));
  }
  if (code === EXIT.ok) out.push(t("checkClean"));
  else if (problems.length > 0) {
    out.push(t("checkProblems", { count: problems.length }));
    for (const p of problems.slice(0, TEXT_LIMIT)) out.push(`  ${describeIssue(p, lang)}`);
    if (problems.length > TEXT_LIMIT) out.push(t("checkMore", { count: problems.length - TEXT_LIMIT }));
  }
  io.stdout(`${out.join("\n")}\n`);
  return code;
}
