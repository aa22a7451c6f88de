import { describe, expect, it } from "vitest";
import { askedPercentiles } from "./order-value-distribution-intent.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const callsOf = (q: string) => {
  const plan = planQuestion(q, testContext());
  return plan.kind === "tool_calls" ? plan.calls : [];
};

describe("order value percentiles (left16b)", () => {
  it("reads the percentiles named, with the median for context", () => {
    expect(askedPercentiles("p25 and p75 order value")).toEqual([25, 50, 75]);
    expect(askedPercentiles("the 10th and 90th percentiles")).toEqual([10, 50, 90]);
    expect(askedPercentiles("median basket")).toEqual([50]);
    expect(askedPercentiles("order value distribution")).toEqual([10, 25, 50, 75, 90]);
  });

  it("keeps the honest note for statistics not computed and for dates", () => {
    expect(callsOf("median cost per order by campaign")[0]?.name).toBe("query_metrics");
    expect(callsOf("average order value on oct 25th")[0]?.name).toBe("query_metrics");
    const budget = planQuestion("move 25 pct of display budget to search", testContext());
    expect(budget.kind === "tool_calls" ? (budget.notes ?? []) : []).toEqual([]);
  });
});

describe("run-rate projection (left16b)", () => {
  it("projects a period past the data at the named month's pace", () => {
    expect(callsOf("holding september's pace, what does fourth quarter revenue come to")).toEqual([
      {
        name: "project_run_rate",
        args: {
          metric: "revenue",
          period: { from: "2026-10-01", to: "2026-12-31" },
          pace: { from: "2026-09-01", to: "2026-09-30" },
        },
      },
    ]);
  });

  it("leaves budget pacing, targets and ended periods to their answers", () => {
    expect(callsOf("are we on pace with our q4 budget")[0]?.name).not.toBe("project_run_rate");
    expect(callsOf("at this rate will we hit our revenue target this year")[0]?.name).not.toBe(
      "project_run_rate",
    );
    expect(callsOf("at october's pace what was q3 revenue")[0]?.name).not.toBe("project_run_rate");
  });
});
