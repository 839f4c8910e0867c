import type { PageSetup } from "./model";
import type { ReportText } from "./labels";

/** Landscape, one page wide, header rows repeated, the period in the page header, page numbers below. */
export function reportPageSetup(t: ReportText, periodLabel: string): PageSetup {
  return {
    orientation: "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: null,
    repeatHeaderRows: true,
    headerText: t("pageHeader", { period: periodLabel }),
    footerText: t("pageFooter", { page: "{page}", pages: "{pages}" }),
  };
}
