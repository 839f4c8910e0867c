/**
 * Excel.ChartCollection / Chart / ChartSeries / ChartAxis / ChartTitle / ChartLegend, the part the report uses.
 * Requirement sets (Office.js): charts.add, chart.name, title.text, setPosition, legend, axes.valueAxis
 * min/max, chart.delete — ExcelApi 1.1; charts.getItemOrNullObject — 1.4; series.add, setValues,
 * setXAxisValues, series.chartType, series.delete, axes.getItem — 1.7; series.axisGroup, axis.numberFormat — 1.8.
 * Document state: `SheetData.extras.charts` (ChartData[]). Charts are pictures of ranges: the fake keeps
 * which ranges each series points at, not the numbers.
 */
import { InMemoryExcelError } from "./errors";
import { Rect, parseA1, rectToAddress, splitSheet } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeCollection } from "./collection";
import type { RangeProxy, RangeTarget } from "./range";
import type { InMemoryWorkbook, SheetData } from "./store";

export interface RangeRef {
  sheet: string;
  rect: Rect;
}

export interface ChartSeriesData {
  name: string;
  chartType: string;
  axisGroup: "Primary" | "Secondary";
  values: RangeRef | null;
  categories: RangeRef | null;
}

export interface ChartAxisData {
  minimum?: number;
  maximum?: number;
  numberFormat?: string;
}

export interface ChartData {
  id: string;
  name: string;
  chartType: string;
  title: string;
  series: ChartSeriesData[];
  /** "Value/Primary", "Category/Primary", "Value/Secondary"… */
  axes: Record<string, ChartAxisData>;
  /** Top-left and bottom-right cells given to setPosition. */
  position: { from: string; to: string | null } | null;
  legend: { position?: string; visible?: boolean };
}

/** Chart types Excel.ChartType accepts (the common ones; the fake refuses anything else). */
export const CHART_TYPES: readonly string[] = [
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100",
  "Line", "LineMarkers", "LineStacked", "LineMarkersStacked", "Pie", "Doughnut", "Area", "AreaStacked",
  "XYScatter", "XYScatterLines", "Pareto", "Waterfall",
];

export function chartsOf(sheet: SheetData): ChartData[] {
  if (!Array.isArray(sheet.extras.charts)) sheet.extras.charts = [];
  return sheet.extras.charts as ChartData[];
}

function checkChartType(type: string): void {
  if (!CHART_TYPES.includes(type)) throw new InMemoryExcelError("InvalidArgument", `The chart type '${type}' is not valid.`);
}

/** The range behind a proxy, resolved at sync time. */
function refOf(range: RangeProxy): RangeRef {
  const target: RangeTarget | null = range.targetAtSync();
  if (!target) throw new InMemoryExcelError("InvalidArgument", "The source range doesn't exist.");
  return { sheet: target.sheet.name, rect: target.rect };
}

function isText(doc: InMemoryWorkbook, sheet: SheetData, row: number, col: number): boolean {
  const value = doc.readValue(sheet, row, col);
  return typeof value === "string" && value !== "";
}

/**
 * Series from a source range, as Excel lays them out: by columns when the range is at least as tall as
 * wide (or when asked), a first row of text gives the series names, a first column of text the categories.
 */
export function seriesFromSource(doc: InMemoryWorkbook, sheet: SheetData, rect: Rect, seriesBy: string, chartType: string): ChartSeriesData[] {
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rect.rows >= rect.cols);
  const along = byColumns ? rect.cols : rect.rows; // series run along this dimension
  const across = byColumns ? rect.rows : rect.cols;
  const cell = (i: number, j: number) => (byColumns ? { row: rect.row + j, col: rect.col + i } : { row: rect.row + i, col: rect.col + j });
  const hasNames = across > 1 && Array.from({ length: along }, (_, i) => i).some((i) => isText(doc, sheet, cell(i, 0).row, cell(i, 0).col));
  const firstData = hasNames ? 1 : 0;
  const hasCategories = along > 1 && Array.from({ length: across - firstData }, (_, j) => j + firstData).some((j) => isText(doc, sheet, cell(0, j).row, cell(0, j).col));
  const strip = (i: number): Rect =>
    byColumns ? { row: rect.row + firstData, col: rect.col + i, rows: rect.rows - firstData, cols: 1 } : { row: rect.row + i, col: rect.col + firstData, rows: 1, cols: rect.cols - firstData };
  const categories = hasCategories ? { sheet: sheet.name, rect: strip(0) } : null;
  const series: ChartSeriesData[] = [];
  for (let i = hasCategories ? 1 : 0; i < along; i++) {
    const name = hasNames ? String(doc.readValue(sheet, cell(i, 0).row, cell(i, 0).col)) : `Series${series.length + 1}`;
    series.push({ name, chartType, axisGroup: "Primary", values: { sheet: sheet.name, rect: strip(i) }, categories });
  }
  return series;
}

