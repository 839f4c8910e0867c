import { showMoney } from "../../taskpane/components/format";

// Intl puts a no-break space between a code and the number; compare with plain spaces.
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("task pane money: the currency's own minor units (ISO 4217)", () => {
  test("yen and won without decimals, dollars and euros with two, dinars with three", () => {
    expect(plain(showMoney({ JPY: 7744007 }, "en"))).toBe("¥7,744,007");
    expect(plain(showMoney({ KRW: 1500000 }, "en"))).toBe("₩1,500,000");
    expect(plain(showMoney({ USD: 1200, EUR: 50.5 }, "en"))).toBe("€50.50 · $1,200.00");
    expect(plain(showMoney({ KWD: 3.75 }, "en"))).toBe("KWD 3.750");
  });
  test("an unknown or home-made code keeps two decimals and stays beside the number", () => {
    expect(plain(showMoney({ RMB: 88.5 }, "zh-CN"))).toBe("RMB 88.50");
    expect(plain(showMoney({ "": 1234.5 }, "en"))).toBe("1,234.50");
  });
});
