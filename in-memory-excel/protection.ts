/**
 * Worksheet protection, as much as the add-in meets it: a sheet the user protected (Review › Protect Sheet).
 * `Worksheet.protection.protected` tells it (ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protected-member);
 * writing its cells fails with AccessDenied, "You cannot perform the requested operation"
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes; the code Excel returns for a write to locked
 * cells: microsoftgraph/microsoft-graph-docs#4546). Every cell counts as locked (Excel's default format): the fake
 * does not model unlocked cells. As in Excel, the actions of a batch before the refused one stay applied.
 */
import { InMemoryExcelError } from "./errors";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import type { InMemoryWorkbook, SheetData } from "./store";

const PROTECTED = "protected";

export function isProtected(sheet: SheetData): boolean {
  return sheet.extras[PROTECTED] === true;
}

/** Protects (or unprotects) a sheet, as the user would in Excel (test set-up). */
export function protectSheet(workbook: InMemoryWorkbook, name: string, on = true): void {
  const sheet = workbook.findSheet(name);
  if (!sheet) throw new InMemoryExcelError("ItemNotFound", `No sheet named ${name}.`);
  sheet.extras[PROTECTED] = on;
}

/** Throws what Excel answers a write to a protected sheet. */
export function assertUnprotected(sheet: SheetData): void {
  if (isProtected(sheet)) throw new InMemoryExcelError("AccessDenied", "You cannot perform the requested operation.");
}

/** Excel.WorksheetProtection: `protected` only. */
export class WorksheetProtectionProxy extends FakeClientObject<SheetData> {
  protected readonly scalarProperties = ["protected"] as const;

  constructor(context: FakeRequestContext, resolve: () => SheetData | null) {
    super(context, resolve, "WorksheetProtection");
  }

  protected readProperty(sheet: SheetData): unknown {
    return isProtected(sheet);
  }

  get protected(): boolean {
    return this.get("protected");
  }
}
