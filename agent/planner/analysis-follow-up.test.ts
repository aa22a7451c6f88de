/**
 * Follow-ups that refine the previous answer with its own options (journeys, cohorts), add a
 * figure to the rows already ranked, compare a new period with the last one, or state a margin
 * for the budget plan. My own wordings; the blind sets are held out.
 */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

function thread(...questions: string[]): Plan[] {
  const plans: Plan[] = [];
  for (const q of questions) plans.push(planQuestion(q, testContext({ previous: plans.at(-1) })));
  return plans;
}
const callOf = (plan: Plan | undefined) => (plan?.kind === "tool_calls" ? plan.calls[0] : undefined);

describe("follow-ups to an analysis", () => {
  it("keeps the top paths, with the row count and repeats asked for", () => {
    const [first, fewer, every] = thread(
      "most common paths to purchase in september",
      "dedupe repeated touches, only the top 3",
      "now keep the repeats",
    );
    expect(callOf(first)).toMatchObject({ name: "journeys", args: { analysis: "top_paths" } });
    expect(callOf(fewer)).toMatchObject({
      name: "journeys",
      args: {
        analysis: "top_paths",
        period: { from: "2026-09-01", to: "2026-09-30" },
        limit: 3,
        collapseRepeats: true,
      },
    });
    expect(callOf(every)).toMatchObject({ args: { limit: 3, collapseRepeats: false } });
  });

  it("reads a horizon after a cohort table as the LTV horizon, not a period", () => {
    const [first, horizon] = thread("ltv by acquisition month", "and at the 60 day mark?");
    const period = callOf(first)?.args.period;
    expect(period).toBeDefined();
    expect(callOf(horizon)).toMatchObject({
      name: "cohorts",
      args: { groupBy: "first_order_month", ltvDays: 60, period },
    });
  });
});

describe("follow-ups to a ranked list", () => {
  it("adds the figure to the same rows, ranked as before", () => {
    const [, added] = thread("top 3 platforms by orders in q3", "and what was their roas");
    expect(callOf(added)).toMatchObject({
      name: "query_metrics",
      args: {
        metrics: ["orders", "roas"],
        dimensions: ["platform"],
        orderBy: [{ field: "orders", direction: "desc" }],
        limit: 3,
      },
    });
  });

  it("still ranks by the new metric when the turn asks for a new ranking", () => {
    const [, ranked] = thread("top 3 platforms by orders in q3", "and the top 3 by spend");
    expect(callOf(ranked)).toMatchObject({
      args: { metrics: ["spend"], orderBy: [{ field: "spend", direction: "desc" }] },
    });
  });
});

describe("'same for <period> and what changed'", () => {
  it.each([
    ["cpa by channel in august", "same for july, what's different?"],
    ["cpa by channel in july", "now the same for august and what changed"],
  ])("%s / %s compares August with July", (first, follow) => {
    const [, compared] = thread(first, follow);
    expect(callOf(compared)).toMatchObject({
      name: "compare_periods",
      args: {
        metrics: ["cpa"],
        dimensions: ["channel"],
        period: { from: "2026-08-01", to: "2026-08-31" },
        compareTo: { from: "2026-07-01", to: "2026-07-31" },
      },
    });
  });

  it("a new question about what changed is still an anomaly scan", () => {
    const [, scan] = thread("cpa by channel in august", "what changed in september?");
    expect(callOf(scan)?.name).toBe("detect_anomalies");
  });
});

describe("a margin stated for the budget plan", () => {
  it("re-plans the same budget at the stated margin", () => {
    const [first, again] = thread("how should I split $25k next month", "what if our margin was 40% instead");
    expect(callOf(first)?.args).not.toHaveProperty("grossMargin");
    expect(callOf(again)).toMatchObject({
      name: "recommend_budget",
      args: { totalBudget: 25000, grossMargin: 0.4 },
    });
  });
});

describe("'what happened' on a day, then a figure of that day", () => {
  it("scans the day with what moved it, then that figure of the day against its normal (fix7b)", () => {
    const [recap, lost] = thread("what happened on september 9", "how much revenue did we lose that day");
    expect(callOf(recap)).toMatchObject({
      name: "detect_anomalies",
      args: {
        metrics: ["spend", "orders", "sessions", "revenue"],
        period: { from: "2026-09-09", to: "2026-09-09" },
      },
    });
    expect(callOf(lost)).toMatchObject({
      name: "detect_anomalies",
      args: { metrics: ["revenue"], period: { from: "2026-09-09", to: "2026-09-09" } },
    });
  });

  it("keeps the period for another figure of that week", () => {
    const [, sessions] = thread("revenue by channel in the week of sept 14", "and sessions that week");
    expect(callOf(sessions)).toMatchObject({
      name: "query_metrics",
      args: { metrics: ["sessions"], timeRange: { from: "2026-09-14", to: "2026-09-20" } },
    });
  });
});
