/**
 * The model holds no negative zero. Arithmetic makes -0 where a buyer means 0 (−0 workdays left on
 * the due day, a rounded −0.2): a sheet has no −0, and a renderer must not show "-0". Every section
 * passes through here once, so no renderer needs to care.
 */
import type { CellValue, RowGroup, Section } from "./model";

/** -0 → 0; every other value unchanged. */
export function plainZero<T extends CellValue>(value: T): T {
  return (value === 0 ? 0 : value) as T;
}

/** A row with every -0 made 0. */
export function plainRow(row: readonly CellValue[]): CellValue[] {
  return row.map(plainZero);
}

function plainGroup(group: RowGroup): RowGroup {
  const facts: Record<string, CellValue> = {};
  for (const [key, value] of Object.entries(group.facts)) facts[key] = plainZero(value);
  return { ...group, facts };
}

/** The section with every -0 among its values made 0. */
export function plainZeroSection(section: Section): Section {
  switch (section.kind) {
    case "table":
      return { ...section, rows: section.rows.map(plainRow), ...(section.groups ? { groups: section.groups.map(plainGroup) } : {}) };
    case "keyValue":
      return { ...section, items: section.items.map((i) => ({ ...i, value: plainZero(i.value) })) };
    case "comparison":
      return {
        ...section,
        items: section.items.map((i) => ({
          ...i,
          current: plainZero(i.current),
          previous: plainZero(i.previous),
          change: plainZero(i.change),
        })),
      };
    case "chart":
      return section;
  }
}
