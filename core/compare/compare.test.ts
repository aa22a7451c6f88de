import { describe, expect, it } from "vitest";
import { comparePeriods } from "./period.ts";
import { rateAgainstBenchmarks, rateValue } from "./rate.ts";

describe("comparePeriods", () => {
  it("gives delta, percent change and a direction-aware assessment", () => {
    expect(
      comparePeriods([
        { metric: "revenue", base: 200, current: 250, higherIsBetter: true },
        { metric: "cpc", base: 2, current: 1.5, higherIsBetter: false },
        { metric: "orders", base: 0, current: 5 },
        { metric: "roas", base: -4, current: -2 },
      ]),
    ).toEqual([
      { metric: "revenue", base: 200, current: 250, delta: 50, pctChange: 0.25, assessment: "better" },
      { metric: "cpc", base: 2, current: 1.5, delta: -0.5, pctChange: -0.25, assessment: "better" },
      { metric: "orders", base: 0, current: 5, delta: 5, pctChange: null, assessment: null },
      { metric: "roas", base: -4, current: -2, delta: 2, pctChange: 0.5, assessment: null },
    ]);
  });

  it("names the bad field", () => {
    expect(() => comparePeriods([{ metric: "x", base: 1, current: Number.NaN }])).toThrowError(/0\.current/);
  });
});

describe("rateAgainstBenchmarks", () => {
  it("rates higher-is-better and lower-is-better metrics on quartiles", () => {
    expect(rateValue(0.01, [0.02, 0.035, 0.05], "higher_is_better")).toBe("poor");
    expect(rateValue(0.02, [0.02, 0.035, 0.05], "higher_is_better")).toBe("average");
    expect(rateValue(0.04, [0.02, 0.035, 0.05], "higher_is_better")).toBe("good");
    expect(rateValue(0.05, [0.02, 0.035, 0.05], "higher_is_better")).toBe("excellent");
    expect(rateValue(2, [0.6, 1.1, 1.8], "lower_is_better")).toBe("poor");
    expect(rateValue(1.5, [0.6, 1.1, 1.8], "lower_is_better")).toBe("average");
    expect(rateValue(0.9, [0.6, 1.1, 1.8], "lower_is_better")).toBe("good");
    expect(rateValue(0.6, [0.6, 1.1, 1.8], "lower_is_better")).toBe("excellent");
  });

  it("rates a channel's metrics for an industry and lists metrics without a benchmark", () => {
    const out = rateAgainstBenchmarks({
      industry: "retail_ecommerce",
      channel: "paid_search",
      metrics: { ctr: 0.041, cpc: 0.5, email_open_rate: 0.3, sessions: 10 },
    });
    expect(out.ratings).toEqual([
      {
        metric: "ctr",
        value: 0.041,
        rating: "good",
        direction: "higher_is_better",
        p25: 0.02,
        median: 0.035,
        p75: 0.05,
      },
      {
        metric: "cpc",
        value: 0.5,
        rating: "excellent",
        direction: "lower_is_better",
        p25: 0.6,
        median: 1.1,
        p75: 1.8,
      },
    ]);
    expect(out.unrated).toEqual(["email_open_rate", "sessions"]);
    expect(out.source).toBe("illustrative industry ranges (not measured data)");
  });

  it("keeps a table per industry", () => {
    const rate = (industry: "b2b_saas" | "retail_ecommerce") =>
      rateAgainstBenchmarks({ industry, channel: "paid_search", metrics: { cpc: 3 } }).ratings[0]!.rating;
    expect(rate("retail_ecommerce")).toBe("poor");
    expect(rate("b2b_saas")).toBe("good");
  });

  it("rejects an unknown industry naming the field", () => {
    expect(() =>
      rateAgainstBenchmarks({
        industry: "mining" as "b2b_saas",
        channel: "email",
        metrics: { email_open_rate: 0.2 },
      }),
    ).toThrowError(/industry/);
  });
});
