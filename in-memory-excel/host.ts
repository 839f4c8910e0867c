/**
 * A host of a given ExcelApi version and platform. Office.js itself comes from the CDN and always has every
 * member; the host's Excel does not: a request that uses a member above the host's requirement set fails at
 * sync with `ApiNotFound` ("The API you are trying to use could not be found. It may be available in a newer
 * version of Excel", https://learn.microsoft.com/javascript/api/excel/excel.errorcodes). The stand-in for
 * `Office.context.requirements.isSetSupported` answers from the same version
 * (https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport#office-office-requirementsetsupport-issetsupported-member(1)),
 * and `Office.context.platform` is "OfficeOnline" / "PC" / "Mac"
 * (https://learn.microsoft.com/javascript/api/office/office.platformtype).
 *
 *   const uninstall = installInMemoryExcelHost(workbook, { excelApi: "1.7", platform: "web" });
 *
 * The versions of the members the fake implements above ExcelApi 1.1 are checked against
 * @types/office-js's `[Api set: ExcelApi 1.x]` annotations by test/in-memory-excel/host.test.ts.
 * Proxies are matched by class name (RangeProxy → Range), so host mode is for unminified code (jest).
 */
import { FakeRequestContext } from "./context";
import { InMemoryExcelError } from "./errors";
import { installInMemoryExcel } from "./install";
import { addinOf, STARTUP_BEHAVIOR } from "./addin";
import type { InMemoryWorkbook } from "./store";

export interface HostOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. "1.7". */
  excelApi: string;
  platform?: "web" | "windows" | "mac";
  /** Highest CustomFunctionsRuntime set (default "1.3"). */
  customFunctionsRuntime?: string;
  /**
   * SharedRuntime set (default "1.1"); null: a host without it (Excel before Version 2002 / Mac 16.35,
   * https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets), where
   * Office.addin's startup behaviour is refused (in-memory-excel/addin.ts).
   */
  sharedRuntime?: string | null;
}

/** "Type.member" → the ExcelApi set that brought it; members not listed are ExcelApi 1.1. */
export const EXCEL_API_MEMBERS: Readonly<Record<string, string>> = {
  "Workbook.functions": "1.2",
  "Workbook.onSelectionChanged": "1.2",
  "Workbook.settings": "1.4",
  "Workbook.getActiveCell": "1.7",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.onChanged": "1.7",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.protection": "1.2",
  "WorksheetProtection.protected": "1.2",
  "Range.getResizedRange": "1.2",
  "Range.getRowsBelow": "1.2",
  "Range.getUsedRangeOrNullObject": "1.4",
  "Range.conditionalFormats": "1.6",
  "Range.getAbsoluteResizedRange": "1.7",
  "Range.dataValidation": "1.8",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "Table.worksheet": "1.2",
  "TableCollection.getItemOrNullObject": "1.4",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "NamedItem.getRangeOrNullObject": "1.4",
  "ChartCollection.getItemOrNullObject": "1.4",
  "Chart.chartType": "1.7",
  "ChartSeriesCollection.add": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartSeries.chartType": "1.7",
  "ChartSeries.delete": "1.7",
  "ChartSeries.axisGroup": "1.8",
  "ChartAxes.getItem": "1.7",
  "ChartAxis.numberFormat": "1.8",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.cultureInfo": "1.11",
  "CultureInfo.datetimeFormat": "1.12",
};

const hosts = new WeakMap<InMemoryWorkbook, HostOptions>();

export function compareApiVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

export function hostOf(workbook: InMemoryWorkbook): HostOptions | undefined {
  return hosts.get(workbook);
}

/** `Office.context.requirements.isSetSupported(name, version)` as this host answers it. */
export function hostSupports(host: HostOptions, name: string, version = "1.1"): boolean {
  const have = name === "ExcelApi" ? host.excelApi : name === "CustomFunctionsRuntime" ? (host.customFunctionsRuntime ?? "1.3") : name === "SharedRuntime" ? (host.sharedRuntime === undefined ? "1.1" : host.sharedRuntime) : null;
  return have !== null && compareApiVersions(version, have) <= 0;
}

function typeNameOf(target: object): string {
  const name = target.constructor?.name ?? "";
  return name.replace(/Proxy$/, "");
}

