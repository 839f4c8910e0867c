/**
 * What the XML readers (xmlStream.ts: ltx; rowXmlScanner.ts: the fast scanner) give their caller, event
 * by event. Element names come without their namespace prefix ("x:c" → "c"), as some writers prefix SpreadsheetML.
 */
export interface XmlHandlers {
  /** `attributes`: to read during the call only, never to keep or change (a fast path shares one empty object). */
  open(name: string, attributes: Record<string, string>): void;
  /**
   * A cell (`<c>`) as the fast scanner gives it (rowXmlScanner.ts): its `r` and `t` only, no attributes
   * object. A handler without it gets open("c", attributes) instead, as from ltx.
   */
  openCell?(reference: string | undefined, type: string | undefined): void;
  close(name: string): void;
  text(text: string): void;
  /** Where the handler stands (row 12, column C; {} when nowhere in particular): a damaged part's message says it. */
  where?(): XmlPlace;
}

/** Where a damaged part was met, as far as known: the sheet (or another part of the package), the row and column. */
export interface XmlPlace {
  sheet?: string;
  /** A part that is no sheet, by its path in the package ("xl/sharedStrings.xml"). */
  part?: string;
  row?: number;
  column?: string;
}
