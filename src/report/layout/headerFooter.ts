/** Excel header/footer codes: & is doubled, {page} → &P, {pages} → &N. */
export function headerFooterText(text: string): string {
  return text
    .replace(/&/g, "&&")
    .replace(/\{page\}/g, "&P")
    .replace(/\{pages\}/g, "&N");
}
