/**
 * Which encoding a CSV export is in, from its bytes, the way a buyer's files come: Excel's "CSV UTF-8"
 * (BOM), "Unicode Text" (UTF-16LE with BOM), an ERP's UTF-8 without BOM, or the ANSI code page of a
 * Chinese (GB18030/GBK, CP936) or Japanese (Shift_JIS, CP932) Windows.
 *
 * The rule, in order:
 *  1. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 *  2. bytes that are valid UTF-8 throughout are UTF-8 (pure ASCII included);
 *  3. otherwise the bytes are checked against the byte structure of GB18030 and of Shift_JIS, and
 *     their double-byte characters are counted: Chinese text in GB18030 is almost all GB2312
 *     characters (lead and trail bytes 0xA1–0xFE), while Japanese in Shift_JIS has its symbols, kana
 *     and level-1 kanji on lead bytes 0x81–0x9F, outside that range. GB18030 when its structure fits
 *     and at least half its double-byte characters are GB2312 ones; else Shift_JIS on the same terms;
 *     else the one whose structure alone fits;
 *  4. else Windows-1252 (a Western ANSI export, whose accented letters fit both structures by chance:
 *     é followed by a letter reads as one double-byte character, an unusual one in both).
 * Known limit: a Shift_JIS file whose only non-ASCII text is half-width katakana in even runs reads
 * as GB18030 (its bytes are GB2312 pairs); exporting as "CSV UTF-8" avoids any guess.
 * A NUL byte outside UTF-16 means the file is not text at all.
 *
 * The detector is fed the file chunk by chunk (constant memory whatever the file's size).
 */

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "shift_jis" | "windows-1252";

export interface Bom {
  encoding: CsvEncoding;
  length: number;
}

/** The byte-order mark at the start of `head`, or null. */
export function bomOf(head: Uint8Array): Bom | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Shift_JIS as Windows writes it (CP932): single bytes 0x00–0x7F and half-width katakana 0xA1–0xDF;
 * double bytes lead 0x81–0x9F or 0xE0–0xFC, trail 0x40–0x7E or 0x80–0xFC.
 */
class ShiftJisShape {
  valid = true;
  doubles = 0;
  /** Double-byte characters on lead bytes 0x81–0x9F: symbols, kana and level-1 kanji, Japanese's everyday characters. */
  common = 0;
  private pendingLead = false;
  feed(bytes: Uint8Array): void {
    if (!this.valid) return;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (this.pendingLead) {
        if (b < 0x40 || b === 0x7f || b > 0xfc) return this.fail();
        this.pendingLead = false;
      } else if (b >= 0x81 && (b <= 0x9f || b >= 0xe0)) {
        if (b > 0xfc) return this.fail();
        this.pendingLead = true;
        this.doubles++;
        if (b <= 0x9f) this.common++;
      } else if (b === 0x80 || b === 0xa0) return this.fail();
    }
  }
  end(): void {
    if (this.pendingLead) this.valid = false;
  }
  private fail(): void {
    this.valid = false;
  }
}

/**
 * GB18030 (a superset of GBK / CP936): single bytes 0x00–0x80 (CP936 writes € as 0x80); double bytes
 * lead 0x81–0xFE, trail 0x40–0x7E or 0x80–0xFE; four bytes lead, 0x30–0x39, 0x81–0xFE, 0x30–0x39.
 * Counts the double-byte characters and those in GB2312's range (both bytes 0xA1–0xFE).
 */
class Gb18030Shape {
  valid = true;
  doubles = 0;
  gb2312 = 0;
  /** Bytes of the current multi-byte character so far (0: none). */
  private at = 0;
  private lead = 0;
  feed(bytes: Uint8Array): void {
    if (!this.valid) return;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      switch (this.at) {
        case 0:
          if (b === 0xff) return this.fail();
          if (b >= 0x81) {
            this.lead = b;
            this.at = 1;
          }
          break;
        case 1:
          if (b >= 0x30 && b <= 0x39) this.at = 2;
          else if (b >= 0x40 && b !== 0x7f && b !== 0xff) {
            this.doubles++;
            if (this.lead >= 0xa1 && b >= 0xa1) this.gb2312++;
            this.at = 0;
          } else return this.fail();
          break;
        case 2:
          if (b < 0x81 || b === 0xff) return this.fail();
          this.at = 3;
          break;
        default:
          if (b < 0x30 || b > 0x39) return this.fail();
          this.at = 0;
      }
    }
  }
  end(): void {
    if (this.at !== 0) this.valid = false;
  }
  private fail(): void {
    this.valid = false;
  }
}

