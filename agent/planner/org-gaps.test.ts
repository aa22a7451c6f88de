/** Platforms an organization lacks, breakdowns the catalog lacks, and campaigns named in full. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

const BETA: DimensionValue[] = [
  ...DEMO_DIMENSION_VALUES.filter((v) => v.dimension === "channel"),
  { dimension: "platform", value: "google_ads", label: "Google Ads", aliases: [] },
  { dimension: "platform", value: "meta_ads", label: "Meta Ads", aliases: [] },
  { dimension: "platform", value: "awin", label: "Awin", aliases: [] },
  { dimension: "campaign", value: "2001", label: "Frühjahr26 - E-Bike Launch - Video", aliases: [] },
  { dimension: "campaign", value: "2002", label: "Search - Brand - DE", aliases: [] },
];
const beta = testContext({ dimensionValues: BETA, organizationName: "Beta Bikes" });

describe("questions the data cannot answer as asked", () => {
  it.each(["clicks from TikTok in July", "what's the TikTok CPM"])(
    "%s: says the platform is missing",
    (q) => {
      const plan = planQuestion(q, beta);
      expect(plan.kind).toBe("decline");
      if (plan.kind !== "decline") return;
      expect(plan.message).toContain("Beta Bikes has no TikTok data");
      expect(plan.message).toContain("Google Ads, Meta Ads, Awin");
    },
  );

  // fix13f: "revenue weekends vs weekdays" is two sides now (week-part-intent.ts).
  it.each(["revenue by day of the week", "which day of the week has the best ROAS"])(
    "%s: broken down by day of week",
    (q) => {
      const plan = planQuestion(q, testContext());
      expect(plan.kind).toBe("tool_calls");
      if (plan.kind === "tool_calls") expect(plan.calls[0]?.args.dimensions).toEqual(["day_of_week"]);
    },
  );
});

describe("how did <campaign> perform", () => {
  it.each([
    ["how did Frühjahr26 - E-Bike Launch - Video perform", 2001, { from: "2025-11-01", to: "2026-10-31" }],
    ["how did Search - Brand - DE perform in Q3", 2002, { from: "2026-07-01", to: "2026-09-30" }],
  ] as const)("%s", (q, id, timeRange) => {
    const plan = planQuestion(q, { ...beta, dataEnd: "2026-10-31" });
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]).toMatchObject({
      name: "query_metrics",
      args: {
        metrics: ["revenue", "spend", "roas", "orders"],
        filters: [{ field: "campaign", op: "in", values: [id] }],
        timeRange,
      },
    });
  });
});
