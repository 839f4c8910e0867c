/**
 * What the task pane takes from its host: the display language and the theme. Office tells us both
 * (Office.context.displayLanguage, Office.context.officeTheme); the URL can override them
 * (`?lang=zh-CN&theme=dark`), which the playground and the browser tests use.
 */
import { resolveLang, type Lang } from "../../src/i18n/i18n";
import { officeDisplayLanguage, officeTheme } from "../../src/excel/platform";

export type ThemeName = "light" | "dark" | "contrast";

export interface Environment {
  lang: Lang;
  theme: ThemeName;
}

interface OfficeLike {
  context?: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean };
  };
}

/** Relative luminance (0 = black, 1 = white) of "#rrggbb"; undefined for anything else. */
export function luminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  if (!match) return undefined;
  const n = parseInt(match[1], 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Dark when Office says so or when its task-pane background is dark (the "Dark Gray" and "Black" themes). */
export function themeFromOffice(office: OfficeLike | undefined, forcedColors: boolean): ThemeName {
  if (forcedColors) return "contrast";
  const theme = office?.context?.officeTheme;
  if (!theme) return "light";
  if (theme.isDarkTheme) return "dark";
  const l = luminance(theme.bodyBackgroundColor);
  return l !== undefined && l < 0.2 ? "dark" : "light";
}

function parseTheme(value: string | null): ThemeName | undefined {
  return value === "light" || value === "dark" || value === "contrast" ? value : undefined;
}

/** Reads the environment: URL overrides first, then Office, then the browser. */
export function readEnvironment(
  search: string,
  office: OfficeLike | undefined,
  navigatorLanguage: string | undefined,
  forcedColors: boolean,
): Environment {
  const params = new URLSearchParams(search);
  const lang = params.get("lang") ?? office?.context?.displayLanguage ?? navigatorLanguage;
  return {
    lang: resolveLang(lang),
    theme: parseTheme(params.get("theme")) ?? themeFromOffice(office, forcedColors),
  };
}

/** The environment of this page (browser only); Office is asked through src/excel/platform.ts. */
export function currentEnvironment(): Environment {
  const office: OfficeLike = { context: { displayLanguage: officeDisplayLanguage(), officeTheme: officeTheme() } };
  const forced = typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;
  return readEnvironment(location.search, office, navigator.language, forced);
}
