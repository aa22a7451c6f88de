/**
 * fix20c: the verb phrase picks the analysis: "what changed" asked of a metric is its move with
 * what moved it; "creeping up", "getting worse" asked of a metric is its series; "how sure" after
 * a run rate is its range from past misses; a forecast held against the actual is the run rate
 * checked on that period. Own wordings; the blind sets are held out.
 */
import { describe, expect, it } from "vitest";
import { asksForecastActual } from "./forecast-actual-intent.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const planOf = (q: string, previous?: ReturnType<typeof planQuestion>) =>
  planQuestion(q, { ...testContext(), ...(previous ? { previous } : {}) });
const callOf = (q: string, previous?: ReturnType<typeof planQuestion>) => {
  const plan = planOf(q, previous);
  return plan.kind === "tool_calls" ? plan.calls[0] : undefined;
};

const WEEK = { from: "2026-10-19", to: "2026-10-25" };
const WEEK_BEFORE = { from: "2026-10-12", to: "2026-10-18" };

describe("what changed, asked of a metric", () => {
  it("is the metric's move from the period before with the channels that moved it", () => {
    expect(callOf("cpa last week compared to the week before - what changed?")).toEqual({
      name: "explain_change",
      args: { metric: "cpa", period: WEEK, compareTo: WEEK_BEFORE, dimensions: ["channel"], filters: [] },
    });
    for (const q of ["conversion rate wow, what changed", "whats different about our aov in q3 vs q2"])
      expect(callOf(q)?.name).toBe("explain_change");
  });
  it("compares several metrics, and an email measure, without a scan", () => {
    expect(callOf("what changed in revenue and orders in september vs august")?.name).toBe("compare_periods");
    expect(callOf("what changed in email open rate in october vs september")?.name).toBe("compare_periods");
  });
  it("keeps the scan when other anomaly words are beside it", () => {
    expect(callOf("what changed in spend last week, anything weird?")?.name).toBe("detect_anomalies");
  });
  it("with no metric, between a period and the one before, is the overview", () => {
    expect(callOf("what changed last week vs the week before")?.name).toBe("overview");
  });
});

describe("a direction asked of a metric", () => {
  it("is the metric's weekly series over the last twelve weeks", () => {
    for (const q of [
      "is cpa creeping up",
      "email click rate heading down?",
      "are we seeing conversion rate decline",
    ]) {
      const c = callOf(q);
      expect(c?.name).toBe("query_metrics");
      expect(c?.args).toMatchObject({ dimensions: ["date"], grain: "week" });
    }
  });
  it("reads a named half year or more month by month", () => {
    expect(callOf("is revenue going up or down this year")?.args).toMatchObject({ grain: "month" });
  });
});

describe("how sure, after a run rate", () => {
  it("is the same projection with its backtest", () => {
    const first = planOf("at october's pace what will revenue be in december");
    const c = callOf("what's the range on that", first);
    expect(c?.name).toBe("project_run_rate");
    expect(c?.args).toMatchObject({ metric: "revenue", backtest: true });
    const sure = planOf("can i trust that", first);
    expect(
      sure.kind === "tool_calls" ? sure.notes?.some((n) => n.startsWith("How sure: a straight-line")) : false,
    ).toBe(true);
  });
});

describe("a forecast held against the actual", () => {
  it("is the run rate checked on the month named, from the month before", () => {
    expect(callOf("orders forecast vs actuals in august")).toEqual({
      name: "project_run_rate",
      args: {
        metric: "orders",
        period: { from: "2026-08-01", to: "2026-08-31" },
        pace: { from: "2026-07-01", to: "2026-07-31" },
        backtest: true,
      },
    });
  });
  it("reads its wordings, not a forecast ahead", () => {
    for (const q of [
      "how accurate was the revenue projection for september",
      "did our run rate hold up in october?",
      "backtest the run rate on q3 spend",
    ])
      expect(asksForecastActual(q)).toBe(true);
    expect(asksForecastActual("forecast revenue for december")).toBe(false);
  });
});
