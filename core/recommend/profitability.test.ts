import { describe, expect, it } from "vitest";
import { channelProfit, contributionMargin, overspending } from "./profitability.ts";

describe("channelProfit", () => {
  it("margin x attributed revenue - spend per channel, most profitable first, at a 40% margin", () => {
    const out = channelProfit(
      [
        { channel: "search", spend: 1000, attributedRevenue: 4000 }, // 0.4 x 4000 - 1000 = 600
        { channel: "display", spend: 500, attributedRevenue: 1000 }, // 400 - 500 = -100
        { channel: "email", spend: 100, attributedRevenue: 250 }, // 100 - 100 = 0: not profitable
      ],
      0.4,
    );
    expect(out.breakEvenRoas).toBe(2.5);
    expect(out.rows.map((r) => [r.channel, r.profitAfterAdSpend, r.roas, r.profitable])).toEqual([
      ["search", 600, 4, true],
      ["email", 0, 2.5, false],
      ["display", -100, 2, false],
    ]);
    expect(out.rows[0]!.grossProfitBeforeAds).toBe(1600);
    expect(out.profitable).toEqual(["search"]);
    expect(out.unprofitable).toEqual(["email", "display"]);
    expect(out.totals).toEqual({ spend: 1600, attributedRevenue: 5250, profitAfterAdSpend: 500 });
  });
});

describe("contributionMargin", () => {
  it("0.45 x 123,456.78 - 30,000 = 25,555.55; MER 4.1152", () => {
    expect(contributionMargin({ revenue: 123_456.78, adSpend: 30_000 }, 0.45)).toEqual({
      grossMargin: 0.45,
      revenue: 123456.78,
      adSpend: 30000,
      grossProfit: 55555.55,
      contributionAfterAdSpend: 25555.55,
      contributionMarginRate: 0.207,
      mer: 4.1152,
    });
  });
});

describe("overspending", () => {
  it("flags channels whose last dollar returns below 1 / margin, worst first, with the cut to break-even", () => {
    const out = overspending(
      [
        { channel: "search", currentSpend: 10_000, marginalRoas: 2.4, breakEvenSpend: 12_000 },
        { channel: "social", currentSpend: 8000, marginalRoas: 1.2, breakEvenSpend: 5000 },
        { channel: "display", currentSpend: 3000, marginalRoas: 1.9, breakEvenSpend: null },
      ],
      0.5,
    );
    expect(out.breakEvenRoas).toBe(2);
    expect(
      out.rows.map((r) => [r.channel, r.marginalProfitPerDollar, r.overspending, r.cutToBreakEven]),
    ).toEqual([
      ["social", -0.4, true, 3000],
      ["display", -0.05, true, null],
      ["search", 0.2, false, null],
    ]);
    expect(out.overspending).toEqual(["social", "display"]);
    expect(out.totalCutToBreakEven).toBe(3000);
  });
});
