/**
 * SMTP settings for `send`, from (first wins) the command line, the environment, the config file.
 * The password comes only from PO_SMTP_PASSWORD or the config file.
 *
 * Config file (--config FILE, else $PO_FOLLOWUP_CONFIG), JSON:
 *   { "smtp": { "host": "smtp.example.com", "port": 587, "secure": false, "user": "u", "password": "p", "from": "PO <po@example.com>" },
 *     "to": ["team@example.com"] }
 * Environment: PO_SMTP_HOST, PO_SMTP_PORT, PO_SMTP_SECURE (true/false), PO_SMTP_USER, PO_SMTP_PASSWORD, PO_SMTP_FROM, PO_SMTP_TO (comma-separated).
 */
import { promises as fs } from "node:fs";
import { CliError, EXIT, type CliIo, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { reasonOf } from "../src/xlsx/readWorkbook";

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
  to: string[];
  /** --allow-insecure-auth: authenticate even where the server offers no STARTTLS (a trusted relay only). */
  allowInsecureAuth: boolean;
}

interface ConfigFile {
  smtp?: { host?: unknown; port?: unknown; secure?: unknown; user?: unknown; password?: unknown; from?: unknown };
  to?: unknown;
}

const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : undefined;
const list = (v: unknown): string[] | undefined => {
  if (Array.isArray(v))
    return v
      .map(String)
      .map((s) => s.trim())
      .filter(Boolean);
  const s = str(v);
  return s
    ? s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;
};
const bool = (v: unknown): boolean | undefined =>
  typeof v === "boolean" ? v : typeof v === "string" ? /^(1|true|yes)$/i.test(v.trim()) : undefined;

async function readConfig(path: string | undefined, t: CliText): Promise<ConfigFile> {
  if (!path) return {};
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (error) {
    throw new CliError(t("errConfig", { path, reason: reasonOf(error) }), EXIT.unreadable, "config");
  }
  try {
    const json = JSON.parse(text) as unknown;
    return json && typeof json === "object" ? (json as ConfigFile) : {};
  } catch (error) {
    // JSON.parse's message may quote the text around the fault, which can be the password: say only where.
    const place = jsonErrorPlace(text, error);
    if (!place) throw new CliError(t("errConfigJsonNoPlace", { path }), EXIT.unreadable, "config");
    throw new CliError(t("errConfigJson", { path, line: place.line, column: place.column }), EXIT.unreadable, "config");
  }
}

/** Line and column (1-based) of a JSON.parse error, from the position V8 reports; null when it reports none. */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : "";
  const at = /\bline (\d+) column (\d+)/.exec(message);
  if (at) return { line: Number(at[1]), column: Number(at[2]) };
  const position = /\bposition (\d+)/.exec(message);
  // "Unexpected end of JSON input": the fault is at the end of the text.
  const offset = position ? Math.min(Number(position[1]), text.length) : /end of JSON input/i.test(message) ? text.length : -1;
  if (offset < 0) return null;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** `needsTo`: false for supplier letters, whose recipients come from the register. */
export async function smtpSettings(args: ParsedArgs, io: CliIo, t: CliText, needsTo = true): Promise<SmtpSettings> {
  const v = args.values;
  const env = io.env;
  const file = await readConfig((v.config as string | undefined) ?? env.PO_FOLLOWUP_CONFIG, t);
  const smtp = file.smtp ?? {};
  const host = str(v["smtp-host"]) ?? str(env.PO_SMTP_HOST) ?? str(smtp.host);
  const portText = str(v["smtp-port"]) ?? str(env.PO_SMTP_PORT) ?? str(smtp.port);
  const to = list(v.to) ?? list(env.PO_SMTP_TO) ?? list(file.to) ?? [];
  const user = str(v["smtp-user"]) ?? str(env.PO_SMTP_USER) ?? str(smtp.user) ?? null;
  const from = str(v.from) ?? str(env.PO_SMTP_FROM) ?? str(smtp.from) ?? user ?? undefined;
  const missing = (what: string) => new CliError(t("errSmtpMissing", { what }), EXIT.unreadable, "smtpMissing");
  if (!host) throw missing("--smtp-host");
  const port = Number(portText);
  if (!portText || !Number.isInteger(port) || port <= 0 || port > 65535) throw missing("--smtp-port");
  if (needsTo && to.length === 0) throw missing("--to");
  if (!from) throw missing("--from");
  const secure = (v["smtp-secure"] as boolean | undefined) ?? bool(env.PO_SMTP_SECURE) ?? bool(smtp.secure) ?? port === 465;
  const password = env.PO_SMTP_PASSWORD ?? (typeof smtp.password === "string" ? smtp.password : null);
  const allowInsecureAuth = v["allow-insecure-auth"] === true;
  return { host, port, secure, user, password: password ?? null, from, to, allowInsecureAuth };
}