export class ChartCollectionProxy extends FakeCollection<ChartProxy> {
  constructor(context: FakeRequestContext, private readonly resolveSheet: () => SheetData | null) {
    super(context, "ChartCollection");
  }

  protected currentItems(): ChartProxy[] {
    const sheet = this.resolveSheet();
    return sheet ? chartsOf(sheet).map((chart) => new ChartProxy(this.context, () => chart, sheet)) : [];
  }

  private find(name: string): { chart: ChartData; sheet: SheetData } | null {
    const sheet = this.resolveSheet();
    const chart = sheet ? chartsOf(sheet).find((c) => c.name === name) : undefined;
    return sheet && chart ? { chart, sheet } : null;
  }

  /** charts.add(type, sourceData, seriesBy = "Auto") — ExcelApi 1.1. */
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    let created: ChartData | null = null;
    let owner: SheetData | null = null;
    this.context.enqueue(() => {
      checkChartType(type);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new InMemoryExcelError("InvalidArgument", `seriesBy '${seriesBy}' is not valid.`);
      const sheet = this.resolveSheet();
      if (!sheet) throw new InMemoryExcelError("ItemNotFound", "The worksheet doesn't exist.");
      const source = refOf(sourceData);
      const sourceSheet = this.context.document.findSheet(source.sheet)!;
      const charts = chartsOf(sheet);
      let n = charts.length + 1;
      while (charts.some((c) => c.name === `Chart ${n}`)) n++;
      created = {
        id: `{chart-${sheet.id}-${n}}`,
        name: `Chart ${n}`,
        chartType: type,
        title: "",
        series: seriesFromSource(this.context.document, sourceSheet, source.rect, seriesBy, type),
        axes: {},
        position: null,
        legend: {},
      };
      charts.push(created);
      owner = sheet;
    }, { add: type, seriesBy });
    return new ChartProxy(this.context, () => {
      if (!created) throw new InvalidReference();
      return created;
    }, () => owner);
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, () => {
      const found = this.find(name);
      if (!found) throw new InMemoryExcelError("ItemNotFound", `The chart '${name}' doesn't exist.`);
      return found.chart;
    }, () => this.find(name)?.sheet ?? null);
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): ChartProxy {
    const proxy = new ChartProxy(this.context, () => this.find(name)?.chart ?? null, () => this.find(name)?.sheet ?? null);
    proxy.checkExistsAtSync();
    return proxy;
  }
}

class InvalidReference extends InMemoryExcelError {
  constructor() {
    super("InvalidReference", "The chart was not created.");
  }
}

const CHART_PROPERTIES = ["name", "id", "chartType"] as const;

export class ChartProxy extends FakeClientObject<ChartData> {
  protected readonly scalarProperties = CHART_PROPERTIES;
  readonly title: ChartTitleProxy;
  readonly series: ChartSeriesCollectionProxy;
  readonly axes: ChartAxesProxy;
  readonly legend: { position: string; visible: boolean };

  constructor(context: FakeRequestContext, resolve: () => ChartData | null, private readonly sheetOf: SheetData | (() => SheetData | null)) {
    super(context, resolve, "Chart");
    this.title = new ChartTitleProxy(context, resolve);
    this.series = new ChartSeriesCollectionProxy(context, resolve);
    this.axes = new ChartAxesProxy(context, resolve);
    const legendKey = (key: "position" | "visible") => ({
      set: (value: unknown) => this.act((chart) => void (chart.legend = { ...chart.legend, [key]: value }), { legend: { [key]: value } }),
      get: () => {
        throw new InMemoryExcelError("PropertyNotLoaded", `The in-memory Excel does not load legend.${key}; inspect the document instead.`);
      },
    });
    this.legend = Object.defineProperties({} as { position: string; visible: boolean }, { position: legendKey("position"), visible: legendKey("visible") });
  }

