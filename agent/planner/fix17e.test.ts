/** fix17e: asks joined in one sentence, money made beside spend, budget sides, every model, last year's covered part. */
import { describe, expect, it } from "vitest";
import { clauseParts } from "./multi-part.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const ctx = testContext({ dataEnd: "2026-10-31", dataStart: "2025-11-01" });

function calls(plan: Plan) {
  if (plan.kind !== "tool_calls") throw new Error(`expected tool calls, got ${plan.kind}`);
  return plan.calls.map((c) => ({ name: c.name, args: c.args as Record<string, unknown> }));
}

describe("fix17e", () => {
  it("splits a sentence where a new ask starts", () => {
    expect(clauseParts("spend by platform last quarter, and which campaign had the highest roas?")).toEqual([
      "spend by platform last quarter",
      "which campaign had the highest roas?",
    ]);
    expect(clauseParts("roas last week plus whats the worst campaign by cpa")).toEqual([
      "roas last week",
      "whats the worst campaign by cpa",
    ]);
    expect(clauseParts("revenue in sept? and how many orders came from email?")).toEqual([
      "revenue in sept",
      "how many orders came from email?",
    ]);
    expect(clauseParts("spend and revenue by channel")).toBeUndefined();
  });

  it("answers each joined ask, the first part's period carried", () => {
    const c = calls(planQuestion("cpa by channel in september, plus which campaign had the best roas", ctx));
    expect(c).toEqual([
      {
        name: "query_metrics",
        args: expect.objectContaining({
          metrics: ["cpa"],
          dimensions: ["channel"],
          timeRange: { from: "2026-09-01", to: "2026-09-30" },
        }),
      },
      {
        name: "query_metrics",
        args: expect.objectContaining({
          metrics: ["roas"],
          dimensions: ["campaign"],
          limit: 1,
          timeRange: { from: "2026-09-01", to: "2026-09-30" },
        }),
      },
    ]);
  });

  it("keeps one ask whole when its parts are one answer", () => {
    const c = calls(planQuestion("how much revenue did we make and how many orders in october", ctx));
    expect(c).toHaveLength(1);
  });

  it("reads money made beside spend as revenue", () => {
    const [c] = calls(planQuestion("what did paid social spend and make in q3", ctx));
    expect(c?.args.metrics).toEqual(["spend", "revenue"]);
  });

  it("reads spend on one side of the budget as pacing", () => {
    expect(calls(planQuestion("which campaigns came in under budget in august", ctx))).toEqual([
      { name: "campaigns", args: { analysis: "pacing", period: { from: "2026-08-01", to: "2026-08-31" } } },
    ]);
  });

  it("sets every model side by side for a word for all of them", () => {
    const [c] = calls(planQuestion("referral revenue across every single attribution model", ctx));
    expect(c?.args.models).toEqual([
      "first_touch",
      "last_touch",
      "linear",
      "time_decay",
      "position_based",
      "markov",
      "shapley",
    ]);
  });

  it("sets a rate this year against the part of last year with data, and keeps totals like for like", () => {
    const plan = planQuestion("roas this year versus last year", ctx);
    expect(calls(plan)[0]?.args.compareTo).toEqual({ from: "2025-11-01", to: "2025-12-31" });
    expect(plan.kind === "tool_calls" && plan.frame.note).toBe(
      "Data starts November 1, 2025, so 2025 here is the part the data covers, November 1, 2025 to December 31, 2025 (61 days), set beside 2026 so far; the same days of 2025 hold only 1 day of data.",
    );
    expect(calls(planQuestion("orders this year versus last year", ctx))[0]?.args.compareTo).toEqual({
      from: "2025-01-01",
      to: "2025-11-01",
    });
  });
});
