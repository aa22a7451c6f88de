/** fix18c: verdicts asked of one member, one campaign's budget, the one number, and follow-ups. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const calls = (plan: Plan) => {
  if (plan.kind !== "tool_calls") throw new Error(plan.kind);
  return plan.calls.map((c) => [c.name, c.args.metrics ?? c.args.analysis, c.args.filters ?? c.args.changes]);
};
const thread = (first: string, next: string) => {
  const previous = planQuestion(first, testContext());
  return planQuestion(next, testContext({ previous, previousQuestion: first }));
};
const display = [{ field: "channel", op: "in", values: ["display"] }];

describe("is X worth it (fix18c)", () => {
  it("is its ROAS against the period before and break-even, led by its name", () => {
    const plan = planQuestion("display worth the money y/n", testContext());
    expect(calls(plan)).toEqual([
      ["compare_periods", ["roas"], display],
      ["profitability", "break_even", undefined],
    ]);
    expect(plan.kind === "tool_calls" && plan.frame.note?.startsWith("Whether Display is worth it:")).toBe(
      true,
    );
  });

  it("carries the verdict to the next member asked about", () => {
    const plan = thread("is affiliate worth it", "how about display then");
    expect(calls(plan)).toEqual([
      ["compare_periods", ["roas"], display],
      ["profitability", "break_even", undefined],
    ]);
  });

  it("leaves a change's payoff and email's worth to their readers", () => {
    expect(calls(planQuestion("was raising display in july worth it", testContext()))[0]?.[0]).toBe(
      "campaigns",
    );
    expect(calls(planQuestion("is email worth it", testContext()))[0]?.[0]).not.toBe("compare_periods");
  });
});

describe("more budget for one campaign (fix18c)", () => {
  it("is that campaign's next dollar, not a split of every channel", () => {
    expect(
      calls(planQuestion("should we bump the budget on Brand - Search - Always On", testContext())),
    ).toEqual([["recommend_budget", undefined, [{ dimension: "campaign", value: 1004, changePercent: 10 }]]]);
  });

  it("keeps a sized change as the what-if it is", () => {
    const plan = planQuestion("what if we raise Brand - Search - Always On by 25%", testContext());
    expect(calls(plan)[0]?.[2]).toEqual([{ dimension: "campaign", value: 1004, changePercent: 25 }]);
  });
});

describe("what should I do about it, after one campaign (fix18c)", () => {
  it("runs the ranking again, then the campaign found's next dollar", () => {
    const plan = thread("lowest roas campaign last month", "ok what should we do about it");
    if (plan.kind !== "tool_calls") throw new Error(plan.kind);
    expect(plan.calls.map((c) => c.name)).toEqual(["query_metrics"]);
    expect(plan.then).toMatchObject({
      field: "campaign",
      calls: [
        {
          name: "recommend_budget",
          args: { changes: [{ dimension: "campaign", value: "{{found}}", changePercent: 10 }] },
        },
      ],
    });
  });

  it("keeps the ranked actions after a channel answer", () => {
    const plan = thread("roas by channel last month", "what should i do about it");
    if (plan.kind !== "tool_calls") throw new Error(plan.kind);
    expect(plan.then).toBeUndefined();
  });
});

describe("the one number that matters (fix18c)", () => {
  it("is MER against the period before and break-even, and why after it", () => {
    const first = "whats the one number we should watch";
    expect(calls(planQuestion(first, testContext()))).toEqual([
      ["compare_periods", ["mer"], []],
      ["profitability", "break_even", undefined],
    ]);
    const why = thread(first, "why that one?");
    expect(why.kind === "tool_calls" && why.frame.note?.includes("Why that one:")).toBe(true);
  });
});
