import { escapeHtml } from "./escapeHtml";
import { formatCell, formatDate } from "./format";
import { reportText } from "./labels";
import { columnIndex, findSection, type CellValue, type Column, type ComparisonItem, type ReportModel, type TableSection } from "./model";

/**
 * The email-ready summary of a report: headline KPIs and the to-chase table by supplier, as HTML
 * with inline styles only (mail clients drop <style> blocks) and as plain text. Every text that
 * comes from the workbook is HTML-escaped. Dates are ISO (2026-11-21).
 */
export interface SummaryOptions {
  /** At most this many to-chase lines are listed; the rest are counted (default 200). */
  maxLines?: number;
}

/** To-chase columns the summary shows (the supplier is the group heading). */
const SUMMARY_COLUMNS = [
  "poNumber",
  "line",
  "item",
  "due",
  "action",
  "daysLate",
  "openQty",
  "openValue",
  "lastChase",
  "lastOutcome",
  "delayReason",
];

/** An empty field in the plain-text summary: visible, and the same in every language. */
const EMPTY_FIELD = "—";

const FONT = "font-family:'Segoe UI',Arial,'Microsoft YaHei','Yu Gothic',sans-serif;font-size:13px;color:#201f1e;";
const TABLE = `border-collapse:collapse;margin:0 0 16px 0;${FONT}`;
const CELL = "border:1px solid #c8c6c4;padding:4px 8px;text-align:left;vertical-align:top;";
const NUM = `${CELL}text-align:right;`;
const HEAD = `${CELL}background:#f3f2f1;font-weight:600;`;
const GROUP = `${CELL}background:#e1dfdd;font-weight:600;`;
const H2 = "font-size:18px;font-weight:600;margin:0 0 8px 0;";
const H3 = "font-size:15px;font-weight:600;margin:16px 0 6px 0;";
const GOOD = "color:#107c10;";
const BAD = "color:#a4262c;";

export function reportSummaryHtml(model: ReportModel, options: SummaryOptions = {}): string {
  const t = reportText(model.lang);
  const out: string[] = [
    `<div style="${FONT}">`,
    `<h2 style="${H2}">${escapeHtml(model.title)}</h2>`,
    `<p style="margin:0 0 12px 0;">${escapeHtml(intro(model))}</p>`,
  ];
  const headline = findSection(model, "headline", "comparison");
  if (headline) {
    out.push(`<h3 style="${H3}">${escapeHtml(headline.title)}</h3>`, `<table style="${TABLE}"><thead><tr>`);
    const { label, current, previous, change } = headline.headers;
    out.push(
      [label, current, previous, change]
        .map((h, i) => `<th style="${i ? `${HEAD}text-align:right;` : HEAD}">${escapeHtml(h)}</th>`)
        .join(""),
    );
    out.push("</tr></thead><tbody>");
    for (const item of headline.items) {
      const cells = [fmt(item, item.current, model), fmt(item, item.previous, model), fmt(item, item.change, model, true)];
      out.push(
        `<tr><td style="${CELL}">${escapeHtml(item.label)}</td>` +
          `<td style="${NUM}">${escapeHtml(cells[0])}</td><td style="${NUM}">${escapeHtml(cells[1])}</td>` +
          `<td style="${NUM}${changeColour(item)}">${escapeHtml(cells[2])}</td></tr>`,
      );
    }
    out.push("</tbody></table>");
  }
  const toChase = findSection(model, "toChase", "table");
  if (toChase) out.push(toChaseHtml(toChase, model, options.maxLines ?? 200, (n) => t("summaryMore", { count: n })));
  out.push("</div>");
  return out.join("");
}

