/**
 * Zip bombs: what the zip's central directory says each part inflates to is checked before anything
 * is inflated (total size, compression ratio, sizes that cannot be true), and while a part inflates
 * its bytes are counted and it is stopped the moment it goes past what the directory said (a header
 * that lies). A refusal names the part and the sizes (the cli catalogue's reason_zipBomb).
 */

/** All parts together: Excel's full sheet of a register (1,048,576 lines) inflates to well under this. */
export const MAX_UNCOMPRESSED_BYTES = 2 * 1024 * 1024 * 1024;
/** Workbook XML deflates 5–20 to 1; beyond this a large part is a bomb, not a register. */
export const MAX_COMPRESSION_RATIO = 100;
/** Parts smaller than this are never refused for their ratio (a few MB of anything is harmless). */
export const RATIO_CHECKED_ABOVE = 1024 * 1024;

export interface ZipPartSizes {
  path: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipBombKind = "total" | "ratio" | "lyingSize";

/** A package refused as a zip bomb: `part` (or "" for the total), `bytes` it inflates to, `ratio`. */
export class ZipBombError extends Error {
  constructor(
    readonly kind: ZipBombKind,
    readonly part: string,
    readonly bytes: number,
    readonly ratio: number,
  ) {
    super(
      kind === "total"
        ? `its parts inflate to ${bytes} bytes in all`
        : kind === "ratio"
          ? `its part ${part} inflates ${Math.round(ratio)} times (to ${bytes} bytes)`
          : `its part ${part} inflates to more than the ${bytes} bytes its zip directory says`,
    );
  }
}

/** Deflate never grows data by more than this (5 bytes per 16 KB block, plus headers). */
const DEFLATE_GROWTH = 1.01;
const DEFLATE_OVERHEAD = 1024;

/** Throws ZipBombError when the directory's sizes describe a bomb; costs no inflating. */
export function checkDeclaredSizes(parts: readonly ZipPartSizes[]): void {
  let total = 0;
  for (const part of parts) {
    const { compressedSize: packed, uncompressedSize: size } = part;
    total += size;
    if (total > MAX_UNCOMPRESSED_BYTES) throw new ZipBombError("total", "", total, 0);
    const ratio = packed > 0 ? size / packed : size > 0 ? Infinity : 0;
    if (size > RATIO_CHECKED_ABOVE && ratio > MAX_COMPRESSION_RATIO) throw new ZipBombError("ratio", part.path, size, ratio);
    // Compressed data far larger than what it claims to inflate to: the directory lies.
    if (packed > size * DEFLATE_GROWTH + DEFLATE_OVERHEAD) throw new ZipBombError("lyingSize", part.path, size, 0);
  }
}

/**
 * Counts the bytes of one inflating part; `push` returns the error to stop with once they go past
 * `declared` (the directory's size), else null.
 */
export function inflateCounter(part: string, declared: number): { push(chunk: Buffer): ZipBombError | null } {
  let seen = 0;
  return {
    push(chunk) {
      seen += chunk.length;
      return seen > declared ? new ZipBombError("lyingSize", part, declared, 0) : null;
    },
  };
}
