/** The streaming reader's XML layer: cells as Excel's API gives them, from hand-written SpreadsheetML. */
import { Readable } from "node:stream";
import JSZip from "jszip";
import { readSheetRows, type SheetRow } from "./sheetRowsOf";
import { columnOf } from "../../src/xlsx/rowBatch";
import { readSharedStrings } from "../../src/xlsx/sharedStrings";
import { decodeXstring, parseXmlStream, TooManyCellsError, XmlPartError } from "../../src/xlsx/xmlStream";
import { openPackage } from "../../src/xlsx/packageIndex";
import { streamCells } from "../../src/xlsx/cellSource";
import { registerBytes } from "./hostileFiles";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** The text as a stream of `size`-byte chunks (a chunk may end inside a tag or a multi-byte character). */
function chunked(text: string, size = 7): Readable {
  const bytes = Buffer.from(text, "utf8");
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

async function rows(sheetData: string, options: { strings?: string[]; date1904?: boolean; wantsRow?: (n: number) => boolean } = {}) {
  const found: SheetRow[] = [];
  await readSheetRows(chunked(`<?xml version="1.0"?><worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`), {
    strings: options.strings ?? [],
    date1904: options.date1904 ?? false,
    wantsRow: options.wantsRow ?? (() => true),
    onRow: (row) => void found.push(row),
  });
  return found;
}

describe("readSheetRows", () => {
  test("each cell type as Excel's API gives it", async () => {
    const [row] = await rows(
      '<row r="2">' +
        '<c r="A2" t="s"><v>1</v></c>' + // shared string 1
        '<c r="B2"><v>46346</v></c>' + // a date-formatted number stays its serial
        '<c r="C2" t="b"><v>1</v></c>' +
        '<c r="D2" t="e"><v>#N/A</v></c>' +
        '<c r="E2" t="str"><f>A2&amp;"x"</f><v>Acme&amp;x</v></c>' + // a formula: its saved result, entities decoded
        '<c r="F2" t="inlineStr"><is><r><t>PO-</t></r><r><t xml:space="preserve">1 </t></r></is></c>' +
        '<c r="G2" s="3"/>' + // styled but empty: no value
        '<c r="H2"><v>1.5E-3</v></c>' +
        "</row>",
      { strings: ["PO number", "Acme"] },
    );
    expect(row.number).toBe(2);
    expect(row.columns).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(row.values).toEqual(["Acme", 46346, true, "#N/A", 'Acme&x', "PO-1 ", 0.0015]);
    expect(row.uncached).toEqual([]);
  });

  test("a formula with no saved result is reported by position, not read as a value", async () => {
    const [row] = await rows('<row r="1"><c r="B1"><f>TODAY()</f></c><c r="C1"><f t="shared" si="0"/></c></row>');
    expect(row.columns).toEqual([]);
    expect(row.uncached).toEqual([2, 3]);
  });

  test("t=\"d\" ISO dates → serials: 2026-11-20 is 46346 in the 1900 system, 46346 − 1462 = 44884 in the 1904 one", async () => {
    // 2026-11-20 = 20,777 days after 1970-01-01 (Unix epoch, serial 25,569): 25,569 + 20,777 = 46,346.
    const cells = '<row r="1"><c r="A1" t="d"><v>2026-11-20</v></c><c r="B1" t="d"><v>2026-11-20T12:00:00</v></c></row>';
    expect((await rows(cells))[0].values).toEqual([46346, 46346.5]);
    expect((await rows(cells, { date1904: true }))[0].values).toEqual([44884, 44884.5]);
  });

  test("rows and cells without positions follow the previous ones (ECMA-376 18.3.1.73, 18.3.1.4)", async () => {
    const found = await rows('<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>');
    expect(found.map((r) => [r.number, r.columns, r.values])).toEqual([
      [1, [1, 2], [1, 2]],
      [5, [3, 4], [3, 4]],
      [6, [1], [5]],
    ]);
  });

  test("rows not wanted are skipped; the last cell of Excel's grid is kept, beyond it nothing", async () => {
    const found = await rows('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="XFD2"><v>9</v></c><c r="XFE2"><v>10</v></c></row>', {
      wantsRow: (n) => n === 2,
    });
    expect(found.map((r) => [r.number, r.columns])).toEqual([[2, [1, 16_384]]]);
  });

  test("row numbers past Excel's grid stay past it (3,000,000,000 and 2^32 + 1 are not rows 999 and 1), and so do the rows after them", async () => {
    const found = await rows('<row r="1"><c><v>1</v></c></row><row r="3000000000"><c><v>2</v></c></row><row><c><v>3</v></c></row><row r="4294967297"><c><v>4</v></c></row><row r="2"><c><v>5</v></c></row>');
    expect(found.map((r) => [r.number, r.values])).toEqual([
      [1, [1]],
      [2, [5]],
    ]);
  });

  test("a row opened inside another (a damaged part): the first keeps its number, not its cells", async () => {
    const found = await rows('<row r="4"><c><v>1</v></c><row><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    expect(found.map((r) => [r.number, r.values])).toEqual([
      [4, []],
      [5, [2]],
      [6, [3]],
    ]);
  });

  test("a row of more cells than Excel has columns (the same cell again and again): a damaged part, refused", async () => {
    await expect(rows(`<row r="1">${'<c r="A1"><v>1</v></c>'.repeat(16_385)}</row>`)).rejects.toBeInstanceOf(XmlPartError);
    expect(await rows(`<row r="1">${"<c><v>1</v></c>".repeat(16_384)}</row>`)).toHaveLength(1);
  });

  test("a namespace prefix on SpreadsheetML elements is read as the same elements", async () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const found: SheetRow[] = [];
    await readSheetRows(chunked(xml), { strings: [], date1904: false, wantsRow: () => true, onRow: (r) => void found.push(r) });
    expect(found[0].values).toEqual(["ok"]);
  });

  test("stopping early ends the parsing but not the count: the rest still inflates (a lying size is caught)", async () => {
    const seen: number[] = [];
    const stream = chunked('<worksheet><sheetData><row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row></sheetData></worksheet>', 5);
    let ended = false;
    stream.on("end", () => (ended = true));
    await readSheetRows(stream, { strings: [], date1904: false, wantsRow: () => true, onRow: (r) => (seen.push(r.number), false) });
    expect(seen).toEqual([1]);
    expect(ended).toBe(true);
  });
});

