/**
 * The sheet reader's fast path (src/xlsx/rowXmlScanner.ts) held to ltx: whatever it scans gives ltx's
 * events exactly; what it throws, ltx throws; the rest it leaves to ltx (false). Checked on the shapes
 * writers produce and on thousands of damaged variants of them (a seeded generator: reproducible).
 */
import { scanRowXml } from "../../src/xlsx/rowXmlScanner";
import { parseSegment, HAZARD } from "../../src/xlsx/rowSegments";
import { RowCollector } from "../../src/xlsx/rowBatch";
import { XmlPartError, xmlParser, type XmlHandlers } from "../../src/xlsx/xmlStream";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

function recorder(): XmlHandlers & { events: Event[] } {
  const events: Event[] = [];
  return {
    events,
    open: (name, attributes) => void events.push(["open", name, { ...attributes }]),
    close: (name) => void events.push(["close", name]),
    text: (text) => void events.push(["text", text]),
  };
}

type Outcome = { events: Event[] } | { error: string } | "declined";

function byScanner(text: string): Outcome {
  const handlers = recorder();
  try {
    return scanRowXml(text, handlers) ? { events: handlers.events } : "declined";
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function byLtx(text: string): Outcome {
  const handlers = recorder();
  try {
    const parser = xmlParser(handlers);
    parser.write(text);
    parser.end();
    return { events: handlers.events };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The scanner's promise: when it answers, ltx answers the same. */
function expectFaithful(text: string): Outcome {
  const scanned = byScanner(text);
  if (scanned !== "declined") expect(scanned).toEqual(byLtx(text));
  return scanned;
}

const EXCEL_ROW =
  '<row r="2" spans="1:6" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>46000.5</v></c>' +
  '<c r="C2" t="inlineStr"><is><t xml:space="preserve"> a &amp; b </t><rPh sb="0" eb="1"><t>ア</t></rPh></is></c>' +
  '<c r="D2" t="b"><v>1</v></c><c r="E2"><f>TODAY()</f><v>46000</v></c><c r="F2" t="e"><v>#N/A</v></c></row>';
const LIBREOFFICE_ROW =
  '<row r="3" s="2" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">' +
  '<c r="A3" s="0" t="s"><v>1</v></c><c r="B3" s="3" t="n"><v>46001</v></c><c r="C3" s="0" t="str"><f aca="false">A3&amp;"x"</f><v>Acmex</v></c></row>';
const PREFIXED_ROW = '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>東京 &lt;精機&gt; &#x41;&#66;</x:t></x:is></x:c><x:c r="B4"/></x:row>';

describe("scanRowXml: the shapes writers produce", () => {
  it.each([
    ["Excel", EXCEL_ROW],
    ["LibreOffice", LIBREOFFICE_ROW],
    ["a prefixed namespace, entities and character references", PREFIXED_ROW],
    ["single-quoted attributes and spaces around them", "<row  r='5' ><c r='A5'  t='x'/></row>"],
    ["empty elements and text between rows", '<row r="6"/>\n  <row r="7"><c r="A7"></c></row>\n'],
    ["a `>` and a `<` inside an attribute value", '<row r="8"><c r="A8" t="s" note="a>b<c"><v>1</v></c></row>'],
  ])("%s: scanned, with ltx's events", (_, text) => {
    const scanned = expectFaithful(text);
    expect(scanned).not.toBe("declined");
  });

  it("gives the names without their prefix and the texts decoded", () => {
    expect(byScanner(PREFIXED_ROW)).toEqual({
      events: [
        ["open", "row", { r: "4" }],
        ["open", "c", { r: "A4", t: "inlineStr" }],
        ["open", "is", {}],
        ["open", "t", {}],
        ["text", "東京 <精機> AB"],
        ["close", "t"],
        ["close", "is"],
        ["close", "c"],
        ["open", "c", { r: "B4" }],
        ["close", "c"],
        ["close", "row"],
      ],
    });
  });

  it("starts past an XML declaration, giving no text before the next tag (as ltx after an instruction)", () => {
    const text = '<?xml version="1.0"?>\n<worksheet><sheetData><row r="1"/>';
    const handlers = recorder();
    expect(scanRowXml(text, handlers, text.indexOf("?>") + 2)).toBe(true);
    expect(handlers.events).toEqual((byLtx(text) as { events: Event[] }).events);
  });
});

describe("scanRowXml: what it leaves to ltx", () => {
  it.each([
    ["a comment", '<row r="1"><!-- </row> --></row>'],
    ["CDATA", '<row r="1"><c t="str"><v><![CDATA[a<b]]></v></c></row>'],
    ["a processing instruction", '<row r="1"><?pi x?></row>'],
    ["an unquoted attribute", "<row r=1></row>"],
    ["spaces around `=`", '<row r = "1"></row>'],
    ["attributes without a space between them", '<row r="1"s="2"></row>'],
    ["a stray `/` in a tag", '<row / r="1"></row>'],
    ["an end tag with attributes", '<row r="1"></row r="1">'],
    ["a tag cut off at the end", '<row r="1"><c r="A1"'],
    ["a tag without a name", "<row>< c></row>"],
  ])("%s: declined, nothing decided", (_, text) => {
    expect(byScanner(text)).toBe("declined");
  });

  it("throws on an unknown entity, as ltx does", () => {
    const text = '<row r="1"><c t="str"><v>a &nbsp; b</v></c></row>';
    expect(byScanner(text)).toEqual({ error: expect.stringContaining("&nbsp;") });
    expect(byLtx(text)).toEqual(byScanner(text));
  });
});

/** A small seeded generator (mulberry32): the same variants on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ["<", ">", "/", "=", '"', "'", " ", "\n", "&", ";", "&amp;", "&#x41;", "&#0;", ":", "x:", "<!--", "?", "row", "c", "v", "é", "行"];

/** `text` damaged by one to three edits: a piece of markup inserted, a few characters deleted, or the end cut off. */
function damaged(text: string, next: () => number): string {
  for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
    const at = Math.floor(next() * text.length);
    const action = next();
    if (action < 0.4) text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
    else if (action < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
    else text = text.slice(0, at);
  }
  return text;
}

describe("scanRowXml: damaged variants", () => {
  it("on 6,000 variants of written rows, answers as ltx whenever it answers", () => {
    const next = random(20261205);
    const sources = [EXCEL_ROW, LIBREOFFICE_ROW, PREFIXED_ROW];
    let scanned = 0;
    let thrown = 0;
    for (let i = 0; i < 6000; i++) {
      const outcome = expectFaithful(damaged(sources[i % sources.length], next));
      if (outcome !== "declined") ("error" in outcome ? thrown++ : scanned++);
    }
    // The check is worth something only if many variants were answered both ways.
    expect(scanned).toBeGreaterThan(1000);
    expect(thrown).toBeGreaterThan(50);
  });
});

/** Rows as the sheet reader collects them, through the scanner's fast cells (openCell, `<v>` runs) or through ltx. */
function rowsBy(scan: boolean, text: string): unknown {
  const rows = new RowCollector(false);
  try {
    if (scan) {
      if (!scanRowXml(text, rows)) return "declined";
    } else {
      const parser = xmlParser(rows);
      parser.write(text);
      parser.end();
    }
    return rows.take();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("scanRowXml: the sheet reader's cells", () => {
  it("on 6,000 variants of written rows, collects ltx's rows whenever it answers", () => {
    const next = random(5122026);
    const sources = [EXCEL_ROW, LIBREOFFICE_ROW, PREFIXED_ROW, '<row r="9"><c r="A9" t="s" r="B9"><v>2</v></c><c t="str" r="C9"><v>&lt;x&gt;</v></c><c r="D9" t="n"><v></v></c></row>'];
    let scanned = 0;
    for (let i = 0; i < 6000; i++) {
      const text = damaged(sources[i % sources.length], next);
      const fast = rowsBy(true, text);
      if (fast === "declined") continue;
      scanned++;
      expect(fast).toEqual(rowsBy(false, text));
    }
    expect(scanned).toBeGreaterThan(1000);
  });
});

describe("parseSegment: the scanner first, ltx for the rest", () => {
  it("reads a declined segment with ltx, and the same rows either way", () => {
    const plain = '<row r="1"><c r="A1"><v>5</v></c><c r="B1" t="str"><v>x</v></c></row>';
    const spaced = plain.replace('<c r="A1">', '<c r = "A1">'); // declined by the scanner; ltx reads it as the plain one
    expect(byScanner(spaced)).toBe("declined");
    const a = parseSegment(plain, false, false);
    const b = parseSegment(spaced, false, false);
    expect(b).not.toBe(HAZARD);
    expect(b).toEqual(a);
  });

  it("answers HAZARD for a comment that may hide a `</row>`, and a damaged-part error for an unknown entity", () => {
    expect(parseSegment('<row r="1"><!-- </row> --></row>', false, false)).toBe(HAZARD);
    expect(() => parseSegment('<row r="1"><c t="str"><v>&bogus;</v></c></row>', false, false)).toThrow(XmlPartError);
  });
});
