/**
 * What an .xlsx package says about itself before any cell is read: its sheets in order, its tables and
 * where they sit, its workbook-scope defined names, the date system, the add-in's records in the
 * workbook settings (xl/webextensions/webextension*.xml: <we:property name="poFollowup" value="…"/>),
 * and the parts a copy written by exceljs would lose. Read from the zip's central directory
 * (zipDirectory.ts); only these small XML parts are inflated, each under a size limit (a zip bomb costs at
 * most MAX_PART_BYTES), and parsed with fast-xml-parser (no DTD or external entity is ever fetched).
 *
 * The whole read and the streamed read both locate the register from this index, so they cannot
 * disagree on which table or sheet it is.
 */
import * as nodePath from "node:path/posix";
import { XMLParser } from "fast-xml-parser";
import { RECORD_TOO_LARGE, SETTINGS_KEY } from "../workbook/storedSettings";
import { OWNED_SHEETS_KEY } from "../workbook/ownedSheets";
import { parseCell } from "../report/layout/address";
import { checkDeclaredSizes, inflateCounter, ZipBombError } from "./zipLimits";
import { openZip, type ZipEntry } from "./zipDirectory";

/** The metadata parts we inflate are kilobytes; anything beyond this is refused, not inflated. */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
const MAX_TABLES = 10_000;
const MAX_NAMES = 10_000;

/** 1-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface IndexedSheet {
  name: string;
  /** Zip path of its XML part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface IndexedTable {
  name: string;
  sheet: string;
  /** Header row first, the totals row (if any) excluded. */
  rect: Rect;
}

export interface IndexedName {
  name: string;
  /** The formula text, e.g. "Calendar!$A$2:$A$30". */
  formula: string;
}

export type UnkeptContent = "charts" | "pivotTables" | "slicers" | "macros";

export interface PackageIndex {
  sheets: IndexedSheet[];
  tables: IndexedTable[];
  /** Workbook-scope names only (what Office.js's workbook.names lists). */
  names: IndexedName[];
  date1904: boolean;
  /** Raw values of the add-in's records, undefined when absent. */
  settingsRecord: unknown;
  ownedSheetsRecord: unknown;
  /** What a copy written by exceljs would lose (the input itself is never written). */
  unkept: UnkeptContent[];
  /** Zip path of the shared string table, null when the workbook has none. */
  sharedStringsPart: string | null;
}

export class PackageError extends Error {}

