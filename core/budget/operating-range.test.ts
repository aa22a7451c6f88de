import { describe, expect, it } from "vitest";
import { bestAverageReturnFrom, cutUnprovenChannels, lowestObservedSpend } from "./operating-range.ts";
import { optimizeBudget } from "./optimize.ts";
import { buildProfitSection } from "./profit-section.ts";
import { unprovenCutReason } from "./reasons.ts";

/*
 * Closed-form curve: b(x) = 6000 ln(1 + x / 1000). Average revenue per dollar from zero to x is
 * 6000 ln(1 + x / 1000) / x: at x = 5000 it is 6000 ln 6 / 5000 = 2.1501113630736657, at x = 1000
 * 6000 ln 2 / 1000 = 4.158883083359672. At gross margin 0.4 (break-even 2.5) the first block loses
 * money (0.4 x 2.1501 = 0.86 of each dollar back) and the second makes money (1.66).
 */
const log1p = { type: "log1p" as const, scale: 6000, k: 1000 };

describe("lowestObservedSpend", () => {
  it("takes the daily spend 95% of spending days reach (nearest rank), leaving out days without spend", () => {
    // 21 spending days 10..210 and two paused days: rank ceil(0.05 x 21) = 2, i.e. 20 a day.
    const days = [0, ...Array.from({ length: 21 }, (_, i) => 10 * (i + 1)), 0];
    expect(lowestObservedSpend(days, 30)).toBe(600);
    // 20 spending days: rank ceil(1) = 1, the lowest.
    expect(
      lowestObservedSpend(
        Array.from({ length: 20 }, (_, i) => 5 + i),
        7,
      ),
    ).toBe(35);
    expect(lowestObservedSpend([0, 0, 0], 30)).toBeNull();
  });
});

describe("bestAverageReturnFrom", () => {
  it("is the average at the low end for a concave curve", () => {
    expect(bestAverageReturnFrom(log1p, 5000)).toBe(2.1501113630736657);
  });

  it("is the average at k (alpha - 1)^(1/alpha) for an S-shaped Hill curve when that is above the low end", () => {
    // 300 x^2 / (x^2 + 100^2): average 300 x / (x^2 + 10^4), largest at x = 100 (1.5).
    const s = { type: "hill" as const, scale: 300, k: 100, alpha: 2 };
    expect(bestAverageReturnFrom(s, 50)).toBe(1.5);
    // From 200 up the average only falls: 300 x 200 / (200^2 + 100^2) = 1.2.
    expect(bestAverageReturnFrom(s, 200)).toBe(1.2);
  });
});

describe("cutUnprovenChannels", () => {
  it("caps at zero a free channel whose every observed spend level loses money, and nothing else", () => {
    const unit = (channel: string, lower: number) => ({ channel, curve: log1p, lower, upper: 9000 });
    const out = cutUnprovenChannels(
      [
        unit("loses", 0),
        unit("pays", 0),
        unit("user floor", 0),
        unit("inside range", 6000),
        unit("what-if", 0),
      ],
      [false, false, true, false, false],
      [5000, 1000, 5000, 5000, null],
      0.4,
    );
    expect(out.units.map((u) => [u.lower, u.upper])).toEqual([
      [0, 0],
      [0, 9000],
      [0, 9000],
      [6000, 9000],
      [0, 9000],
    ]);
    expect(out.cuts).toEqual([
      { index: 0, channel: "loses", lowestObservedSpend: 5000, revenuePerDollar: 2.1501113630736657 },
    ]);
  });

  it("keeps an S-shaped channel whose best block from the low end breaks even", () => {
    // 300 x^2 / (x^2 + 100^2) observed from 50: the block up to 100 averages 1.5; at margin 0.7
    // that is 1.05 back per dollar, so it stays (from 200 up: 1.2 x 0.7 = 0.84, cut).
    const s = { type: "hill" as const, scale: 300, k: 100, alpha: 2 };
    const units = [
      { channel: "s", curve: s, lower: 0, upper: 1000 },
      { channel: "t", curve: s, lower: 0, upper: 1000 },
    ];
    const out = cutUnprovenChannels(units, [false, false], [50, 200], 0.7);
    expect(out.cuts.map((c) => [c.channel, c.revenuePerDollar])).toEqual([["t", 1.2]]);
  });
});

describe("the profit section and the report of a cut channel", () => {
  it("reports the block's average as the return on the first dollar and lists the cut", () => {
    const units = [{ channel: "loses", curve: log1p, lower: 0, upper: 0 }];
    const section = buildProfitSection({
      objective: "profit",
      grossMargin: 0.4,
      whatIf: false,
      units,
      locked: [false],
      current: [6000],
      spend: [0],
      scaleRelativeSe: [null],
      totalBudget: 6000,
      fixedSpend: 0,
      fullBudgetSpend: [6000],
      unprovenCuts: [
        { index: 0, channel: "loses", lowestObservedSpend: 5000, revenuePerDollar: 2.1501113630736657 },
      ],
    });
    const c = section.channels[0]!;
    // 0.4 x 2.1501 - 1 = -0.14: below break-even from the first dollar, none of it spent.
    expect([
      c.marginalRevenuePerDollar,
      c.marginalProfitPerDollar,
      c.belowBreakEven,
      c.spendBelowBreakEven,
    ]).toEqual([2.1501, -0.14, false, 0]);
    // Cutting 6000 of spend loses 6000 ln 7 = 11675.46 of revenue: profit 6000 - 0.4 x 11675.46.
    expect(c.profitChange).toBe(1329.82);
    expect(section.cutUnproven).toEqual([
      { channel: "loses", lowestObservedSpend: 5000, revenuePerDollar: 2.1501 },
    ]);
  });

  it("says in words why, with the figures of the report", () => {
    expect(unprovenCutReason({ lowestObservedSpend: 5000, revenuePerDollar: 2.1501, breakEven: 2.5 })).toBe(
      "Cut to nothing: at 5000, the lowest spend its history covers, each dollar returned 2.1501 on average, below break-even 2.5, and no higher spend averages better; below that spend the curve's steeper start is the model's assumption, not something the data show.",
    );
  });

  it("cuts nothing for what-if curves given in the request (no history to cover)", () => {
    const out = optimizeBudget({
      totalBudget: 8000,
      scenario: "max_profit",
      grossMargin: 0.4,
      curves: [{ channel: "a", curve: log1p, currentSpend: 8000 }],
      constraints: { defaultBoundPct: 10 },
    });
    // Break-even 2.5: 6000 / (1000 + x) = 2.5 at x = 1400, kept although its average from 5000 loses.
    expect(out.channels[0]!.recommendedSpend).toBe(1400);
    expect(out.profit!.cutUnproven).toEqual([]);
  });
});
