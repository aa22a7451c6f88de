import { describe, expect, it } from "vitest";
import { argMismatches, normalizeArgs, subsetMatch } from "./args.ts";

const ctx = { now: new Date("2026-11-01T12:00:00Z"), timeZone: "America/New_York" };

describe("normalizeArgs", () => {
  it("resolves presets and comparison baselines to dates", () => {
    const n = normalizeArgs(
      "compare_periods",
      { period: { preset: "last_month" }, compareTo: "previous_period" },
      ctx,
    );
    expect(n).toEqual({
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    });
  });

  it("rewrites eq filters as in with string values", () => {
    const n = normalizeArgs(
      "query_metrics",
      { filters: [{ field: "campaign", op: "eq", value: 1001 }] },
      ctx,
    );
    expect(n.filters).toEqual([{ field: "campaign", op: "in", values: ["1001"] }]);
  });

  it("applies the tool's defaults to actual calls only", () => {
    expect(
      normalizeArgs("query_metrics", { metrics: ["roas"], timeRange: { preset: "today" } }, ctx, true),
    ).toMatchObject({ dimensions: [], filters: [] });
    expect(normalizeArgs("query_metrics", { metrics: ["roas"] }, ctx)).toEqual({ metrics: ["roas"] });
  });
});

describe("subsetMatch", () => {
  it("compares arrays as multisets and objects by the expected keys", () => {
    expect(subsetMatch({ metrics: ["a", "b"] }, { metrics: ["b", "a"], limit: 3 })).toBe(true);
    expect(subsetMatch({ metrics: ["a"] }, { metrics: ["a", "b"] })).toBe(false);
    expect(subsetMatch([{ value: "x" }], [{ value: "x", changePercent: -50 }])).toBe(true);
  });

  it("treats numbers and numeric strings alike", () => {
    expect(subsetMatch({ values: [1001] }, { values: ["1001"] })).toBe(true);
    expect(subsetMatch(50000, 50000.0000001)).toBe(true);
    expect(subsetMatch(50000, 5000)).toBe(false);
  });
});

describe("argMismatches", () => {
  it("names only the expected keys that differ", () => {
    const expected = {
      metrics: ["roas"],
      dimensions: ["channel"],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    };
    const actual = {
      metrics: ["roas"],
      dimensions: ["platform"],
      timeRange: { preset: "last_month" },
      limit: 5,
    };
    expect(argMismatches("query_metrics", expected, actual, ctx)).toEqual(["dimensions"]);
  });

  it("holds an empty expected filter list strictly", () => {
    const miss = argMismatches(
      "query_metrics",
      { filters: [] },
      {
        metrics: ["x"],
        filters: [{ field: "channel", op: "in", values: ["email"] }],
        timeRange: { preset: "today" },
      },
      ctx,
    );
    expect(miss).toEqual(["filters"]);
  });
});
