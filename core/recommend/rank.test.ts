import { describe, expect, it } from "vitest";
import { campaignActions } from "./campaigns.ts";
import { breakEvenRoas, marginalProfitPerDollar } from "./profit.ts";
import { rankRecommendations } from "./rank.ts";
import type { RecommendInput } from "./types.ts";

/** One campaign (7, "Prospecting Broad", 200 of 1000 in paid social) on a channel curve returning 0.5x at 1000. */
const pause = campaignActions({
  grossMargin: 0.5,
  channels: [
    {
      channel: "paid_social",
      currentSpend: 1000,
      curve: { type: "log1p", scale: 1000, k: 1000 },
      scaleRelativeSe: 0.1,
      shape: "data",
      outcome: "incremental",
    },
  ],
  campaigns: [
    {
      key: "7",
      label: "Prospecting Broad",
      channel: "paid_social",
      currentSpend: 200,
      days: Array.from({ length: 28 }, () => ({ spend: 200 / 28, revenue: 400 / 28 })),
    },
    {
      key: "8",
      label: "Retargeting",
      channel: "paid_social",
      currentSpend: 800,
      days: Array.from({ length: 28 }, () => ({ spend: 800 / 28, revenue: 1600 / 28 })),
    },
  ],
}).actions.filter((a) => a.key === "7");

const base: RecommendInput = {
  grossMargin: 0.5,
  period: { from: "2026-10-26", to: "2026-11-01", days: 7 },
  currency: "USD",
  labels: { display: "Display", paid_search: "Paid search", paid_social: "Paid social" },
  move: [
    {
      channel: "display",
      currentSpend: 100,
      recommendedSpend: 60,
      revenueChange: -30,
      revenueChangeInterval: null,
      marginalRoasBefore: 0.5,
      marginalRoasAfter: 0.9,
    },
    {
      channel: "paid_search",
      currentSpend: 50,
      recommendedSpend: 90,
      revenueChange: 100,
      revenueChangeInterval: null,
      marginalRoasBefore: 3,
      marginalRoasAfter: 1.5,
    },
  ],
  units: [
    {
      level: "channel",
      key: "paid_social",
      label: "paid_social",
      currentSpend: 200,
      currentRevenue: 600,
      targetSpend: 260,
      targetRevenue: 740,
      marginalRoasBefore: 3,
      marginalRoasAfter: 2.2,
      revenueChangeInterval: { lower: 100, upper: 180 },
      outcome: "incremental",
    },
  ],
  campaigns: pause,
  tracking: [
    {
      channel: null,
      metric: "revenue",
      from: "2026-10-20",
      to: "2026-10-20",
      value: 0,
      expected: 1200,
      score: -9,
      severity: "high",
    },
    {
      channel: null,
      metric: "orders",
      from: "2026-10-20",
      to: "2026-10-20",
      value: 0,
      expected: 10,
      score: -8,
      severity: "high",
    },
    // A dip, not a collapse: no tracking fix.
    {
      channel: "display",
      metric: "orders",
      from: "2026-10-22",
      to: "2026-10-22",
      value: 6,
      expected: 10,
      score: -4,
      severity: "low",
    },
  ],
};

describe("profit arithmetic", () => {
  it("breaks even at 1 / margin and prices the marginal dollar", () => {
    expect(breakEvenRoas(0.4)).toBe(2.5);
    expect(marginalProfitPerDollar(3, 0.5)).toBe(0.5);
    expect(() => breakEvenRoas(0)).toThrow(RangeError);
  });
});

describe("rankRecommendations", () => {
  const recs = rankRecommendations(base);

  it("ranks by money at stake with exact impacts", () => {
    expect(recs.map((r) => [r.rank, r.id, r.moneyAtStake, r.expectedProfitChange, r.confidence])).toEqual([
      [1, "fix-tracking-all-2026-10-20-2026-10-20", 1200, null, "high"],
      // Pausing 200 of the channel's 1000: 1000 ln(0.9) = -105.36 revenue; 200 - 0.5 x 105.36.
      [2, "pause-campaign-7-2026-10-26", 147.32, 147.32, "high"],
      // 40 moved: revenue -30 + 100 = 70 at a 50% margin, same total spend.
      [3, "move-display-to-paid-search-2026-10-26", 35, 35, "medium"],
      // +60 spend for +140 revenue: 0.5 x 140 - 60; interval half-width 40 x 0.5 = 20 of 10 -> low.
      [4, "raise-channel-paid-social-2026-10-26", 10, 10, "low"],
    ]);
  });

  it("says in words when the receiving channel's last dollar stays below break-even", () => {
    const move = recs.find((r) => r.kind === "move_budget")!;
    expect(move.belowBreakEven).toBe(true);
    expect(move.detail).toBe(
      "Move $40 from Display to Paid search: expected $35 more gross profit ($70 more revenue for the same total spend; break-even 2.00x at a 50% gross margin). Even after the move, Paid search's last dollar returns 1.50x, below break-even: the move raises profit only because Display returns less, and the moved dollars do not pay for themselves.",
    );
  });

  it("explains the pause, the raise and the tracking fix with their figures", () => {
    // Its attributed return is 2.00x, at break-even on average: the channel's marginal return decides.
    expect(recs[1]!.detail).toBe(
      "Pause campaign Prospecting Broad ($200 of spend): Paid social's next dollar returns 0.50x at its spend of $1,000 (fitted incremental curve) and Prospecting Broad's attributed return is 1.00 times its channel's (95% interval 1.00 to 1.00, so no different from the channel's), so its next dollar returns about 0.50x (95% interval 0.40x to 0.60x), below break-even 2.00x at a 50% gross margin. On the channel's curve its dollars return 0.53x, not the average return credited to it, because the channel's other campaigns keep part of its conversions; expected $147 more gross profit (95% interval $137 to $158) from $105 less revenue.",
    );
    expect(recs[3]!.title).toBe("Raise Paid social by $60");
    expect(recs[3]!.detail).toContain("the limit of the allowed change, not yet break-even");
    expect(recs[0]!.detail).toBe(
      "Tracked outcomes for all channels collapsed on 2026-10-20 (revenue 0 against an expected 1,200; orders 0 against an expected 10): this looks like a tracking outage, not a real drop. Check the pixel or tag and the order feed before acting on that period's figures; about $1,200 of revenue went unrecorded.",
    );
  });

  it("recommends cutting where the last dollar loses money, and nothing where profit would not rise", () => {
    const cut = rankRecommendations({
      ...base,
      move: [],
      tracking: [],
      campaigns: [],
      units: [
        {
          ...base.units[0]!,
          marginalRoasBefore: 1.2,
          targetSpend: 140,
          targetRevenue: 520,
          marginalRoasAfter: 2,
        },
      ],
    });
    // -60 spend, -80 revenue: 60 - 0.5 x 80 = 20.
    expect(cut.map((r) => [r.kind, r.spendChange, r.expectedRevenueChange, r.expectedProfitChange])).toEqual([
      ["cut", -60, -80, 20],
    ]);
    const flat = rankRecommendations({
      ...base,
      move: [],
      tracking: [],
      campaigns: [],
      units: [{ ...base.units[0]!, targetSpend: 260, targetRevenue: 700 }],
    });
    expect(flat).toEqual([]);
  });
});
