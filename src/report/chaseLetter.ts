import type { Serial } from "../model";
import type { Lang, Params } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { lettersCatalog } from "../i18n/catalogs/letters";
import type { ChaseGroup, ChaseReason, LineStatus } from "../followup/types";
import { escapeHtml } from "./escapeHtml";
import { formatDate, formatNumber } from "./format";
import { textCell } from "./cells";
import { MAILTO_MAX_LENGTH, mailAddresses, mailtoUrl } from "./mailto";

export interface ChaseLetterOptions {
  lang: Lang;
  buyerName?: string;
  companyName?: string;
  asOf: Serial;
  /** Longest mailto link (default 2,000 characters). */
  mailtoMaxLength?: number;
}

export interface ChaseLetter {
  subject: string;
  text: string;
  /** Inline styles only, every value escaped: safe to paste into a mail editor. */
  html: string;
  /** mailto:addresses?subject=…&body=…, percent-encoded; lines that do not fit are summarised. */
  mailto: string;
}

/** The letter's tone follows the group's most urgent reason. */
export type LetterTone = "preDue" | "confirm" | "reminder" | "urgent" | "escalation";

const TONES: Record<ChaseReason, LetterTone> = {
  preDue: "preDue",
  unconfirmed: "confirm",
  overdue1: "reminder",
  overdue2: "urgent",
  overdue3: "escalation",
};

export function letterTone(reason: ChaseReason): LetterTone {
  return TONES[reason] ?? "reminder";
}

type LetterKey = keyof (typeof lettersCatalog)["en"];
type T = (key: LetterKey, params?: Params) => string;

/** One line as the letter shows it. */
interface LetterLine {
  po: string;
  lineNo: string;
  ref: string;
  item: string | null;
  date: string;
  dateText: string;
  status: string;
  qty: string;
  overdue: boolean;
  unconfirmed: boolean;
}

const SUBJECT: Record<LetterTone, LetterKey> = {
  preDue: "subjectPreDue",
  confirm: "subjectConfirm",
  reminder: "subjectReminder",
  urgent: "subjectUrgent",
  escalation: "subjectEscalation",
};
const INTRO: Record<LetterTone, LetterKey> = {
  preDue: "introPreDue",
  confirm: "introConfirm",
  reminder: "introReminder",
  urgent: "introUrgent",
  escalation: "introEscalation",
};
const REPLY: Record<LetterTone, LetterKey> = {
  preDue: "replyNormal",
  confirm: "replyNormal",
  reminder: "replyNormal",
  urgent: "replyUrgent",
  escalation: "replyEscalation",
};

/** At most this many PO numbers are named in the subject. */
const SUBJECT_POS = 3;

/**
 * A chase letter to one supplier in the buyer's language: the lines with PO number, line, item,
 * due date (promised, else requested), days overdue or left, and open quantity; asks for a recovery
 * date for overdue lines, a confirmation for unconfirmed lines and a check for lines due soon.
 * The tone follows the most urgent line (reminder / urgent / escalation, which says management has
 * been informed).
 */
export function chaseLetter(group: ChaseGroup, opts: ChaseLetterOptions): ChaseLetter {
  const t: T = translator(lettersCatalog, opts.lang);
  const tone = letterTone(group.topReason);
  const lines = group.lines.map((s) => letterLine(s, t, opts.lang));
  const supplier = group.supplier.trim();
  const subject = subjectOf(tone, supplier, lines, t);
  const parts = letterParts(tone, supplier, lines, opts, t);
  const text = letterText(parts, lines, lines.length, t);
  const to = mailAddresses(group.supplierEmail);
  const max = opts.mailtoMaxLength ?? MAILTO_MAX_LENGTH;
  return { subject, text, html: letterHtml(parts, lines, t), mailto: fittedMailto(to, subject, parts, lines, max, t) };
}

/**
 * The mailto link with as many whole lines as fit in `max` characters (the rest summarised in one
 * sentence). When not even one line fits with the whole letter — CJK text takes 9 characters per
 * character once percent-encoded — the asks and closing are left out of the link (the copied
 * text keeps them) before lines are; what still does not fit is cut.
 */
function fittedMailto(to: string[], subject: string, parts: LetterParts, lines: LetterLine[], max: number, t: T): string {
  const compact: LetterParts = { ...parts, asks: parts.asks.slice(-1), closing: "" };
  for (const p of [parts, compact]) {
    const url = (k: number): string => mailtoUrl(to, subject, letterText(p, lines, k, t), Infinity);
    if (url(lines.length).length <= max) return url(lines.length);
    const k = largestFitting(lines.length - 1, (n) => url(n).length <= max);
    if (k > 0 || lines.length === 0) return url(k);
  }
  return mailtoUrl(to, subject, letterText(parts, lines, lines.length, t), max);
}