describe("readSharedStrings", () => {
  test("plain, rich text runs joined, phonetic guides left out, _xHHHH_ escapes decoded, multi-byte text across chunks", async () => {
    const xml =
      `<sst ${NS} count="4" uniqueCount="4">` +
      "<si><t>Acme</t></si>" +
      "<si><r><rPr><b/></rPr><t>PO-</t></r><r><t>7</t></r></si>" +
      "<si><t>東京精機</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>" +
      "<si><t>line_x000D_end</t></si>" +
      "</sst>";
    expect(await readSharedStrings(chunked(xml, 3))).toEqual(["Acme", "PO-7", "東京精機", "line\rend"]);
  });

  /** ltx alone, as the table was read before the fast scanner: what it must still give. */
  async function byLtx(xml: string, chunkSize = 4096): Promise<string[]> {
    const strings: string[] = [];
    let current: string[] | null = null;
    let inText = false;
    let phonetic = 0;
    await parseXmlStream(chunked(xml, chunkSize), {
      open: (name) => (name === "si" ? (current = []) : name === "rPh" ? phonetic++ : name === "t" && current && phonetic === 0 ? (inText = true) : undefined),
      close: (name) => (name === "si" && current ? (strings.push(decodeXstring(current.join(""))), (current = null)) : name === "rPh" ? phonetic-- : name === "t" ? (inText = false) : undefined),
      text: (text) => void (inText && current && current.push(text)),
    });
    return strings;
  }

  test("scanned a run of `<si>` at a time; from a run holding a comment or CDATA on, by ltx: the same strings either way", async () => {
    const items = Array.from({ length: 3000 }, (_, i) =>
      i % 7 === 0 ? `<si><r><t xml:space="preserve">R${i} </t></r><r><rPr><b/></rPr><t>&amp;${i}</t></r></si>` : i % 11 === 0 ? `<si><t>東京${i}</t><rPh sb="0" eb="1"><t>トウ</t></rPh></si>` : `<si><t>S${i} &lt;x&gt;</t></si>`,
    );
    const plain = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="3000">${items.join("")}</sst>`;
    // A comment (holding a `</si>`) and CDATA two-thirds in: runs before them are scanned, the rest is ltx's.
    const marked = plain.replace("<si><t>S2000 ", "<!-- </si><si><t>no</t></si> --><si><t><![CDATA[S2000]]> ");
    // Chunk for chunk: ltx itself reads CDATA cut by a chunk's end differently (5-byte chunks lose S2000).
    for (const xml of [plain, marked])
      for (const size of [5, 997, 65536]) expect(await readSharedStrings(chunked(xml, size))).toEqual(await byLtx(xml, size));
    expect(await byLtx(plain)).toHaveLength(3000);
    // A damaged part: a phonetic guide left open across the runs scanned, then a comment — ltx's reading, [""].
    const damaged = `<sst ${NS}><rPh></t></si><x:si><x:t>n</x:t></x:si><!-- c --></sst>`;
    expect(await readSharedStrings(chunked(damaged, 4096))).toEqual(await byLtx(damaged));
    // A part ltx refuses is named, as a damaged sheet is.
    await expect(readSharedStrings(chunked(`<sst ${NS}><si><t>&bogus;</t></si></sst>`, 4096))).rejects.toThrow(/^xl\/sharedStrings\.xml: .*&bogus;/);
    // ltx gives no text after a CDATA section up to the next tag: " <x>" is lost, as it was before the scanner.
    expect((await byLtx(marked, 997)).slice(1999, 2001)).toEqual(["S1999 <x>", "S2000"]);
  });
});

describe("xml layer", () => {
  test("columnOf: A → 1, Z → 26, AA → 27, XFD → 16,384 (24·676 + 6·26 + 4); no letters → the fallback", () => {
    expect([columnOf("A1", 0), columnOf("Z9", 0), columnOf("AA3", 0), columnOf("XFD1048576", 0), columnOf("12", 7)]).toEqual([1, 26, 27, 16_384, 7]);
  });

  test("decodeXstring: _x0009_ → tab, _x005F_ → underscore, text without escapes unchanged", () => {
    expect(decodeXstring("a_x0009_b_x005F_c")).toBe("a\tb_c");
    expect(decodeXstring("plain_text")).toBe("plain_text");
  });

  test("an unknown entity is a damaged part (XmlPartError), not a crash or a guess", async () => {
    await expect(parseXmlStream(chunked("<a>&bogus;</a>"), { open() {}, close() {}, text() {} })).rejects.toBeInstanceOf(XmlPartError);
  });
});

describe("bounds an input cannot push past", () => {
  test("shared strings past the limit: TooManyCellsError naming the part (3 allowed, the 4th refused)", async () => {
    const xml = `<sst ${NS}>${"<si><t>x</t></si>".repeat(4)}</sst>`;
    await expect(readSharedStrings(chunked(xml), 3, "xl/sharedStrings.xml")).rejects.toEqual(new TooManyCellsError("xl/sharedStrings.xml", 3));
    expect(await readSharedStrings(chunked(xml), 4)).toHaveLength(4);
  });

  test("cells kept past the budget, all wanted sheets together: refused with the sheet named (20-line register × 21 columns > 100)", async () => {
    const pkg = await openPackage(await registerBytes(20));
    const wants = new Map([["Register", { used: true, rects: [] }]]);
    await expect(streamCells(pkg, wants, { cells: 100 })).rejects.toThrow(new TooManyCellsError("Register", 100));
    const again = await openPackage(await registerBytes(20));
    await expect(streamCells(again, wants, { cells: 1_000 })).resolves.toBeDefined(); // 21 × 21 = 441 cells at most
  });

  test("a damaged sheet is refused naming the sheet, and the row and column where the damage was met", async () => {
    const zip = await JSZip.loadAsync(await registerBytes(20));
    const part = Object.keys(zip.files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    const xml = await zip.file(part)!.async("string");
    const wants = new Map([["Register", { used: true, rects: [] }]]);
    const damaged = async (sheetXml: string) => {
      zip.file(part, sheetXml);
      return streamCells(await openPackage(await zip.generateAsync({ type: "nodebuffer" })), wants);
    };
    await expect(damaged(xml.replace("</row>", "&bogus;</row>"))).rejects.toThrow(/^sheet "Register": row 1: .*&bogus;/);
    expect(xml).toMatch(/<c r="B3"[^>]*>/);
    await expect(damaged(xml.replace(/(<c r="B3"[^>]*>)/, "$1&bogus;"))).rejects.toThrow(/^sheet "Register": row 3, column B: .*&bogus;/);
    const wide = `<row r="3">${'<c r="A3"><v>1</v></c>'.repeat(16_385)}</row>`;
    await expect(damaged(xml.replace(/<row r="3".*?<\/row>/, wide))).rejects.toThrow('sheet "Register": row 3: more than 16384 cells in one row');
  });
});
