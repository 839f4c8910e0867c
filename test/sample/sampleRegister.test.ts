import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { serialFromYmd } from "../../src/dates/serial";
import { SAMPLE_HEADERS, sampleRegister } from "../../src/sample/sampleRegister";
import { sampleChaseLog } from "../../src/sample/sampleChaseLog";
import { SCENARIOS, sampleLines } from "../../src/sample/sampleLines";
import { parseSample } from "./helpers";

const asOf = serialFromYmd(2026, 11, 20) as number;
const matrix = sampleRegister({ asOf, seed: 7 });

test("same seed → same matrix; another seed → another matrix", () => {
  expect(sampleRegister({ asOf, seed: 7 })).toEqual(matrix);
  expect(sampleRegister({ asOf, seed: 8 })).not.toEqual(matrix);
});

test("shape: canonical headers, 240 lines by default, only numbers and strings", () => {
  expect(matrix[0]).toEqual([...SAMPLE_HEADERS]);
  expect(matrix).toHaveLength(241);
  for (const row of matrix) {
    expect(row).toHaveLength(SAMPLE_HEADERS.length);
    for (const value of row) expect(["number", "string"]).toContain(typeof value);
  }
  expect(sampleRegister({ asOf, lines: 10 })).toHaveLength(11);
});

test("variety: 8+ suppliers, 3+ currencies, several lines per PO, some emails", () => {
  const col = (name: (typeof SAMPLE_HEADERS)[number]) => matrix.slice(1).map((r) => r[SAMPLE_HEADERS.indexOf(name)]);
  expect(new Set(col("Supplier")).size).toBeGreaterThanOrEqual(8);
  expect(new Set(col("Currency"))).toEqual(new Set(["CNY", "JPY", "EUR", "USD"]));
  const poNumbers = col("PO number");
  expect(new Set(poNumbers).size).toBeLessThan(poNumbers.length);
  expect(col("Supplier email").filter((e) => e !== "").length).toBeGreaterThan(0);
  expect(col("Supplier email").filter((e) => e === "").length).toBeGreaterThan(0);
  expect(col("Supplier")).toEqual(expect.arrayContaining(["深圳华强电子有限公司", "東京精密工業株式会社", "Müller GmbH", "Acme Corp"]));
});

test("every scenario is present", () => {
  const seen = new Set(sampleLines({ asOf, seed: 7 }).map((l) => l.scenario));
  expect([...seen].sort()).toEqual([...SCENARIOS].sort());
});

test("the real parser reads it without a single issue", () => {
  const parsed = parseSample(matrix);
  expect(parsed.issues).toEqual([]);
  expect(parsed.lines).toHaveLength(240);
  expect(parsed.detection.missingRequired).toEqual([]);
});

test("the real engine finds every state, lifecycle and escalation level", () => {
  const lines = parseSample(matrix).lines;
  const statuses = evaluateRegister(lines, sampleChaseLog({ asOf, seed: 7 }), DEFAULT_SETTINGS, asOf);
  const count = (pred: (s: (typeof statuses)[number]) => boolean) => statuses.filter(pred).length;
  for (const lifecycle of ["received", "partial", "open", "cancelled", "onHold", "closed"] as const) {
    expect([lifecycle, count((s) => s.lifecycle === lifecycle)]).toEqual([lifecycle, expect.any(Number)]);
    expect(count((s) => s.lifecycle === lifecycle)).toBeGreaterThan(0);
  }
  for (const state of ["late", "unconfirmed", "dueSoon", "onTrack"] as const) {
    expect(count((s) => s.state === state)).toBeGreaterThan(0);
  }
  for (const level of [1, 2, 3] as const) expect(count((s) => s.level === level)).toBeGreaterThan(0);
  expect(count((s) => s.preDue)).toBeGreaterThan(0);
  // received early, on time (on the day or within), late: measured against the committed date
  const received = statuses.filter((s) => s.lifecycle === "received" && typeof s.daysLate === "number");
  expect(received.some((s) => (s.daysLate as number) < 0)).toBe(true);
  expect(received.some((s) => (s.daysLate as number) > 0)).toBe(true);
  // slipped promises: committed (first promise from the log) is before the current due date
  expect(count((s) => typeof s.committed === "number" && typeof s.due === "number" && s.committed < s.due)).toBeGreaterThan(0);
  // late lines carry a delay reason
  expect(count((s) => s.state === "late" && typeof s.line.delayReason === "string")).toBeGreaterThan(0);
});