/** Largest n in 1..upTo with fits(n), 0 when none (fits is monotone: fewer lines, shorter link). */
function largestFitting(upTo: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = upTo;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface LetterParts {
  greeting: string;
  intro: string[];
  linesAsOf: string;
  asks: string[];
  closing: string;
  signature: string[];
}

function letterParts(tone: LetterTone, supplier: string, lines: LetterLine[], opts: ChaseLetterOptions, t: T): LetterParts {
  const buyer = opts.buyerName?.trim() ?? "";
  const company = opts.companyName?.trim() ?? "";
  const self =
    buyer && company
      ? t("selfBoth", { buyer, company })
      : buyer
        ? t("selfBuyer", { buyer })
        : company
          ? t("selfCompany", { company })
          : t("selfNone");
  const asks: string[] = [];
  if (lines.some((l) => l.overdue)) asks.push(t("askRecovery"));
  if (lines.some((l) => l.unconfirmed && !l.overdue)) asks.push(t("askConfirm"));
  if (lines.some((l) => !l.unconfirmed && !l.overdue)) asks.push(t("askOnSchedule"));
  asks.push(t(REPLY[tone]));
  const signature = [t("signOff"), ...t("signature", { buyer, company }).split("\n")].filter((s) => s.trim() !== "");
  return {
    greeting: t("greeting", { supplier }),
    intro: [self, t(INTRO[tone])].filter((s) => s !== ""),
    linesAsOf: t("linesAsOf", { date: formatDate(opts.asOf) }),
    asks,
    closing: t("closing"),
    signature,
  };
}

function subjectOf(tone: LetterTone, supplier: string, lines: LetterLine[], t: T): string {
  const subject = t(SUBJECT[tone], { supplier });
  const pos = [...new Set(lines.map((l) => l.po).filter((p) => p !== ""))];
  if (pos.length === 0 || pos.length > SUBJECT_POS) return subject;
  return t("subjectPos", { subject, pos: pos.join(", ") });
}

function letterLine(status: LineStatus, t: T, lang: Lang): LetterLine {
  const { line } = status;
  const po = textCell(line.poNumber) ?? "";
  const lineNo = textCell(line.line) ?? "";
  const ref = lineNo ? t("lineRef", { po, line: lineNo }) : t("lineRefNoLine", { po });
  const item = [textCell(line.item), textCell(line.description)].filter((s): s is string => s !== null).join(" ") || null;
  const promised = typeof line.promisedDate === "number" && Number.isFinite(line.promisedDate) ? line.promisedDate : null;
  const requested = typeof line.requestedDate === "number" && Number.isFinite(line.requestedDate) ? line.requestedDate : null;
  const date = promised ?? requested;
  const dateText =
    promised !== null
      ? t("promisedOn", { date: formatDate(promised) })
      : requested !== null
        ? t("requestedOn", { date: formatDate(requested) })
        : t("noDate");
  const overdue = status.state === "late";
  const unconfirmed = line.promisedDate === null;
  const statusParts: string[] = [];
  const days = status.daysLate;
  if (typeof days === "number") {
    if (days > 0) statusParts.push(t("daysOverdue", { days, count: days }));
    else if (days === 0) statusParts.push(t("dueToday"));
    else statusParts.push(t("dueIn", { days: -days, count: -days }));
  }
  if (unconfirmed) statusParts.push(t("notConfirmed"));
  const qty = typeof status.openQty === "number" ? formatNumber(status.openQty, lang, 0, 3) : "";
  return {
    po,
    lineNo,
    ref,
    item,
    date: date === null ? "" : formatDate(date),
    dateText,
    status: statusParts.join(t("listSep")),
    qty,
    overdue,
    unconfirmed,
  };
}

function lineText(l: LetterLine, t: T): string {
  const details = [l.dateText, l.status, l.qty ? t("openQty", { qty: l.qty }) : ""].filter((s) => s !== "").join(t("listSep"));
  return t("lineText", { ref: l.ref, item: l.item ? t("lineItem", { item: l.item }) : "", details });
}

/** The letter as plain text with the first `shown` lines (the rest summarised in one sentence). */
function letterText(p: LetterParts, lines: LetterLine[], shown: number, t: T): string {
  const listed = lines.slice(0, shown).map((l) => lineText(l, t));
  if (shown < lines.length) listed.push(t("more", { count: lines.length - shown }));
  const closing = p.closing ? [p.closing, ""] : [];
  return (
    [p.greeting, "", ...p.intro, "", p.linesAsOf, ...listed, "", ...p.asks, "", ...closing, ...p.signature].join("\n").trimEnd() + "\n"
  );
}

const FONT = "font-family:'Segoe UI',Arial,'Microsoft YaHei','Yu Gothic',sans-serif;font-size:14px;color:#201f1e;";
const CELL = "border:1px solid #c8c6c4;padding:4px 8px;text-align:left;vertical-align:top;";
const HEAD = `${CELL}background:#f3f2f1;font-weight:600;`;

function paragraph(lines: string[]): string {
  return `<p style="margin:0 0 12px 0;">${lines.map((l) => escapeHtml(l).replace(/\n/g, "<br>")).join("<br>")}</p>`;
}

function letterHtml(p: LetterParts, lines: LetterLine[], t: T): string {
  const head = [t("colPo"), t("colLine"), t("colItem"), t("colDate"), t("colStatus"), t("colOpenQty")]
    .map((h) => `<th style="${HEAD}">${escapeHtml(h)}</th>`)
    .join("");
  const body = lines
    .map((l) => {
      const cells = [l.po, l.lineNo, l.item ?? "", l.date, l.status, l.qty];
      const style = (i: number): string => (i === 5 ? `${CELL}text-align:right;` : l.overdue && i === 4 ? `${CELL}color:#a4262c;` : CELL);
      return `<tr>${cells.map((c, i) => `<td style="${style(i)}">${escapeHtml(c)}</td>`).join("")}</tr>`;
    })
    .join("");
  return (
    `<div style="${FONT}">` +
    paragraph([p.greeting]) +
    paragraph(p.intro) +
    paragraph([p.linesAsOf]) +
    `<table style="border-collapse:collapse;margin:0 0 12px 0;${FONT}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>` +
    paragraph(p.asks) +
    paragraph([p.closing]) +
    (p.signature.length ? paragraph(p.signature) : "") +
    `</div>`
  );
}
