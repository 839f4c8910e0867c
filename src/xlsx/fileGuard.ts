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
  | { kind: "notXlsx"; size: number; reason: string };

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** "EncryptedPackage" in UTF-16LE, the stream name an encrypted OOXML file holds. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** Classifies a file by its first bytes (the whole head is scanned only for OLE containers). */
export function classifyBytes(head: Uint8Array, size: number, oleDirectory?: Uint8Array): FileKind {
  if (size === 0) return { kind: "empty" };
  if (startsWith(head, ZIP_SIGNATURE)) return { kind: "xlsx", size };
  if (startsWith(head, CFB_SIGNATURE)) {
    const scan = Buffer.from(oleDirectory ?? head);
    return scan.includes(ENCRYPTED_PACKAGE) ? { kind: "encrypted", size } : { kind: "legacyXls", size };
  }
  const text = Buffer.from(head.subarray(0, 64)).toString("latin1");
  const reason = /^\s*</.test(text)
    ? "it is an XML or HTML file"
    : /^[\t\n\r\x20-\x7e]*$/.test(text)
      ? "it is a text file"
      : "the file is not a zip archive";
  return { kind: "notXlsx", size, reason };
}

/** Bytes read to look for the OLE directory entry name (directories sit early in small files). */
const OLE_SCAN_BYTES = 1 << 20;

export async function inspectFile(path: string): Promise<FileKind> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    return { kind: "notFound" };
  }
  if (!stat.isFile()) return { kind: "notAFile" };
  if (stat.size === 0) return { kind: "empty" };
  const handle = await fs.open(path, "r");
  try {
    const head = Buffer.alloc(Math.min(stat.size, 8));
    await handle.read(head, 0, head.length, 0);
    if (!startsWith(head, CFB_SIGNATURE)) return classifyBytes(head, stat.size);
    // An OLE file: its directory may sit anywhere, so scan the first MB and the last MB.
    const chunk = Math.min(stat.size, OLE_SCAN_BYTES);
    const first = Buffer.alloc(chunk);
    await handle.read(first, 0, chunk, 0);
    const last = Buffer.alloc(chunk);
    await handle.read(last, 0, chunk, Math.max(0, stat.size - chunk));
    return classifyBytes(head, stat.size, Buffer.concat([first, last]));
  } finally {
    await handle.close();
  }
}
