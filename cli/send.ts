/** `po-followup send`: builds the report as `report` does, then emails the HTML summary with the workbook attached. */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import type { Lang } from "../src/i18n/i18n";
import { escapeHtml } from "../src/report";
import { terminalJson } from "../src/report/plainText";
import { CliError, EXIT, type CliIo, type CliText } from "./io";
import type { ParsedArgs } from "./args";
import { buildAndWrite, reportJson } from "./report";
import { smtpSettings } from "./smtpConfig";
import { sendFailure, smtpTransport } from "./smtpTransport";
import { runSupplierSend } from "./supplierSend";

export async function runSend(args: ParsedArgs, io: CliIo, t: CliText, lang: Lang): Promise<number> {
  if (args.values.suppliers) return runSupplierSend(args, io, t, lang);
  const smtp = await smtpSettings(args, io, t); // settings first: no report is built for a send that cannot go
  const tempDir = args.values.out ? null : await fs.mkdtemp(nodePath.join(os.tmpdir(), "po-followup-"));
  try {
    const run = await buildAndWrite(args, io, t, lang, tempDir ? nodePath.join(tempDir, "report.xlsx") : undefined);
    const file = `${run.report.report.sheetName}.xlsx`;
    const subject = (args.values.subject as string | undefined) ?? run.report.report.title;
    const transport = smtpTransport(smtp);
    io.stderr(`${t("progressSending", { to: smtp.to.join(", "), host: smtp.host, port: smtp.port })}\n`);
    let messageId: string;
    try {
      const info = await transport.sendMail({
        from: smtp.from,
        to: smtp.to,
        subject,
        html: `${run.html}<p>${escapeHtml(t("mailAttachment", { file }))}</p>`,
        text: `${run.text}\n${t("mailAttachment", { file })}\n`,
        attachments: [
          { filename: file, path: run.written.path, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        ],
      });
      messageId = info.messageId;
    } catch (error) {
      throw sendFailure(error, smtp, t);
    } finally {
      transport.close();
    }
    if (args.values.json) io.stdout(`${terminalJson({ ...reportJson(run), sent: { to: smtp.to, subject, messageId } })}\n`);
    else io.stdout(`${t("sent", { subject, to: smtp.to.join(", ") })}\n`);
    return EXIT.ok;
  } finally {
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  }
}
