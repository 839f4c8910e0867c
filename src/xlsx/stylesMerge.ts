/**
 * Brings the cell formats our transplanted sheets use into the user's styles.xml. The user's sheets
 * point at their cellXfs by index, so their styles.xml cannot be swapped for the scratch workbook's:
 * ours are appended (fonts, fills, borders, number formats, cell formats, differential formats),
 * existing entries keep their indices, and our sheets' `s=` indices are remapped to the new ones.
 * An entry already present with the same XML is reused rather than added again.
 */
import { attributesOf, elements, escapeXml, prefixOf, section, withAttribute } from "./packageParts";

/** CT_Stylesheet's child order: where a missing collection goes. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const FIRST_CUSTOM_FORMAT = 164;
/** Built-in number formats (ECMA-376 Part 1, 18.8.30 numFmt): never declared, referred to by id, as exceljs does. */
const BUILT_IN_FORMATS = new Map<string, number>([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["mm-dd-yy", 14],
  ["@", 49],
]);

/** One collection of the target (fonts, fills, …): its existing entries and those we add. */
class Collection {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(readonly existing: readonly string[]) {
    existing.forEach((xml, i) => this.index.has(xml) || this.index.set(xml, i));
  }
  /** The index of `xml` in the merged collection (appended when new). */
  place(xml: string): number {
    const found = this.index.get(xml);
    if (found !== undefined) return found;
    const at = this.existing.length + this.added.length;
    this.added.push(xml);
    this.index.set(xml, at);
    return at;
  }
}

export class StylesMerge {
  private readonly tp: string;
  private readonly sp: string;
  private readonly target: Record<"fonts" | "fills" | "borders" | "cellXfs" | "dxfs", Collection>;
  private readonly source: Record<"fonts" | "fills" | "borders" | "cellXfs" | "dxfs", string[]>;
  private readonly sourceFormats = new Map<number, string>();
  private readonly targetFormats = new Map<string, number>();
  private readonly addedFormats: { id: number; code: string }[] = [];
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly xfMemo = new Map<number, number>();
  private readonly formatMemo = new Map<string, number>();

