/**
 * The add-in's settings saved in the file. Office keeps a document's add-in settings in
 * xl/webextensions/webextension*.xml as <we:property name="poFollowup" value="…"/>, the value being
 * the JSON serialisation of what the add-in stored (itself a JSON string). exceljs does not read
 * these parts, so they are read from the zip directly; anything unreadable means "defaults".
 */
import JSZip from "jszip";
import { EMPTY_STORED_SETTINGS, SETTINGS_KEY, parseStoredSettings, type StoredSettings } from "../excel/settingsStore";

const PROPERTY = /<we:property\b[^>]*?\bname="([^"]*)"[^>]*?\bvalue="([^"]*)"/g;

function xmlDecode(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" } as Record<string, string>)[name];
  });
}

/** The stored settings in one webextension part's XML, or null when the part has none. */
export function storedSettingsFromXml(xml: string): StoredSettings | null {
  for (const m of xml.matchAll(PROPERTY)) {
    if (xmlDecode(m[1]) !== SETTINGS_KEY) continue;
    const raw = xmlDecode(m[2]);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    return parseStoredSettings(value);
  }
  return null;
}

export async function readStoredSettings(zipBytes: Buffer): Promise<StoredSettings> {
  try {
    const zip = await JSZip.loadAsync(zipBytes);
    const parts = zip.file(/^xl\/webextensions\/webextension\d*\.xml$/);
    for (const part of parts) {
      const found = storedSettingsFromXml(await part.async("string"));
      if (found) return found;
    }
  } catch {
    // Not our business here: exceljs reports a broken zip.
  }
  return EMPTY_STORED_SETTINGS;
}
