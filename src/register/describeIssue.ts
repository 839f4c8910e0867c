import { readNumberText } from "./numberText";
import type { CellIssue } from "../model";
import { translator, type Lang, type Translate } from "../i18n/i18n";
import { issuesCatalog } from "../i18n/catalogs/issues";
import { formatIsoDate, isValidSerial } from "../dates/serial";
import { fieldKind, fieldLabel, type FieldKind } from "./fields";

type IssueKey = keyof (typeof issuesCatalog)["en"];

const EXPECT_BY_KIND: Record<FieldKind, IssueKey> = {
  text: "expectText",
  number: "expectNumber",
  date: "expectDate",
  lifecycle: "expectLifecycle",
  inspection: "expectInspection",
};

/** "Register!" or "'Chase log'!": quoted as Excel writes it when the name has spaces or punctuation. */
export function sheetPrefix(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * One sentence a buyer can act on, e.g.
 * `Register!F12 (Promised date): "31/02/2026" is not a date. Expected a date such as 2026-11-21.`
 * `detail.expected` (a FieldKind or a literal list such as "email, phone") overrides the expectation
 * derived from the field, for columns that are not register fields (chase log).
 */
export function describeIssue(issue: CellIssue, lang: Lang): string {
  const t = translator(issuesCatalog, lang);
  const label = issue.header || (issue.field ? fieldLabel(issue.field, lang) : "");
  const at = `${sheetPrefix(issue.sheet)}${issue.column}${issue.row}${label ? ` (${label})` : ""}`;
  const field = issue.field ? fieldLabel(issue.field, lang) : (issue.header ?? "");
  const detail = issue.detail ?? {};
  const params = {
    at,
    field,
    value: formatValue(issue.value, t),
    expected: expectation(issue, t),
    firstRow: detail.firstRow ?? "",
    firstSheet: detail.firstSheet ?? "",
    sheets: detail.sheets ?? "",
    count: detail.count ?? "",
    rows: detail.rows ?? "",
    orField: typeof detail.orField === "string" ? fieldLabel(detail.orField as Parameters<typeof fieldLabel>[0], lang) : "",
    orderDate: formatDateDetail(detail.orderDate),
    ...ambiguousReadings(issue.value),
    receivedDate: formatDateDetail(detail.receivedDate),
    number: detail.number ?? "",
    more: typeof detail.count === "number" ? detail.count - 1 : 0,
  };
  switch (issue.code) {
    case "missingRequiredField":
      return t(detail.orField ? "missingRequiredFieldEither" : "missingRequiredField", params);
    case "missingValue":
      return t(issue.field === "requestedDate" || issue.field === "promisedDate" ? "missingDueDate" : "missingValue", params);
    case "dateOutOfRange":
      // A number cell: a serial outside Excel's 1 … 2,958,465 (a text date out of range names its dates).
      return t(typeof issue.value === "number" ? "dateSerialOutOfRange" : "dateOutOfRange", params);
    case "duplicateKey":
      return t(detail.firstSheet !== undefined ? "duplicateKeyOnSheet" : "duplicateKey", params);
    case "unitDropped":
      return t(params.more > 0 ? "unitDroppedMany" : "unitDropped", params);
    default:
      return t(issue.code, params);
  }
}

function expectation(issue: CellIssue, t: Translate<IssueKey>): string {
  const expected = issue.detail?.expected;
  if (typeof expected === "string") return expected in EXPECT_BY_KIND ? t(EXPECT_BY_KIND[expected as FieldKind]) : expected;
  if (issue.code === "notADate" || issue.code === "ambiguousDate") return t("expectDate");
  if (issue.code === "notANumber") return t("expectNumber");
  return issue.field ? t(EXPECT_BY_KIND[fieldKind(issue.field)]) : t("expectAnything");
}

/** The raw value as the buyer would recognise it: text quoted, TRUE/FALSE, numbers as they are. */
function formatValue(value: unknown, t: Translate<IssueKey>): string {
  if (value === null || value === undefined || value === "") return t("blank");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && value.startsWith("#")) return value; // Excel errors read best unquoted
  return t("quoted", { text: String(value) });
}

function formatDateDetail(value: string | number | undefined): string {
  if (typeof value === "number" && isValidSerial(value)) return formatIsoDate(value);
  return value === undefined ? "" : String(value);
}

/** What the cell should hold, in words (e.g. "a date such as 2026-11-21"): the "expected" of a problem listing. */
export function expectedOf(issue: CellIssue, lang: Lang): string {
  return expectation(issue, translator(issuesCatalog, lang));
}

/** The two readings of "1.200" (one point two / one thousand two hundred), for the ambiguousNumber message. */
function ambiguousReadings(value: unknown): { asDecimal: string; asGrouped: string } {
  const read = typeof value === "string" ? readNumberText(value.trim()) : null;
  if (!read || read.kind !== "ambiguous") return { asDecimal: "", asGrouped: "" };
  return { asDecimal: String(read.ifDecimal), asGrouped: String(read.ifGrouping) };
}