  /** `target`: the user's styles.xml; `source`: the scratch workbook's (exceljs). */
  constructor(
    private readonly targetXml: string,
    sourceXml: string,
  ) {
    this.tp = prefixOf(targetXml, "styleSheet");
    this.sp = prefixOf(sourceXml, "styleSheet");
    const listOf = (xml: string, p: string, plural: string, single: string) =>
      elements(section(xml, `${p}${plural}`)?.body ?? "", `${p}${single}`);
    const pairs = [
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
      ["dxfs", "dxf"],
    ] as const;
    this.target = Object.fromEntries(pairs.map(([k, s]) => [k, new Collection(listOf(targetXml, this.tp, k, s))])) as StylesMerge["target"];
    this.source = Object.fromEntries(
      pairs.map(([k, s]) => [k, listOf(sourceXml, this.sp, k, s).map((x) => this.reprefix(x))]),
    ) as StylesMerge["source"];
    for (const xml of listOf(targetXml, this.tp, "numFmts", "numFmt")) {
      const a = attributesOf(xml);
      const id = Number(a.numFmtId);
      if (!Number.isInteger(id)) continue;
      if (a.formatCode !== undefined && !this.targetFormats.has(a.formatCode)) this.targetFormats.set(a.formatCode, id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
    // An id some format points at without declaring it is not free either.
    for (const m of targetXml.matchAll(/\snumFmtId="(\d+)"/g)) this.nextFormat = Math.max(this.nextFormat, Number(m[1]) + 1);
    for (const xml of listOf(sourceXml, this.sp, "numFmts", "numFmt")) {
      const a = attributesOf(xml);
      if (a.formatCode !== undefined) this.sourceFormats.set(Number(a.numFmtId), a.formatCode);
    }
  }

  /** The target's index for the scratch workbook's cell format `index`. */
  cellXf(index: number): number {
    const memo = this.xfMemo.get(index);
    if (memo !== undefined) return memo;
    const xf = this.source.cellXfs[index] ?? this.source.cellXfs[0];
    if (xf === undefined) return 0;
    const open = /^<[^>]*>/.exec(xf)![0];
    const a = attributesOf(open);
    let tag = open;
    tag = withAttribute(tag, "numFmtId", String(this.numFmt(Number(a.numFmtId ?? 0))));
    tag = withAttribute(tag, "fontId", String(this.target.fonts.place(this.source.fonts[Number(a.fontId ?? 0)] ?? this.source.fonts[0])));
    tag = withAttribute(tag, "fillId", String(this.target.fills.place(this.source.fills[Number(a.fillId ?? 0)] ?? this.source.fills[0])));
    tag = withAttribute(
      tag,
      "borderId",
      String(this.target.borders.place(this.source.borders[Number(a.borderId ?? 0)] ?? this.source.borders[0])),
    );
    tag = withAttribute(tag, "xfId", "0"); // the user's Normal style
    const placed = this.target.cellXfs.place(tag + xf.slice(open.length));
    this.xfMemo.set(index, placed);
    return placed;
  }

  /**
   * The target's index for a cell format holding number format `code` only (the default font, no
   * fill or border): what exceljs writes for a cell given just a numFmt (tableRows.ts's cells).
   */
  formatXf(code: string): number {
    const memo = this.formatMemo.get(code);
    if (memo !== undefined) return memo;
    const p = this.tp;
    const font = this.target.fonts.place(this.source.fonts[0]);
    const fill = this.target.fills.place(this.source.fills[0]);
    const border = this.target.borders.place(this.source.borders[0]);
    const tag = `<${p}xf numFmtId="${this.formatIdOf(code)}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1"/>`;
    const placed = this.target.cellXfs.place(tag);
    this.formatMemo.set(code, placed);
    return placed;
  }

  /** The target's index for the scratch workbook's differential format `index` (conditional formats). */
  dxf(index: number): number {
    const xml = this.source.dxfs[index];
    return xml === undefined ? index : this.target.dxfs.place(this.withFormatIds(xml));
  }

  /** True when nothing was added (the user's styles.xml can be kept byte-identical). */
  get unchanged(): boolean {
    return this.addedFormats.length === 0 && Object.values(this.target).every((c) => c.added.length === 0);
  }

  /** The merged styles.xml. */
  result(): string {
    let xml = this.targetXml;
    const formats = this.addedFormats.map((f) => `<${this.tp}numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.code)}"/>`);
    xml = this.append(xml, "numFmts", "numFmt", formats);
    for (const [plural, single] of [
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
      ["dxfs", "dxf"],
    ] as const)
      xml = this.append(xml, plural, single, this.target[plural].added);
    return xml;
  }

  private numFmt(id: number): number {
    const code = this.sourceFormats.get(id);
    if (id < FIRST_CUSTOM_FORMAT || code === undefined) return id;
    return this.formatIdOf(code);
  }

  /** The target's id for format `code`: the one it already declares, else a new one. */
  private formatIdOf(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    const found = this.targetFormats.get(code);
    if (found !== undefined) return found;
    const fresh = this.nextFormat++;
    this.targetFormats.set(code, fresh);
    this.addedFormats.push({ id: fresh, code });
    return fresh;
  }

  /** A dxf's own numFmt carries its code: only its id needs a place among the target's. */
  private withFormatIds(xml: string): string {
    return xml.replace(/(<(?:[\w.-]+:)?numFmt\b[^>]*\bnumFmtId=")(\d+)"/g, (whole, head: string, id: string) => {
      const code = /formatCode="([^"]*)"/.exec(whole)?.[1];
      return code === undefined ? whole : `${head}${this.numFmt(Number(id))}"`;
    });
  }

  /** Source elements written with the target's prefix (exceljs writes none; some producers write "x:"). */
  private reprefix(xml: string): string {
    const bare = this.sp ? xml.replace(new RegExp(`<(/?)${this.sp.replace(":", "\\:")}`, "g"), "<$1") : xml;
    return this.tp ? bare.replace(/<(\/?)([A-Za-z])/g, `<$1${this.tp}$2`) : bare;
  }

  /** `added` appended to collection `plural` (created in schema order when absent), its count updated. */
  private append(xml: string, plural: string, single: string, added: readonly string[]): string {
    if (added.length === 0) return xml;
    const name = `${this.tp}${plural}`;
    let found = section(xml, name);
    if (!found) {
      const later = ORDER.slice(ORDER.indexOf(plural) + 1)
        .map((n) => xml.search(new RegExp(`<${this.tp}${n}[\\s>/]`)))
        .filter((i) => i >= 0);
      const at = later.length > 0 ? Math.min(...later) : xml.lastIndexOf(`</${this.tp}styleSheet>`);
      xml = `${xml.slice(0, at)}<${name} count="0"></${name}>${xml.slice(at)}`;
      found = section(xml, name)!;
    }
    const count = elements(found.body, `${this.tp}${single}`).length + added.length;
    const open = withAttribute(found.open.replace(/\s*\/>$/, ">"), "count", String(count));
    return `${xml.slice(0, found.start)}${open}${found.body}${added.join("")}</${name}>${xml.slice(found.end)}`;
  }
}
