/**
 * Small, exact readers and editors of the OOXML package parts the surgical writer touches
 * ([Content_Types].xml, *.rels, workbook.xml, styles.xml): text in, text out, edited in place so
 * that everything we do not mean to change keeps its bytes. Element names are matched with the
 * part's own namespace prefix ("" or "x:"), as some producers write Strict-style prefixed XML.
 */
import * as posix from "node:path/posix";

/** Bounds every scan: no part we edit holds more elements than this (a sheet's cells are not scanned here). */
export const MAX_ELEMENTS = 1_000_000;

const XML_SPECIAL = /[&<>"]/;

export function escapeXml(text: string): string {
  // Most text has nothing to escape: one test instead of four replacing passes (a 22,000-row chase
  // list writes ~200,000 texts).
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "quot"
          ? '"'
          : e === "apos"
            ? "'"
            : e === "amp"
              ? "&"
              : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/** The attributes of one start tag (`<c r="A1" s="2">` → {r: "A1", s: "2"}); names keep their prefix. */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  for (let n = 0; (m = re.exec(tag)) && n < MAX_ELEMENTS; n++) out[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

/** `tag` with attribute `name` set to `value` (added before the tag's end when absent). */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
}

/** The namespace prefix ("" or "x:") the part uses for its root element `local`. */
export function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/** Every start tag `<prefix+local …>` (or self-closing) in `xml`, with its position. */
export function startTags(xml: string, name: string): { tag: string; index: number }[] {
  const re = new RegExp(`<${name}(?=[\\s>/])[^>]*>`, "g");
  const out: { tag: string; index: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && out.length < MAX_ELEMENTS) out.push({ tag: m[0], index: m.index });
  return out;
}

/** The whole elements `<name …>…</name>` or `<name …/>` (not nested in themselves: font, fill, xf, si, dxf). */
export function elements(xml: string, name: string): string[] {
  const re = new RegExp(`<${name}(?=[\\s>/])(?:[^>]*/>|[^>]*>[\\s\\S]*?</${name}>)`, "g");
  return (xml.match(re) ?? []).slice(0, MAX_ELEMENTS);
}

/** The span of `<name …>…</name>` (or `<name …/>`), or null: where a collection's children live. */
export function section(xml: string, name: string): { start: number; end: number; open: string; body: string } | null {
  const open = new RegExp(`<${name}(?=[\\s>/])[^>]*>`).exec(xml);
  if (!open) return null;
  if (open[0].endsWith("/>")) return { start: open.index, end: open.index + open[0].length, open: open[0], body: "" };
  const close = xml.indexOf(`</${name}>`, open.index);
  if (close < 0) return null;
  return { start: open.index, end: close + name.length + 3, open: open[0], body: xml.slice(open.index + open[0].length, close) };
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Relationship[] {
  return startTags(xml, `${prefixOf(xml, "Relationships")}Relationship`).map(({ tag }) => {
    const a = attributesOf(tag);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" };
  });
}

export function relationshipXml(rel: Relationship): string {
  const mode = rel.external ? ' TargetMode="External"' : "";
  return `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"${mode}/>`;
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The .rels part of `part` ("xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"). */
export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** A relationship target resolved against its source part ("/xl/…" absolute, else relative to the source's folder). */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.split("#")[0];
  if (clean.startsWith("/")) return posix.normalize(clean.slice(1));
  return posix.normalize(posix.join(posix.dirname(sourcePart), clean));
}

/** The target `to` as written in `from`'s .rels (relative, as Excel writes it). */
export function relativeTarget(from: string, to: string): string {
  return posix.relative(posix.dirname(from), to);
}

/** Inserts `xml` before the closing tag of the root `</name>`. */
export function beforeClose(doc: string, name: string, xml: string): string {
  const at = doc.lastIndexOf(`</${name}>`);
  if (at < 0) throw new Error(`No </${name}> in the part`);
  return doc.slice(0, at) + xml + doc.slice(at);
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const p = prefixOf(xml, "Types");
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const { tag } of startTags(xml, `${p}Default`)) {
    const a = attributesOf(tag);
    if (a.Extension) defaults.set(a.Extension.toLowerCase(), a.ContentType ?? "");
  }
  for (const { tag } of startTags(xml, `${p}Override`)) {
    const a = attributesOf(tag);
    if (a.PartName) overrides.set(a.PartName.replace(/^\//, ""), a.ContentType ?? "");
  }
  return { defaults, overrides };
}

/** The content type a package gives `part`: its Override, else its extension's Default. */
export function contentTypeOf(types: ContentTypes, part: string): string | null {
  return types.overrides.get(part) ?? types.defaults.get(posix.extname(part).slice(1).toLowerCase()) ?? null;
}
