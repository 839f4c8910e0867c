/**
 * `send --suppliers` against a local SMTP server (smtp-server on 127.0.0.1, a random port): one letter
 * per supplier with lines to chase now, in its language, signed from settings; .eml drafts with
 * --dry-run; the sent log keeps the next run inside the minimum gap; refused recipients; the rate limit.
 *
 * Calendar: Mon–Fri, no holidays; default offsets [-3, +1, +5, +10], minimum gap 2. As of Fri 2026-11-20:
 * - Kyoto Seiki (ja), promised Fri 11-13: level 2 = WORKDAY(11-13, 5) = Fri 11-20 → urgent letter.
 * - 东莞精密 (zh-CN), promised Mon 11-23: pre-due WORKDAY(11-23, -3) = Wed 11-18 → pre-due letter.
 * - Acme (no rule: the buyer's language, en), promised Thu 11-19: level 1 = WORKDAY(11-19, 1) = Fri 11-20 → reminder.
 * - Trusted Co (exempt from pre-due), promised Mon 11-23: first chase WORKDAY(11-23, 1) = Tue 11-24 → no letter.
 * - NoMail Ltd, promised Thu 11-19 (level 1), no address → no letter, said so.
 * - Refuse Inc, promised Thu 11-19 (level 1): the server refuses its address.
 * - Acme's second line PO-107, promised Thu 11-26: pre-due WORKDAY(11-26, -3) = Mon 11-23, not due on 11-20.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import type { AddressInfo } from "node:net";
import { startLoopbackSmtp, type LoopbackSmtp } from "./loopbackSmtp";
import PostalMime from "postal-mime";
import { serialFromYmd } from "../../src/dates/serial";
import { main } from "../../cli/main";
import type { CliIo } from "../../cli/io";
import { registerWorkbook, withAddInRecords } from "../xlsx/fixtures";
import { sha256, tempDir } from "./helpers";

const NOV = (day: number) => serialFromYmd(2026, 11, day)!;
const HEADER = ["PO number", "Line", "Supplier", "Supplier email", "Item", "Order date", "Promised date", "Ordered qty", "Received qty"];
const ROWS: (string | number)[][] = [
  ["PO-101", 1, "Kyoto Seiki", "orders@kyoto.example", "Bearing", NOV(2), NOV(13), 100, 0],
  ["PO-102", 1, "东莞精密", "sales@dg.example", "Housing", NOV(2), NOV(23), 50, 0],
  ["PO-103", 1, "Acme", "acme@acme.example", "Bolt", NOV(2), NOV(19), 10, 0],
  ["PO-104", 1, "Trusted Co", "ops@trusted.example", "Nut", NOV(2), NOV(23), 10, 0],
  ["PO-105", 1, "NoMail Ltd", "", "Washer", NOV(2), NOV(19), 10, 0],
  ["PO-106", 1, "Refuse Inc", "nobody@refuse.example", "Spring", NOV(2), NOV(19), 10, 0],
  ["PO-107", 1, "Acme", "acme@acme.example", "Pin", NOV(2), NOV(26), 10, 0],
];
const SETTINGS = {
  version: 1,
  settings: {
    buyerName: "Lee Wong",
    companyName: "Northwind Trading",
    suppliers: [
      { name: "Kyoto Seiki", letterLang: "ja" },
      { name: "东莞精密", letterLang: "zh-CN" },
      { name: "Trusted Co", preDueExempt: true },
    ],
  },
};

let dir: string;
let input: string;
let smtp: LoopbackSmtp;
let port: number;
let auths = 0;

async function runCli(argv: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const waits: number[] = [];
  const io: CliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: { LANG: "en_US.UTF-8", ...env },
    now: () => new Date(2026, 10, 20, 7, 0),
    sleep: async (ms) => void waits.push(ms),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, waits };
}

const smtpArgs = () => ["--smtp-host", "127.0.0.1", "--smtp-port", String(port), "--from", "Lee Wong <lee@northwind.example>"];

beforeAll(async () => {
  dir = await tempDir("po-suppliers-");
  input = path.join(dir, "register.xlsx");
  const bytes = await registerWorkbook([HEADER, ...ROWS]).xlsx.writeBuffer();
  await fs.writeFile(input, await withAddInRecords(bytes as ArrayBuffer, { poFollowup: JSON.stringify(SETTINGS) }));
  smtp = await startLoopbackSmtp({
    onAuth(_auth, _session, callback) {
      auths++;
      callback(new Error("no AUTH expected here"));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@refuse.example")) callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
      else callback();
    },
  });
  port = smtp.port;
});
afterAll(async () => {
  await smtp.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test("--dry-run writes one .eml per supplier for review, sends nothing and records nothing", async () => {
  const drafts = path.join(dir, "drafts");
  const r = await runCli(["send", input, "--suppliers", "--as-of", "2026-11-20", "--dry-run", drafts, "--from", "lee@northwind.example"]);
  expect(r.stderr).toContain("4 written for review");
  expect(r.code).toBe(0);
  const files = (await fs.readdir(drafts)).sort();
  expect(files).toHaveLength(4); // Kyoto, 东莞, Acme, Refuse (NoMail has no address, Trusted nothing due)
  const subjects = await Promise.all(files.map(async (f) => (await PostalMime.parse(await fs.readFile(path.join(drafts, f)))).subject));
  expect(subjects).toEqual(
    expect.arrayContaining([
      expect.stringContaining("【至急】納期遅延のご注文について – Kyoto Seiki"),
      expect.stringContaining("即将到期订单交期确认 – 东莞精密"),
      expect.stringContaining("Reminder: overdue purchase order lines – Acme"),
    ]),
  );
  expect(r.stdout).toContain("NoMail Ltd: no address in the register's supplier e-mail column");
  expect(smtp.received).toHaveLength(0);
  await expect(fs.access(path.join(dir, "register.sent-log.json"))).rejects.toThrow();
}, 60_000);

test("sends each supplier one letter in its language, signed; a refused address fails alone; the log records what went", async () => {
  const before = await sha256(input);
  const r = await runCli(["send", input, "--suppliers", "--as-of", "2026-11-20", "--rate", "10", "--json", ...smtpArgs()]);
  expect(r.code).toBe(3); // Refuse Inc's address was refused
  expect(r.stderr).toContain("Refuse Inc: the server refused the letter to nobody@refuse.example");
  expect(auths).toBe(0);
  expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(["acme@acme.example", "orders@kyoto.example", "sales@dg.example"]);
  const byTo = async (to: string) => PostalMime.parse(smtp.received.find((m) => m.to[0] === to)!.raw);
  const ja = await byTo("orders@kyoto.example");
  expect(ja.subject).toContain("【至急】納期遅延のご注文について – Kyoto Seiki");
  expect(ja.text).toContain("Kyoto Seiki\nご担当者様");
  expect(ja.text).toContain("Northwind Trading\nLee Wong"); // the Japanese signature: company, then name
  const zh = await byTo("sales@dg.example");
  expect(zh.text).toContain("东莞精密 您好：");
  expect(zh.text).toContain("Lee Wong\nNorthwind Trading");
  const en = await byTo("acme@acme.example");
  expect(en.text).toContain("Dear Acme team,");
  expect(en.text).toContain("PO-103");
  expect(en.text).not.toContain("PO-107"); // not due before Mon 11-23
  // Four letters at 10 a minute: a pause of 60,000 / 10 = 6,000 ms before each letter after the first.
  expect(r.waits).toEqual([6000, 6000, 6000]);
  const log = JSON.parse(await fs.readFile(path.join(dir, "register.sent-log.json"), "utf8"));
  expect(log.letters.map((l: { supplier: string }) => l.supplier).sort()).toEqual(["Acme", "Kyoto Seiki", "东莞精密"]);
  expect(log.letters.every((l: { date: string }) => l.date === "2026-11-20")).toBe(true);
  expect(await sha256(input)).toBe(before); // the register stays untouched
  const json = JSON.parse(r.stdout);
  expect(json).toMatchObject({ ok: false, sent: 3, failed: 1, noEmail: 1, held: 0 });
}, 60_000);

test("the next run keeps inside the minimum gap: Acme's second line waits until WORKDAY(11-20, 2) = Tue 11-24", async () => {
  const count = smtp.received.length;
  const monday = await runCli(["send", input, "--suppliers", "--as-of", "2026-11-23", ...smtpArgs()]);
  // PO-107 is due on Mon 11-23 by its own schedule, but Acme was written to on Fri 11-20 (the sent log).
  expect(monday.stdout).toContain("Acme: chased on 2026-11-20; the minimum gap lets the next letter go on 2026-11-24.");
  // Kyoto (next: level 3 on Fri 11-27), 东莞 (level 1 on Tue 11-24), Trusted Co (Tue 11-24): nothing due on Monday.
  // Refuse Inc was never recorded (its letter did not go): due again, and refused again.
  expect(smtp.received.length - count).toBe(0);
  expect(monday.stderr).toContain("Supplier letters: 0 sent, 0 written for review, 1 held back by the minimum gap, 1 without an address, 1 refused.");
  const tuesday = await runCli(["send", input, "--suppliers", "--as-of", "2026-11-24", ...smtpArgs()]);
  // Tue 11-24: Acme (PO-107 alone: PO-103's next is level 2 on Thu 11-26), 东莞 (level 1), Trusted Co (level 1 = WORKDAY(11-23, 1)).
  expect(smtp.received.slice(count).map((m) => m.to[0]).sort()).toEqual(["acme@acme.example", "ops@trusted.example", "sales@dg.example"]);
  const acme = await PostalMime.parse(smtp.received.slice(count).find((m) => m.to[0] === "acme@acme.example")!.raw);
  expect(acme.text).toContain("PO-107");
  expect(acme.text).not.toContain("PO-103");
  expect(tuesday.code).toBe(3); // Refuse Inc again
}, 60_000);

test("a broken sent log stops the run before anything is sent, naming the file and place", async () => {
  const broken = path.join(dir, "broken.sent-log.json");
  await fs.writeFile(broken, '{"version": 1, "letters": [\n  {"supplier": "Acme" oops');
  const count = smtp.received.length;
  const r = await runCli(["send", input, "--suppliers", "--as-of", "2026-11-24", "--sent-log", broken, ...smtpArgs()]);
  expect(r.code).toBe(2);
  // Line 2 is `  {"supplier": "Acme" oops`: 2 spaces + `{"supplier": "Acme"` (19) = 21 characters, a space, then oops at column 23.
  expect(r.stderr).toContain(`Could not use the sent log ${broken}: not valid JSON (line 2, column 23)`);
  expect(smtp.received.length).toBe(count);
});

test("--rate outside 1–60 is refused before anything is read", async () => {
  const r = await runCli(["send", input, "--suppliers", "--rate", "500", ...smtpArgs()]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--rate is messages per minute, a whole number from 1 to 60, not 500.");
});

test("supplier letters with a login on a server without STARTTLS: refused before AUTH, the password nowhere", async () => {
  const count = smtp.received.length;
  const r = await runCli(["send", input, "--suppliers", "--as-of", "2026-11-24", "--smtp-user", "lee", "--json", ...smtpArgs()], { PO_SMTP_PASSWORD: "Supplier-s3cret" });
  expect(r.code).toBe(3);
  expect(r.stderr).toContain("offers no encrypted connection (STARTTLS), so the password was not sent");
  expect(auths).toBe(0);
  expect(smtp.received.length).toBe(count);
  expect(r.stdout + r.stderr).not.toContain("Supplier-s3cret");
}, 60_000);
