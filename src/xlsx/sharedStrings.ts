/**
 * The shared string table (xl/sharedStrings.xml) as Excel's API shows each string: the text of its
 * `<t>`, or of its rich-text runs joined, without phonetic guides (`<rPh>`: the furigana over
 * Japanese text is not part of the value).
 */
import { decodeXstring, parseXmlStream, TooManyCellsError, XmlPartError } from "./xmlStream";

/** 2^24: a full sheet of 1,048,576 lines with 16 columns of distinct text each. */
export const MAX_SHARED_STRINGS = 16_777_216;

export async function readSharedStrings(
  stream: NodeJS.ReadableStream,
  limit = MAX_SHARED_STRINGS,
  part = "xl/sharedStrings.xml",
): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  // Read by the fast scanner a run of whole `<si>` at a time; from a run it declines, by ltx (xmlStream.ts),
  // the state as it was after the last run scanned (a damaged part may leave an element open across runs).
  let saved = { count: 0, current: null as string[] | null, inText: false, phonetic: 0 };
  const pieces = {
    cutAfter: "</si>",
    save: () => void (saved = { count: strings.length, current: current && [...current], inText, phonetic }),
    restore() {
      strings.length = saved.count;
      current = saved.current && [...saved.current];
      inText = saved.inText;
      phonetic = saved.phonetic;
    },
  };
  try {
    await parseXmlStream(
      stream,
      {
        open(name) {
          if (name === "si") current = [];
          else if (name === "rPh") phonetic++;
          else if (name === "t" && current && phonetic === 0) inText = true;
        },
        close(name) {
          if (name === "si" && current) {
            if (strings.length >= limit) throw new TooManyCellsError(part, limit);
            strings.push(decodeXstring(current.join("")));
            current = null;
          } else if (name === "rPh") phonetic--;
          else if (name === "t") inText = false;
        },
        text(text) {
          if (inText && current) current.push(text);
        },
      },
      pieces,
    );
  } catch (error) {
    // A damaged part is named, as a damaged sheet is (cellSource.ts).
    if (error instanceof XmlPartError) throw error.within({ part });
    throw error;
  }
  return strings;
}
