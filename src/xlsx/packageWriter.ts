/**
 * The surgical writer: the output package is the input package with our sheets (the report and KPI
 * sheets) added or replaced, and every other zip entry copied as it is — its compressed bytes
 * reused, not inflated and deflated again — so the user's sheets, charts, drawings, pivot tables and
 * caches, slicers, VBA project, custom XML and defined names are byte-identical.
 *
 * Our sheets are rendered by exceljs into a scratch workbook holding only them; their parts (sheet
 * XML, its tables and any other part it links to) are transplanted under fresh part names. Shared
 * strings become inline strings (the user's sharedStrings.xml stays as it is) and cell formats are
 * appended to the user's styles.xml (stylesMerge.ts). Edited: [Content_Types].xml, workbook.xml
 * (the sheet entry and the sheet's local defined names, e.g. print titles), its .rels, styles.xml.
 * Added beside our sheets: what exceljs cannot write or writes slowly (SheetExtras) — native charts
 * (chartParts.ts) and the rows of large tables (tableRows.ts).
 *
 * Zip library: JSZip (already a dependency; reuses an unchanged entry's compressed data when the
 * method matches, which we set per entry). Our parts are deflated by Node's zlib and handed to JSZip
 * already compressed.
 */
import * as posix from "node:path/posix";
import * as zlib from "node:zlib";
import { once } from "node:events";
import JSZip from "jszip";
import { sameName } from "../workbook/names";
import {
  attributesOf,
  beforeClose,
  contentTypeOf,
  elements,
  EMPTY_RELS,
  escapeXml,
  parseContentTypes,
  parseRels,
  prefixOf,
  relationshipXml,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  section,
  startTags,
  withAttribute,
  type ContentTypes,
  type Relationship,
} from "./packageParts";
import { StylesMerge } from "./stylesMerge";
import type { ChartPlan } from "../report/layout";
import {
  chartXml,
  drawingXml,
  withDrawing,
  CHART_CONTENT_TYPE,
  CHART_REL,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL,
  type CellLookup,
} from "./chartParts";

import { deferredRowsChunks, extendTableRef, splicePoint, withSheetData, type DeferredRows } from "./tableRows";

/** Our sheet's relationship to its drawing (exceljs's own ids are rId1…; this one cannot clash). */
const DRAWING_REL_ID = "rIdPoCharts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${REL}/worksheet`;
const OFFICE_DOCUMENT_REL = `${REL}/officeDocument`;
const STYLES_REL = `${REL}/styles`;
const SHARED_STRINGS_REL = `${REL}/sharedStrings`;
/** A template's main part → the workbook's (the output is a workbook, not a template). */
const NOT_TEMPLATE: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml":
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
};
const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

export class PackageWriteError extends Error {}

export interface SurgicalResult {
  bytes: Buffer;
  /** True when the workbook is macro-enabled (it must keep an .xlsm name to open in Excel). */
  macroEnabled: boolean;
  /** Entries copied unchanged / written or edited by us. */
  kept: number;
  written: string[];
}

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  part: string;
  tag: string;
}

interface Workbook {
  part: string;
  xml: string;
  prefix: string;
  rels: Relationship[];
  sheets: SheetEntry[];
}

async function text(zip: JSZip, part: string): Promise<string | null> {
  return (await zip.file(part)?.async("string")) ?? null;
}

async function readWorkbookPart(zip: JSZip): Promise<Workbook> {
  const root = parseRels((await text(zip, "_rels/.rels")) ?? "");
  const main = root.find((r) => r.type === OFFICE_DOCUMENT_REL);
  const part = main ? resolveTarget("", main.target) : "xl/workbook.xml";
  const xml = await text(zip, part);
  if (xml === null) throw new PackageWriteError(`No workbook part (${part})`);
  const rels = parseRels((await text(zip, relsPathOf(part))) ?? "");
  const prefix = prefixOf(xml, "workbook");
  const sheets = startTags(section(xml, `${prefix}sheets`)?.body ?? "", `${prefix}sheet`).map(({ tag }) => {
    const a = attributesOf(tag);
    const rid = Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== "sheetId")?.[1] ?? "";
    const rel = rels.find((r) => r.id === rid);
    return { name: a.name ?? "", sheetId: Number(a.sheetId), rid, part: rel ? resolveTarget(part, rel.target) : "", tag };
  });
  return { part, xml, prefix, rels, sheets };
}

