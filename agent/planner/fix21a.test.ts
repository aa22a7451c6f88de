/**
 * fix21a: follow-ups that apply to the previous answer: a new share or sum for a budget move, a
 * judgement of a series with no period before it in the data, a ranking of the move asked as
 * better or worse, a share of revenue after a share of spend, a campaign split out of its kind's
 * total, and ads asked as wasting money. Own wordings; the blind sets are held out.
 */
import { describe, expect, it } from "vitest";
import { bestMove } from "../present/change-order.ts";
import { rankedBetter } from "./change-ranking.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { callsOf, lastPlanOfThread } from "./testing-thread.ts";
import type { Plan, PlannerContext } from "./types.ts";

const SERVICE: Partial<PlannerContext> = { dataStart: "2025-11-01", dataEnd: "2026-10-31" };

/** The last turn's plan with the data's range known (as in the eval service). */
function thread(...questions: string[]): Plan {
  let plan: Plan | undefined;
  let previousQuestion: string | undefined;
  for (const q of questions) {
    plan = planQuestion(q, testContext({ ...SERVICE, previous: plan, previousQuestion }));
    previousQuestion = q;
  }
  return plan!;
}

const argsOf = (plan: Plan, i = 0) => (plan.kind === "tool_calls" ? plan.calls[i]?.args : undefined);

describe("a new share or sum after a share moved between channels", () => {
  const first = "shift 15 percent of paid social spend into affiliate";
  it.each(["and 50%?", "what about 50 percent", "hmm and 50%?", "ok how about 50 pct"])(
    "%s: the same move at 50%%",
    (q) => {
      expect(argsOf(lastPlanOfThread(first, q))?.changes).toEqual([
        { dimension: "channel", value: "paid_social", changePercent: -50 },
        { dimension: "channel", value: "affiliate", receives: true },
      ]);
    },
  );
  it("a sum moves that sum, not a total budget", () => {
    const args = argsOf(lastPlanOfThread(first, "try 2k instead"));
    expect(args?.changes).toEqual([
      { dimension: "channel", value: "paid_social", changeAmount: -2000 },
      { dimension: "channel", value: "affiliate", changeAmount: 2000 },
    ]);
    expect(args?.totalBudget).toBeUndefined();
  });
});

describe("a judgement of a series whose period before is not in the data", () => {
  it.each(["is that good or bad?", "should i worry?", "hmm is that ok?"])(
    "%s: second half against first",
    (q) => {
      const plan = thread("cpa by month this year", q);
      expect(callsOf(plan)).toEqual([
        {
          name: "compare_periods",
          args: {
            metrics: ["cpa"],
            period: { from: "2026-06-01", to: "2026-10-31" },
            compareTo: { from: "2026-01-01", to: "2026-05-31" },
            dimensions: [],
            filters: [],
          },
        },
        {
          name: "profitability",
          args: { analysis: "break_even", period: { from: "2026-06-01", to: "2026-10-31" } },
        },
      ]);
      expect(plan.kind === "tool_calls" && plan.frame.note).toMatch(
        /^There is no data for the period before/,
      );
    },
  );
  it("a series whose period before is in the data keeps it", () => {
    expect(argsOf(thread("cpa by week last 3 months", "is that good or bad"))?.compareTo).toEqual({
      from: "2026-05-01",
      to: "2026-07-31",
    });
  });
});

describe("a ranking of the move asked as better or worse", () => {
  it.each([
    ["which one improved most vs september", "better"],
    ["biggest loser vs sept?", "worse"],
    ["who got worse the most since august", "worse"],
    ["which one improved vs september", undefined],
  ])("%s", (q, expected) => expect(rankedBetter(q)).toBe(expected));
  it("a cost improves by falling", () => {
    expect(bestMove("which improved the most vs september", "cpa")).toBe("down");
    expect(bestMove("which improved the most vs september", "conversion_rate")).toBe("up");
    expect(bestMove("biggest loser vs september", "roas")).toBe("down");
  });
  it("the follow-up compares every row with the period named", () => {
    expect(callsOf(lastPlanOfThread("roas by platform last month", "biggest loser vs sept?"))).toEqual([
      {
        name: "compare_periods",
        args: {
          metrics: ["roas"],
          period: { from: "2026-10-01", to: "2026-10-31" },
          compareTo: { from: "2026-09-01", to: "2026-09-30" },
          dimensions: ["platform"],
          filters: [],
        },
      },
    ]);
  });
  it("asked alone, no top row is cut by the current value", () => {
    const args = argsOf(
      lastPlanOfThread("which channel's conversion rate improved most in october vs september"),
    );
    expect(args?.dimensions).toEqual(["channel"]);
    expect(args?.limit).toBeUndefined();
  });
});

describe("a share of revenue after a share of spend", () => {
  it.each(["and what % of revenue comes from it", "and what share of sales comes from it?"])("%s", (q) => {
    const args = argsOf(lastPlanOfThread("what % of our ad spend goes to meta", q));
    expect(args?.metrics).toEqual(["revenue"]);
    expect(args?.dimensions).toEqual(["platform"]);
  });
  it("what the spend brought in keeps its reading", () => {
    const args = argsOf(
      lastPlanOfThread("how much did we spend on ads in september", "and what did that bring in"),
    );
    expect(args?.metrics).toContain("paid_attributed_revenue");
  });
});

describe("a campaign split out of its kind's total", () => {
  const first = "prospecting vs retargeting campaigns last month";
  it.each([
    "add the summer sale campaign as its own row",
    "break out summer sale separately",
    "split the summer sale one out pls",
    "summer sale on its own row",
  ])("%s", (q) => {
    const plan = lastPlanOfThread(first, q);
    expect(plan.kind === "tool_calls" && plan.frame.groups).toEqual([
      { label: "Retargeting campaigns", filters: [{ field: "campaign", op: "in", values: [1002] }] },
      { label: "Other prospecting campaigns", filters: [{ field: "campaign", op: "in", values: [1001] }] },
      { label: "Summer Sale - Prospecting", filters: [{ field: "campaign", op: "in", values: [1005] }] },
    ]);
  });
  it("a name that is none of the table's campaigns is not split out", () => {
    const plan = lastPlanOfThread(first, "break out the tiktok creators one");
    expect(plan.kind === "tool_calls" && plan.frame.groups?.length).not.toBe(3);
  });
});

describe("ads asked as wasting money", () => {
  it.each(["which ads are wasting money?", "what ads are losing us money", "any ads burning cash?"])(
    "%s",
    (q) => {
      const plan = lastPlanOfThread(q);
      expect(argsOf(plan)).toMatchObject({
        dimensions: ["campaign"],
        orderBy: [{ field: "roas", direction: "asc" }],
      });
    },
  );
  it("what to do about it is the ranked actions", () => {
    const plan = lastPlanOfThread("which ads are wasting money?", "ok and what should I do about it");
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).toBe("recommend");
  });
});
