/**
 * Offline checks of manifest.xml (office-addin-manifest validate needs an online service). Each check
 * returns the problems it finds as sentences; an empty list means the manifest passes.
 */
import { existsSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ManifestContext {
  /** Folder that holds assets/ (the repo root). */
  root: string;
  /** Names registered with Office.actions.associate. */
  associatedCommands: readonly string[];
  /** The one origin every URL must use, e.g. "https://localhost:3000". */
  origin: string;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: (name) => ["Runtime", "Control", "Image", "Url", "String", "Override", "Group", "ExtensionPoint", "Set"].includes(name) });
const orderedParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, preserveOrder: true });

export function parseManifest(xml: string): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest.xml is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml) as Node;
}

function at(node: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((cur, key) => (cur && typeof cur === "object" ? (cur as Node)[key] : undefined), node);
}
function list(value: unknown): Node[] {
  return value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node];
}

function workbookHost(manifest: Node): Node | undefined {
  return list(at(manifest, "OfficeApp", "VersionOverrides", "Hosts", "Host")).find((h) => h["@type"] === "Workbook");
}

function resources(manifest: Node) {
  const res = at(manifest, "OfficeApp", "VersionOverrides", "Resources");
  const byId = (kind: string, item: string) => new Map(list(at(res, kind, item)).map((n) => [String(n["@id"]), n]));
  return { images: byId("Images", "Image"), urls: byId("Urls", "Url"), shortStrings: byId("ShortStrings", "String"), longStrings: byId("LongStrings", "String") };
}

