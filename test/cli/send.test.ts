/**
 * `send` against a local SMTP server (smtp-server on 127.0.0.1, a random port; no other network):
 * the message arrives with the report's title as subject, the HTML summary, and the report workbook
 * attached, which exceljs opens. The password comes from PO_SMTP_PASSWORD, never from argv.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import type { AddressInfo } from "node:net";
import { startLoopbackSmtp, type LoopbackSmtp } from "./loopbackSmtp";
import PostalMime from "postal-mime";
import ExcelJS from "exceljs";
import { sampleRegister, sampleChaseLog } from "../../src/sample";
import { serialFromYmd } from "../../src/dates/serial";
import { writeRegisterFile } from "../xlsx/fixtures";
import { run, sha256, tempDir } from "./helpers";

const AS_OF = serialFromYmd(2026, 11, 20)!;
let dir: string;
let input: string;
let smtp: LoopbackSmtp;
let port: number;
const logins: { user: string; password: string }[] = [];

beforeAll(async () => {
  dir = await tempDir("po-send-");
  input = path.join(dir, "register.xlsx");
  await writeRegisterFile(input, sampleRegister({ asOf: AS_OF }), { chases: sampleChaseLog({ asOf: AS_OF }) });
  smtp = await startLoopbackSmtp({
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      logins.push({ user: auth.username ?? "", password: auth.password ?? "" });
      if (auth.password === "s3cret") callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
  });
  port = smtp.port;
});
afterAll(async () => {
  await smtp.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test("emails the HTML summary with the report workbook attached", async () => {
  const before = await sha256(input);
  const r = await run(
    ["send", input, "--as-of", "2026-11-20", "--to", "team@example.com", "--to", "boss@example.com", "--smtp-host", "127.0.0.1", "--smtp-port", String(port), "--smtp-user", "buyer", "--from", "PO bot <po@example.com>", "--json", "--allow-insecure-auth"],
    { PO_SMTP_PASSWORD: "s3cret" },
  );
  expect(r.stderr).not.toContain("could not be sent");
  expect(r.code).toBe(0);
  expect(logins).toEqual([{ user: "buyer", password: "s3cret" }]);
  expect(smtp.received).toHaveLength(1);
  expect(smtp.received[0].to).toEqual(["team@example.com", "boss@example.com"]);
  const mail = await PostalMime.parse(smtp.received[0].raw);
  expect(mail.subject).toBe("Follow-up report 2026-W47");
  expect(mail.html).toContain("<h2");
  expect(mail.html).toContain("Follow-up report 2026-W47");
  expect(mail.text).toContain("Follow-up report 2026-W47");
  expect(mail.attachments).toHaveLength(1);
  expect(mail.attachments[0].filename).toBe("Follow-up 2026-W47.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(mail.attachments[0].content as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toContain("KPI");
  expect(workbook.getWorksheet("Follow-up 2026-W47")!.getCell("A1").value).toBe("Follow-up report 2026-W47");
  expect(await sha256(input)).toBe(before);
}, 60_000);

test("settings from the environment and a config file; the password never from argv", async () => {
  const config = path.join(dir, "smtp.json");
  await fs.writeFile(config, JSON.stringify({ smtp: { host: "127.0.0.1", port, from: "po@example.com" }, to: ["cfg@example.com"] }));
  const r = await run(["send", input, "--as-of", "2026-11-20", "--config", config], {});
  expect(r.code).toBe(0);
  expect(smtp.received.at(-1)!.to).toEqual(["cfg@example.com"]);

  const argvPassword = await run(["send", input, "--smtp-password", "s3cret", "--smtp-host", "127.0.0.1", "--smtp-port", String(port), "--to", "a@b.c"]);
  expect(argvPassword.code).toBe(2);
  expect(argvPassword.stderr).toContain("never taken from the command line");

  const noHost = await run(["send", input, "--to", "a@b.c"], {});
  expect(noHost).toMatchObject({ code: 2, stderr: expect.stringContaining("--smtp-host") });

  const badPassword = await run(["send", input, "--as-of", "2026-11-20", "--smtp-host", "127.0.0.1", "--smtp-port", String(port), "--smtp-user", "buyer", "--from", "po@example.com", "--to", "a@b.c", "--allow-insecure-auth"], { PO_SMTP_PASSWORD: "wrong-pass" });
  expect(badPassword.code).toBe(3);
  expect(badPassword.stderr).toContain("could not be sent");
  expect(badPassword.stdout + badPassword.stderr).not.toContain("wrong-pass");
}, 60_000);

test("without STARTTLS the password is never sent: refused before AUTH unless --allow-insecure-auth", async () => {
  const loginsBefore = logins.length;
  const receivedBefore = smtp.received.length;
  const r = await run(
    ["send", input, "--as-of", "2026-11-20", "--smtp-host", "127.0.0.1", "--smtp-port", String(port), "--smtp-user", "buyer", "--from", "po@example.com", "--to", "a@b.c", "--json"],
    { PO_SMTP_PASSWORD: "s3cret" },
  );
  expect(r.code).toBe(3);
  expect(r.stderr).toContain("offers no encrypted connection (STARTTLS), so the password was not sent");
  expect(r.stdout).toContain('"error":"noStartTls"');
  expect(logins.length).toBe(loginsBefore); // the server saw no AUTH command
  expect(smtp.received.length).toBe(receivedBefore);
  expect(r.stdout + r.stderr).not.toContain("s3cret");
  expect(r.stdout + r.stderr).not.toContain(Buffer.from("\u0000buyer\u0000s3cret").toString("base64"));
}, 60_000);

test("a config file with a JSON error names the file, line and column, never its text", async () => {
  const config = path.join(dir, "broken.json");
  // Line 3 is `    "password": "hunter2-Pa55" oops`: the fault (the word oops) is at column 32.
  await fs.writeFile(config, '{\n  "smtp": {\n    "password": "hunter2-Pa55" oops\n  }\n}\n');
  const r = await run(["send", input, "--config", config, "--json"], {});
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`The config file ${config} is not valid JSON (line 3, column 32)`);
  expect(r.stdout + r.stderr).not.toMatch(/hunter2|Pa55|oops/);
  const truncated = path.join(dir, "truncated.json");
  await fs.writeFile(truncated, '{"smtp": {"password": "hunter2-Pa55');
  const cut = await run(["send", input, "--config", truncated], {});
  expect(cut.code).toBe(2);
  expect(cut.stderr).toContain("is not valid JSON");
  expect(cut.stdout + cut.stderr).not.toMatch(/hunter2|Pa55/);
});

test("recipients the server refuses: exit 3 with the server's reason, the password nowhere", async () => {
  const refusing = await startLoopbackSmtp({
    allowInsecureAuth: true,
    authOptional: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }));
    },
  });
  const refusingPort = refusing.port;
  try {
    const r = await run(
      ["send", input, "--as-of", "2026-11-20", "--smtp-host", "127.0.0.1", "--smtp-port", String(refusingPort), "--smtp-user", "buyer", "--from", "po@example.com", "--to", "nobody@example.com", "--allow-insecure-auth", "--json"],
      { PO_SMTP_PASSWORD: "Refused-s3cret" },
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("could not be sent");
    expect(r.stderr).toContain("nobody@example.com");
    expect(r.stdout + r.stderr).not.toContain("Refused-s3cret");
  } finally {
    await refusing.close();
  }
}, 60_000);