export function reportSummaryText(model: ReportModel, options: SummaryOptions = {}): string {
  const t = reportText(model.lang);
  const out: string[] = [model.title, intro(model)];
  const headline = findSection(model, "headline", "comparison");
  if (headline) {
    out.push("", headline.title);
    for (const item of headline.items) {
      const { previous, change } = headline.headers;
      out.push(
        `- ${item.label}: ${fmt(item, item.current, model)} (${previous}: ${fmt(item, item.previous, model)}; ${change}: ${fmt(item, item.change, model, true)})`,
      );
    }
  }
  const toChase = findSection(model, "toChase", "table");
  if (toChase) {
    out.push("", toChase.title);
    if (toChase.rows.length === 0) out.push(toChase.emptyText);
    const max = options.maxLines ?? 200;
    const shown = summaryColumns(toChase);
    let listed = 0;
    for (const g of toChase.groups ?? []) {
      if (listed >= max) break;
      out.push(g.label);
      for (let r = g.firstRow; r < g.firstRow + g.rowCount && listed < max; r++, listed++) {
        const row = toChase.rows[r];
        // Every field with its label, an empty one as "—": a lone date could be the last chase or the next.
        const cells = shown.map(({ column, index }) => `${column.header}: ${cellText(toChase, row, column, index, model) || EMPTY_FIELD}`);
        out.push(`  - ${cells.join(" | ")}`);
      }
    }
    if (toChase.rows.length > listed) out.push(t("summaryMore", { count: toChase.rows.length - listed }));
  }
  return out.join("\n") + "\n";
}

function intro(model: ReportModel): string {
  return reportText(model.lang)("summaryIntro", { period: model.period.label, asOf: formatDate(model.asOf) });
}

function fmt(item: ComparisonItem, value: CellValue, model: ReportModel, signed = false): string {
  return formatCell(value, item.type, { lang: model.lang, currency: item.currency, signed });
}

/** Green when the change goes the good way, red when the bad way. */
function changeColour(item: ComparisonItem): string {
  if (typeof item.change !== "number" || item.change === 0) return "";
  const up = item.change > 0;
  return up === (item.better === "higher") ? GOOD : BAD;
}

function summaryColumns(section: TableSection): { column: Column; index: number }[] {
  return SUMMARY_COLUMNS.map((key) => ({ index: columnIndex(section, key), key }))
    .filter(({ index }) => index >= 0)
    .map(({ index }) => ({ column: section.columns[index], index }));
}

function cellText(section: TableSection, row: CellValue[], column: Column, index: number, model: ReportModel): string {
  const currencyAt = column.currencyKey ? columnIndex(section, column.currencyKey) : -1;
  const currency = currencyAt >= 0 && typeof row[currencyAt] === "string" ? (row[currencyAt] as string) : column.currency;
  return formatCell(row[index], column.type, { lang: model.lang, currency, signed: column.signed });
}

function isNumeric(column: Column): boolean {
  return column.type !== "text" && column.type !== "date";
}

function toChaseHtml(section: TableSection, model: ReportModel, max: number, more: (n: number) => string): string {
  const out = [`<h3 style="${H3}">${escapeHtml(section.title)}</h3>`];
  if (section.rows.length === 0) return out.concat(`<p style="margin:0 0 12px 0;">${escapeHtml(section.emptyText)}</p>`).join("");
  const shown = summaryColumns(section);
  out.push(`<table style="${TABLE}"><thead><tr>`);
  out.push(
    shown
      .map(({ column }) => `<th style="${isNumeric(column) ? `${HEAD}text-align:right;` : HEAD}">${escapeHtml(column.header)}</th>`)
      .join(""),
  );
  out.push("</tr></thead><tbody>");
  let listed = 0;
  for (const g of section.groups ?? []) {
    if (listed >= max) break;
    out.push(`<tr><td colspan="${shown.length}" style="${GROUP}">${escapeHtml(g.label)}</td></tr>`);
    for (let r = g.firstRow; r < g.firstRow + g.rowCount && listed < max; r++, listed++) {
      const row = section.rows[r];
      out.push(
        "<tr>" +
          shown
            .map(
              ({ column, index }) =>
                `<td style="${isNumeric(column) ? NUM : CELL}">${escapeHtml(cellText(section, row, column, index, model))}</td>`,
            )
            .join("") +
          "</tr>",
      );
    }
  }
  out.push("</tbody></table>");
  if (section.rows.length > listed) out.push(`<p style="margin:0 0 12px 0;">${escapeHtml(more(section.rows.length - listed))}</p>`);
  return out.join("");
}