export function checkSharedRuntime(xml: string): string[] {
  const manifest = parseManifest(xml);
  const problems: string[] = [];
  const host = workbookHost(manifest);
  if (!host) return ["No <Host xsi:type=\"Workbook\"> in VersionOverrides"];
  // <Runtimes> must be the first child of <Host>: read the document order.
  const ordered = orderedParser.parse(xml) as Node[];
  const firstChildOfHost = findOrderedHost(ordered);
  if (firstChildOfHost !== "Runtimes") problems.push(`<Runtimes> must be the first element inside <Host>, found <${firstChildOfHost}>`);
  const runtimes = list(at(host, "Runtimes", "Runtime"));
  if (runtimes.length !== 1) problems.push(`Expected one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime && runtime["@lifetime"] !== "long") problems.push(`<Runtime lifetime> must be "long", found "${runtime["@lifetime"]}"`);
  const runtimeId = runtime?.["@resid"];
  const customFunctions = list(at(host, "AllFormFactors", "ExtensionPoint")).find((e) => e["@type"] === "CustomFunctions");
  const pageId = at(customFunctions, "Page", "SourceLocation", "@resid");
  const functionFileId = at(host, "DesktopFormFactor", "FunctionFile", "@resid");
  if (pageId !== runtimeId) problems.push(`Custom functions <Page> uses resid "${pageId}", the Runtime uses "${runtimeId}"`);
  if (functionFileId !== runtimeId) problems.push(`<FunctionFile> uses resid "${functionFileId}", the Runtime uses "${runtimeId}"`);
  for (const action of list(at(host, "DesktopFormFactor", "ExtensionPoint")).flatMap((e) => list(at(e, "CustomTab", "Group"))).flatMap((g) => list(g.Control))) {
    const taskpane = at(action, "Action", "SourceLocation", "@resid");
    if (taskpane !== undefined && taskpane !== runtimeId) problems.push(`Button ${action["@id"]} opens resid "${taskpane}", not the shared runtime "${runtimeId}"`);
  }
  const sets = list(at(manifest, "OfficeApp", "Requirements", "Sets", "Set"));
  if (!sets.some((s) => s["@Name"] === "SharedRuntime" && s["@MinVersion"] === "1.1")) problems.push("Requirement set SharedRuntime 1.1 is missing");
  return problems;
}

function findOrderedHost(nodes: Node[]): string | undefined {
  for (const node of nodes) {
    for (const [key, children] of Object.entries(node)) {
      if (key === ":@" || !Array.isArray(children)) continue;
      const attrs = node[":@"] as Node | undefined;
      if (key === "Host" && attrs?.["@type"] === "Workbook") {
        const first = (children as Node[]).map((c) => Object.keys(c).find((k) => k !== ":@" && k !== "#text")).find(Boolean);
        return first;
      }
      const found = findOrderedHost(children as Node[]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function checkNamespace(xml: string, expected = "PO"): string[] {
  const manifest = parseManifest(xml);
  const host = workbookHost(manifest);
  const customFunctions = list(at(host, "AllFormFactors", "ExtensionPoint")).find((e) => e["@type"] === "CustomFunctions");
  if (!customFunctions) return ["No CustomFunctions extension point"];
  const id = String(at(customFunctions, "Namespace", "@resid"));
  const value = resources(manifest).shortStrings.get(id)?.["@DefaultValue"];
  return value === expected ? [] : [`Custom functions namespace is "${value}", expected "${expected}"`];
}

export function checkCommandsAssociated(xml: string, associated: readonly string[]): string[] {
  const names = [...xml.matchAll(/<FunctionName>\s*([^<\s]+)\s*<\/FunctionName>/g)].map((m) => m[1]);
  if (names.length === 0) return ["No ExecuteFunction button in the manifest"];
  return names.filter((n) => !associated.includes(n)).map((n) => `ExecuteFunction "${n}" is not registered with Office.actions.associate`);
}

export function checkIcons(xml: string, root: string, origin: string): string[] {
  const manifest = parseManifest(xml);
  const urls = [
    String(at(manifest, "OfficeApp", "IconUrl", "@DefaultValue")),
    String(at(manifest, "OfficeApp", "HighResolutionIconUrl", "@DefaultValue")),
    ...[...resources(manifest).images.values()].map((i) => String(i["@DefaultValue"])),
  ];
  const problems: string[] = [];
  for (const url of urls) {
    if (!url.startsWith(`${origin}/`)) continue; // reported by checkOrigins
    const file = join(root, url.slice(origin.length + 1));
    if (!existsSync(file)) problems.push(`Icon ${url} has no file ${file}`);
  }
  for (const size of ["16", "32", "80"]) {
    if (![...resources(manifest).images.keys()].some((id) => id.includes(`${size}x${size}`))) problems.push(`No ${size}px ribbon icon`);
  }
  return problems;
}

export function checkOrigins(xml: string, origin: string): string[] {
  const problems: string[] = [];
  for (const [, url] of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)) {
    if (new URL(url).origin !== origin) problems.push(`URL ${url} is not on ${origin}`);
  }
  for (const [, domain] of xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)) {
    if (new URL(domain).origin !== origin) problems.push(`AppDomain ${domain} is not ${origin}`);
  }
  if (/\b(?:DefaultValue|Value)="http:\/\//.test(xml)) problems.push("Every URL must use https");
  return problems;
}

export function checkLocalized(xml: string, locales = ["zh-CN", "ja-JP"]): string[] {
  const manifest = parseManifest(xml);
  const problems: string[] = [];
  for (const element of ["DisplayName", "Description"]) {
    const overrides = list(at(manifest, "OfficeApp", element, "Override")).map((o) => o["@Locale"]);
    for (const locale of locales) if (!overrides.includes(locale)) problems.push(`<${element}> has no ${locale} override`);
  }
  return problems;
}

export function checkPermissions(xml: string): string[] {
  const manifest = parseManifest(xml);
  const problems: string[] = [];
  if (at(manifest, "OfficeApp", "@type") !== "TaskPaneApp") problems.push("OfficeApp must be xsi:type TaskPaneApp");
  if (at(manifest, "OfficeApp", "Permissions") !== "ReadWriteDocument") problems.push("Permissions must be ReadWriteDocument");
  if (!list(at(manifest, "OfficeApp", "Hosts", "Host")).some((h) => h["@Name"] === "Workbook")) problems.push("Host Workbook is missing");
  return problems;
}

export function checkManifest(xml: string, ctx: ManifestContext): string[] {
  return [
    ...checkPermissions(xml),
    ...checkSharedRuntime(xml),
    ...checkNamespace(xml),
    ...checkCommandsAssociated(xml, ctx.associatedCommands),
    ...checkIcons(xml, ctx.root, ctx.origin),
    ...checkOrigins(xml, ctx.origin),
    ...checkLocalized(xml),
  ];
}
