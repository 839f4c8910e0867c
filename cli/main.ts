/**
 * po-followup: the follow-up report from an .xlsx file, without Excel (issue 7).
 * Thin: arguments, files, email, exit codes. Everything computed comes from src/.
 */
import { CliError, EXIT, cliText, langFrom, processIo, type CliIo } from "./io";
import { isCommand, parseCommand, passwordOnCommandLine } from "./args";
import { reasonOf } from "../src/xlsx/readWorkbook";
import { terminalJson, visibleControls } from "../src/report/plainText";

export async function main(argv: readonly string[], rawIo: CliIo = processIo()): Promise<number> {
  // Whatever a cell holds, nothing printed can drive the terminal (src/report/plainText.ts).
  const io: CliIo = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(visibleControls(text)),
    stderr: (text) => rawIo.stderr(visibleControls(text)),
  };
  const [command, ...rest] = argv;
  const langOption = argv.find((a, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const lang = langFrom(langOption, io.env) ?? "en";
  const t = cliText(lang);
  const fail = (error: CliError): number => {
    if (argv.includes("--json")) io.stdout(`${terminalJson({ ok: false, error: error.code, message: error.message }, 0)}\n`);
    io.stderr(`po-followup: ${error.message}\n`);
    return error.exitCode;
  };
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(`${t("usage")}\n`);
    return command === undefined ? EXIT.unreadable : EXIT.ok;
  }
  if (!isCommand(command)) return fail(new CliError(t("errUnknownCommand", { command }), EXIT.unreadable, "unknownCommand"));
  if (passwordOnCommandLine(rest)) return fail(new CliError(t("errPasswordOnCommandLine"), EXIT.unreadable, "passwordOnCommandLine"));
  if (langOption !== undefined && langFrom(langOption, io.env) === undefined)
    return fail(new CliError(t("errBadLang", { value: langOption }), EXIT.unreadable, "arguments"));
  try {
    const args = parseCommand(command, rest);
    if (args.values.help) {
      io.stdout(`${t("usage")}\n`);
      return EXIT.ok;
    }
    // Each command's module is loaded when it runs: `check` never loads the writers, exceljs or the mailer.
    if (command === "check") return await (await import("./check")).runCheck(args, io, t, lang);
    if (command === "report" && args.values.consolidate) return await (await import("./consolidate")).runConsolidate(args, io, t, lang);
    if (command === "report") return await (await import("./report")).runReport(args, io, t, lang);
    if (command === "impact") return await (await import("./impact")).runImpact(args, io, t, lang);
    return await (await import("./send")).runSend(args, io, t, lang);
  } catch (error) {
    if (error instanceof CliError) return fail(error);
    if (error instanceof TypeError && /ERR_PARSE_ARGS/.test(String((error as { code?: string }).code)))
      return fail(new CliError(t("errArguments", { message: error.message }), EXIT.unreadable, "arguments"));
    io.stderr(`po-followup: ${reasonOf(error)}\n`);
    if (error instanceof Error && error.stack && io.env.PO_FOLLOWUP_DEBUG) io.stderr(`${error.stack}\n`);
    return EXIT.unreadable;
  }
}
