/** fix10a: follow-up turns that redo or narrow the previous ask, each in several wordings. */
import { describe, expect, it } from "vitest";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;
const call = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0] : undefined);
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };

describe("follow-ups (fix10a)", () => {
  it("a correction swaps the metric and keeps the ranking", () => {
    for (const q of [
      "not spend, clicks",
      "clicks rather than spend",
      "sorry i meant clicks, not spend",
      "clicks instead of spend",
    ])
      expect(call(last("top 4 channels by spend in q3", q))?.args).toMatchObject({
        metrics: ["clicks"],
        dimensions: ["channel"],
        timeRange: Q3,
        orderBy: [{ field: "clicks", direction: "desc" }],
        limit: 4,
      });
  });

  it("a correction swaps the period and keeps the rest", () => {
    for (const q of ["no, I meant q2", "oops i was asking about q2", "scratch that, make it q2"])
      expect(call(last("cpa by platform in q3", q))?.args).toMatchObject({
        metrics: ["cpa"],
        dimensions: ["platform"],
        timeRange: Q2,
      });
  });

  it("a question with 'not' in it is no correction", () => {
    const plan = last("cpa by platform in q3", "which campaigns are not profitable");
    expect(plan.kind === "tool_calls" ? plan.frame.period : undefined).not.toEqual(Q2);
    expect(call(plan)?.args.metrics).not.toEqual(["profitable"]);
  });

  it("a restriction keeps the previous breakdown", () => {
    for (const q of ["only paid channels", "paid channels only", "keep only paid channels"])
      expect(call(last("orders split new vs returning by month", q))?.args).toMatchObject({
        dimensions: ["date", "customer_type"],
        filters: [{ field: "channel_group", op: "in", values: ["paid"] }],
      });
    // A breakdown asked in so many words still replaces it.
    expect(
      call(last("orders split new vs returning in q3", "only paid channels by channel"))?.args,
    ).toMatchObject({
      dimensions: ["channel"],
    });
  });

  it("a filter after an overview keeps the comparison with the period before", () => {
    for (const [first, q] of [
      ["how'd we do last week", "returning customers only"],
      ["quick snapshot of last week", "just paid search"],
      ["give me an overview of last week", "only google"],
    ] as const) {
      const c = call(last(first, q));
      expect(c?.name).toBe("compare_periods");
      expect(c?.args).toMatchObject({
        period: { from: "2026-10-19", to: "2026-10-25" },
        compareTo: { from: "2026-10-12", to: "2026-10-18" },
      });
    }
  });

  it("a period added that lies before the data gives the answer again with a note", () => {
    for (const q of [
      "add october 2025 too",
      "can you include last year's october as well",
      "also throw in oct 2025",
    ]) {
      const plan = last("revenue for september vs october", q);
      expect(call(plan)?.name).toBe("compare_periods");
      expect(plan.kind === "tool_calls" ? plan.notes?.join(" ") : "").toContain(
        "Your data starts November 1, 2025",
      );
    }
  });

  it("a margin stated after a profitability answer recomputes it at that margin", () => {
    for (const [q, margin] of [
      ["what if margin is 45%?", 0.45],
      ["and at a 40 percent gross margin", 0.4],
      ["redo it with margins of 55%", 0.55],
    ] as const)
      expect(call(last("contribution margin after ad spend in q3", q))?.args).toEqual({
        analysis: "contribution_margin",
        period: Q3,
        grossMargin: margin,
      });
  });
});
