/**
 * Native Excel charts for the file's report: the DrawingML parts (ECMA-376 Part 1, 21.2 charts and
 * 20.5 spreadsheet drawing) for the charts the add-in draws with Office.js from the same plan
 * (src/report/layout ChartPlan: ageing, delay-reason Pareto, KPI trend) — same type per series, axis
 * group, axis bounds and number formats, title, legend at the bottom, anchored over the same cells.
 *
 * Each series refers to its cells (so the chart follows an edit) and carries their values as a cache
 * (what Excel shows before it recalculates). Elements are written in the schema's sequence order.
 */
import { rectA1, type Cell0, type ChartPlan, type ChartSeriesPlan, type Rect0, type SheetValue } from "../report/layout";
import { escapeXml } from "./packageParts";

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const DRAWING_REL = `${REL}/drawing`;
export const CHART_REL = `${REL}/chart`;

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** The value of a sheet cell as the chart's cache shows it ("" for a cell the plan does not hold). */
export type CellLookup = (cell: Cell0) => SheetValue;

/** Axis ids: primary category/value 1/2, secondary 3/4. */
const PRIMARY = [1, 2] as const;
const SECONDARY = [3, 4] as const;

export function chartXml(plan: ChartPlan, sheetName: string, valueAt: CellLookup): string {
  const secondary = plan.series.some((s) => s.axisGroup === "Secondary");
  const groups: string[] = [];
  let index = 0;
  for (const group of ["Primary", "Secondary"] as const) {
    const axes = group === "Primary" ? PRIMARY : SECONDARY;
    const inGroup = plan.series.map((s, i) => ({ s, i })).filter(({ s }) => s.axisGroup === group);
    const bars = inGroup.filter(({ s }) => s.chartType === "ColumnClustered");
    const lines = inGroup.filter(({ s }) => s.chartType !== "ColumnClustered");
    if (bars.length > 0)
      groups.push(
        `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
          bars.map(({ s, i }) => seriesXml(s, i, index++, sheetName, valueAt, false)).join("") +
          `<c:gapWidth val="150"/>${axisIds(axes)}</c:barChart>`,
      );
    if (lines.length > 0)
      groups.push(
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
          lines.map(({ s, i }) => seriesXml(s, i, index++, sheetName, valueAt, true)).join("") +
          `<c:marker val="1"/>${axisIds(axes)}</c:lineChart>`,
      );
  }
  const axes =
    categoryAxis(PRIMARY, false, "b") +
    valueAxis(PRIMARY, plan.primaryAxis, "l", "autoZero") +
    (secondary ? categoryAxis(SECONDARY, true, "b") + valueAxis(SECONDARY, plan.secondaryAxis, "r", "max") : "");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(plan.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${groups.join("")}${axes}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The drawing part holding `charts`, each anchored from its top-left cell to past its bottom-right one (as Office.js setPosition). */
export function drawingXml(charts: readonly { plan: ChartPlan; relId: string }[]): string {
  const anchors = charts.map(({ plan, relId }, i) => {
    const marker = (tag: string, cell: Cell0) =>
      `<xdr:${tag}><xdr:col>${cell.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${cell.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", plan.from)}${marker("to", { row: plan.to.row + 1, col: plan.to.col + 1 })}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(plan.name)}" title="${escapeXml(plan.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL}">${anchors.join("")}</xdr:wsDr>`;
}

/**
 * `sheetXml` with a `<drawing r:id>` element where CT_Worksheet's sequence puts it: after the page
 * setup and breaks, before legacy drawings, table parts and extensions.
 */
export function withDrawing(sheetXml: string, relId: string): string {
  const prefix = /<([\w.-]+:)?worksheet[\s>]/.exec(sheetXml)?.[1] ?? "";
  const rel = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(sheetXml)?.[1];
  const attr = rel ? `${rel}:id="${relId}"` : `xmlns:r="${REL}" r:id="${relId}"`;
  const element = `<${prefix}drawing ${attr}/>`;
  for (const next of [
    "legacyDrawing",
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
  ]) {
    const at = sheetXml.search(new RegExp(`<${prefix}${next}[\\s>/]`));
    if (at >= 0) return sheetXml.slice(0, at) + element + sheetXml.slice(at);
  }
  const end = sheetXml.lastIndexOf(`</${prefix}worksheet>`);
  return sheetXml.slice(0, end) + element + sheetXml.slice(end);
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function seriesXml(s: ChartSeriesPlan, order: number, idx: number, sheet: string, valueAt: CellLookup, line: boolean): string {
  const marker = line
    ? s.chartType === "LineMarkers"
      ? `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`
      : `<c:marker><c:symbol val="none"/></c:marker>`
    : "";
  return (
    `<c:ser><c:idx val="${idx}"/><c:order val="${order}"/>` +
    // Named as the add-in names it (series.name = the plan's name): a literal, not a cell.
    `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    (line ? "" : `<c:invertIfNegative val="0"/>`) +
    marker +
    `<c:cat>${categoryRef(sheet, s.categories, valueAt)}</c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(reference(sheet, s.values))}</c:f>${numCache(cells(s.values).map(valueAt))}</c:numRef></c:val>` +
    (line ? `<c:smooth val="0"/>` : "") +
    `</c:ser>`
  );
}

/** Categories as text (buckets, reasons) or numbers (dates of a trend: shown with the cells' format). */
function categoryRef(sheet: string, rect: Rect0, valueAt: CellLookup): string {
  const values = cells(rect).map(valueAt);
  const f = `<c:f>${escapeXml(reference(sheet, rect))}</c:f>`;
  if (values.length > 0 && values.every((v) => typeof v === "number")) return `<c:numRef>${f}${numCache(values)}</c:numRef>`;
  return `<c:strRef>${f}${strCache(values.map((v) => String(v)))}</c:strRef>`;
}

function strCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly SheetValue[]): string {
  const points = values
    .map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function axisIds(ids: readonly [number, number]): string {
  return `<c:axId val="${ids[0]}"/><c:axId val="${ids[1]}"/>`;
}

function categoryAxis(ids: readonly [number, number], hidden: boolean, position: "b"): string {
  return (
    `<c:catAx><c:axId val="${ids[0]}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden ? 1 : 0}"/>` +
    `<c:axPos val="${position}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${ids[1]}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valueAxis(
  ids: readonly [number, number],
  axis: ChartPlan["primaryAxis"],
  position: "l" | "r",
  crosses: "autoZero" | "max",
): string {
  const bounds =
    (axis?.max !== undefined ? `<c:max val="${axis.max}"/>` : "") + (axis?.min !== undefined ? `<c:min val="${axis.min}"/>` : "");
  const format = axis
    ? `<c:numFmt formatCode="${escapeXml(axis.numberFormat)}" sourceLinked="0"/>`
    : `<c:numFmt formatCode="General" sourceLinked="1"/>`;
  return (
    `<c:valAx><c:axId val="${ids[1]}"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>${position === "l" ? "<c:majorGridlines/>" : ""}${format}<c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${ids[0]}"/><c:crosses val="${crosses}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

function cells(rect: Rect0): Cell0[] {
  const out: Cell0[] = [];
  for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) out.push({ row: rect.row + r, col: rect.col + c });
  return out;
}

/** 'Sheet name'!$A$2:$A$9 — the sheet name always quoted (a quote inside doubled). */
export function reference(sheet: string, rect: Rect0): string {
  const absolute = (a1: string) => a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${absolute(rectA1(rect))}`;
}
