/**
 * The charts of one sheet drawn over the grid at their anchor cells, as simple SVG pictures of the
 * ranges their series point at (see chartDrawing.ts). Re-read on every workbook change, like the cells.
 */
import type { InMemoryWorkbook, SheetData, Cell } from "../in-memory-excel/store";
import { chartsOf, type RangeRef } from "../in-memory-excel/chart";
import { chartDrawing, layoutChart, SERIES_COLORS, type ChartDrawing } from "./chartDrawing";

export interface ChartOverlayProps {
  workbook: InMemoryWorkbook;
  sheet: SheetData;
  /** Pixel geometry of the grid the charts sit on. */
  grid: { rowHeight: number; colWidth: number; headerWidth: number };
}

export function ChartOverlay({ workbook, sheet, grid }: ChartOverlayProps) {
  const read = (ref: RangeRef): (Cell | undefined)[] => {
    const source = workbook.findSheet(ref.sheet);
    if (!source) return [];
    const cells: (Cell | undefined)[] = [];
    for (let r = 0; r < ref.rect.rows; r++) for (let c = 0; c < ref.rect.cols; c++) cells.push(workbook.getCell(source, ref.rect.row + r, ref.rect.col + c));
    return cells;
  };
  return (
    <>
      {chartsOf(sheet).map((chart) => {
        const drawing = chartDrawing(chart, read);
        const { anchor } = drawing;
        const box = {
          left: grid.headerWidth + anchor.col * grid.colWidth,
          top: (anchor.row + 1) * grid.rowHeight,
          width: anchor.cols * grid.colWidth,
          height: anchor.rows * grid.rowHeight,
        };
        return (
          <div key={chart.id} className="chart" style={box} data-chart={chart.name}>
            <ChartSvg drawing={drawing} width={box.width} height={box.height} />
          </div>
        );
      })}
    </>
  );
}

const colorOf = (drawing: ChartDrawing, series: number, category: number) =>
  SERIES_COLORS[(drawing.series[series].shape === "pie" ? category : series) % SERIES_COLORS.length];

export function ChartSvg({ drawing, width, height }: { drawing: ChartDrawing; width: number; height: number }) {
  const layout = layoutChart(drawing, width, height);
  const { plot } = layout;
  const right = plot.x + plot.width;
  const legend = drawing.series[0]?.shape === "pie" ? drawing.categories : drawing.series.map((s) => s.name);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={drawing.title || drawing.name} data-bars={layout.bars.length}>
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#fff" stroke="#bfbfbf" />
      <text className="chart-title" x={width / 2} y={20} textAnchor="middle" fontSize={14} fill="#404040">
        {drawing.title}
      </text>
      {layout.primaryTicks.map((t) => (
        <g key={`p${t.y}`}>
          <line x1={plot.x} x2={right} y1={t.y} y2={t.y} stroke="#e6e6e6" />
          <text x={plot.x - 4} y={t.y + 3} textAnchor="end" fontSize={10} fill="#595959">
            {t.text}
          </text>
        </g>
      ))}
      {layout.secondaryTicks.map((t) => (
        <text key={`s${t.y}`} x={right + 4} y={t.y + 3} fontSize={10} fill="#595959">
          {t.text}
        </text>
      ))}
      {layout.bars.map((b) => (
        <rect key={`b${b.series}-${b.category}`} className="chart-bar" x={b.x} y={b.y} width={b.width} height={b.height} fill={colorOf(drawing, b.series, b.category)}>
          <title>{`${drawing.series[b.series].name} · ${drawing.categories[b.category]}: ${b.value}`}</title>
        </rect>
      ))}
      {layout.lines.map((l) => (
        <g key={`l${l.series}`} className="chart-line">
          <polyline points={l.points.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" stroke={colorOf(drawing, l.series, 0)} strokeWidth={2} />
          {l.points.map((p, i) => (
            <circle key={i} cx={p.x} cy={p.y} r={3} fill={colorOf(drawing, l.series, 0)} />
          ))}
        </g>
      ))}
      {layout.slices.map((s) => (
        <path key={`s${s.category}`} className="chart-slice" d={s.path} fill={colorOf(drawing, s.series, s.category)} stroke="#fff" />
      ))}
      {layout.categoryLabels.map((c, i) => (
        <text key={`c${i}`} x={c.x} y={c.y} textAnchor={drawing.series.some((s) => s.shape === "bar") ? "end" : "middle"} fontSize={10} fill="#595959">
          {c.text}
        </text>
      ))}
      {legendItems(legend, width).map(({ name, x }, i) => (
        <g key={`g${i}`} transform={`translate(${x}, ${height - 12})`}>
          <rect width={9} height={9} y={-8} fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
          <text x={13} fontSize={10} fill="#404040">
            {name}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Legend entries side by side, centred under the plot as Excel puts a bottom legend (text ≈ 6 px a character). */
function legendItems(names: string[], width: number): { name: string; x: number }[] {
  const widths = names.map((name) => 13 + name.length * 6 + 16);
  let x = Math.max(4, (width - widths.reduce((a, b) => a + b, 0)) / 2);
  return names.map((name, i) => {
    const item = { name, x };
    x += widths[i];
    return item;
  });
}
