import { stageLabel } from "../../taskpane/components/stageLabel";
import { makeI18n } from "../../taskpane/state/i18n";
import { STAGE_CHOICES } from "../../src/register/template";
import type { Lang } from "../../src/i18n/i18n";

describe("stage labels", () => {
  test.each<Lang>(["zh-CN", "ja"])("every stage code of the register's dropdown has a %s label", (lang) => {
    const { t } = makeI18n(lang);
    for (const code of STAGE_CHOICES) expect(stageLabel(code, t)).not.toBe(code);
    expect(stageLabel("Shipped", makeI18n("zh-CN").t)).toBe("已发货");
  });

  test("English labels exist for every code; a code typed by hand is shown as it is", () => {
    const { t } = makeI18n("en");
    for (const code of STAGE_CHOICES) expect(stageLabel(code, t)).toMatch(/\S/);
    expect(stageLabel("Packed", t)).toBe("Packed");
    expect(stageLabel("At the forwarder", makeI18n("ja").t)).toBe("At the forwarder");
    expect(stageLabel("toString", t)).toBe("toString");
  });
});
