/**
 * fix17b: follow-ups that change one thing (own wordings): a kind of customer after journeys, a
 * grain after a contribution margin or a run-rate estimate, a period after a definition, a
 * significance read after a holdout, a payback after an acquisition cost.
 */
import { describe, expect, it } from "vitest";
import { periodParts } from "./run-rate-split.ts";
import { lastPlanOfThread as last } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const args = (plan: Plan, i = 0) => (plan.kind === "tool_calls" ? plan.calls[i]?.args : plan.kind);
const names = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls.map((c) => c.name) : plan.kind);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : "");

describe("one kind of customer after journeys (fix17b)", () => {
  it("scopes the top paths to new customers' first purchases", () => {
    expect(args(last("show me conversion paths last quarter", "first-time buyers only"))).toEqual({
      analysis: "top_paths",
      customerType: "new",
      period: { from: "2026-07-01", to: "2026-09-30" },
    });
  });
  it("reads returning customers, and words read as a metric, as the scope", () => {
    expect(args(last("which channels assist conversions most", "what about repeat buyers"))).toMatchObject({
      analysis: "assists",
      customerType: "returning",
    });
    expect(
      args(
        last("most frequent channel sequences before an order in september", "and for brand new customers?"),
      ),
    ).toMatchObject({ analysis: "top_paths", customerType: "new" });
    expect(args(last("how long does it take to convert", "only first purchases"))).toMatchObject({
      analysis: "time_to_convert",
      customerType: "new",
    });
  });
});

describe("a grain after a contribution margin (fix17b)", () => {
  it("gives each month's contribution over the same period and margin", () => {
    expect(args(last("what did we clear after ad spend last month at 45% margin", "split by week"))).toEqual({
      analysis: "contribution_margin",
      grain: "week",
      grossMargin: 0.45,
      period: { from: "2026-10-01", to: "2026-10-31" },
    });
    expect(args(last("contribution margin after ad spend in q3", "can you break that out monthly"))).toEqual({
      analysis: "contribution_margin",
      grain: "month",
      period: { from: "2026-07-01", to: "2026-09-30" },
    });
  });
});

describe("a grain after a run-rate estimate (fix17b)", () => {
  it("cuts a period into Monday-Sunday weeks and calendar months, clipped to it", () => {
    expect(periodParts({ from: "2026-11-01", to: "2026-11-30" }, "week")).toEqual([
      { from: "2026-11-01", to: "2026-11-01" },
      { from: "2026-11-02", to: "2026-11-08" },
      { from: "2026-11-09", to: "2026-11-15" },
      { from: "2026-11-16", to: "2026-11-22" },
      { from: "2026-11-23", to: "2026-11-29" },
      { from: "2026-11-30", to: "2026-11-30" },
    ]);
    expect(periodParts({ from: "2026-10-01", to: "2026-12-31" }, "month")).toEqual([
      { from: "2026-10-01", to: "2026-10-31" },
      { from: "2026-11-01", to: "2026-11-30" },
      { from: "2026-12-01", to: "2026-12-31" },
    ]);
  });
  it("projects each week of the estimated month at the same pace", () => {
    const plan = last("projected orders next month?", "can you break that into weeks");
    expect(names(plan)).toEqual(Array(6).fill("project_run_rate"));
    expect(args(plan, 1)).toEqual({
      metric: "orders",
      period: { from: "2026-11-02", to: "2026-11-08" },
      pace: { from: "2026-10-01", to: "2026-10-31" },
    });
  });
  it("projects each month of a quarter estimate", () => {
    const plan = last("at october's pace what will q4 spend be", "by month");
    expect(plan.kind === "tool_calls" && plan.calls.map((c) => c.args.period)).toEqual([
      { from: "2026-10-01", to: "2026-10-31" },
      { from: "2026-11-01", to: "2026-11-30" },
      { from: "2026-12-01", to: "2026-12-31" },
    ]);
  });
});

describe("a period or breakdown after a definition (fix17b)", () => {
  it("gives the defined metrics' figures", () => {
    expect(args(last("roas vs mer - what's the difference", "both for october pls"))).toEqual({
      metrics: ["roas", "mer"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    });
    expect(args(last("what is cac", "ok and what was it in september"))).toMatchObject({
      metrics: ["cac"],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    });
    expect(
      args(last("whats the diff between cpa and cac", "show me both by channel last quarter")),
    ).toMatchObject({ metrics: ["cpa", "cac"], dimensions: ["channel"] });
  });
});

describe("significance after a holdout (fix17b)", () => {
  it("keeps the holdout and says what one week can and cannot show", () => {
    for (const ask of [
      "stat sig?",
      "could that just be noise",
      "any p-value on that?",
      "was it signficant",
    ]) {
      const plan = last("did the affiliate holdout move sales", ask);
      expect(args(plan)).toMatchObject({ analysis: "holdout", channel: "affiliate" });
      expect(notes(plan)).toMatch(/^Significance: a single holdout week gives no p-value/);
    }
  });
  it("gives the how-sure note after a before-and-after change", () => {
    const plan = last("did the display budget raise in july pay off", "was that statistically significant?");
    expect(notes(plan)).toMatch(/^How sure: moderately at best/);
  });
});

describe("a payback after an acquisition cost (fix17b)", () => {
  it("gives the CAC payback of the customers of the period asked", () => {
    expect(args(last("cac ytd", "how many months to earn that back?"))).toEqual({
      groupBy: "first_touch_channel",
      show: "payback",
      period: { from: "2026-01-01", to: "2026-11-01" },
    });
    expect(
      args(last("new customers and ad spend last month", "and when do they pay for themselves")),
    ).toEqual({
      groupBy: "first_touch_channel",
      show: "payback",
      period: { from: "2026-10-01", to: "2026-10-31" },
    });
    expect(args(last("customer acquisition cost in september", "payback?"))).toMatchObject({
      show: "payback",
      period: { from: "2026-09-01", to: "2026-09-30" },
    });
  });
});
