/**
 * Excel.PageLayout (worksheet.pageLayout, ExcelApi 1.9): orientation, zoom (scale or fit to pages),
 * print title rows, print area, gridlines and headersFooters.defaultForAllPages.
 * Document state: `SheetData.extras.pageLayout` (PageLayoutData).
 */
import { InMemoryExcelError } from "./errors";
import { parseA1, rectToA1, splitSheet } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import type { RangeProxy } from "./range";
import type { SheetData } from "./store";

export interface PageZoom {
  scale?: number | null;
  horizontalFitToPages?: number | null;
  verticalFitToPages?: number | null;
}

export interface HeaderFooterData {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutData {
  orientation: "Portrait" | "Landscape";
  zoom: PageZoom;
  printGridlines: boolean;
  centerHorizontally: boolean;
  /** "$1:$4" */
  printTitleRows: string | null;
  printArea: string | null;
  defaultForAllPages: HeaderFooterData;
}

export function pageLayoutOf(sheet: SheetData): PageLayoutData {
  if (!sheet.extras.pageLayout) {
    sheet.extras.pageLayout = {
      orientation: "Portrait",
      zoom: { scale: 100 },
      printGridlines: false,
      centerHorizontally: false,
      printTitleRows: null,
      printArea: null,
      defaultForAllPages: { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" },
    } satisfies PageLayoutData;
  }
  return sheet.extras.pageLayout as PageLayoutData;
}

const isCount = (v: unknown) => v === null || v === undefined || (Number.isInteger(v) && (v as number) >= 0);

/**
 * Excel accepts either a scale (10–400 %) or fit-to-pages counts. A count of 0 is OOXML's
 * "automatic" (fitToHeight="0": as many pages as needed), which is how "1 page wide, any number tall" is written.
 */
function checkZoom(zoom: PageZoom): void {
  const fits = zoom.horizontalFitToPages != null || zoom.verticalFitToPages != null;
  if (zoom.scale != null) {
    if (fits) throw new InMemoryExcelError("InvalidArgument", "Give either a scale or fit-to-pages counts, not both.");
    if (!(zoom.scale >= 10 && zoom.scale <= 400)) throw new InMemoryExcelError("InvalidArgument", "The print scale must be between 10 and 400.");
    return;
  }
  if (!fits || !isCount(zoom.horizontalFitToPages) || !isCount(zoom.verticalFitToPages)) {
    throw new InMemoryExcelError("InvalidArgument", "Fit-to-pages counts must be whole numbers ≥ 0.");
  }
}

const LAYOUT_PROPERTIES = ["orientation", "zoom", "printGridlines", "centerHorizontally"] as const;

export class PageLayoutProxy extends FakeClientObject<SheetData> {
  protected readonly scalarProperties = LAYOUT_PROPERTIES;
  readonly headersFooters: { readonly defaultForAllPages: HeaderFooterProxy; state: string };

  constructor(context: FakeRequestContext, resolve: () => SheetData | null) {
    super(context, resolve, "PageLayout");
    const defaultForAllPages = new HeaderFooterProxy(context, resolve);
    const act = (apply: (sheet: SheetData) => void, payload: unknown) => this.act(apply, payload);
    this.headersFooters = {
      defaultForAllPages,
      set state(value: string) {
        act(() => {
          if (!["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"].includes(value)) throw new InMemoryExcelError("InvalidArgument", `Header/footer state '${value}' is not valid.`);
        }, { state: value });
      },
      get state(): string {
        throw new InMemoryExcelError("PropertyNotLoaded", "The in-memory Excel does not load headersFooters.state.");
      },
    };
  }

  protected readProperty(sheet: SheetData, name: string): unknown {
    const layout = pageLayoutOf(sheet);
    return name === "zoom" ? { ...layout.zoom } : layout[name as (typeof LAYOUT_PROPERTIES)[number]];
  }

  get orientation(): string { return this.get("orientation"); }
  set orientation(value: "Portrait" | "Landscape") {
    this.set("orientation", value, (sheet) => {
      if (value !== "Portrait" && value !== "Landscape") throw new InMemoryExcelError("InvalidArgument", `Orientation '${String(value)}' is not valid.`);
      pageLayoutOf(sheet).orientation = value;
    });
  }

  get zoom(): PageZoom { return this.get("zoom"); }
  set zoom(value: PageZoom) {
    this.set("zoom", value, (sheet) => {
      checkZoom(value);
      pageLayoutOf(sheet).zoom = { ...value };
    });
  }

  get printGridlines(): boolean { return this.get("printGridlines"); }
  set printGridlines(value: boolean) {
    this.set("printGridlines", value, (sheet) => void (pageLayoutOf(sheet).printGridlines = value));
  }

  get centerHorizontally(): boolean { return this.get("centerHorizontally"); }
  set centerHorizontally(value: boolean) {
    this.set("centerHorizontally", value, (sheet) => void (pageLayoutOf(sheet).centerHorizontally = value));
  }

  /** Rows repeated at the top of every printed page: "$1:$4", "1:4" or a range (its rows are used). */
  setPrintTitleRows(rows: RangeProxy | string): void {
    this.act((sheet) => {
      let first: number;
      let count: number;
      if (typeof rows === "string") {
        const rect = parseA1(splitSheet(rows).local);
        if (!rect) throw new InMemoryExcelError("InvalidArgument", `The address '${rows}' is not valid.`);
        first = rect.row;
        count = rect.rows;
      } else {
        const target = rows.targetAtSync();
        if (!target) throw new InMemoryExcelError("InvalidArgument", "The range doesn't exist.");
        first = target.rect.row;
        count = target.rect.rows;
      }
      pageLayoutOf(sheet).printTitleRows = `$${first + 1}:$${first + count}`;
    }, { setPrintTitleRows: typeof rows === "string" ? rows : "range" });
  }

  setPrintArea(area: RangeProxy | string): void {
    this.act((sheet) => {
      const rect = typeof area === "string" ? parseA1(splitSheet(area).local) : area.targetAtSync()?.rect;
      if (!rect) throw new InMemoryExcelError("InvalidArgument", "The print area is not valid.");
      pageLayoutOf(sheet).printArea = rectToA1(rect);
    }, { setPrintArea: typeof area === "string" ? area : "range" });
  }
}

const HEADER_FOOTER_PROPERTIES = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
type HeaderFooterKey = (typeof HEADER_FOOTER_PROPERTIES)[number];

/** Header/footer texts use Excel's codes: &P page number, &N number of pages, &D date, && a literal &. */
export class HeaderFooterProxy extends FakeClientObject<SheetData> {
  protected readonly scalarProperties = HEADER_FOOTER_PROPERTIES;

  constructor(context: FakeRequestContext, resolve: () => SheetData | null) {
    super(context, resolve, "HeaderFooter");
    for (const key of HEADER_FOOTER_PROPERTIES) {
      Object.defineProperty(this, key, {
        get: () => this.get(key),
        set: (value: string) =>
          this.set(key, value, (sheet) => {
            if (typeof value !== "string") throw new InMemoryExcelError("InvalidArgument", `${key} must be text.`);
            pageLayoutOf(sheet).defaultForAllPages[key] = value;
          }),
      });
    }
  }

  protected readProperty(sheet: SheetData, name: string): unknown {
    return pageLayoutOf(sheet).defaultForAllPages[name as HeaderFooterKey];
  }
}
export interface HeaderFooterProxy extends Record<HeaderFooterKey, string> {}
