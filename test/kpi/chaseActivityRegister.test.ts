/**
 * Issue 16 point 9: "No chases logged this period" while the register's last-chase column shows chases
 * earlier the same week. A register last-chase date in the period that the log has no entry for (that
 * line, that day) is a chase too: counted once, by the line's buyer, channel and outcome "not in the log".
 */
import { chaseActivity } from "../../src/kpi/chaseActivity";
import { supplierScorecard } from "../../src/kpi/scorecard";
import { AS_OF, SETTINGS, WEEK, chase, d, lineStatus, poLine } from "./fixtures";

// Week 2026-W47: Mon 16 – Sun 22 November.
const lines = [
  // A: the register says Tue 17 and the log has A's Tue 17 entry → that one chase, not two.
  poLine({ poNumber: "A", buyer: "Li Wei", supplier: "Acme Corp", lastChaseDate: d(2026, 11, 17) }),
  // B: the register says Wed 18, the log has nothing for B → one chase, not in the log, buyer Sato.
  poLine({ poNumber: "B", buyer: "Sato Yuki", supplier: "東京精密工業", lastChaseDate: d(2026, 11, 18) }),
  // C: last chased Fri 13, the week before → not this period.
  poLine({ poNumber: "C", buyer: "Li Wei", supplier: "Acme Corp", lastChaseDate: d(2026, 11, 13) }),
  // D: the log has Mon 16, the register Thu 19 (typed later, with a time of day) → two chases.
  poLine({ poNumber: "D", buyer: null, supplier: "Delta", lastChaseDate: d(2026, 11, 19) + 0.5 }),
  // E: never chased in the register; its log entry is Mon 23, next week → nothing.
  poLine({ poNumber: "E", buyer: "Li Wei", supplier: "Delta", lastChaseDate: null }),
];
const log = [
  chase({ date: d(2026, 11, 17), lineKey: "A/1", buyer: "Li Wei", supplier: "Acme Corp", channel: "email", outcome: "noAnswer" }),
  chase({ date: d(2026, 11, 16), lineKey: "D/1", buyer: null, supplier: "Delta", channel: "phone", outcome: "confirmed" }),
  chase({ date: d(2026, 11, 23), lineKey: "E/1", buyer: "Li Wei", supplier: "Delta", channel: "email", outcome: "noAnswer" }),
];

test("register last-chase dates the log lacks count as chases of the period", () => {
  expect(chaseActivity(log, WEEK, lines)).toEqual({
    chases: 4, // A (log) + B (register) + D (log Mon 16) + D (register Thu 19)
    lines: 3, // A, B, D
    suppliers: 3, // Acme Corp, 東京精密工業, Delta
    byBuyer: { "Li Wei": 1, "Sato Yuki": 1, "": 2 },
    byChannel: { email: 1, phone: 1, portal: 0, visit: 0, chat: 0 },
    byOutcome: { confirmed: 1, newDate: 0, noAnswer: 1, problem: 0, received: 0 },
    notInLog: 2, // B and D's Thu 19: channel and outcome unknown
  });
});

test("without register dates the log alone counts, as before", () => {
  expect(chaseActivity(log, WEEK).chases).toBe(2); // A Tue 17, D Mon 16
});

test("the scorecard's chases this period follow the same rule", () => {
  const statuses = lines.map((line) => ({ ...lineStatus({}), line }));
  const rows = supplierScorecard(statuses, log, SETTINGS, WEEK, AS_OF);
  const chases = Object.fromEntries(rows.map((r) => [r.supplier, r.chases]));
  expect(chases).toMatchObject({ "Acme Corp": 1, 東京精密工業: 1, Delta: 2 });
});
