import { serialFromYmd } from "../../src/dates/serial";
import { sampleChaseLog } from "../../src/sample/sampleChaseLog";
import { sampleLines } from "../../src/sample/sampleLines";

const asOf = serialFromYmd(2026, 11, 20) as number;

test("chases match the register: every slipped line has a confirmation then a new date", () => {
  const log = sampleChaseLog({ asOf, seed: 7 });
  expect(sampleChaseLog({ asOf, seed: 7 })).toEqual(log);
  const slipped = sampleLines({ asOf, seed: 7 }).filter((l) => l.scenario === "slipped");
  expect(slipped.length).toBeGreaterThan(0);
  for (const l of slipped) {
    const mine = log.filter((e) => e.lineKey === `${l.poNumber}/${l.line}`);
    expect(mine.map((e) => e.outcome)).toEqual(["confirmed", "newDate"]);
    expect(mine[1].previousPromised).toBe(l.firstPromise);
    expect(mine[1].newPromised).toBe(l.promisedDate);
  }
  expect(log.every((e) => e.date <= asOf)).toBe(true);
  for (let i = 1; i < log.length; i++) expect(log[i].date).toBeGreaterThanOrEqual(log[i - 1].date);
});
