import { describe, expect, it } from "vitest";
import { type CampaignHistory, type ChannelCurve, campaignActions, relativeEfficiency } from "./campaigns.ts";

/** `n` identical days. */
const days = (n: number, spend: number, revenue: number) =>
  Array.from({ length: n }, () => ({ spend, revenue }));

/** scale x ln(1 + x / 1000) over the period: marginal return scale / (1000 + x). */
const channel = (scale: number, over: Partial<ChannelCurve> = {}): ChannelCurve => ({
  channel: "paid_search",
  currentSpend: 1000,
  curve: { type: "log1p", scale, k: 1000 },
  scaleRelativeSe: 0.1,
  shape: "data",
  outcome: "incremental",
  ...over,
});

/** Two campaigns splitting the channel; `a` earns `roasA` attributed per dollar, `b` 2 per dollar. */
function campaigns(spendA: number, roasA = 2): CampaignHistory[] {
  return [
    {
      key: "1",
      label: "A",
      channel: "paid_search",
      currentSpend: spendA,
      days: days(28, spendA / 28, (roasA * spendA) / 28),
    },
    {
      key: "2",
      label: "B",
      channel: "paid_search",
      currentSpend: 1000 - spendA,
      days: days(28, (1000 - spendA) / 28, (2 * (1000 - spendA)) / 28),
    },
  ];
}

describe("relativeEfficiency", () => {
  it("is the campaign's attributed ROAS over its channel's, with a week-jackknife interval", () => {
    // A: 4 per dollar, B: 1 per dollar, equal spend: channel 2.5 per dollar, A 1.6 times that.
    const a = days(28, 10, 40);
    const total = days(28, 20, 50);
    expect(relativeEfficiency(a, total)).toEqual({
      estimate: 1.6,
      lower: 1.6,
      upper: 1.6,
      used: 1.6,
      weeks: 4,
    });
  });

  it("uses 1 when the interval contains 1, and gives up below 4 weeks of spend", () => {
    // Alternating weeks above and below the channel: estimate 1, interval around it.
    const a = [...days(7, 10, 30), ...days(7, 10, 10), ...days(7, 10, 30), ...days(7, 10, 10)];
    const total = days(28, 20, 40);
    const e = relativeEfficiency(a, total)!;
    expect(e.estimate).toBe(1);
    expect(e.used).toBe(1);
    expect(e.lower).toBeLessThan(1);
    expect(relativeEfficiency(days(21, 10, 20), days(21, 20, 40))).toBeNull();
  });
});

describe("campaignActions", () => {
  it("pauses on the channel's marginal return, not the campaign's average return", () => {
    // Channel: 1000 ln(1 + x/1000) at 1000, marginal 0.5x (interval 0.40-0.60x) < break-even 2x.
    // Campaign A (200 of spend) has an attributed return of 2.0x, at break-even on average: the old
    // rule would keep it. Its dollars bring 1000 ln(1800/2000) = -105.36 on the channel curve.
    const { actions } = campaignActions({
      grossMargin: 0.5,
      channels: [channel(1000)],
      campaigns: campaigns(200),
    });
    const a = actions.find((x) => x.key === "1")!;
    expect(a.kind).toBe("pause");
    expect(a.spendChange).toBe(-200);
    expect(a.revenueChange).toBeCloseTo(1000 * Math.log(0.9), 9);
    expect(a.profitChange).toBeCloseTo(200 + 500 * Math.log(0.9), 9); // 147.32
    expect(a.channelMarginalRoas).toBe(0.5);
    expect(a.marginalInterval.upper).toBeCloseTo(0.5 * 1.196, 12);
    // 0.5x is ln(4) / 0.1 = 13.9 standard errors below break-even; profit 147.32 +/- 10.33.
    expect(a.confidence).toBe("high");
    // B is 800 of a 1000 channel: more than 30% of it, so a cut of 30%, not a pause.
    const b = actions.find((x) => x.key === "2")!;
    expect([b.kind, b.spendChange]).toEqual(["cut", -240]);
  });

  it("raises where the whole interval is above break-even, up to the bound", () => {
    // 6000 ln(1 + x/1000): marginal 3x at 1000 (2.41-3.59x); break-even is 1000 more, so the bound
    // (30% of the campaign's 400) stops it: 6000 ln(2120/2000) more revenue.
    const { actions } = campaignActions({
      grossMargin: 0.5,
      channels: [channel(6000)],
      campaigns: campaigns(400),
    });
    const a = actions.find((x) => x.key === "1")!;
    expect([a.kind, a.spendChange]).toEqual(["raise", 120]);
    expect(a.revenueChange).toBeCloseTo(6000 * Math.log(1.06), 9);
    expect(a.profitChange).toBeCloseTo(3000 * Math.log(1.06) - 120, 9); // 54.81
    expect(a.marginalRoasAfter).toBeCloseTo(6000 / 2120, 12);
    // Profit interval 54.81 +/- 34.26 (0.5 x 349.61 x 1.96 x 0.1): wider than half the estimate.
    expect(a.confidence).toBe("medium");
  });

  it("proposes nothing when break-even is inside the interval", () => {
    // 4200 ln(1 + x/1000): 2.1x at 1000, interval 1.69-2.51x.
    const { actions, skipped } = campaignActions({
      grossMargin: 0.5,
      channels: [channel(4200)],
      campaigns: campaigns(400),
    });
    expect(actions).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual([
      "its marginal return's 95% interval (1.69x to 2.51x) contains break-even 2.00x",
      "its marginal return's 95% interval (1.69x to 2.51x) contains break-even 2.00x",
    ]);
  });

  it("does not cut when the prior set the curve's shape and the average return is above break-even", () => {
    // 3000 ln(1 + x/1000): marginal 1.5x, average 3000 ln 2 / 1000 = 2.08x at 1000.
    const fitted = campaignActions({
      grossMargin: 0.5,
      channels: [channel(3000)],
      campaigns: campaigns(200),
    });
    expect(fitted.actions.map((a) => a.kind)).toEqual(["pause", "cut"]);
    const prior = campaignActions({
      grossMargin: 0.5,
      channels: [channel(3000, { shape: "prior" })],
      campaigns: campaigns(200),
    });
    expect(prior.actions).toEqual([]);
    expect(prior.skipped[0]!.reason).toBe(
      "its marginal return's 95% interval (0.00x to 2.49x) contains break-even 2.00x",
    );
  });

  it("weighs a campaign's efficiency only when its interval excludes 1", () => {
    // A earns 6 per dollar attributed, B 2: the channel 2.8, so A's efficiency is 6 / 2.8 (every
    // week alike: a zero-width interval). Channel 1000 ln(1 + x/1000): 0.5x at 1000.
    const { actions } = campaignActions({
      grossMargin: 0.5,
      channels: [channel(1000)],
      campaigns: campaigns(200, 6),
    });
    const a = actions.find((x) => x.key === "1")!;
    expect(a.efficiency.used).toBeCloseTo(6 / 2.8, 12);
    expect(a.marginalRoas).toBeCloseTo((0.5 * 6) / 2.8, 12);
    // Still below break-even (1.07x): a pause, worth efficiency x the channel curve's change.
    expect(a.kind).toBe("pause");
    expect(a.revenueChange).toBeCloseTo((6 / 2.8) * 1000 * Math.log(0.9), 9);
  });
});
