/** Command-line options, parsed with Node's util.parseArgs (strict: unknown options are errors). */
import { parseArgs } from "node:util";

const SOURCE = {
  sheet: { type: "string" },
  table: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  "stream-above-mb": { type: "string" },
} as const;

/** What `report` and `send` both build: one register's report. */
const ONE_REPORT = {
  ...SOURCE,
  "as-of": { type: "string" },
  period: { type: "string" },
  out: { type: "string", short: "o" },
  html: { type: "string" },
  text: { type: "string" },
} as const;

const REPORT = {
  ...ONE_REPORT,
  /** Many registers into one department KPI workbook (cli/consolidate.ts); `send` has no such mode. */
  consolidate: { type: "boolean" },
} as const;

const SEND = {
  ...ONE_REPORT,
  to: { type: "string", multiple: true },
  from: { type: "string" },
  subject: { type: "string" },
  "smtp-host": { type: "string" },
  "smtp-port": { type: "string" },
  "smtp-user": { type: "string" },
  "smtp-secure": { type: "boolean" },
  config: { type: "string" },
  "allow-insecure-auth": { type: "boolean" },
  suppliers: { type: "boolean" },
  "dry-run": { type: "string" },
  "sent-log": { type: "string" },
  rate: { type: "string" },
} as const;

const IMPACT = {
  ...SOURCE,
  "as-of": { type: "string" },
  out: { type: "string", short: "o" },
} as const;

export const COMMAND_OPTIONS = { report: REPORT, check: SOURCE, send: SEND, impact: IMPACT } as const;
export type Command = keyof typeof COMMAND_OPTIONS;

export interface ParsedArgs {
  command: Command;
  file: string | undefined;
  /** Every file or folder named (`report --consolidate` reads them all). */
  files: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export function isCommand(word: string | undefined): word is Command {
  return word === "report" || word === "check" || word === "send" || word === "impact";
}

/** Throws TypeError (from parseArgs) on an unknown option or a missing value. */
export function parseCommand(command: Command, argv: readonly string[]): ParsedArgs {
  const { values, positionals } = parseArgs({ args: [...argv], options: COMMAND_OPTIONS[command], allowPositionals: true, strict: true });
  return { command, file: positionals[0], files: positionals, values: values as ParsedArgs["values"] };
}

/** A password must never be given on the command line (it would sit in the shell history and `ps`). */
export function passwordOnCommandLine(argv: readonly string[]): boolean {
  return argv.some((a) => /^--(smtp-)?pass(word)?(=|$)/i.test(a));
}
