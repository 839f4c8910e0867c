/**
 * What the host allows. Excel on the web rejects a request or response above 5 MB; desktop Excel has
 * no such payload limit (large reads are limited by memory and time instead, so we still cap rows per sync).
 */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Bytes we allow ourselves per sync on the web: 80 % of the limit leaves room for the protocol's own JSON. */
export const WEB_PAYLOAD_BUDGET = Math.floor(WEB_PAYLOAD_LIMIT * 0.8);
/** Rows per read sync even where payload is unlimited. */
export const MAX_ROWS_PER_SYNC = 100_000;

declare const Office:
  | {
      context?: {
        platform?: unknown;
        displayLanguage?: string;
        requirements?: { isSetSupported(name: string, version?: string): boolean };
      };
      PlatformType?: { OfficeOnline?: unknown };
    }
  | undefined;

/** True inside Excel on the web. Outside Office (tests, the playground) this is false. */
export function isExcelOnTheWeb(): boolean {
  if (typeof Office === "undefined" || !Office?.context) return false;
  return Office.context.platform === (Office.PlatformType?.OfficeOnline ?? "OfficeOnline");
}

/** Payload budget for one sync on this host. */
export function defaultPayloadBudget(): number {
  return isExcelOnTheWeb() ? WEB_PAYLOAD_BUDGET : Number.POSITIVE_INFINITY;
}

/** ExcelApi requirement-set check; true outside Office (the in-memory Excel implements what we use). */
export function supportsExcelApi(version: string): boolean {
  if (typeof Office === "undefined" || !Office?.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** Office's display language ("zh-CN", "ja-JP"…), or undefined outside Office or before Office.onReady. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office?.context?.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

/** Office's theme colours for the task pane (Office.context.officeTheme, Mailbox/Common API), or undefined outside Office. */
export function officeTheme(): { bodyBackgroundColor?: string; isDarkTheme?: boolean } | undefined {
  try {
    if (typeof Office === "undefined") return undefined;
    return (Office?.context as unknown as { officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } } | undefined)
      ?.officeTheme;
  } catch {
    return undefined;
  }
}
