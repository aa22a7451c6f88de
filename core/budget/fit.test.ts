import { describe, expect, it } from "vitest";
import { curveValue } from "./curves.ts";
import { fitResponseCurve } from "./fit.ts";
import { optimizeBudget } from "./optimize.ts";
import { solveMaxRevenue } from "./solve.ts";
import { syntheticChannels, truePlanCurve } from "./synthetic.ts";

const PERIOD = 28;

/** Fit + optimize on synthetic data, then score allocations on the true curves. */
function simulate(seed: number, channels: number, defaultBoundPct: number) {
  const set = syntheticChannels({ channels, days: 365, seed });
  const current = set.history.map((h) => h.days.slice(-PERIOD).reduce((a, d) => a + d.spend, 0));
  const budget = current.reduce((a, b) => a + b, 0);
  const report = optimizeBudget(
    { totalBudget: budget, periodDays: PERIOD, constraints: { defaultBoundPct } },
    set.history,
  );
  const trueCurves = set.truths.map((t) => truePlanCurve(t, PERIOD));
  const units = set.truths.map((t, i) => ({
    channel: t.channel,
    curve: trueCurves[i]!,
    lower: current[i]! * (1 - defaultBoundPct),
    upper: current[i]! * (1 + defaultBoundPct),
  }));
  const optimum = solveMaxRevenue(units, budget, current);
  const onTruth = (spend: (channel: string) => number) =>
    set.truths.reduce((a, t, i) => a + curveValue(trueCurves[i]!, spend(t.channel)), 0);
  const pick = (rows: { channel: string; spend: number }[]) => (ch: string) =>
    rows.find((r) => r.channel === ch)!.spend;
  return {
    report,
    optimum: onTruth((ch) => optimum.spend[set.truths.findIndex((t) => t.channel === ch)]!),
    recommended: onTruth(
      pick(report.channels.map((c) => ({ channel: c.channel, spend: c.recommendedSpend }))),
    ),
    naive: onTruth(pick(report.naive.channels)),
    current: onTruth((ch) => current[set.truths.findIndex((t) => t.channel === ch)]!),
  };
}

describe("fit + optimize on synthetic Hill channels with adstock and noise", () => {
  it.each([
    [11, 5, 0.3],
    [23, 8, 0.3],
    [11, 5, 1],
    [37, 10, 1],
  ])(
    "seed %i, %i channels, bounds +/-%d: earns >= 99%% of the true optimum and beats the naive rule",
    (seed, n, pct) => {
      const r = simulate(seed, n, pct);
      expect(r.report.fits.every((f) => f.status === "fitted")).toBe(true);
      expect(r.recommended / r.optimum).toBeGreaterThanOrEqual(0.99);
      expect(r.recommended).toBeGreaterThan(r.naive);
      // The plan must also improve on doing nothing, or the test would be vacuous.
      expect(r.recommended).toBeGreaterThan(r.current);
    },
  );

  it("reports fit quality, the family chosen by holdout error, and an interval on the revenue change", () => {
    const { report } = simulate(11, 5, 0.3);
    const fit = report.fits[0]!;
    expect(fit.status).toBe("fitted");
    expect(fit.candidates!.map((c) => c.family)).toEqual(["hill", "log1p", "exp"]);
    const best = Math.min(...fit.candidates!.map((c) => c.holdoutRmse));
    expect(fit.candidates!.find((c) => c.family === fit.family)!.holdoutRmse).toBe(best);
    expect(fit.quality!.holdoutDays).toBe(73);
    expect(fit.quality!.trainDays).toBe(292);
    expect(fit.quality!.r2).toBeGreaterThan(0.5);
    for (const c of report.channels) {
      expect(c.revenueChangeInterval!.lower).toBeLessThanOrEqual(c.revenueChange);
      expect(c.revenueChangeInterval!.upper).toBeGreaterThanOrEqual(c.revenueChange);
    }
    expect(report.periodDays).toBe(28);
  });
});

describe("fitResponseCurve refusals", () => {
  const days = (n: number, spend: (d: number) => number) =>
    Array.from({ length: n }, (_, d) => ({
      date: new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10),
      spend: spend(d),
      revenue: 3 * spend(d),
    }));

  it("refuses when spend barely varied", () => {
    const out = fitResponseCurve(
      "search",
      days(120, (d) => 1000 + (d % 2)),
    );
    expect(out).toEqual({
      status: "refused",
      code: "low_spend_variation",
      reason:
        "daily spend barely varied (coefficient of variation 0.001, below 0.1), so its effect on revenue cannot be told apart from the baseline",
    });
  });

  it("refuses with too few days and with no spend", () => {
    expect(
      fitResponseCurve(
        "a",
        days(20, (d) => 100 * (1 + (d % 3))),
      ),
    ).toMatchObject({ status: "refused", code: "too_few_days" });
    expect(
      fitResponseCurve(
        "a",
        days(60, () => 0),
      ),
    ).toMatchObject({ status: "refused", code: "no_spend" });
  });

  it("keeps a refused channel at current spend inside the optimizer, with the reason", () => {
    const set = syntheticChannels({ channels: 3, days: 200, seed: 5 });
    const flat = days(200, (d) => 1000 + (d % 2));
    const history = [...set.history, { channel: "flat", days: flat }];
    const total = history.reduce((a, h) => a + h.days.slice(-28).reduce((s, d) => s + d.spend, 0), 0);
    const out = optimizeBudget({ totalBudget: total }, history);
    const row = out.channels.find((c) => c.channel === "flat")!;
    expect(row.status).toBe("not_fitted");
    expect(row.recommendedSpend).toBe(row.currentSpend);
    expect(row.reason).toMatch(/^Kept at current spend: daily spend barely varied/);
  });

  it("rejects duplicate dates naming the channel", () => {
    const rows = days(50, (d) => 100 + d);
    expect(() => fitResponseCurve("search", [...rows, rows[3]!])).toThrowError(
      "series.search: duplicate date 2024-01-04",
    );
  });
});
