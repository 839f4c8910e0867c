/** The fonts of the report's text lines, the same in the add-in and in a file. */
import type { StyleKind } from "./types";

export interface FontPlan {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** "#RRGGBB". */
  color?: string;
}

export const STYLE_FONTS: Record<StyleKind, FontPlan> = {
  title: { bold: true, size: 16 },
  status: { italic: true, color: "#595959" },
  heading: { bold: true, size: 13, color: "#1F4E79" },
  label: { bold: true, color: "#404040" },
  note: { italic: true, color: "#595959" },
};