const UNKEPT_PARTS: readonly (readonly [RegExp, UnkeptContent])[] = [
  [/^xl\/charts\/chart\d*\.xml$/, "charts"],
  [/^xl\/pivotTables\//, "pivotTables"],
  [/^xl\/slicers\//, "slicers"],
  [/^xl\/vbaProject\.bin$/, "macros"],
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => ["sheet", "definedName", "Relationship", "property"].includes(name),
});

/** An opened package: its index, and any part as an inflating stream. */
export interface OpenedPackage {
  index: PackageIndex;
  /**
   * The part's text as it inflates (null when absent). Its bytes are counted: past the size its zip
   * directory entry gives, the stream fails with a ZipBombError (zipLimits.ts).
   */
  openPart(path: string): NodeJS.ReadableStream | null;
  /** The part's inflated size as its zip directory states it (0 when absent); openPart holds the part to it. */
  partSize(path: string): number;
}

/**
 * The index of the package at `path`, or of its bytes when they are already in memory, with every
 * part inflated once and counted: exceljs, which trusts the directory's sizes, may then read it.
 */
export async function readPackageIndex(source: string | Buffer): Promise<PackageIndex> {
  const opened = await openPackage(source, { drain: true });
  return opened.index;
}

/**
 * The package's index. Only the small metadata parts are inflated (each under MAX_PART_BYTES); with
 * `drain`, every part is also inflated once, counted and dropped (for a reader that trusts the sizes).
 */
export async function openPackage(source: string | Buffer, options: { drain?: boolean } = {}): Promise<OpenedPackage> {
  let files: ZipEntry[];
  try {
    files = await openZip(source);
  } catch (error) {
    throw new PackageError(`not a readable zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  // A zip bomb is refused from its directory, before any part is inflated (zipLimits.ts).
  checkDeclaredSizes(files);
  // exceljs trusts those sizes: for it, each part is inflated once here, counted, never kept
  // (constant memory; a few percent of a read's time), and a directory that lies is caught.
  if (options.drain) for (const entry of files) await drainCounting(entry);
  const entries = new Map(files.map((f) => [f.path.replace(/^\//, ""), f]));
  const xml = async (path: string): Promise<Record<string, unknown> | null> => {
    const entry = entries.get(path);
    if (!entry) return null;
    return parser.parse(await inflateLimited(entry, path)) as Record<string, unknown>;
  };

  const workbook = (await xml("xl/workbook.xml"))?.workbook as Record<string, unknown> | undefined;
  if (!workbook) throw new PackageError("it has no xl/workbook.xml part");
  const workbookRels = await xml("xl/_rels/workbook.xml.rels");
  const rels = relationships(workbookRels, "xl");
  const sheets: IndexedSheet[] = [];
  for (const sheet of listOf((workbook.sheets as Record<string, unknown> | undefined)?.sheet)) {
    const part = rels.get(String(sheet.id ?? ""));
    if (typeof sheet.name === "string" && part) sheets.push({ name: sheet.name, part });
  }

  const tables: IndexedTable[] = [];
  for (const sheet of sheets) {
    const dir = nodePath.dirname(sheet.part);
    const sheetRels = relationships(await xml(`${dir}/_rels/${nodePath.basename(sheet.part)}.rels`), dir);
    for (const [, target] of sheetRels) {
      if (!/\/tables\/[^/]+\.xml$/.test(target) || tables.length >= MAX_TABLES) continue;
      const table = (await xml(target))?.table as Record<string, unknown> | undefined;
      const rect = table ? tableRect(table) : null;
      const name = table ? (table.displayName ?? table.name) : undefined;
      if (rect && typeof name === "string") tables.push({ name, sheet: sheet.name, rect });
    }
  }

  const names: IndexedName[] = [];
  for (const name of listOf((workbook.definedNames as Record<string, unknown> | undefined)?.definedName).slice(0, MAX_NAMES)) {
    if (name.localSheetId !== undefined || typeof name.name !== "string") continue; // sheet-scope names are not workbook.names
    names.push({ name: name.name, formula: String(name["#text"] ?? "") });
  }

  const records = await addInRecords(entries, xml);
  const partNames = [...entries.keys()];
  const index: PackageIndex = {
    sheets,
    tables,
    names,
    date1904: isTrue((workbook.workbookPr as Record<string, unknown> | undefined)?.date1904),
    settingsRecord: records.get(SETTINGS_KEY),
    ownedSheetsRecord: records.get(OWNED_SHEETS_KEY),
    unkept: UNKEPT_PARTS.filter(([pattern]) => partNames.some((p) => pattern.test(p))).map(([, kind]) => kind),
    sharedStringsPart: relationships(workbookRels, "xl", SHARED_STRINGS_TYPE).values().next().value ?? null,
  };
  return { index, openPart: (path) => countedStream(entries.get(path)), partSize: (path) => entries.get(path)?.uncompressedSize ?? 0 };
}

/** The entry's inflating stream, failing with a ZipBombError once it goes past its declared size. */
function countedStream(entry: ZipEntry | undefined): NodeJS.ReadableStream | null {
  if (!entry) return null;
  const counter = inflateCounter(entry.path, entry.uncompressedSize);
  const stream = entry.stream();
  stream.on("data", (chunk: Buffer) => {
    const lie = counter.push(chunk);
    if (lie) (stream as unknown as { destroy(error: Error): void }).destroy(lie);
  });
  return stream;
}

/** The add-in's properties in the webextension parts: key → value as stored (JSON text). */
async function addInRecords(
  entries: Map<string, ZipEntry>,
  xml: (path: string) => Promise<Record<string, unknown> | null>,
): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  for (const path of entries.keys()) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/.test(path)) continue;
    let doc: Record<string, unknown> | null;
    try {
      doc = await xml(path);
    } catch {
      // A part too large to read holds a record far beyond what the add-in writes: named, not ignored.
      if ((entries.get(path)?.uncompressedSize ?? 0) > MAX_PART_BYTES && !found.has(SETTINGS_KEY))
        found.set(SETTINGS_KEY, RECORD_TOO_LARGE);
      continue; // a damaged add-in part: its records are "not saved"
    }
    const properties = ((doc?.webextension as Record<string, unknown> | undefined)?.properties ?? {}) as Record<string, unknown>;
    for (const property of listOf(properties.property)) {
      const key = property.name;
      if ((key === SETTINGS_KEY || key === OWNED_SHEETS_KEY) && !found.has(key)) found.set(key, settingValue(property.value));
    }
  }
  return found;
}

/**
 * Office keeps each setting's value JSON-serialised in the part ("\"{…}\"" for a string), so this
 * gives what Office.js's settings.getItem(key).value gives the add-in; anything else is kept as it is.
 */
function settingValue(attribute: unknown): unknown {
  if (typeof attribute !== "string") return attribute;
  try {
    return JSON.parse(attribute);
  } catch {
    return attribute;
  }
}

const SHARED_STRINGS_TYPE = /\/sharedStrings$/;

/** Relationship id → target part (those whose Type matches `type`, when given). */
function relationships(doc: Record<string, unknown> | null, baseDir: string, type?: RegExp): Map<string, string> {
  const map = new Map<string, string>();
  const list = listOf((doc?.Relationships as Record<string, unknown> | undefined)?.Relationship);
  for (const rel of list) {
    if (typeof rel.Id !== "string" || typeof rel.Target !== "string" || rel.TargetMode === "External") continue;
    if (type && !(typeof rel.Type === "string" && type.test(rel.Type))) continue;
    const target = rel.Target.startsWith("/") ? rel.Target.slice(1) : nodePath.normalize(`${baseDir}/${rel.Target}`);
    map.set(rel.Id, target);
  }
  return map;
}

function tableRect(table: Record<string, unknown>): Rect | null {
  const ref = typeof table.ref === "string" ? table.ref : "";
  const [from, to] = ref.split(":");
  if (!from || !to) return null;
  try {
    const a = parseCell(from);
    const b = parseCell(to);
    // A totals row is part of the ref but holds no PO line.
    const totalsRows = Math.max(0, Math.floor(Number(table.totalsRowCount ?? 0)) || 0);
    return { top: a.row + 1, left: a.col + 1, bottom: b.row + 1 - totalsRows, right: b.col + 1 };
  } catch {
    return null;
  }
}

function listOf(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return value && typeof value === "object" ? [value as Record<string, unknown>] : [];
  return value.filter((v): v is Record<string, unknown> => !!v && typeof v === "object");
}

function isTrue(value: unknown): boolean {
  return value === "1" || value === "true" || value === true || value === 1;
}

/** Inflates a part without keeping it, stopping (ZipBombError) past the size its directory entry gives. */
function drainCounting(entry: ZipEntry): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = countedStream(entry)!;
    stream.on("data", () => undefined);
    stream.on("error", (error: Error) => reject(partError(entry.path, error)));
    stream.on("end", () => resolve());
  });
}

/** The part's text, refusing to inflate more than MAX_PART_BYTES or than its directory entry says. */
function inflateLimited(entry: ZipEntry, path: string): Promise<string> {
  // Known from the directory: not inflated. A part that inflates past what it declares is stopped by the count.
  if (entry.uncompressedSize > MAX_PART_BYTES)
    return Promise.reject(new PackageError(`its part ${path} inflates to more than ${MAX_PART_BYTES / 1024 / 1024} MB`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = countedStream(entry)!;
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("error", (error: Error) => reject(partError(path, error)));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

/** A zip bomb stays itself (its own message); any other failure names the part. */
function partError(path: string, error: Error): Error {
  return error instanceof ZipBombError ? error : new PackageError(`its part ${path} cannot be inflated (${error.message})`);
}

/** "'My sheet'!$A$2:$A$20" → sheet and rect; null for anything that is not a plain range on one sheet. */
const REFERENCE = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

export function parseReference(formula: string): { sheet: string; rect: Rect } | null {
  const m = REFERENCE.exec(formula.trim().replace(/^=/, ""));
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const a = parseCell(`${m[3]}${m[4]}`);
  const b = m[5] ? parseCell(`${m[5]}${m[6]}`) : a;
  return {
    sheet,
    rect: {
      top: Math.min(a.row, b.row) + 1,
      left: Math.min(a.col, b.col) + 1,
      bottom: Math.max(a.row, b.row) + 1,
      right: Math.max(a.col, b.col) + 1,
    },
  };
}
