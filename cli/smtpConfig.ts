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
  try {
    const json = JSON.parse(await fs.readFile(path, "utf8")) as unknown;
    return json && typeof json === "object" ? (json as ConfigFile) : {};
  } catch (error) {
    throw new CliError(t("errConfig", { path, reason: reasonOf(error) }), EXIT.unreadable, "config");
  }
}

export async function smtpSettings(args: ParsedArgs, io: CliIo, t: CliText): Promise<SmtpSettings> {
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
  if (to.length === 0) throw missing("--to");
  if (!from) throw missing("--from");
  const secure = (v["smtp-secure"] as boolean | undefined) ?? bool(env.PO_SMTP_SECURE) ?? bool(smtp.secure) ?? port === 465;
  const password = env.PO_SMTP_PASSWORD ?? (typeof smtp.password === "string" ? smtp.password : null);
  return { host, port, secure, user, password: password ?? null, from, to };
}
