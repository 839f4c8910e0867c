/**
 * The sent log of supplier letters: a JSON file next to the register (the register stays untouched)
 * that `send --suppliers` appends to after each letter and reads on the next run, where every line
 * of a letter counts as an e-mail chase on the day it went, so the supplier's minimum gap holds.
 *
 *   { "version": 1, "letters": [ { "date": "2026-11-20", "sentAt": "2026-11-20T07:00:00.000Z",
 *       "supplier": "Acme", "to": ["orders@acme.example"], "subject": "…", "messageId": "<…>",
 *       "lines": [ { "key": "PO-1001|1", "po": "PO-1001", "line": "1" } ] } ] }
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import type { ChaseEntry, Serial } from "../src/model";
import { formatIsoDate, serialFromYmd } from "../src/dates/serial";
import { jsonErrorPlace } from "./smtpConfig";

export interface SentLetter {
  date: string;
  sentAt: string;
  supplier: string;
  to: string[];
  subject: string;
  messageId: string;
  lines: { key: string; po: string; line: string | null }[];
}

export interface SentLog {
  version: 1;
  letters: SentLetter[];
}

/** A log far larger than years of weekly letters is not read whole into chases (bounded work). */
export const MAX_SENT_LETTERS = 50_000;

/** "<register name>.sent-log.json" beside the register. */
export function defaultSentLogPath(register: string): string {
  const parsed = nodePath.parse(register);
  return nodePath.join(parsed.dir, `${parsed.name}.sent-log.json`);
}

/** The log, or an empty one when the file does not exist yet. Throws a message (file and place, never text) otherwise. */
export async function readSentLog(path: string): Promise<SentLog> {
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return { version: 1, letters: [] };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace(text, error);
    throw new Error(place ? `not valid JSON (line ${place.line}, column ${place.column})` : "not valid JSON");
  }
  const letters = (json as { letters?: unknown } | null)?.letters;
  if (!Array.isArray(letters)) throw new Error('no "letters" list');
  return { version: 1, letters: letters.slice(-MAX_SENT_LETTERS).filter(isSentLetter) };
}

/** Written whole to a temporary file, then renamed over the log: a run stopped half-way never leaves half a file. */
export async function writeSentLog(path: string, log: SentLog): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(log, null, 1)}\n`, "utf8");
  await fs.rename(temp, path);
}

/** Each line of each letter as an e-mail chase of its day (the engine reads only the date, line and supplier). */
export function sentChases(log: SentLog): ChaseEntry[] {
  const chases: ChaseEntry[] = [];
  for (const letter of log.letters) {
    const date = isoSerial(letter.date);
    if (date === undefined) continue;
    for (const line of letter.lines)
      chases.push({
        date,
        lineKey: line.key,
        poNumber: line.po,
        line: line.line,
        supplier: letter.supplier,
        buyer: null,
        channel: "email",
        contact: letter.to.join(", "),
        outcome: "noAnswer",
        previousPromised: null,
        newPromised: null,
        delayReason: null,
        stage: null,
        note: letter.subject,
        nextChase: null,
        loggedAt: letter.sentAt,
      });
  }
  return chases;
}

export function isoDate(serial: Serial): string {
  return formatIsoDate(serial);
}

function isoSerial(text: string): Serial | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? serialFromYmd(+m[1], +m[2], +m[3]) : undefined;
}

function isSentLetter(value: unknown): value is SentLetter {
  const v = value as Partial<SentLetter> | null;
  return (
    !!v &&
    typeof v.date === "string" &&
    typeof v.supplier === "string" &&
    Array.isArray(v.to) &&
    Array.isArray(v.lines) &&
    v.lines.every((l) => l && typeof l.key === "string")
  );
}
