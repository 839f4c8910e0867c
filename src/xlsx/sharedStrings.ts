/**
 * The shared string table (xl/sharedStrings.xml) as Excel's API shows each string: the text of its
 * `<t>`, or of its rich-text runs joined, without phonetic guides (`<rPh>`: the furigana over
 * Japanese text is not part of the value).
 */
import { decodeXstring, parseXmlStream } from "./xmlStream";

export async function readSharedStrings(stream: NodeJS.ReadableStream): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  const parse = parseXmlStream(stream, {
    open(name) {
      if (name === "si") current = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && current && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "si" && current) {
        strings.push(decodeXstring(current.join("")));
        current = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  });
  await parse.done;
  return strings;
}
