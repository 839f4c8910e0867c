import { luminance, readEnvironment, themeFromOffice } from "../../taskpane/state/environment";

describe("environment", () => {
  test("luminance of black, white and Office's dark gray", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1, 6);
    // #262626: 38/255 = 0.149 → ((0.149+0.055)/1.055)^2.4 ≈ 0.0194
    expect(luminance("#262626")).toBeCloseTo(0.0194, 3);
    expect(luminance("red")).toBeUndefined();
  });

  test("theme follows Office: dark background → dark, forced colours → contrast", () => {
    expect(themeFromOffice({ context: { officeTheme: { bodyBackgroundColor: "#262626" } } }, false)).toBe("dark");
    expect(themeFromOffice({ context: { officeTheme: { bodyBackgroundColor: "#ffffff" } } }, false)).toBe("light");
    expect(themeFromOffice({ context: { officeTheme: { isDarkTheme: true } } }, false)).toBe("dark");
    expect(themeFromOffice(undefined, false)).toBe("light");
    expect(themeFromOffice({ context: { officeTheme: { bodyBackgroundColor: "#ffffff" } } }, true)).toBe("contrast");
  });

  test("URL overrides win over Office, Office over the browser", () => {
    const office = { context: { displayLanguage: "ja-JP", officeTheme: { bodyBackgroundColor: "#ffffff" } } };
    expect(readEnvironment("?lang=zh-CN&theme=dark", office, "en-US", false)).toEqual({ lang: "zh-CN", theme: "dark" });
    expect(readEnvironment("", office, "en-US", false)).toEqual({ lang: "ja", theme: "light" });
    expect(readEnvironment("", undefined, "fr-FR", false)).toEqual({ lang: "en", theme: "light" });
    expect(readEnvironment("?theme=purple", undefined, "zh-Hans-CN", false)).toEqual({ lang: "zh-CN", theme: "light" });
  });
});
