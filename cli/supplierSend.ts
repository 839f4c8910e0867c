/**
 * `po-followup send --suppliers`: one letter to each supplier with lines to chase now (the engine's
 * rule), in its language, signed with the buyer's and company's names from settings; addresses from
 * the register's supplier e-mail column. `--dry-run DIR` writes the letters as .eml files instead.
 * Each letter sent is added to the sent log beside the register (cli/sentLog.ts), which the next run
 * reads, so no supplier is written to again inside its minimum gap. At most --rate letters a minute.
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import nodemailer from "nodemailer";
import type { Lang } from "../src/i18n/i18n";
import { runPipeline } from "../src/pipeline";
import { formatIsoDate } from "../src/dates/serial";
import { mailAddresses } from "../src/report/mailto";
import { supplierLetters, type SupplierLetter } from "../src/report/supplierLetters";
import { terminalJson } from "../src/report/plainText";
import { reasonOf } from "../src/xlsx/readWorkbook";
import { CliError, EXIT, type CliIo, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { parseAsOf } from "./report";
import { readSource } from "./source";
import { smtpSettings, type SmtpSettings } from "./smtpConfig";
import { sendFailure, smtpTransport } from "./smtpTransport";
import { defaultSentLogPath, readSentLog, sentChases, writeSentLog, type SentLetter, type SentLog } from "./sentLog";
import { redactSecrets, secretForms } from "./redact";

export const MAX_RATE = 60;
const DEFAULT_RATE = 10;

interface Tally {
  sent: number;
  drafted: number;
  held: number;
  noEmail: number;
  failed: number;
}

export async function runSupplierSend(args: ParsedArgs, io: CliIo, t: CliText, lang: Lang): Promise<number> {
  const draftDir = args.values["dry-run"] as string | undefined;
  const rate = parseRate(args.values.rate as string | undefined, t);
  // A real send needs its SMTP settings before any work; a dry run only a sender.
  const smtp = draftDir === undefined ? await smtpSettings(args, io, t, false) : null;
  const from = smtp?.from ?? draftFrom(args, io, t);
  const asOf = parseAsOf(args.values["as-of"] as string | undefined, io, t);
  const read = await readSource(args, io, t);
  const logPath = (args.values["sent-log"] as string | undefined) ?? defaultSentLogPath(read.path);
  const log = await openSentLog(logPath, t);
  const model = runPipeline(read.sources, { asOf, outsideChases: sentChases(log), predictions: false }); // letters show none
  const { letters, heldBack } = supplierLetters(model.statuses, model.settled.settings, asOf, lang);
  const tally: Tally = { sent: 0, drafted: 0, held: heldBack.length, noEmail: 0, failed: 0 };
  // With --json, stdout holds the JSON alone: the per-supplier lines go to stderr.
  const say = (text: string) => (args.values.json ? io.stderr(`${text}\n`) : io.stdout(`${text}\n`));
  const report: Record<string, unknown>[] = [];
  for (const group of heldBack) {
    const held = group.heldBack!;
    say(t("supplierHeldBack", { supplier: group.supplier, date: formatIsoDate(held.lastSupplierChase), until: formatIsoDate(held.until) }));
    report.push({ supplier: group.supplier, status: "heldBack", until: formatIsoDate(held.until) });
  }
  const ready = letters.filter((l) => {
    if (mailAddresses(l.group.supplierEmail).length > 0) return true;
    tally.noEmail++;
    say(t("supplierNoEmail", { supplier: l.group.supplier }));
    report.push({ supplier: l.group.supplier, status: "noEmail" });
    return false;
  });
  if (draftDir !== undefined) await writeDrafts(ready, from, draftDir, say, t, tally, report);
  else await sendLetters(ready, smtp!, { asOf: formatIsoDate(asOf), rate, log, logPath }, io, say, t, tally, report);
  io.stderr(`${t("suppliersDone", { ...tally })}\n`);
  if (args.values.json)
    io.stdout(`${terminalJson({ ok: tally.failed === 0, asOf: formatIsoDate(asOf), sentLog: logPath, ...tally, suppliers: report })}\n`);
  return tally.failed > 0 ? EXIT.sendFailed : EXIT.ok;
}

function parseRate(value: string | undefined, t: CliText): number {
  if (value === undefined) return DEFAULT_RATE;
  const rate = Number(value);
  if (!Number.isInteger(rate) || rate < 1 || rate > MAX_RATE)
    throw new CliError(t("errBadRate", { value, max: MAX_RATE }), EXIT.unreadable, "arguments");
  return rate;
}

function draftFrom(args: ParsedArgs, io: CliIo, t: CliText): string {
  const from = (args.values.from as string | undefined)?.trim() || io.env.PO_SMTP_FROM?.trim();
  if (!from) throw new CliError(t("errSmtpMissing", { what: "--from" }), EXIT.unreadable, "smtpMissing");
  return from;
}

async function openSentLog(path: string, t: CliText): Promise<SentLog> {
  try {
    return await readSentLog(path);
  } catch (error) {
    throw new CliError(t("errSentLog", { path, reason: reasonOf(error) }), EXIT.unreadable, "sentLog");
  }
}

function message(l: SupplierLetter, from: string) {
  return { from, to: mailAddresses(l.group.supplierEmail), subject: l.letter.subject, text: l.letter.text, html: l.letter.html };
}

type Say = (text: string) => void;

async function writeDrafts(
  ready: SupplierLetter[],
  from: string,
  dir: string,
  say: Say,
  t: CliText,
  tally: Tally,
  report: Record<string, unknown>[],
) {
  await fs.mkdir(dir, { recursive: true });
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  for (const [i, l] of ready.entries()) {
    const info = await composer.sendMail(message(l, from));
    const path = nodePath.join(dir, `${String(i + 1).padStart(3, "0")} ${fileSafe(l.group.supplier)}.eml`);
    await fs.writeFile(path, info.message as Buffer);
    tally.drafted++;
    say(t("supplierDrafted", { supplier: l.group.supplier, path, count: l.group.lines.length }));
    report.push({ supplier: l.group.supplier, status: "drafted", lang: l.lang, path, lines: l.group.lines.length });
  }
}

interface SendRun {
  asOf: string;
  rate: number;
  log: SentLog;
  logPath: string;
}

async function sendLetters(
  ready: SupplierLetter[],
  smtp: SmtpSettings,
  run: SendRun,
  io: CliIo,
  say: Say,
  t: CliText,
  tally: Tally,
  report: Record<string, unknown>[],
) {
  const transport = smtpTransport(smtp);
  const secrets = secretForms(smtp.user, smtp.password);
  const pause = 60_000 / run.rate;
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  try {
    for (const [i, l] of ready.entries()) {
      if (i > 0) await sleep(pause); // the rate limit: never more than `rate` letters a minute
      const mail = message(l, smtp.from);
      const to = mail.to.join(", ");
      io.stderr(`${t("progressSending", { to, host: smtp.host, port: smtp.port })}\n`);
      let info: { messageId: string; rejected?: unknown[] };
      try {
        info = await transport.sendMail(mail);
      } catch (error) {
        const code = (error as { code?: string }).code;
        // Refused recipients concern this letter only; a connection, TLS or login failure stops the run.
        if (code !== "EENVELOPE") throw sendFailure(error, smtp, t);
        tally.failed++;
        const reason = redactSecrets(reasonOf(error), secrets);
        io.stderr(`${t("supplierRefused", { supplier: l.group.supplier, to, reason })}\n`);
        report.push({ supplier: l.group.supplier, status: "refused", to: mail.to, reason });
        continue;
      }
      const letter: SentLetter = {
        date: run.asOf,
        sentAt: io.now().toISOString(),
        supplier: l.group.supplier,
        to: mail.to,
        subject: mail.subject,
        messageId: info.messageId,
        lines: l.group.lines.map((s) => ({ key: s.line.key, po: String(s.line.poNumber ?? ""), line: s.line.line ?? null })),
      };
      run.log.letters.push(letter);
      await writeSentLog(run.logPath, run.log); // after each letter: a run stopped half-way still records what went
      tally.sent++;
      say(t("supplierSent", { supplier: l.group.supplier, to, count: l.group.lines.length }));
      report.push({
        supplier: l.group.supplier,
        status: "sent",
        lang: l.lang,
        to: mail.to,
        lines: l.group.lines.length,
        messageId: info.messageId,
      });
    }
  } finally {
    transport.close();
  }
}

/** A supplier's name as part of a file name on any system (no separators, reserved or control characters). */
function fileSafe(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, "_")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 60);
  return safe || "supplier";
}
