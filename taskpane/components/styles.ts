import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the views: a narrow column (task panes are 320–450 px wide). */
export const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: "8px", padding: "10px 12px 4px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  main: { flexGrow: 1, padding: "8px 12px 12px", display: "flex", flexDirection: "column", gap: "12px" },
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  grid2: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "8px" },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px 10px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  lineButton: { justifyContent: "flex-start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightRegular, minHeight: "auto", padding: "4px 6px" },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "12px", rowGap: "2px", margin: 0 },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums" },
  draft: { whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "6px", borderRadius: tokens.borderRadiusSmall, maxHeight: "240px", overflowY: "auto" },
  footer: { padding: "4px 12px 10px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, "& th": { textAlign: "start", padding: "2px 4px" }, "& td": { padding: "2px 4px" } },
});
