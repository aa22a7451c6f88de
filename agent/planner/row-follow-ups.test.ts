/**
 * fix15b: follow-ups asking something new of the previous answer's rows, and the readers beside
 * them (new-customer forms, LTV:CAC by channel with a channel left out, a move denied, a "normal"
 * baseline with no figure named). My own wordings; the blind sets are held out.
 */
import { describe, expect, it } from "vitest";
import { changeThreshold } from "./change-threshold.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

function thread(...questions: string[]): Plan[] {
  const plans: Plan[] = [];
  for (const [i, q] of questions.entries())
    plans.push(planQuestion(q, testContext({ previous: plans.at(-1), previousQuestion: questions[i - 1] })));
  return plans;
}
const calls = (plan: Plan | undefined) => (plan?.kind === "tool_calls" ? plan.calls : []);

describe("break-even asked of the rows shown", () => {
  it("holds each channel's ROAS against break-even over the same months", () => {
    const [, below] = thread("roas per channel the past 2 whole months", "whch of these r under breakeven");
    expect(calls(below)).toEqual([
      {
        name: "profitability",
        args: { analysis: "break_even", period: { from: "2026-09-01", to: "2026-10-31" } },
      },
      {
        name: "query_metrics",
        args: {
          metrics: ["spend", "attributed_revenue", "roas"],
          dimensions: ["channel"],
          filters: [],
          timeRange: { from: "2026-09-01", to: "2026-10-31" },
          orderBy: [{ field: "roas", direction: "asc" }],
        },
      },
    ]);
  });

  it("reads 'losing money' as asked, before it is rewritten", () => {
    const [, after] = thread("roas by channel last quarter", "any of them losing money?");
    expect(calls(after).map((c) => c.name)).toEqual(["profitability", "query_metrics"]);
  });

  it("reads 'unprofitable' after platforms", () => {
    const [, after] = thread("roas by platform in q3", "which ones are unprofitable");
    expect(calls(after).map((c) => c.name)).toEqual(["profitability", "query_metrics"]);
  });
});

describe("the other what-if on the same rows", () => {
  it.each([
    ["and if we doubled it instead", 100],
    ["ok what about halving it", -50],
    ["and what if we did the opposite", 30],
  ])("%s -> %s percent", (turn, percent) => {
    const [, other] = thread("cut meta by 30% - impact?", turn);
    expect(calls(other)[0]?.args.changes).toEqual([
      { dimension: "platform", value: "meta_ads", changePercent: percent },
    ]);
  });
});

describe("pausing the rows shown", () => {
  it("keeps the threshold that chose them and asks for the monthly average", () => {
    const [, paused] = thread(
      "which campaigns had roas under 1x in october",
      "if we turned those off how much would we save per month?",
    );
    expect(calls(paused)[0]).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["spend", "attributed_revenue", "roas"],
        dimensions: ["campaign"],
        filters: [
          { field: "campaign", op: "neq", value: null },
          { field: "roas", op: "lt", value: 1 },
        ],
        timeRange: { from: "2026-10-01", to: "2026-10-31" },
        orderBy: [{ field: "spend", direction: "desc" }],
        average: "per_month",
      },
    });
  });
});

describe("drilling into the worst row of a comparison", () => {
  it("finds the channel that fell most, then compares its campaigns", () => {
    const [, drill] = thread("revenue by channel oct vs sep", "dig into the weakest pls");
    expect(drill?.kind === "tool_calls" && drill.then).toMatchObject({
      field: "channel",
      pick: { metric: "revenue", direction: "down" },
      calls: [{ name: "compare_periods", args: { dimensions: ["campaign"] } }],
    });
  });
});

describe("new customers only after orders and CPA", () => {
  it("answers new customers and CAC, unfiltered, for the same two periods", () => {
    const [, only] = thread("orders and cpa last 2 weeks vs the 2 weeks before", "new custs only");
    expect(calls(only)[0]).toMatchObject({
      name: "compare_periods",
      args: { metrics: ["new_customers", "cac"], filters: [] },
    });
  });
});

describe("LTV:CAC by channel", () => {
  it("charts LTV:CAC and leaves the named channel's customers out", () => {
    const [first, without] = thread("ltv to cac per channel", "minus email and organic, bar chart");
    expect(calls(first)[0]?.args).toMatchObject({ show: "ltv_to_cac" });
    expect(calls(without)[0]?.args).toMatchObject({
      show: "ltv_to_cac",
      excludeChannels: ["email", "organic_search"],
    });
  });
});

describe("a move denied", () => {
  it.each([
    ["which channels did not grow in september vs august", "down"],
    ["campaigns that didnt increase revenue last month", "down"],
    ["platforms that weren't down on orders q3 vs q2", "up"],
  ])("%s", (q, direction) => {
    expect(changeThreshold(q)).toEqual({
      kind: "move",
      direction,
      relative: 0,
      strict: false,
      notMoved: true,
    });
  });
});

describe("a day against a normal one, no figure named", () => {
  it("compares the default figures with the same day a week earlier", () => {
    const plan = planQuestion("cyber monday vs an ordinary day", testContext());
    expect(calls(plan)[0]).toMatchObject({
      name: "compare_periods",
      args: {
        metrics: ["revenue", "spend", "roas", "orders"],
        period: { from: "2025-12-01", to: "2025-12-01" },
        compareTo: { from: "2025-11-24", to: "2025-11-24" },
      },
    });
  });
});