/** The parts `start` links to, transitively (its .rels and their targets), `start` included. */
async function closureOf(zip: JSZip, start: string, limit = 10_000): Promise<Set<string>> {
  const found = new Set<string>();
  const queue = [start];
  while (queue.length > 0 && found.size < limit) {
    const part = queue.shift()!;
    if (found.has(part) || !zip.file(part)) continue;
    found.add(part);
    const relsPath = relsPathOf(part);
    const rels = await text(zip, relsPath);
    if (rels === null) continue;
    found.add(relsPath);
    for (const rel of parseRels(rels)) if (!rel.external) queue.push(resolveTarget(part, rel.target));
  }
  return found;
}

/** Every internal target named by a .rels part not in `except` (the parts something else still needs). */
async function referencedOutside(zip: JSZip, except: Set<string>): Promise<Set<string>> {
  const used = new Set<string>();
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".rels") || except.has(name)) continue;
    const source = name === "_rels/.rels" ? "" : posix.join(posix.dirname(posix.dirname(name)), posix.basename(name, ".rels"));
    for (const rel of parseRels((await text(zip, name)) ?? "")) if (!rel.external) used.add(resolveTarget(source, rel.target));
  }
  return used;
}

/** A part name not in the package: "xl/tables/table3.xml" → "xl/tables/table7.xml". */
function freshName(taken: Set<string>, like: string): string {
  const dir = posix.dirname(like);
  const ext = posix.extname(like);
  const stem = posix.basename(like, ext).replace(/\d+$/, "");
  for (let n = 1; n < 1_000_000; n++) {
    const name = posix.join(dir, `${stem}${n}${ext}`);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
  throw new PackageWriteError(`No free part name like ${like}`);
}

/** Shared-string cells → inline strings, style and dxf indices → the merged styles', no sheet selected. */
function adaptSheetXml(xml: string, strings: readonly string[], styles: StylesMerge): string {
  let out = xml.replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_, before: string, after: string, index: string) => {
    const si = strings[Number(index)] ?? "<t></t>";
    return `<c${before} t="inlineStr"${after}><is>${si}</is></c>`;
  });
  out = out.replace(/<(c|row)\b[^>]*>/g, (tag) =>
    tag.replace(/(\ss=")(\d+)"/, (_, head: string, s: string) => `${head}${styles.cellXf(Number(s))}"`),
  );
  out = out.replace(/<col\b[^>]*>/g, (tag) =>
    tag.replace(/(\sstyle=")(\d+)"/, (_, head: string, s: string) => `${head}${styles.cellXf(Number(s))}"`),
  );
  out = out.replace(/(\sdxfId=")(\d+)"/g, (_, head: string, d: string) => `${head}${styles.dxf(Number(d))}"`);
  // The user's selected tab stays the one shown: two selected tabs would open as a sheet group.
  return out.replace(/(<sheetView\b[^>]*?)\stabSelected="(1|true)"/g, "$1");
}

/** The rIds and sheet ids in use, and the next free of each. */
function nextId(used: Iterable<string>, prefix: string): () => string {
  const taken = new Set(used);
  let n = 1;
  return () => {
    while (taken.has(`${prefix}${n}`)) n++;
    taken.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  };
}

/** Native charts to draw on one of our sheets (chartParts.ts), and its cells' values for their caches. */
export interface SheetCharts {
  plans: readonly ChartPlan[];
  valueAt: CellLookup;
}

/** What one of our sheets gets beyond the scratch workbook's part: native charts, large tables' rows (tableRows.ts). */
export interface SheetExtras {
  charts?: SheetCharts;
  rows?: readonly DeferredRows[];
}

/**
 * `input`: the user's package; `scratch`: a package holding our sheets (and maybe others, ignored);
 * `ours`: the names of the sheets to transplant — a same-named input sheet is replaced (the caller
 * decided it is ours: src/workbook/ownedSheets.ts), any other is added after the last sheet.
 * `extras`: sheet name → the native charts drawn on it (exceljs cannot make charts: we write their
 * parts) and the rows of its large tables written here rather than by exceljs.
 */
export async function transplantSheets(
  input: Buffer,
  scratch: Buffer,
  ours: readonly string[],
  extras: ReadonlyMap<string, SheetExtras> = new Map(),
): Promise<SurgicalResult> {
  const zip = await JSZip.loadAsync(input);
  const src = await JSZip.loadAsync(scratch);
  const originalNames = Object.keys(zip.files);
  const methods = new Map(
    originalNames.map((n) => [n, (zip.files[n] as unknown as { _data?: { compression?: { magic?: string } } })._data?.compression?.magic]),
  );
  const changed = new Set<string>();
  const putCompressed = (part: string, compressed: object) => {
    zip.file(part, compressed as unknown as Buffer, { binary: true, createFolders: false }); // Excel's packages hold no folder entries
    changed.add(part);
  };
  const put = (part: string, data: string | Buffer) => putCompressed(part, deflated(data));

  const book = await readWorkbookPart(zip);
  const scratchBook = await readWorkbookPart(src);
  const typesXml = (await text(zip, "[Content_Types].xml")) ?? "";
  const types = parseContentTypes(typesXml);
  const scratchTypes = parseContentTypes((await text(src, "[Content_Types].xml")) ?? "");
  const scratchRoot = posix.dirname(scratchBook.part);
  const scratchStylesRel = scratchBook.rels.find((r) => r.type === STYLES_REL);
  const scratchStyles = scratchStylesRel ? await text(src, resolveTarget(scratchBook.part, scratchStylesRel.target)) : null;
  const stringsRel = scratchBook.rels.find((r) => r.type === SHARED_STRINGS_REL);
  const stringsXml = stringsRel ? ((await text(src, resolveTarget(scratchBook.part, stringsRel.target))) ?? "") : "";
  const strings = elements(stringsXml, `${prefixOf(stringsXml, "sst")}si`).map((si) =>
    si.replace(/^<[^>]*>/, "").replace(/<\/[^>]*>$/, ""),
  );

  const stylesRel = book.rels.find((r) => r.type === STYLES_REL);
  let stylesPart = stylesRel ? resolveTarget(book.part, stylesRel.target) : null;
  const userStyles = stylesPart ? await text(zip, stylesPart) : null;
  const styles = new StylesMerge(userStyles ?? scratchStyles ?? "", scratchStyles ?? "");

  // Old versions of our sheets: their parts go, except what something else still links to.
  const replaced = book.sheets.filter((s) => ours.some((name) => sameName(name, s.name)));
  const remove = new Set<string>();
  for (const sheet of replaced) for (const part of await closureOf(zip, sheet.part)) remove.add(part);
  const needed = await referencedOutside(zip, remove);
  for (const part of remove) if (!needed.has(part) || replaced.some((s) => s.part === part)) zip.remove(part);
  const removed = [...remove].filter((p) => !zip.file(p));

  const taken = new Set(originalNames.map((n) => n.toLowerCase()));
  const newRid = nextId(
    book.rels.map((r) => r.id),
    "rId",
  );
  let maxSheetId = Math.max(0, ...book.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0)));
  const maxTableId = { value: 0 };
  for (const name of originalNames)
    if (/^xl\/tables\/[^/]+\.xml$/i.test(name) && zip.file(name)) {
      const id = Number(attributesOf(/<(?:[\w.-]+:)?table\b[^>]*>/.exec((await text(zip, name)) ?? "")?.[0] ?? "").id);
      if (Number.isFinite(id)) maxTableId.value = Math.max(maxTableId.value, id);
    }
  const addedTypes: [string, string][] = [];

  /** Copies scratch part `from` (and what it links to) into the package as `to`; `extra`: relationships of ours to add. */
  const copyPart = async (
    from: string,
    to: string,
    adapt: (xml: string) => string | Iterable<Buffer>,
    extra: Relationship[] = [],
    deferred: readonly DeferredRows[] = [],
  ): Promise<void> => {
    const type = contentTypeOf(scratchTypes, from);
    if (type && contentTypeOf(types, to) !== type) addedTypes.push([to, type]);
    const relsXml = await text(src, relsPathOf(from));
    if (relsXml !== null || extra.length > 0) {
      const rels = relsXml === null ? [] : parseRels(relsXml);
      const out: Relationship[] = [...extra];
      for (const rel of rels) {
        if (rel.external) {
          out.push(rel);
          continue;
        }
        const target = resolveTarget(from, rel.target);
        const fresh = freshName(taken, posix.join(posix.dirname(book.part), posix.relative(scratchRoot, target)));
        await copyPart(target, fresh, (xml) =>
          /tables\/[^/]+\.xml$/i.test(target) ? withDeferredRef(renumberTable(xml, ++maxTableId.value), deferred) : xml,
        );
        out.push({ ...rel, target: relativeTarget(to, fresh) });
      }
      put(relsPathOf(to), beforeClose(EMPTY_RELS, "Relationships", out.map(relationshipXml).join("")));
    }
    const file = src.file(from);
    if (!file) throw new PackageWriteError(`The scratch workbook lacks ${from}`);
    if (/\.(xml|vml)$/i.test(from)) {
      const adapted = adapt(await file.async("string"));
      if (typeof adapted === "string") put(to, adapted);
      else putCompressed(to, await deflatedChunks(adapted));
    } else put(to, await file.async("nodebuffer"));
  };

  /** Writes the drawing part and its chart parts for one sheet named `sheetName`; returns the drawing's part name. */
  const addDrawing = (drawn: SheetCharts, sheetName: string): string => {
    const dir = posix.dirname(book.part);
    const drawing = freshName(taken, posix.join(dir, "drawings", "drawing1.xml"));
    const rels: Relationship[] = [];
    drawn.plans.forEach((plan, i) => {
      const chart = freshName(taken, posix.join(dir, "charts", "chart1.xml"));
      put(chart, chartXml(plan, sheetName, drawn.valueAt));
      addedTypes.push([chart, CHART_CONTENT_TYPE]);
      rels.push({ id: `rId${i + 1}`, type: CHART_REL, target: relativeTarget(drawing, chart), external: false });
    });
    put(drawing, drawingXml(drawn.plans.map((plan, i) => ({ plan, relId: rels[i].id }))));
    put(relsPathOf(drawing), beforeClose(EMPTY_RELS, "Relationships", rels.map(relationshipXml).join("")));
    addedTypes.push([drawing, DRAWING_CONTENT_TYPE]);
    return drawing;
  };

  let workbookXml = book.xml;
  let relsXml = (await text(zip, relsPathOf(book.part))) ?? EMPTY_RELS;
  const sheetsName = `${book.prefix}sheets`;
  const written: { name: string; index: number; scratchIndex: number }[] = [];
  for (const name of ours) {
    const scratchIndex = scratchBook.sheets.findIndex((s) => sameName(s.name, name));
    if (scratchIndex < 0) throw new PackageWriteError(`The scratch workbook lacks the sheet ${name}`);
    const from = scratchBook.sheets[scratchIndex];
    const old = replaced.find((s) => sameName(s.name, name));
    const part = freshName(taken, posix.join(posix.dirname(book.part), "worksheets", "sheet1.xml"));
    const extra = [...extras].find(([sheet]) => sameName(sheet, name))?.[1] ?? {};
    const drawn = extra.charts;
    const drawing = drawn && drawn.plans.length > 0 ? addDrawing(drawn, from.name) : null;
    const deferred = extra.rows ?? [];
    await copyPart(
      from.part,
      part,
      (xml) => {
        const adapted = adaptSheetXml(xml, strings, styles);
        const sheetXml = drawing ? withDrawing(adapted, DRAWING_REL_ID) : adapted;
        return deferred.length > 0 ? withDeferredRows(sheetXml, deferred, styles) : sheetXml;
      },
      drawing ? [{ id: DRAWING_REL_ID, type: DRAWING_REL, target: relativeTarget(part, drawing), external: false }] : [],
      deferred,
    );
    const rid = old?.rid ?? newRid();
    relsXml = old
      ? relsXml.replace(
          new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\bId="${old.rid}"[^>]*/>`),
          relationshipXml({ id: rid, type: WORKSHEET_REL, target: relativeTarget(book.part, part), external: false }),
        )
      : beforeClose(
          relsXml,
          `${prefixOf(relsXml, "Relationships")}Relationships`,
          relationshipXml({ id: rid, type: WORKSHEET_REL, target: relativeTarget(book.part, part), external: false }),
        );
    const ridAttr = Object.keys(attributesOf(old?.tag ?? "")).find((k) => /(^|:)id$/.test(k) && k !== "sheetId") ?? "r:id";
    const tag = old
      ? withAttribute(withAttribute(old.tag, "name", from.name), ridAttr, rid)
      : `<${book.prefix}sheet name="${escapeXml(from.name)}" sheetId="${++maxSheetId}" ${ridAttr.includes(":") ? ridAttr : "r:id"}="${rid}"/>`;
    if (old) workbookXml = workbookXml.replace(old.tag, tag);
    else workbookXml = beforeClose(workbookXml, sheetsName, tag);
    const index = old
      ? book.sheets.indexOf(old)
      : book.sheets.length + written.filter((w) => !replaced.some((r) => sameName(r.name, w.name))).length;
    written.push({ name: from.name, index, scratchIndex });
  }
  workbookXml = withDefinedNames(
    workbookXml,
    book.prefix,
    scratchBook.xml,
    written,
    replaced.map((r) => book.sheets.indexOf(r)),
  );
  put(book.part, workbookXml);
  put(relsPathOf(book.part), relsXml);

  if (!styles.unchanged || !userStyles) {
    if (!stylesPart) {
      stylesPart = freshName(taken, posix.join(posix.dirname(book.part), "styles.xml"));
      put(
        relsPathOf(book.part),
        beforeClose(
          relsXml,
          `${prefixOf(relsXml, "Relationships")}Relationships`,
          relationshipXml({ id: newRid(), type: STYLES_REL, target: relativeTarget(book.part, stylesPart), external: false }),
        ),
      );
      addedTypes.push([stylesPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"]);
    }
    put(stylesPart, styles.result());
  }
  const [typesOut, macroEnabled] = editContentTypes(typesXml, types, removed, addedTypes, book.part);
  put("[Content_Types].xml", typesOut);

  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name] as unknown as { options: { compression?: string } };
    const magic = methods.get(name);
    if (!changed.has(name) && magic !== undefined) entry.options.compression = magic === "\x00\x00" ? "STORE" : "DEFLATE";
  }
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { bytes, macroEnabled, kept: Object.keys(zip.files).length - changed.size, written: [...changed].sort() };
}

/** JSZip's own record of an entry's compressed bytes (lib/compressedObject.js): given one, it writes the bytes as they are. */
const CompressedObject = require("jszip/lib/compressedObject") as new (
  compressedSize: number,
  uncompressedSize: number,
  crc32: number,
  compression: unknown,
  data: Buffer,
) => object;
const DEFLATE = (require("jszip/lib/compressions") as { DEFLATE: unknown }).DEFLATE;
const jszipCrc32 = require("jszip/lib/crc32") as (data: Buffer, crc?: number) => number;
/**
 * CRC-32 of `data` continuing from `crc` (0 to start): Node's native one where it has it (20.15+), else
 * JSZip's — which answers 0 for no bytes, not the running CRC: no bytes leave the CRC as it is.
 */
const crc32 = (data: Buffer, crc = 0): number =>
  data.length === 0 ? crc >>> 0 : ((zlib as { crc32?: (d: Buffer, c?: number) => number }).crc32 ?? jszipCrc32)(data, crc) >>> 0;

/**
 * A part we write, deflated by Node's zlib (native) rather than JSZip's JavaScript deflate: a
 * 100,000-line register's report sheet is 18 MB of XML, and JSZip took 2.6 s of a 9 s run on it.
 */
function deflated(data: string | Buffer): object {
  const raw = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const packed = zlib.deflateRawSync(raw, { level: 6 });
  return new CompressedObject(packed.length, raw.length, crc32(raw), DEFLATE, packed);
}

/** Chunks deflated ahead of us: room for a few in zlib's queue while the next ones are built. */
const DEFLATE_QUEUE_BYTES = 8 * 1024 * 1024;
/** zlib returns to us once per this much output: a whole chunk of rows deflates in one go in the thread pool. */
const DEFLATE_OUT_BYTES = 1024 * 1024;

/**
 * A part given as chunks built one after another (a large table's rows): each is handed to zlib in
 * the thread pool as soon as it is built, and the next one is built while it deflates — one pass,
 * the XML never joined into one buffer. The 100,000-line report's sheet (17 MB of XML): built in
 * 140 ms, then deflated in ~120 ms; overlapped, 210 ms for both.
 */
async function deflatedChunks(chunks: Iterable<Buffer>): Promise<object> {
  // Node hands a zlib stream's options to its Transform too (lib/zlib.js), so the queue's size is one of them.
  const deflate = zlib.createDeflateRaw({
    level: 6,
    chunkSize: DEFLATE_OUT_BYTES,
    writableHighWaterMark: DEFLATE_QUEUE_BYTES,
  } as zlib.ZlibOptions);
  const packed: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => packed.push(chunk));
  const ended = once(deflate, "end");
  ended.catch(() => undefined); // a zlib error while a chunk is being built surfaces at the await below, not as an unhandled rejection
  let crc = 0;
  let size = 0;
  try {
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk)) await once(deflate, "drain");
      else await new Promise<void>((resolve) => setImmediate(resolve)); // zlib's callbacks run: it takes the next chunk
    }
    deflate.end();
    await ended;
  } catch (error) {
    deflate.destroy(); // a chunk that failed to build: zlib's handle is let go now, not at some collection
    throw error;
  }
  const data = Buffer.concat(packed);
  return new CompressedObject(data.length, size, crc, DEFLATE, data);
}

/**
 * Our sheet's XML with the large tables' rows (tableRows.ts) in place, as UTF-8 chunks: written in
 * the merged styles' terms, they are not adapted again, and never joined into one string.
 */
function withDeferredRows(sheetXml: string, deferred: readonly DeferredRows[], styles: StylesMerge): Iterable<Buffer> {
  const prefix = prefixOf(sheetXml, "worksheet");
  const xml = withSheetData(sheetXml, prefix);
  const placed = deferred
    .map((rows) => ({ rows, at: splicePoint(xml, rows.firstRow, rows.firstRow + rows.values.length - 1, prefix) }))
    .sort((a, b) => a.at - b.at || a.rows.firstRow - b.rows.firstRow);
  return (function* () {
    let from = 0;
    for (const { rows, at } of placed) {
      yield Buffer.from(xml.slice(from, at), "utf8");
      yield* deferredRowsChunks(rows, (format) => styles.formatXf(format), prefix);
      from = at;
    }
    yield Buffer.from(xml.slice(from), "utf8");
  })();
}

/** A table part whose rows were deferred (tableRows.ts): its ref extended over them. */
function withDeferredRef(xml: string, deferred: readonly DeferredRows[]): string {
  const name = attributesOf(/<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "").name;
  const rows = deferred.find((d) => sameName(d.table, name ?? ""));
  return rows ? extendTableRef(xml, rows.firstRow + rows.values.length - 1) : xml;
}

function renumberTable(xml: string, id: number): string {
  return xml.replace(/<((?:[\w.-]+:)?)table\b[^>]*>/, (tag) => withAttribute(tag, "id", String(id)));
}

/** Our sheets' local names (print titles) from the scratch workbook; the replaced sheets' old ones dropped. */
function withDefinedNames(
  xml: string,
  p: string,
  scratchXml: string,
  written: readonly { index: number; scratchIndex: number }[],
  replacedIndices: readonly number[],
): string {
  const sp = prefixOf(scratchXml, "workbook");
  const openOf = (el: string) => /^<[^>]*>/.exec(el)![0];
  const ours = elements(section(scratchXml, `${sp}definedNames`)?.body ?? "", `${sp}definedName`).flatMap((el) => {
    const attributes = attributesOf(openOf(el));
    const target = written.find((w) => w.scratchIndex === Number(attributes.localSheetId));
    if (!target || attributes.localSheetId === undefined) return [];
    attributes.localSheetId = String(target.index);
    const attrs = Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
      .join("");
    const body = el.endsWith("/>") ? "" : el.slice(openOf(el).length, el.lastIndexOf("</"));
    return [`<${p}definedName${attrs}>${body}</${p}definedName>`];
  });
  const names = section(xml, `${p}definedNames`);
  const all = names ? elements(names.body, `${p}definedName`) : [];
  const kept = all.filter((el) => {
    const local = attributesOf(openOf(el)).localSheetId;
    return local === undefined || !replacedIndices.includes(Number(local));
  });
  if (kept.length === all.length && ours.length === 0) return xml;
  const block = kept.length + ours.length > 0 ? `<${p}definedNames>${kept.join("")}${ours.join("")}</${p}definedNames>` : "";
  if (names) return xml.slice(0, names.start) + block + xml.slice(names.end);
  // CT_Workbook order: definedNames follow sheets, functionGroups and externalReferences.
  const after = ["externalReferences", "functionGroups", "sheets"].map((n) => section(xml, `${p}${n}`)).find((s) => s !== null);
  if (!after) return xml;
  return xml.slice(0, after.end) + block + xml.slice(after.end);
}

function editContentTypes(
  xml: string,
  types: ContentTypes,
  removed: readonly string[],
  added: readonly [string, string][],
  workbookPart: string,
): [string, boolean] {
  const p = prefixOf(xml, "Types");
  let out = xml;
  for (const part of removed)
    if (types.overrides.has(part))
      out = out.replace(new RegExp(`<${p}Override\\b[^>]*PartName="/${escapeRe(escapeXml(part))}"[^>]*/>`), "");
  const main = types.overrides.get(workbookPart) ?? "";
  if (NOT_TEMPLATE[main]) out = out.replace(main, NOT_TEMPLATE[main]);
  const overrides = added.map(([part, type]) => `<${p}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`).join("");
  return [beforeClose(out, `${p}Types`, overrides), (NOT_TEMPLATE[main] ?? main) === MACRO_MAIN];
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
