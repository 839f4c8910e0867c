/** `po-followup check`: the detected mapping and every problem cell. Exit 0 clean, 1 problems, 2 unreadable. */
import type { Lang } from "../src/i18n/i18n";
import { parseSources, gridName } from "../src/xlsx";
import { describeIssue, expectedOf } from "../src/register/describeIssue";
import { fieldLabel } from "../src/register/fields";
import { columnLetter } from "../src/register/columnLetter";
import { EXIT, type CliIo, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { readSource } from "./source";

/** Problems listed in the text output; --json lists them all. */
const TEXT_LIMIT = 500;

export async function runCheck(args: ParsedArgs, io: CliIo, t: CliText, lang: Lang): Promise<number> {
  const read = await readSource(args, io, t);
  const { parsed, chases, chaseIssues } = parseSources(read);
  const { register } = read;
  const { detection } = parsed;
  const problems = [...parsed.issues, ...chaseIssues];
  const mapping = detection.matches.map((m) => ({ field: m.field, column: columnLetter(register.firstColumn + m.column), header: m.header, confidence: m.confidence }));
  const code = problems.length === 0 ? EXIT.ok : EXIT.problems;

  if (args.values.json) {
    io.stdout(
      `${JSON.stringify(
        {
          ok: problems.length === 0,
          file: read.path,
          dateSystem: read.dateSystem,
          streamed: read.streamed,
          register: { sheet: register.sheet, table: register.tableName, headerRow: register.firstRow, lines: parsed.lines.length },
          mapping,
          missing: detection.missingRequired,
          unmapped: detection.unmapped.map((u) => ({ column: columnLetter(register.firstColumn + u.column), header: u.header })),
          chases: read.chases ? { sheet: read.chases.sheet, table: read.chases.tableName, entries: chases.length } : null,
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
        },
        null,
        2,
      )}\n`,
    );
    return code;
  }

  const out: string[] = [
    t("checkRegister", { where: gridName(register), row: register.firstRow, lines: parsed.lines.length, system: read.dateSystem }),
    t("checkMapping"),
    ...mapping.map((m) => t("checkMapped", { field: fieldLabel(m.field, lang), column: m.column, header: m.header, confidence: m.confidence })),
    ...detection.missingRequired.map((f) => t("checkMissing", { field: fieldLabel(f, lang) })),
  ];
  if (detection.unmapped.length > 0) out.push(t("checkUnmapped", { headers: detection.unmapped.map((u) => u.header).join(", ") }));
  out.push(read.chases ? t("checkChases", { where: gridName(read.chases), entries: chases.length }) : t("checkNoChases"));
  if (problems.length === 0) out.push(t("checkClean"));
  else {
    out.push(t("checkProblems", { count: problems.length }));
    for (const p of problems.slice(0, TEXT_LIMIT)) out.push(`  ${describeIssue(p, lang)}`);
    if (problems.length > TEXT_LIMIT) out.push(t("checkMore", { count: problems.length - TEXT_LIMIT }));
  }
  io.stdout(`${out.join("\n")}\n`);
  return code;
}