  protected readProperty(chart: ChartData, name: string): unknown {
    return chart[name as (typeof CHART_PROPERTIES)[number]];
  }

  get name(): string { return this.get("name"); }
  set name(name: string) {
    this.set("name", name, (chart) => {
      const sheet = typeof this.sheetOf === "function" ? this.sheetOf() : this.sheetOf;
      if (sheet && chartsOf(sheet).some((c) => c !== chart && c.name === name)) throw new InMemoryExcelError("ItemAlreadyExists", `A chart named '${name}' already exists.`);
      chart.name = name;
    });
  }
  get id(): string { return this.get("id"); }
  get chartType(): string { return this.get("chartType"); }
  /** ExcelApi 1.7. */
  set chartType(type: string) {
    this.set("chartType", type, (chart) => {
      checkChartType(type);
      chart.chartType = type;
      for (const s of chart.series) s.chartType = type;
    });
  }

  /** Cells (or addresses) of the chart's top-left and bottom-right corners. */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const address = (cell: RangeProxy | string) => (typeof cell === "string" ? cell : rectToAddress(refOf(cell).sheet, refOf(cell).rect));
    this.act((chart) => {
      const from = address(startCell);
      if (!parseA1(splitSheet(from).local)) throw new InMemoryExcelError("InvalidArgument", `The address '${from}' is not valid.`);
      chart.position = { from, to: endCell === undefined ? null : address(endCell) };
    }, { setPosition: [typeof startCell === "string" ? startCell : "range", typeof endCell === "string" ? endCell : "range"] });
  }

  delete(): void {
    this.act((chart) => {
      const sheet = typeof this.sheetOf === "function" ? this.sheetOf() : this.sheetOf;
      if (sheet) sheet.extras.charts = chartsOf(sheet).filter((c) => c !== chart);
    }, { delete: true });
  }
}

export class ChartTitleProxy extends FakeClientObject<ChartData> {
  protected readonly scalarProperties = ["text"] as const;
  constructor(context: FakeRequestContext, resolve: () => ChartData | null) {
    super(context, resolve, "ChartTitle");
  }
  protected readProperty(chart: ChartData): unknown {
    return chart.title;
  }
  get text(): string { return this.get("text"); }
  set text(text: string) {
    this.set("text", text, (chart) => void (chart.title = text));
  }
}

interface SeriesTarget {
  chart: ChartData;
  series: ChartSeriesData;
}

export class ChartSeriesCollectionProxy extends FakeCollection<ChartSeriesProxy> {
  constructor(context: FakeRequestContext, private readonly resolveChart: () => ChartData | null) {
    super(context, "ChartSeriesCollection");
  }

  protected currentItems(): ChartSeriesProxy[] {
    const chart = this.resolveChart();
    return chart ? chart.series.map((series) => new ChartSeriesProxy(this.context, () => ({ chart, series }))) : [];
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, () => {
      const chart = this.resolveChart();
      if (!chart) return null;
      const series = chart.series[index];
      if (!series) throw new InMemoryExcelError("InvalidArgument", `The chart has no series at index ${index}.`);
      return { chart, series };
    });
  }

  /** ExcelApi 1.7: a new, empty series (set its values with setValues). */
  add(name?: string, index?: number): ChartSeriesProxy {
    let created: SeriesTarget | null = null;
    this.context.enqueue(() => {
      const chart = this.resolveChart();
      if (!chart) throw new InMemoryExcelError("InvalidReference", "The chart doesn't exist.");
      const series: ChartSeriesData = { name: name ?? `Series${chart.series.length + 1}`, chartType: chart.chartType, axisGroup: "Primary", values: null, categories: chart.series[0]?.categories ?? null };
      const at = index === undefined ? chart.series.length : index;
      if (at < 0 || at > chart.series.length) throw new InMemoryExcelError("InvalidArgument", "The series index is outside the chart.");
      chart.series.splice(at, 0, series);
      created = { chart, series };
    }, { add: name ?? null });
    return new ChartSeriesProxy(this.context, () => {
      if (!created) throw new InvalidReference();
      return created;
    });
  }
}

