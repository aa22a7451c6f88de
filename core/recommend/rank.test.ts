import { describe, expect, it } from "vitest";
import { breakEvenRoas, marginalProfitPerDollar } from "./profit.ts";
import { rankRecommendations } from "./rank.ts";
import type { RecommendInput } from "./types.ts";

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
      level: "campaign",
      key: "7",
      label: "Prospecting Broad",
      currentSpend: 100,
      currentRevenue: 150,
      targetSpend: 70,
      targetRevenue: 120,
      marginalRoasBefore: 1,
      marginalRoasAfter: 1.4,
      revenueChangeInterval: null,
      outcome: "attributed (last_touch)",
    },
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
      // 40 moved: revenue -30 + 100 = 70 at a 50% margin, same total spend.
      [2, "move-display-to-paid-search-2026-10-26", 35, 35, "medium"],
      // Average return 150 / 100 = 1.5x < 2x: pausing saves 100 - 0.5 x 150.
      [3, "pause-campaign-7-2026-10-26", 25, 25, "medium"],
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
    expect(recs[2]!.detail).toBe(
      "Pause campaign Prospecting Broad: its $100 of spend brings $150 of attributed (last_touch) revenue, a return of 1.50x, below break-even 2.00x at a 50% gross margin; pausing keeps an expected $25 of gross profit.",
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
      units: [
        {
          ...base.units[1]!,
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
      units: [{ ...base.units[1]!, targetSpend: 260, targetRevenue: 700 }],
    });
    expect(flat).toEqual([]);
  });
});
