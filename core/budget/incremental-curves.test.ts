import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors.ts";
import { curveValue, type HillCurve } from "./curves.ts";
import { toContiguous } from "./daily-series.ts";
import { fitIncrementalCurves } from "./incremental-curves.ts";
import { incrementalityInputSchema } from "./incrementality-schema.ts";
import { optimizeBudget } from "./optimize.ts";
import { solveMaxRevenue } from "./solve.ts";
import { type SyntheticShopOptions, syntheticShop, trueShopPlanCurve } from "./synthetic-shop.ts";

const PERIOD = 28;

function fitShop(options: SyntheticShopOptions) {
  const shop = syntheticShop(options);
  const series = shop.history.map((h) => ({ channel: h.channel, series: toContiguous(h.channel, h.days) }));
  return fitIncrementalCurves(series, incrementalityInputSchema.parse(shop.incrementality));
}

/** Recommended, attributed-fit and naive splits with wide bounds, scored on the true curves. */
function scoreWide(options: SyntheticShopOptions) {
  const shop = syntheticShop(options);
  const current = shop.history.map((h) => h.days.slice(-PERIOD).reduce((a, d) => a + d.spend, 0));
  const budget = current.reduce((a, b) => a + b, 0);
  const request = { totalBudget: budget, periodDays: PERIOD, constraints: { defaultBoundPct: 10 } };
  const truth = shop.truths.map((t) => trueShopPlanCurve(t, PERIOD, shop.aov));
  const onTruth = (rows: readonly { channel: string; spend: number }[]) =>
    shop.truths.reduce(
      (a, t, i) => a + curveValue(truth[i]!, rows.find((r) => r.channel === t.channel)!.spend),
      0,
    );
  const units = shop.truths.map((t, i) => ({
    channel: t.channel,
    curve: truth[i]!,
    lower: 0,
    upper: Infinity,
  }));
  const optimum = onTruth(
    solveMaxRevenue(units, budget, current).spend.map((spend, i) => ({ channel: units[i]!.channel, spend })),
  );
  const spendOf = (r: ReturnType<typeof optimizeBudget>) =>
    r.channels.map((c) => ({ channel: c.channel, spend: c.recommendedSpend }));
  const report = optimizeBudget(request, shop.history, { incrementality: shop.incrementality });
  const attributed = optimizeBudget(request, shop.history);
  return {
    report,
    recommended: onTruth(spendOf(report)) / optimum,
    attributed: onTruth(spendOf(attributed)) / optimum,
    naive: onTruth(report.naive.channels) / optimum,
  };
}

