import { describe, expect, it } from "vitest";
import { asksSubjectEvent } from "./day-diagnosis-intent.ts";
import { asksGrowthDirection } from "./growth-direction-intent.ts";
import { parseQuestion } from "./parse.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { lastPlanOfThread } from "./testing-thread.ts";

const ctx = testContext();
const callOf = (q: string) => {
  const plan = planQuestion(q, ctx);
  return plan.kind === "tool_calls" ? plan.calls[0] : undefined;
};

describe("asksGrowthDirection", () => {
  it.each([
    "is organic search traffic growing?",
    "is organic search shrinking",
    "r sessions from seo increasing lately",
    "organic sessions growing or not",
  ])("reads %s as a direction asked", (q) => {
    expect(asksGrowthDirection(parseQuestion(q, ctx))).toBe(true);
  });

  it.each(["why is revenue declining", "which channels are growing fastest", "is revenue up vs last month"])(
    "leaves %s to other readers",
    (q) => {
      expect(asksGrowthDirection(parseQuestion(q, ctx))).toBe(false);
    },
  );

  it("plans the weekly sessions series of the last twelve weeks for a traffic word", () => {
    expect(callOf("is referral traffic growing")).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["sessions"],
        dimensions: ["date"],
        filters: [{ field: "channel", op: "in", values: ["referral"] }],
        grain: "week",
        timeRange: { from: "2026-08-10", to: "2026-10-31" },
      },
    });
  });

  it("answers 'compared to what?' with the same figures against the period before", () => {
    const plan = lastPlanOfThread("is referral traffic growing", "compared to what?");
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).toBe("compare_periods");
  });
});

describe("asksSubjectEvent", () => {
  it("reads what happened with a named platform over a few days", () => {
    expect(asksSubjectEvent(parseQuestion("what went on with tiktok around june 9", ctx))).toBe(true);
  });

  it("leaves a named metric to the explanation", () => {
    expect(asksSubjectEvent(parseQuestion("what happened with tiktok revenue in mid may", ctx))).toBe(false);
  });

  it("plans the anomaly scan for the platform over mid may", () => {
    expect(callOf("what happened with meta in mid may")).toEqual({
      name: "detect_anomalies",
      args: {
        metrics: ["revenue", "orders", "spend", "roas"],
        filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
        period: { from: "2026-05-11", to: "2026-05-20" },
      },
    });
  });
});