/** Share of a code page's double-byte characters that must be everyday ones for the text to be read in it. */
const COMMON_SHARE = 0.5;

export type Detection = { kind: "text"; encoding: CsvEncoding; bomLength: number } | { kind: "binary" };

/** Feed the file's bytes in order (any chunking), then call `result()` once. */
export class EncodingDetector {
  private bom: Bom | null = null;
  private started = false;
  private binary = false;
  private utf8: TextDecoder | null = new TextDecoder("utf-8", { fatal: true });
  private readonly sjis = new ShiftJisShape();
  private readonly gb = new Gb18030Shape();
  /** The first bytes, kept until there are enough to look for a byte-order mark. */
  private head: Uint8Array = new Uint8Array(0);

  /** True when more bytes cannot change the answer (a BOM, or not text). */
  get settled(): boolean {
    return this.bom !== null || this.binary;
  }

  feed(chunk: Uint8Array): void {
    if (this.settled) return;
    if (!this.started) {
      const joined = new Uint8Array(this.head.length + chunk.length);
      joined.set(this.head);
      joined.set(chunk, this.head.length);
      if (joined.length < 3) {
        this.head = joined; // too short to tell a BOM yet
        return;
      }
      this.started = true;
      this.head = new Uint8Array(0);
      this.bom = bomOf(joined);
      if (this.bom) return;
      chunk = joined;
    }
    this.feedAfterStart(chunk);
  }

  result(): Detection {
    if (!this.started && this.head.length > 0) {
      const rest = this.head;
      this.head = new Uint8Array(0);
      this.started = true;
      this.bom = bomOf(rest);
      if (!this.bom) this.feedAfterStart(rest);
    }
    if (this.binary) return { kind: "binary" };
    if (this.bom) return { kind: "text", encoding: this.bom.encoding, bomLength: this.bom.length };
    if (this.utf8) {
      try {
        this.utf8.decode(); // flush: a character cut off at the end is invalid
        return { kind: "text", encoding: "utf-8", bomLength: 0 };
      } catch {
        this.utf8 = null;
      }
    }
    this.sjis.end();
    this.gb.end();
    return { kind: "text", encoding: this.choose(), bomLength: 0 };
  }

  /** Not UTF-8: the Chinese or Japanese code page whose structure and everyday characters fit, else Western. */
  private choose(): CsvEncoding {
    const { gb, sjis } = this;
    const chinese = gb.valid && gb.doubles > 0 && gb.gb2312 >= gb.doubles * COMMON_SHARE;
    const japanese = sjis.valid && sjis.doubles > 0 && sjis.common >= sjis.doubles * COMMON_SHARE;
    if (chinese) return "gb18030";
    if (japanese) return "shift_jis";
    // Only one structure fits but its characters are unusual (rare hanzi, level-2 kanji): still that one.
    if (gb.valid !== sjis.valid) return gb.valid ? "gb18030" : "shift_jis";
    return "windows-1252";
  }

  private feedAfterStart(bytes: Uint8Array): void {
    if (bytes.includes(0)) {
      this.binary = true;
      return;
    }
    if (this.utf8) {
      try {
        this.utf8.decode(bytes, { stream: true });
      } catch {
        this.utf8 = null;
      }
    }
    this.sjis.feed(bytes);
    this.gb.feed(bytes);
  }
}

/** Detects the encoding of bytes held in memory (tests, small files). */
export function detectEncoding(bytes: Uint8Array): Detection {
  const detector = new EncodingDetector();
  detector.feed(bytes);
  return detector.result();
}