describe("fitIncrementalCurves on a synthetic shop with known curves", () => {
  it("recovers the exposure rate (0.9), baseline (20 a day) and scale (order value / capture = 500)", () => {
    const r = fitShop({ channels: 4, days: 365, seed: 7 });
    if (r.status !== "fitted") throw new Error(r.reason);
    expect(r.summary.exposureRate).toBeCloseTo(0.8966351942390353, 9);
    expect(r.summary.capturedT).toBeCloseTo(70.7346102398232, 6);
    expect(r.summary.calibration.source).toBe("joint_regression");
    expect(r.summary.calibration.baselinePerDay).toBeCloseTo(20.582527714960523, 9);
    expect(r.summary.calibration.multiplier).toBeCloseTo(469.87781739143736, 6);
    expect(r.summary.calibration.multiplierRelativeSe).toBeCloseTo(0.08709541136005704, 9);
  });

  it("takes the data's shape only where it beats the prior decisively with saturation in view", () => {
    const r = fitShop({ channels: 4, days: 365, seed: 7 });
    if (r.status !== "fitted") throw new Error(r.reason);
    const models = r.fits.map((f) => (f.outcome.status === "fitted" ? f.outcome.model : null));
    expect(models.map((m) => m?.evidence.shape)).toEqual(["data", "prior", "prior", "prior"]);
    // channel_02: the free shape wins (statistic 16.4) but puts half-saturation beyond twice the
    // highest level seen, so the prior stays. channel_01's truth: carry-over 0.13, alpha 1.53,
    // half-saturation 401.6 adstocked = 349 of daily spend (fitted: carry-over 0, 247.6, 1.75).
    expect(models[1]!.evidence.curvatureLr).toBeCloseTo(16.350754275783203, 6);
    const c1 = models[0]!.curve as HillCurve;
    expect(models[0]!.theta).toBe(0);
    expect(c1.k).toBeCloseTo(247.6450713244428, 6);
    expect(c1.alpha).toBeCloseTo(1.7498487986884397, 9);
    expect(c1.scale).toBeCloseTo(363.11069160550494, 6);
    expect((models[3]!.curve as HillCurve).alpha).toBe(1);
  });

  it("anchors the scale to the attributed total when orders cannot be split into baseline and media", () => {
    const r = fitShop({ channels: 4, days: 365, seed: 7, spend: "seasonal", baseline: 0, noise: 0.15 });
    if (r.status !== "fitted") throw new Error(r.reason);
    expect(r.summary.calibration).toMatchObject({ source: "attributed_total", baselinePerDay: null });
    expect(r.summary.calibration.multiplier).toBeCloseTo(359.022560292562, 6);
    expect(r.summary.calibration.jointRegression).toContain("a standard error above 25% of its coefficient");
  });

  it("falls back, saying why, when credit is exposure alone or data are missing", () => {
    const none = fitShop({ channels: 4, days: 365, seed: 7, capture: 0 });
    expect(none).toEqual({
      status: "fallback",
      reason:
        "once exposure credit is removed, the paid channels' credited new-customer orders are not distinguishable from noise (t = 2.03, below 4)",
    });
    const shop = syntheticShop({ channels: 2, days: 100, seed: 7 });
    const series = shop.history.map((h) => ({ channel: h.channel, series: toContiguous(h.channel, h.days) }));
    const parsed = incrementalityInputSchema.parse(shop.incrementality);
    expect(fitIncrementalCurves(series, { ...parsed, firstDate: "2024-01-02" })).toEqual({
      status: "fallback",
      reason: "no sessions, orders or credit for 1 history day (2024-01-01)",
    });
    expect(fitIncrementalCurves(series, { ...parsed, controlChannels: ["referral"] })).toMatchObject({
      reason: "no sessions on the control channels referral",
    });
    const tv = [...series, { channel: "tv", series: series[0]!.series }];
    expect(fitIncrementalCurves(tv, parsed)).toMatchObject({
      reason: "no sessions or attribution credit for 'tv'; the incremental model works per channel",
    });
  });
});

describe("optimizeBudget with incrementality data", () => {
  it("flights: earns >= 99% of the true optimum with wide bounds, beating the attributed fit and the naive rule", () => {
    const r = scoreWide({ channels: 4, days: 365, seed: 7 });
    expect(r.report.responseModel.method).toBe("incremental");
    expect(r.recommended).toBeCloseTo(0.9965991154360697, 9);
    expect(r.attributed).toBeLessThan(0.98);
    expect(r.recommended).toBeGreaterThan(r.naive);
  });

  it("spend following one seasonal budget: the attributed fit extrapolates to 25% of the optimum, the incremental one to 97.7%", () => {
    const r = scoreWide({ channels: 4, days: 365, seed: 7, spend: "seasonal" });
    expect(r.report.fits.map((f) => f.evidence?.shape)).toEqual(["prior", "prior", "prior", "prior"]);
    expect(r.recommended).toBeCloseTo(0.9771, 4);
    expect(r.attributed).toBeCloseTo(0.2458, 4);
  });

  it("reports each channel's method, and the fallback reason when the incremental model cannot run", () => {
    const shop = syntheticShop({ channels: 3, days: 200, seed: 5, capture: 0 });
    const totalBudget = shop.history.reduce(
      (a, h) => a + h.days.slice(-PERIOD).reduce((s, d) => s + d.spend, 0),
      0,
    );
    const out = optimizeBudget({ totalBudget }, shop.history, { incrementality: shop.incrementality });
    expect(out.responseModel.method).toBe("attributed");
    expect(out.responseModel.reason).toMatch(/^the incremental model could not run: once exposure credit/);
    expect(out.fits.every((f) => f.method === "attributed" && f.evidence === undefined)).toBe(true);
    const plain = optimizeBudget({ totalBudget }, shop.history);
    expect(plain.responseModel.reason).toBe(
      "no sessions, new-customer orders or attribution credit were given for the incremental model",
    );
  });

  it("rejects malformed incrementality data naming the field", () => {
    const shop = syntheticShop({ channels: 2, days: 60, seed: 5 });
    const sessions = { ...shop.incrementality.sessions, direct: [1, 2] };
    const run = () =>
      optimizeBudget({ totalBudget: 1000 }, shop.history, {
        incrementality: { ...shop.incrementality, sessions },
      });
    expect(run).toThrowError(AppError);
    expect(run).toThrowError(/^sessions\.direct: expected 60 days, got 2$/);
  });
});
