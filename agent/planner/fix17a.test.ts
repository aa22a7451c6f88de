/**
 * fix17a: words about the audience, the delivery or a quoted figure's source are context, not the
 * question; campaigns and paid channels judged against break-even at a margin (a stated one too);
 * a slide since launch; targets asked again. Wordings are our own, not the blind set's.
 */
import { describe, expect, it } from "vitest";
import { dropAudienceContext } from "./audience-context.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const calls = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const plan = (q: string) => planQuestion(q, testContext());

describe("dropAudienceContext", () => {
  it("leaves the ask when an asker comes first", () => {
    expect(dropAudienceContext("my boss wants to know why revenue fell in september")).toBe(
      "why revenue fell in september",
    );
    expect(dropAudienceContext("the cfo is asking: why did cac go up last month?")).toBe(
      "why did cac go up last month?",
    );
    expect(dropAudienceContext("clients asking how paid social did in q3")).toBe("how paid social did in q3");
  });

  it("drops a delivery after the ask, a count of bullets read as short", () => {
    expect(dropAudienceContext("why did orders drop in march, need a quick blurb i can paste in slack")).toBe(
      "why did orders drop in march",
    );
    expect(dropAudienceContext("recap of august for my boss - 4 bullets tops")).toBe(
      "recap of august for my boss, briefly",
    );
  });

  it("drops where a quoted figure was seen, and reads headline wins as top wins", () => {
    expect(dropAudienceContext("the weekly report says CAC 52 - is that ok?")).toBe(
      "another report says CAC of 52 - is that ok?",
    );
    expect(dropAudienceContext("give me headline wins for september")).toBe("give me top wins for september");
    expect(dropAudienceContext("what is a headline")).toBe("what is a headline");
  });
});

describe("the audience is no other organization, the source no schedule", () => {
  it("explains the change a client asks about", () => {
    const [call] = calls(
      plan("the client is asking why roas fell in july, something i can paste in an email"),
    );
    expect(call).toMatchObject({ name: "explain_change", args: { metric: "roas" } });
  });

  it("judges a quoted value seen in a report, with its meaning", () => {
    expect(
      calls(plan("the monthly email had ROAS 1.8 - what does that mean, good or bad?")).map((c) => c.name),
    ).toEqual(["describe_metric", "compare_periods", "profitability"]);
  });

  it("checks a dashboard figure against ours, with how it is made", () => {
    const p = plan("looker says cac $61 for september. how is that worked out and do you get the same?");
    expect(calls(p).map((c) => c.name)).toEqual(["describe_metric", "query_metrics"]);
    expect(calls(p)[1]?.args).toMatchObject({
      metrics: ["cac"],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    });
    expect(p.kind === "tool_calls" && p.notes).toContain(
      "The $61 you quoted is checked against our figure below.",
    );
  });

  it("reads a recap with a count of bullets as that month's short review", () => {
    expect(calls(plan("september recap for leadership, three bullets max"))[0]).toEqual({
      name: "brief",
      args: {
        period: { from: "2026-09-01", to: "2026-09-30" },
        review: { wins: 3, concerns: 3, short: true },
      },
    });
  });

  it("reads one side of a review asked by rank", () => {
    expect(calls(plan("top 2 highlights from august"))[0]).toEqual({
      name: "brief",
      args: {
        period: { from: "2026-08-01", to: "2026-08-31" },
        review: { wins: 2, concerns: 0, short: false },
      },
    });
  });
});

describe("profit at the margin", () => {
  it("holds every campaign against break-even at a stated margin", () => {
    const p = plan("with a 35% margin, which campaigns are under water?");
    expect(calls(p)[0]).toEqual({
      name: "profitability",
      args: { analysis: "break_even", grossMargin: 0.35 },
    });
    expect(calls(p)[1]).toMatchObject({
      name: "query_metrics",
      args: { metrics: ["spend", "attributed_revenue", "roas"], dimensions: ["campaign"] },
    });
  });

  it("keeps a named period and platform", () => {
    const p = plan("which google campaigns lost money in q2");
    expect(calls(p)[0]).toEqual({
      name: "profitability",
      args: { analysis: "break_even", period: { from: "2026-04-01", to: "2026-06-30" } },
    });
    expect(calls(p)[1]?.args).toMatchObject({
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "campaign", op: "neq", value: null },
      ],
    });
  });

  it("reads paid channels profitable at our margin as each channel's profit", () => {
    expect(calls(plan("which ad channels even make money at our margin"))[0]).toEqual({
      name: "profitability",
      args: { analysis: "channel_profit" },
    });
  });
});

describe("since launch and follow-ups", () => {
  it("reads a slide since launch as the figures over the whole run, a swap replacing the channel", () => {
    const last = lastPlanOfThread(
      "one pager on paid social since it launched for my boss",
      "same but for display",
    );
    expect(calls(last)[0]).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["spend", "revenue", "roas", "cpa", "orders"],
        dimensions: [],
        filters: [{ field: "channel", op: "in", values: ["display"] }],
        timeRange: { from: "2025-11-01", to: "2026-10-31" },
      },
    });
  });

  it("asks the targets again when they are pointed back at", () => {
    const last = lastPlanOfThread("do we have any targets", "are we on pace with them in q3");
    expect(calls(last)[0]).toMatchObject({
      name: "query_metrics",
      args: { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
    });
    expect(last.kind === "tool_calls" && last.notes).toContain(
      "Each figure below is held against its target, where one is set.",
    );
  });
});
