import { sendFailure } from "../../cli/smtpTransport";
import { cliText } from "../../cli/io";
import type { SmtpSettings } from "../../cli/smtpConfig";

const smtp: SmtpSettings = { host: "mail.example", port: 587, secure: false, user: "lee", password: "Pa55-word", from: "a@b.c", to: [], allowInsecureAuth: false };
const t = cliText("en");
const failure = (message: string, code?: string) => sendFailure(Object.assign(new Error(message), { code }), smtp, t);

describe("what a failed send says", () => {
  it("a server without STARTTLS: the password was not sent", () => {
    const e = failure("Error upgrading connection with STARTTLS", "ETLS");
    expect(e).toMatchObject({ code: "noStartTls", exitCode: 3 });
    expect(e.message).toContain("mail.example:587 offers no encrypted connection (STARTTLS)");
  });

  it("a STARTTLS whose certificate fails is named by its certificate, not as a missing STARTTLS", () => {
    const e = failure("Error initiating TLS - self-signed certificate in certificate chain", "ETLS");
    expect(e).toMatchObject({ code: "send" });
    expect(e.message).toContain("self-signed certificate");
  });

  it("the password appears in no form: as is, base64, nor as the AUTH PLAIN token", () => {
    const plain = Buffer.from("\u0000lee\u0000Pa55-word").toString("base64");
    const e = failure(`Invalid login: 535 Pa55-word ${Buffer.from("Pa55-word").toString("base64")} ${plain}`, "EAUTH");
    expect(e.message).toBe("The email could not be sent: Invalid login: 535 *** *** ***");
  });
});
