/**
 * The SMTP connection `send` opens, and what a failure says. Authentication goes only over an
 * encrypted connection: on a plain port the server must accept STARTTLS before AUTH (nodemailer's
 * requireTLS), or the connection ends before the password leaves; `--allow-insecure-auth` lifts this
 * for a trusted relay. Nothing printed ever holds the password (see redactSecrets).
 */
import nodemailer, { type Transporter } from "nodemailer";
import { CliError, EXIT, type CliText } from "./io";
import type { SmtpSettings } from "./smtpConfig";
import { reasonOf } from "../src/xlsx/readWorkbook";
import { redactSecrets, secretForms } from "./redact";

export function smtpTransport(smtp: SmtpSettings): Transporter {
  const auth = smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    // With credentials on a plain port: STARTTLS first or nothing (the password is never sent in clear text).
    requireTLS: !smtp.secure && auth !== undefined && !smtp.allowInsecureAuth,
    auth,
    logger: false,
    debug: false,
  });
}

/** The CliError for a failed send: a refused STARTTLS is named as such; the password appears in no form. */
export function sendFailure(error: unknown, smtp: SmtpSettings, t: CliText): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = redactSecrets(reasonOf(error), secretForms(smtp.user, smtp.password));
  // ETLS is also a STARTTLS that began but whose certificate failed: then the reason is the certificate, said as such.
  if (code === "ETLS" && !/certificate|self[- ]signed|CERT_/i.test(reason))
    return new CliError(t("errNoStartTls", { host: smtp.host, port: smtp.port }), EXIT.sendFailed, "noStartTls");
  return new CliError(t("errSend", { reason }), EXIT.sendFailed, "send");
}
