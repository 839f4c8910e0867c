/**
 * Hostile .xlsx files, written with the zip library we have (JSZip): a zip bomb (honest or lying
 * central directory), a stray cell at XFD1048576, a table whose ref claims the whole sheet, a settings
 * record with huge numbers, a supplier name over Excel's 32,767-character cell limit.
 */
import { Readable } from "node:stream";
import JSZip from "jszip";
import { sampleRegister } from "../../src/sample";
import { serialFromYmd } from "../../src/dates/serial";
import { registerWorkbook, withAddInRecords } from "./fixtures";

export const AS_OF = serialFromYmd(2026, 11, 20)!;

export function register(lines = 20): (string | number)[][] {
  return sampleRegister({ asOf: AS_OF, lines, seed: 3 }) as (string | number)[][];
}

export async function registerBytes(lines = 20, asTable = true): Promise<Buffer> {
  return Buffer.from(await registerWorkbook(register(lines), { asTable }).xlsx.writeBuffer());
}

/** `bytes` spaces, in 1 MB chunks, so the writer never holds them all. */
function spaces(bytes: number): Readable {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

/**
 * The register with `padding` spaces after its sheet's root element (valid XML, ~1000:1 deflated).
 * `declaredSize`: what the sheet's local header and central directory entry say it inflates to (a lie).
 */
export async function zipBomb(padding: number, declaredSize?: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await registerBytes(5));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("nodebuffer");
  const stream = Readable.from(
    (async function* () {
      yield xml;
      for await (const chunk of spaces(padding)) yield chunk as Buffer;
    })(),
  );
  zip.file(part, stream as unknown as NodeJS.ReadableStream);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  return declaredSize === undefined ? bytes : withDeclaredSize(bytes, part, declaredSize);
}

/** Rewrites the uncompressed size of `part` in its local header and central directory entry. */
function withDeclaredSize(bytes: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(bytes);
  const name = Buffer.from(part);
  for (let at = 0; at < out.length - 4; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.subarray(at + 30, at + 30 + name.length).equals(name)) out.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50 && out.subarray(at + 46, at + 46 + name.length).equals(name)) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

/** The register as a plain range, plus one value at XFD1048576 (Excel's last cell). */
export async function farCell(asTable = false): Promise<Buffer> {
  const workbook = registerWorkbook(register(20), { asTable });
  workbook.getWorksheet("Register")!.getCell("XFD1048576").value = "stray";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The register table with its ref rewritten to claim every row (and, `allColumns`, every column) of
 * the sheet; `strayCell`: with a value at XFD1048576, inside that ref.
 */
export async function hugeTableRef(allColumns = false, strayCell = false): Promise<Buffer> {
  const zip = await JSZip.loadAsync(strayCell ? await farCell(true) : await registerBytes(20));
  const part = Object.keys(zip.files).find((p) => /^xl\/tables\/table\d+\.xml$/.test(p))!;
  const xml = await zip.file(part)!.async("string");
  const claim = (ref: string) => (allColumns ? "A1:XFD1048576" : ref.replace(/\d+$/, "1048576"));
  zip.file(part, xml.replace(/\bref="([^"]+)"/g, (_, ref: string) => `ref="${claim(ref)}"`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** `bytes` with the table named `table` claiming A1..XFD1048576 from its top-left cell. */
export async function tableClaimingSheet(bytes: Buffer, table: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await zip.file(part)!.async("string");
    if (!xml.includes(`displayName="${table}"`)) continue;
    zip.file(part, xml.replace(/\bref="([A-Z]+\d+):[^"]+"/g, (_, from: string) => `ref="${from}:XFD1048576"`));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The register with a stored settings record (`settings` as saved under the record's "settings" key). */
export async function withSettings(settings: Record<string, unknown>): Promise<Buffer> {
  const record = JSON.stringify({ version: 1, settings, mapping: {}, registerTable: null, registerSheet: null });
  return withAddInRecords(await registerBytes(20), { poFollowup: record });
}

/** The register with one supplier, whose name is `length` characters long. */
export async function longSupplier(length: number): Promise<Buffer> {
  const values = register(20);
  const supplier = values[0].indexOf("Supplier");
  for (const row of values.slice(1)) row[supplier] = "S".repeat(length);
  return Buffer.from(await registerWorkbook(values).xlsx.writeBuffer());
}
