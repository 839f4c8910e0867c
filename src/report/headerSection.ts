import type { KeyValueSection } from "./model";
import type { ReportText } from "./labels";
import type { ReportInput } from "./reportInput";

/** 1. Header: period, as-of date, register name, number of lines, generated at. */
export function headerSection(input: ReportInput, t: ReportText): KeyValueSection {
  const { period } = input;
  return {
    id: "header",
    kind: "keyValue",
    title: t("headerTitle"),
    items: [
      { key: "period", label: t("headerPeriod"), value: period.label, type: "text" },
      { key: "periodStart", label: t("headerPeriodStart"), value: period.start, type: "date" },
      { key: "periodEnd", label: t("headerPeriodEnd"), value: period.end, type: "date" },
      { key: "asOf", label: t("headerAsOf"), value: input.asOf, type: "date" },
      { key: "register", label: t("headerRegister"), value: input.register.name, type: "text" },
      { key: "lines", label: t("headerLines"), value: input.register.lines.length, type: "integer" },
      { key: "generatedAt", label: t("headerGenerated"), value: input.generatedAt, type: "text" },
    ],
  };
}
