/** Short follow-ups that keep the thread: chart asks, budget amounts, a funnel by channel, metrics added, a clarification skipped. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { asksForChart } from "./thread-follow-ups.ts";
import type { Plan } from "./types.ts";

function thread(...questions: string[]): Plan[] {
  const plans: Plan[] = [];
  for (const q of questions) plans.push(planQuestion(q, testContext({ previous: plans.at(-1) })));
  return plans;
}

const callOf = (plan: Plan | undefined) => (plan?.kind === "tool_calls" ? plan.calls[0] : undefined);

describe("asksForChart", () => {
  it.each([
    ["can you chart that", true],
    ["put it in a graph please", true],
    ["now as a line", true],
    ["visualize this", true],
    ["chart revenue by month", false],
    ["line items", false],
  ])("%s -> %s", (q, want) => expect(asksForChart(q)).toBe(want));
});

describe("threadFollowUp", () => {
  it("redraws a breakdown, and turns a single figure into its series, when a chart is asked", () => {
    const [first, again] = thread("orders by platform in september", "could you graph that");
    expect(callOf(again)).toEqual(callOf(first));
    const [, series] = thread("cac in q3", "show me that as a trendline");
    expect(callOf(series)?.args).toMatchObject({
      metrics: ["cac"],
      dimensions: ["date"],
      grain: "week",
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    });
  });

  it("charts a brief's days as revenue and spend", () => {
    const [, chart] = thread("weekly brief for last week", "can I get a chart of it");
    expect(callOf(chart)).toMatchObject({
      name: "query_metrics",
      args: {
        metrics: ["revenue", "spend"],
        dimensions: ["date"],
        grain: "day",
        timeRange: { from: "2026-10-19", to: "2026-10-25" },
      },
    });
  });

  it("reruns a budget plan with a new amount, extra money staying extra", () => {
    const [, extra] = thread("where should an extra 5k go next month", "and with 12k?");
    expect(callOf(extra)?.args).toMatchObject({ extraBudget: 12_000 });
    const [, total] = thread("split a 30k budget across channels next month", "try $45,000 instead");
    expect(callOf(total)?.args).toMatchObject({ totalBudget: 45_000 });
  });

  it("splits a funnel by channel", () => {
    const [, split] = thread("conversion funnel for september", "split it per channel");
    expect(callOf(split)).toMatchObject({
      name: "funnel",
      args: { period: { from: "2026-09-01", to: "2026-09-30" }, byChannel: true },
    });
  });

  it("adds a metric to the same rows", () => {
    const [, added] = thread("bottom 3 campaigns by roas in august", "add spend too");
    expect(callOf(added)?.args).toMatchObject({
      metrics: ["roas", "spend"],
      dimensions: ["campaign"],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
      limit: 3,
    });
  });

  it("continues a question whose clarification was skipped with the first option, and says so", () => {
    const [ask, added] = thread("top 3 channels by conversions in july", "include cac");
    expect(ask?.kind).toBe("clarify");
    expect(added?.kind).toBe("tool_calls");
    if (added?.kind !== "tool_calls") return;
    expect(added.calls[0]?.args).toMatchObject({
      metrics: ["orders", "cac"],
      dimensions: ["channel"],
      timeRange: { from: "2026-07-01", to: "2026-07-31" },
      limit: 3,
    });
    expect(added.frame.note).toBe('I read "conversions" as Orders (the first of the options I offered).');
  });

  it("lets a question that stands on its own stand, after a clarification too", () => {
    const [, fresh] = thread("top 3 channels by conversions in july", "revenue by platform last week");
    expect(callOf(fresh)?.args).toMatchObject({ metrics: ["revenue"], dimensions: ["platform"] });
    expect(fresh?.kind === "tool_calls" && fresh.frame.note).toBeFalsy();
  });
});
