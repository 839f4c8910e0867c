import { chaseActivity } from "../../src/kpi/chaseActivity";
import { WEEK, chase, d } from "./fixtures";

test("chases in the period by buyer, channel and outcome", () => {
  const chases = [
    chase({ date: d(2026, 11, 16), buyer: "Li Wei", channel: "email", outcome: "noAnswer", lineKey: "A/1" }),
    chase({ date: d(2026, 11, 17), buyer: "Li Wei", channel: "phone", outcome: "newDate", lineKey: "A/1" }),
    chase({ date: d(2026, 11, 22), buyer: "Sato Yuki", channel: "email", outcome: "confirmed", lineKey: "B/1", supplier: "東京精密工業" }),
    chase({ date: d(2026, 11, 18), buyer: null, channel: "portal", outcome: "confirmed", lineKey: "C/1", supplier: "ACME  corp" }),
    chase({ date: d(2026, 11, 23), buyer: "Li Wei", channel: "email", outcome: "received" }), // next week
  ];
  expect(chaseActivity(chases, WEEK)).toEqual({
    chases: 4,
    lines: 3,
    suppliers: 2, // "Acme Corp" and "ACME  corp" are one supplier
    byBuyer: { "Li Wei": 2, "Sato Yuki": 1, "": 1 },
    byChannel: { email: 2, phone: 1, portal: 1, visit: 0, chat: 0 },
    byOutcome: { confirmed: 2, newDate: 1, noAnswer: 1, problem: 0, received: 0 },
    notInLog: 0, // no register lines given: the log alone
  });
});
