import { useInsertionEffect } from "react";
import { tokens } from "@fluentui/react-components";

/**
 * Layout shared by the views: a narrow column (task panes are 320–450 px wide).
 *
 * Plain CSS in one <style> element, with Fluent's design tokens (CSS variables set by FluentProvider),
 * rather than makeStyles: Fluent's own components come with their CSS compiled ahead of time, and ours
 * were the only styles Griffel compiled in the browser — every slot on the first render, before the
 * pane could show anything — and the only reason the bundle carried Griffel's CSS compiler (stylis,
 * rtl-css-js). The rules below need no right-to-left flipping (symmetric paddings, text-align: start).
 */
const CLASSES = {
  app: "pof-app",
  header: "pof-header",
  title: "pof-title",
  /** The header's "as of" date and Refresh: one unit, at the end of the line (or of its own line). */
  headerSide: "pof-headerSide",
  main: "pof-main",
  section: "pof-section",
  h2: "pof-h2",
  h3: "pof-h3",
  row: "pof-row",
  grid2: "pof-grid2",
  card: "pof-card",
  muted: "pof-muted",
  /** A validation message outside a Fluent Field (a group of boxes): Field's own error colour and size. */
  error: "pof-error",
  list: "pof-list",
  /**
   * A line of Today's list: a plain <button> that looks like a small subtle Fluent Button. Hundreds
   * of them render at once, so none of them pays for a Fluent component (hooks, per-instance classes).
   */
  lineRow: "pof-lineRow",
  /** On a Fluent Button: the doubled class outranks the Button's own (atomic, single-class) rules. */
  lineButton: "pof-lineButton",
  /**
   * A plain <button> that looks like a small subtle Fluent Button, in a row: Today's "Per PO" letters
   * (a supplier with 300 POs has 300 of them; 20,000 lines give ~3,000 on the page).
   */
  smallButton: "pof-smallButton",
  facts: "pof-facts",
  dt: "pof-dt",
  dd: "pof-dd",
  draft: "pof-draft",
  footer: "pof-footer",
  table: "pof-table",
} as const;

export type Styles = typeof CLASSES;

const t = tokens;

const STYLESHEET = `
.pof-app{display:flex;flex-direction:column;min-height:100vh;background-color:${t.colorNeutralBackground1};color:${t.colorNeutralForeground1}}
.pof-header{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;column-gap:8px;row-gap:2px;padding:10px 12px 4px}
.pof-title{margin:0;max-width:100%;font-size:${t.fontSizeBase500};font-weight:${t.fontWeightSemibold};word-break:keep-all;overflow-wrap:break-word}
.pof-headerSide{display:flex;flex-wrap:nowrap;gap:8px;align-items:baseline;margin-inline-start:auto;white-space:nowrap}
.pof-main{flex-grow:1;padding:8px 12px 12px;display:flex;flex-direction:column;gap:12px}
.pof-section{display:flex;flex-direction:column;gap:8px}
.pof-h2{margin:0;font-size:${t.fontSizeBase400};font-weight:${t.fontWeightSemibold}}
.pof-h3{margin:0;font-size:${t.fontSizeBase300};font-weight:${t.fontWeightSemibold}}
.pof-row{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.pof-grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,max(10rem,calc((100% - 8px) / 2))),1fr));gap:8px;align-items:start}
.pof-grid2>*{min-width:0}
.pof-main .fui-Field{grid-template-columns:minmax(0,1fr)}
.pof-card{border:1px solid ${t.colorNeutralStroke2};border-radius:${t.borderRadiusMedium};padding:8px 10px;display:flex;flex-direction:column;gap:6px;background-color:${t.colorNeutralBackground1}}
.pof-error{color:${t.colorPaletteRedForeground1};font-size:${t.fontSizeBase200};line-height:${t.lineHeightBase200}}
.pof-muted{color:${t.colorNeutralForeground2};font-size:${t.fontSizeBase200}}
.pof-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:2px}
.pof-lineRow{display:block;width:100%;box-sizing:border-box;margin:0;padding:4px 6px;border:${t.strokeWidthThin} solid transparent;border-radius:${t.borderRadiusMedium};background-color:${t.colorSubtleBackground};color:${t.colorNeutralForeground2};font-family:${t.fontFamilyBase};font-size:${t.fontSizeBase200};line-height:${t.lineHeightBase200};font-weight:${t.fontWeightRegular};text-align:start;cursor:pointer;outline-style:none}
.pof-smallButton{display:inline-flex;align-items:center;justify-content:center;vertical-align:middle;box-sizing:border-box;min-width:64px;height:24px;margin:0;padding:3px ${t.spacingHorizontalS};overflow:hidden;border:${t.strokeWidthThin} solid transparent;border-radius:${t.borderRadiusMedium};background-color:${t.colorSubtleBackground};color:${t.colorNeutralForeground2};font-family:${t.fontFamilyBase};font-size:${t.fontSizeBase200};line-height:${t.lineHeightBase200};font-weight:${t.fontWeightRegular};cursor:pointer;outline-style:none}
.pof-lineRow:hover,.pof-smallButton:hover{background-color:${t.colorSubtleBackgroundHover};color:${t.colorNeutralForeground2Hover}}
.pof-lineRow:hover:active,.pof-smallButton:hover:active{background-color:${t.colorSubtleBackgroundPressed};color:${t.colorNeutralForeground2Pressed}}
.pof-lineRow:focus-visible,.pof-smallButton:focus-visible{border-color:${t.colorStrokeFocus2};box-shadow:0 0 0 ${t.strokeWidthThin} ${t.colorStrokeFocus2} inset}
@media (forced-colors: active){.pof-lineRow:hover,.pof-smallButton:hover{color:Highlight;border-color:Highlight}.pof-lineRow:focus-visible,.pof-smallButton:focus-visible{outline:2px solid Highlight}}
.pof-lineButton.pof-lineButton{justify-content:flex-start;text-align:start;width:100%;font-weight:${t.fontWeightRegular};min-height:auto;padding:4px 6px}
.pof-facts{display:grid;grid-template-columns:auto 1fr;column-gap:12px;row-gap:2px;margin:0}
.pof-dt{color:${t.colorNeutralForeground2}}
.pof-dd{margin:0;font-variant-numeric:tabular-nums}
.pof-draft{white-space:pre-wrap;font-family:${t.fontFamilyBase};font-size:${t.fontSizeBase200};border:1px solid ${t.colorNeutralStroke2};padding:6px;border-radius:${t.borderRadiusSmall};max-height:240px;overflow-y:auto}
.pof-footer{padding:4px 12px 10px;font-size:${t.fontSizeBase200};color:${t.colorNeutralForeground2}}
.pof-table{border-collapse:collapse;width:100%;font-size:${t.fontSizeBase200}}
.pof-table th{text-align:start;padding:2px 4px}
.pof-table td{padding:2px 4px}
`;

const STYLE_ID = "po-followup-styles";

/** Adds the stylesheet to the document once (again if something removed it). */
function insertStylesheet(): void {
  if (typeof document === "undefined" || document.getElementById(STYLE_ID)) return;
  const element = document.createElement("style");
  element.id = STYLE_ID;
  element.textContent = STYLESHEET;
  document.head.appendChild(element);
}

/** The class names of the shared layout; the stylesheet is in the document before the first paint. */
export function useStyles(): Styles {
  useInsertionEffect(insertStylesheet, []);
  return CLASSES;
}