/** Wraps a proxy (and everything reached from it) so that members above the host's set fail the next sync. */
function guardObject<T>(value: T, context: FakeRequestContext, host: HostOptions, seen: WeakMap<object, unknown>): T {
  if (value === null || typeof value !== "object" || value instanceof Promise) return value;
  if (Array.isArray(value)) return value.map((v) => guardObject(v, context, host, seen)) as T;
  const proto = Object.getPrototypeOf(value);
  // Plain data (loaded values, matrices) passes as it is; cultureInfo is a plain holder but an Excel object.
  const isCultureInfo = proto === Object.prototype && "datetimeFormat" in (value as object);
  if ((proto === Object.prototype || proto === null) && !isCultureInfo) return value;
  if (seen.has(value as object)) return seen.get(value as object) as T;
  const typeName = isCultureInfo ? "CultureInfo" : typeNameOf(value as object);
  const wrapped = new Proxy(value as object, {
    get(target, prop, _receiver) {
      const member = Reflect.get(target, prop, target);
      if (typeof prop !== "string") return member;
      const needs = EXCEL_API_MEMBERS[`${typeName}.${prop}`];
      if (needs && !hostSupports(host, "ExcelApi", needs)) {
        context.enqueue(() => {
          throw new InMemoryExcelError("ApiNotFound", `${typeName}.${prop} needs ExcelApi ${needs}; this host has ${host.excelApi}.`, `${typeName}.${prop}`);
        });
      }
      if (typeof member === "function") {
        return (...args: unknown[]) => guardObject(member.apply(target, args.map((a) => unwrap(a))), context, host, seen);
      }
      return guardObject(member, context, host, seen);
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, unwrap(value), target);
    },
  });
  targets.set(wrapped, value as object);
  seen.set(value as object, wrapped);
  return wrapped as T;
}

const targets = new WeakMap<object, object>();
const unwrap = (value: unknown): unknown => (value !== null && typeof value === "object" ? (targets.get(value) ?? value) : value);

/** A request context on this host: its workbook (and all reached from it) checks each member's set. */
export function hostContext(workbook: InMemoryWorkbook, context = new FakeRequestContext(workbook)): FakeRequestContext {
  const host = hosts.get(workbook);
  if (!host) return context;
  const seen = new WeakMap<object, unknown>();
  const workbookProxy = guardObject(context.workbook, context, host, seen);
  const wrapped = new Proxy(context, {
    get(target, prop) {
      if (prop === "workbook") return workbookProxy;
      const member = Reflect.get(target, prop, target);
      return typeof member === "function" ? member.bind(target) : member;
    },
  });
  contextTargets.set(wrapped, context);
  return wrapped;
}

/** Makes `workbook` a host of this version for hostContext() (installInMemoryExcelHost does it too). */
export function setHost(workbook: InMemoryWorkbook, host: HostOptions): void {
  hosts.set(workbook, host);
}

/**
 * installInMemoryExcel for a given host: Excel.run hands batches host contexts, and a global `Office` answers
 * isSetSupported and platform as that host would, with Office.addin's startup behaviour of this document. Returns the uninstaller (restores Excel and Office).
 */
export function installInMemoryExcelHost(workbook: InMemoryWorkbook, host: HostOptions): () => void {
  setHost(workbook, host);
  const uninstallExcel = installInMemoryExcel(workbook);
  const holder = globalThis as unknown as { Excel: { run: (...args: unknown[]) => Promise<unknown> }; Office?: unknown };
  const run = holder.Excel.run.bind(holder.Excel);
  holder.Excel.run = (first: unknown, second?: unknown) => {
    if (typeof first === "function") return run((context: FakeRequestContext) => first(hostContext(workbook, unwrapContext(context))));
    return run(unwrapContext(first as FakeRequestContext), (context: FakeRequestContext) => (second as (c: unknown) => Promise<unknown>)(hostContext(workbook, context)));
  };
  const previousOffice = holder.Office;
  const platform = host.platform === "web" ? "OfficeOnline" : host.platform === "mac" ? "Mac" : "PC";
  holder.Office = {
    ...(typeof previousOffice === "object" && previousOffice !== null ? previousOffice : {}),
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    // Office.addin of this document (per-document startup behaviour; refused without SharedRuntime): see addin.ts.
    addin: addinOf(workbook, hostSupports(host, "SharedRuntime", "1.1")),
    StartupBehavior: STARTUP_BEHAVIOR,
    context: { platform, displayLanguage: "en-US", requirements: { isSetSupported: (name: string, version?: string) => hostSupports(host, name, version) } },
  };
  return () => {
    uninstallExcel();
    holder.Office = previousOffice;
    hosts.delete(workbook);
  };
}

const contextTargets = new WeakMap<object, FakeRequestContext>();
function unwrapContext(context: FakeRequestContext): FakeRequestContext {
  return contextTargets.get(context) ?? context;
}
