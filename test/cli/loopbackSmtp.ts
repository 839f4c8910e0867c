/** A plain (no STARTTLS) SMTP server on 127.0.0.1 that keeps every message it accepts: the mail server of the CLI tests. */
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export interface ReceivedMail {
  raw: Buffer;
  from: string;
  to: string[];
}

export interface LoopbackSmtp {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** `options` adds to the defaults (onAuth, onRcptTo, allowInsecureAuth…); messages land in `received`. */
export async function startLoopbackSmtp(options: Partial<SMTPServerOptions> = {}): Promise<LoopbackSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    ...options,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        received.push({ raw: Buffer.concat(chunks), from, to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