const SERIES_PROPERTIES = ["name", "chartType", "axisGroup"] as const;

export class ChartSeriesProxy extends FakeClientObject<SeriesTarget> {
  protected readonly scalarProperties = SERIES_PROPERTIES;

  constructor(context: FakeRequestContext, resolve: () => SeriesTarget | null) {
    super(context, resolve, "ChartSeries");
  }

  protected readProperty({ series }: SeriesTarget, name: string): unknown {
    return series[name as (typeof SERIES_PROPERTIES)[number]];
  }

  get name(): string { return this.get("name"); }
  set name(name: string) {
    this.set("name", name, ({ series }) => void (series.name = name));
  }
  get chartType(): string { return this.get("chartType"); }
  /** ExcelApi 1.7: one series of a column chart can be a line (combo chart). */
  set chartType(type: string) {
    this.set("chartType", type, ({ series }) => {
      checkChartType(type);
      series.chartType = type;
    });
  }
  get axisGroup(): string { return this.get("axisGroup"); }
  /** ExcelApi 1.8. */
  set axisGroup(group: "Primary" | "Secondary") {
    this.set("axisGroup", group, ({ series }) => {
      if (group !== "Primary" && group !== "Secondary") throw new InMemoryExcelError("InvalidArgument", `The axis group '${String(group)}' is not valid.`);
      series.axisGroup = group;
    });
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: RangeProxy): void {
    this.act(({ series }) => void (series.values = refOf(sourceData)), { setValues: true });
  }

  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: RangeProxy): void {
    this.act(({ series }) => void (series.categories = refOf(sourceData)), { setXAxisValues: true });
  }

  /** ExcelApi 1.7. */
  delete(): void {
    this.act(({ chart, series }) => void (chart.series = chart.series.filter((s) => s !== series)), { delete: true });
  }
}

export class ChartAxesProxy {
  /** Primary axes (ExcelApi 1.1). */
  readonly valueAxis: ChartAxisProxy;
  readonly categoryAxis: ChartAxisProxy;

  constructor(private readonly context: FakeRequestContext, private readonly resolveChart: () => ChartData | null) {
    this.valueAxis = this.getItem("Value", "Primary");
    this.categoryAxis = this.getItem("Category", "Primary");
  }

  /** ExcelApi 1.7. A secondary axis exists only once a series is on the secondary axis group. */
  getItem(type: "Value" | "Category", group: "Primary" | "Secondary" = "Primary"): ChartAxisProxy {
    return new ChartAxisProxy(this.context, () => {
      const chart = this.resolveChart();
      if (!chart) return null;
      if (group === "Secondary" && !chart.series.some((s) => s.axisGroup === "Secondary")) {
        throw new InMemoryExcelError("InvalidArgument", "The chart has no secondary axis: put a series on the secondary axis group first.");
      }
      const key = `${type}/${group}`;
      return (chart.axes[key] ??= {});
    });
  }
}

const AXIS_PROPERTIES = ["minimum", "maximum", "numberFormat"] as const;

export class ChartAxisProxy extends FakeClientObject<ChartAxisData> {
  protected readonly scalarProperties = AXIS_PROPERTIES;

  constructor(context: FakeRequestContext, resolve: () => ChartAxisData | null) {
    super(context, resolve, "ChartAxis");
  }

  protected readProperty(axis: ChartAxisData, name: string): unknown {
    return axis[name as (typeof AXIS_PROPERTIES)[number]] ?? null;
  }

  get minimum(): number { return this.get("minimum"); }
  set minimum(value: number) {
    this.set("minimum", value, (axis) => void (axis.minimum = value));
  }
  get maximum(): number { return this.get("maximum"); }
  set maximum(value: number) {
    this.set("maximum", value, (axis) => void (axis.maximum = value));
  }
  get numberFormat(): string { return this.get("numberFormat"); }
  /** ExcelApi 1.8. */
  set numberFormat(format: string) {
    this.set("numberFormat", format, (axis) => void (axis.numberFormat = format));
  }
}
