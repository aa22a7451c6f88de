import { describe, expect, it } from "vitest";
import { trendAnswer } from "./series-templates.ts";
import type { MetricSpec, TrendAnswerInput } from "./types.ts";
import { zeroDays } from "./zero-days.ts";

const revenue: MetricSpec = { key: "revenue", label: "Revenue", unit: "currency", format: "currency" };
const roas: MetricSpec = { key: "roas", label: "ROAS", unit: "ratio", format: "multiplier", additive: false };

const input = (over: Partial<TrendAnswerInput> = {}): TrendAnswerInput => ({
  kind: "trend",
  metric: revenue,
  grain: "day",
  points: [
    { date: "2026-03-15", value: 500 },
    { date: "2026-03-16", value: 300 },
    { date: "2026-03-18", value: 400 },
  ],
  period: { from: "2026-03-15", to: "2026-03-18" },
  currency: "USD",
  ...over,
});

describe("zeroDays", () => {
  it("finds the day a summed daily series has no row for", () => {
    expect(zeroDays(input())).toEqual(["2026-03-17"]);
  });

  it("only looks inside the data's days, and not at ratios or coarser grains", () => {
    expect(
      zeroDays(input({ period: { from: "2026-03-15", to: "2026-03-20" }, dataEnd: "2026-03-18" })),
    ).toEqual(["2026-03-17"]);
    expect(zeroDays(input({ metric: roas }))).toEqual([]);
    expect(zeroDays(input({ grain: "week" }))).toEqual([]);
  });
});

describe("trendAnswer with a day that has no row", () => {
  it("names the empty day as the low, with the lowest day that had any", () => {
    expect(trendAnswer(input())).toBe(
      "Revenue by day for March 15–18, 2026: $400.00 (March 18, 2026) in the latest day, down 20.0% from $500.00 in the first day. " +
        "Peak: $500.00 (March 15, 2026); low: none at all on March 17, 2026 (no revenue recorded; the lowest day with any was $300.00 (March 16, 2026)).",
    );
  });

  it("keeps the smallest row as the low when every day has one", () => {
    const full = input({ points: [...input().points, { date: "2026-03-17", value: 350 }] });
    expect(trendAnswer(full)).toContain("low: $300.00 (March 16, 2026).");
  });
});
