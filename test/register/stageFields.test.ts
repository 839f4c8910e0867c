import type { FieldKey } from "../../src/model";
import { detectColumns } from "../../src/register/detectColumns";
import { OPEN_QTY_HEADERS, SYNONYMS, ERP_LABELS } from "../../src/register/synonyms";
import { registerTemplate } from "../../src/register/template";
import { parseRegister } from "../../src/register/parseRegister";
import type { RegisterSource } from "../../src/register/parseRegister";
import { ERP_ROWS } from "./erpHeaderRows";
import before from "./fixtures/headerMappingBeforeStages.json";

/**
 * The shipment and quality fields (ship date, ETA, arrival, carrier, accepted / rejected / returned qty)
 * are added beside the existing ones: no header that named a field before may name another one now.
 * The fixture is the mapping recorded with the dictionary of commit b4f1382, before these fields
 * existed: every ERP header row of erpHeaderRows.ts, the created register, and every dictionary term
 * as a one-column header row.
 */
function sheet(values: unknown[][]): RegisterSource {
  return { sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null };
}

const NEW_FIELDS: readonly FieldKey[] = ["shipDate", "eta", "portArrivalDate", "carrier", "acceptedQty", "rejectedQty", "returnedQty"];

function oldFieldMapping(headers: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    detectColumns(headers)
      .matches.filter((m) => !NEW_FIELDS.includes(m.field))
      .map((m) => [m.field, m.header]),
  );
}

describe("no header row changes its mapping", () => {
  test("the recorded rows are the ones tested today (nothing dropped from the baseline)", () => {
    // The created register has gained the new columns since (issue 12, point 7): its recorded row is its old columns.
    const template = registerTemplate();
    const oldTemplate = template.filter((c) => !NEW_FIELDS.includes(c.field)).map((c) => c.header);
    expect(before.rows.map((r) => r.headers)).toEqual([...ERP_ROWS.map((r) => r.headers), oldTemplate]);
    // ...and with the new columns in it, every old column still maps as recorded.
    expect(oldFieldMapping(template.map((c) => c.header))).toEqual(before.rows[before.rows.length - 1].mapping);
    const terms = new Set<string>();
    for (const set of Object.values(SYNONYMS))
      for (const t of [...set.primary, ...set.synonyms, ...(set.weak ?? []), ...(set.fallback ?? [])]) terms.add(t);
    for (const t of OPEN_QTY_HEADERS) terms.add(t);
    for (const l of ERP_LABELS) terms.add(l.text);
    // Every old term is still in the dictionary.
    for (const s of before.singles) expect(terms.has(s.header)).toBe(true);
  });

  test.each(before.rows.map((r, i) => [i, r.headers, r.mapping] as const))("row %i keeps its columns", (_i, headers, mapping) => {
    expect(oldFieldMapping(headers)).toEqual(mapping);
  });

  test("every term that named a field alone still names it", () => {
    const changed = before.singles.filter((s) => (detectColumns([s.header]).matches[0]?.field ?? null) !== s.field);
    expect(changed).toEqual([]);
  });
});

describe("stage and quality headers", () => {
  test("the SAP export with BL, ETD, ETA: ETD is the ship date, ETA stays the promised date", () => {
    const sap = ERP_ROWS.find((r) => r.headers.includes("ETD"));
    const d = detectColumns(sap!.headers);
    expect(d.matches.find((m) => m.header === "ETD")?.field).toBe("shipDate");
    expect(d.matches.find((m) => m.header === "ETA")?.field).toBe("promisedDate");
  });

  test("beside a promised-date column, ETA is the shipment ETA", () => {
    expect(detectColumns(["PO", "Supplier", "Qty", "Promised date", "ETA"]).columns).toEqual({
      poNumber: 0,
      supplier: 1,
      orderedQty: 2,
      promisedDate: 3,
      eta: 4,
    });
  });

  test("a 跟单 sheet in Chinese and one in Japanese", () => {
    const zh = detectColumns([
      "采购单号",
      "供应商",
      "订购数量",
      "承诺交期",
      "出货日期",
      "预计到港",
      "到港日期",
      "承运商",
      "物流单号",
      "合格数量",
      "不合格数量",
      "退货数量",
    ]);
    expect(zh.columns).toEqual({
      poNumber: 0,
      supplier: 1,
      orderedQty: 2,
      promisedDate: 3,
      shipDate: 4,
      eta: 5,
      portArrivalDate: 6,
      carrier: 7,
      tracking: 8,
      acceptedQty: 9,
      rejectedQty: 10,
      returnedQty: 11,
    });
    const ja = detectColumns([
      "発注番号",
      "仕入先",
      "発注数量",
      "回答納期",
      "出荷日",
      "着荷予定",
      "運送会社",
      "送り状番号",
      "合格数",
      "不良数",
      "返品数",
    ]);
    expect(ja.columns).toEqual({
      poNumber: 0,
      supplier: 1,
      orderedQty: 2,
      promisedDate: 3,
      shipDate: 4,
      eta: 5,
      carrier: 6,
      tracking: 7,
      acceptedQty: 8,
      rejectedQty: 9,
      returnedQty: 10,
    });
  });

  test("a rejected count is not read as an accepted one (合格数 is inside 不合格数)", () => {
    expect(detectColumns(["检验不合格数量"]).matches.map((m) => m.field)).toEqual(["rejectedQty"]);
  });

  test("the parser reads the new columns as dates, text and quantities", () => {
    // 2026-03-02 = serial 46083; 2026-03-16 = 46097.
    const { lines, issues } = parseRegister(
      sheet([
        [
          "PO",
          "Supplier",
          "Qty",
          "Promised date",
          "Ship date",
          "ETA (shipment)",
          "Arrival at port",
          "Carrier",
          "Accepted qty",
          "Rejected qty",
          "Returned qty",
        ],
        ["PO-1", "Acme", 100, 46097, 46083, 46095, null, "DHL", 90, 10, 4],
      ]),
    );
    expect(issues).toEqual([]);
    expect(lines[0]).toMatchObject({
      shipDate: 46083,
      eta: 46095,
      portArrivalDate: null,
      carrier: "DHL",
      acceptedQty: 90,
      rejectedQty: 10,
      returnedQty: 4,
    });
  });

  test("a register without the new columns reads them as blank", () => {
    const { lines } = parseRegister(
      sheet([
        ["PO", "Supplier", "Qty", "Promised date"],
        ["PO-1", "Acme", 100, 46097],
      ]),
    );
    expect(lines[0]).toMatchObject({ shipDate: null, eta: null, carrier: null, acceptedQty: null, rejectedQty: null, returnedQty: null });
  });
});
