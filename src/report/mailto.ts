/**
 * mailto: links (RFC 6068). Many mail clients and browsers cut or refuse links longer than about
 * 2,000 characters, so callers fit their body under MAILTO_MAX_LENGTH (see chaseLetter) and
 * `mailtoUrl` hard-cuts whatever still does not fit.
 */
export const MAILTO_MAX_LENGTH = 2000;

/** Addresses found in a cell like "a@x.com; b@x.com, c@x.com" (anything without an @ is dropped). */
export function mailAddresses(cell: string | null | undefined): string[] {
  if (!cell) return [];
  return cell
    .split(/[;,\s]+/)
    .map((a) => a.trim().replace(/^<|>$/g, ""))
    .filter((a) => /^[^@\s]+@[^@\s]+$/.test(a));
}

/** Percent-encoding for mailto parts; line breaks become CRLF (%0D%0A) as RFC 6068 asks. */
export function encodeMailtoPart(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, "\r\n"));
}

function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, "@");
}

export function mailtoUrl(to: readonly string[], subject: string, body: string, maxLength = MAILTO_MAX_LENGTH): string {
  const head = `mailto:${to.map(encodeAddress).join(",")}?subject=${encodeMailtoPart(subject)}&body=`;
  const full = head + encodeMailtoPart(body);
  if (full.length <= maxLength) return full;
  // Longest prefix of the body that fits (binary search on characters, never splitting a surrogate pair).
  const chars = Array.from(body);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((head + encodeMailtoPart(chars.slice(0, mid).join("") + "…")).length <= maxLength) lo = mid;
    else hi = mid - 1;
  }
  return head + encodeMailtoPart(chars.slice(0, lo).join("") + (lo > 0 ? "…" : ""));
}
