import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

/** Plan a thread; the last turn's first call's args. */
function lastArgs(...questions: string[]): Record<string, unknown> | undefined {
  let plan: Plan | undefined;
  let previousQuestion: string | undefined;
  for (const q of questions) {
    plan = planQuestion(q, testContext({ previous: plan, previousQuestion }));
    previousQuestion = q;
  }
  return plan?.kind === "tool_calls" ? plan.calls[0]?.args : undefined;
}

describe("follow-ups (fix6d)", () => {
  it("a new amount with 'only', 'just', 'down to' re-plans the split for that amount", () => {
    for (const q of ["what if we only had 30k", "say we just got 20k instead", "and if we were down to 15k"])
      expect(lastArgs("we have 50k for december, how to split it", q)).toMatchObject({
        totalBudget: Number(/(\d+)k/.exec(q)![1]) * 1000,
        period: { from: "2026-12-01", to: "2026-12-31" },
      });
  });

  it("'which ones got worse vs <month>' compares the rows just shown, keeping their period", () => {
    expect(lastArgs("bounce rate by channel for october", "which ones got worse vs september")).toMatchObject(
      {
        metrics: ["bounce_rate"],
        dimensions: ["channel"],
        period: { from: "2026-10-01", to: "2026-10-31" },
        compareTo: { from: "2026-09-01", to: "2026-09-30" },
      },
    );
    expect(
      lastArgs("conversion rate by channel for september", "which of them dropped vs august"),
    ).toMatchObject({
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    });
  });

  it("the best by one metric, then another: still the best (lowest for a cost); a literal top stays literal", () => {
    expect(lastArgs("which channel had the best roas in september", "and cpa?")).toMatchObject({
      metrics: ["cpa"],
      orderBy: [{ field: "cpa", direction: "asc" }],
    });
    expect(lastArgs("top 3 campaigns by cpa last month", "and by roas")).toMatchObject({
      orderBy: [{ field: "roas", direction: "desc" }],
    });
  });
});
