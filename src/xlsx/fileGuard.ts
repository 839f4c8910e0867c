/**
 * What kind of file we were given, from its size and first bytes, before any xlsx parsing: an
 * .xlsx is a zip ("PK\x03\x04"); a password-protected .xlsx is not a zip but an encrypted OLE
 * compound file (D0 CF 11 E0 A1 B1 1A E1), which is also what an old .xls is.
 */
import { promises as fs } from "node:fs";

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export type FileKind =
  | { kind: "xlsx"; size: number }
  | { kind: "notFound" }
  | { kind: "notAFile" }
  | { kind: "empty" }
  /** An OLE container holding "EncryptedPackage": an .xlsx saved with a password. */
  | { kind: "encrypted"; size: number }
  /** Any other OLE container: an Excel 97–2003 .xls. */
  | { kind: "legacyXls"; size: number }
  | { kind: "notXlsx"; size: number; reason: NotXlsxReason }
  /** The path is a symbolic link that points (eventually) at itself. */
  | { kind: "symlinkLoop" }
  /** The file exists but this process may not read it. */
  | { kind: "notReadable" };

/** Why a file is not an .xlsx, as the runner words it (cli catalogue `reason_*`). */
export type NotXlsxReason = "xml" | "csv" | "text" | "notZip";

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** "EncryptedPackage" in UTF-16LE, the stream name an encrypted OOXML file holds. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** Classifies a file by its first bytes (up to HEAD_BYTES); `oleDirectory`: where an OLE file's directory was read. */
export function classifyBytes(head: Uint8Array, size: number, oleDirectory?: Uint8Array): FileKind {
  if (size === 0) return { kind: "empty" };
  if (startsWith(head, ZIP_SIGNATURE)) return { kind: "xlsx", size };
  if (startsWith(head, CFB_SIGNATURE)) {
    const scan = Buffer.from(oleDirectory ?? head);
    return scan.includes(ENCRYPTED_PACKAGE) ? { kind: "encrypted", size } : { kind: "legacyXls", size };
  }
  return { kind: "notXlsx", size, reason: textReason(Buffer.from(head)) };
}

/** XML/HTML, CSV, other text, or binary: from the head, decoded as UTF-8 (or UTF-16 with a BOM). */
function textReason(head: Buffer): NotXlsxReason {
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? "utf16le" : null;
  if (!utf16 && head.includes(0)) return "notZip";
  const text = (utf16 ? head.subarray(2).toString("utf16le") : head.toString("utf8")).replace(/^\uFEFF/, "");
  // A head cut in the middle of a character ends in U+FFFD: ignore the last few characters.
  // eslint-disable-next-line no-control-regex -- binary files are told from text by their control characters
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text.slice(0, -4))) return "notZip";
  if (/^\s*</.test(text)) return "xml";
  const firstLine = text.split(/\r?\n/)[0];
  return /[,;\t]/.test(firstLine) ? "csv" : "text";
}

/** Bytes read from the start to tell text from binary. */
const HEAD_BYTES = 4096;

/** Bytes read to look for the OLE directory entry name (directories sit early in small files). */
const OLE_SCAN_BYTES = 1 << 20;
/** Bytes read at the directory's first sector: a few sectors' worth of 128-byte entries. */
const OLE_DIRECTORY_BYTES = 64 * 1024;

/**
 * Byte offset of an OLE (compound file) directory's first sector, from the header ([MS-CFB] 2.2):
 * sector shift at 0x1E (9 → 512-byte sectors, 12 → 4096), first directory sector at 0x30; sector n
 * starts at (n + 1) << shift. null for a header that makes no sense.
 */
export function oleDirectoryOffset(header: Buffer): number | null {
  if (header.length < 0x34) return null;
  const shift = header.readUInt16LE(0x1e);
  const sector = header.readUInt32LE(0x30);
  if ((shift !== 9 && shift !== 12) || sector >= 0xfffffffa) return null;
  return (sector + 1) * 2 ** shift;
}

export async function inspectFile(path: string): Promise<FileKind> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return { kind: "symlinkLoop" };
    if (code === "EACCES" || code === "EPERM") return { kind: "notReadable" };
    return { kind: "notFound" };
  }
  if (!stat.isFile()) return { kind: "notAFile" };
  if (stat.size === 0) return { kind: "empty" };
  let handle;
  try {
    handle = await fs.open(path, "r");
  } catch {
    return { kind: "notReadable" };
  }
  try {
    const head = Buffer.alloc(Math.min(stat.size, HEAD_BYTES));
    await handle.read(head, 0, head.length, 0);
    if (!startsWith(head, CFB_SIGNATURE)) return classifyBytes(head, stat.size);
    // An OLE file: scan the first MB, the last MB, and the directory sectors the header points at
    // (a large encrypted workbook can keep its directory in the middle of the file).
    const chunk = Math.min(stat.size, OLE_SCAN_BYTES);
    const first = Buffer.alloc(chunk);
    await handle.read(first, 0, chunk, 0);
    const last = Buffer.alloc(chunk);
    await handle.read(last, 0, chunk, Math.max(0, stat.size - chunk));
    const directory = Buffer.alloc(Math.min(stat.size, OLE_DIRECTORY_BYTES));
    const at = oleDirectoryOffset(first);
    if (at !== null && at < stat.size) await handle.read(directory, 0, Math.min(directory.length, stat.size - at), at);
    return classifyBytes(head, stat.size, Buffer.concat([first, last, directory]));
  } finally {
    await handle.close();
  }
}

const MB = 1024 * 1024;
/** "12.3": a size as the runner's messages show it. */
export function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(1);
}
