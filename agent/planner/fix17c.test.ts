/** fix17c: experiment and budget words, and verdicts asked (own wordings; the blind sets are held out). */
import { describe, expect, it } from "vitest";
import { readActualAsk } from "./background-ask.ts";
import { changeSaid } from "./campaign-budget-change.ts";
import { planQuestion } from "./plan.ts";
import { asksStoppedWorking } from "./stopped-working-intent.ts";
import { testContext } from "./testing.ts";
import { lastPlanOfThread } from "./testing-thread.ts";

const firstCall = (q: string) => {
  const plan = planQuestion(q, testContext());
  return plan.kind === "tool_calls" ? plan.calls[0] : plan.kind;
};

describe("a told budget change stays with the ask about it", () => {
  it("keeps the story when the ask points back at the change", () => {
    const q =
      "so we bumped the affiliate budget quite a bit in september because the team wanted to test it. did the extra spend actually pay off?";
    expect(readActualAsk(q, [])).toBe(q);
  });

  it("still drops a story the ask does not point back at", () => {
    const q =
      "context: we pulled it from the google ads ui and it took forever this time. what i need is spend by platform for q3";
    expect(readActualAsk(q, [])).toBe("what i need is spend by platform for q3");
  });

  it.each([
    ["we cut paid search spend in july - did that make any revenue difference", { channel: "paid_search" }],
    ["did raising paid social in june move the needle", { channel: "paid_social" }],
    ["raised retargeting budget in march. worth it?", { campaigns: [1002] }],
  ])("%s", (q, args) => {
    expect(firstCall(q)).toMatchObject({ name: "campaigns", args: { analysis: "change", ...args } });
  });
});

describe("a direction asked as a clause is a series", () => {
  it.each([
    ["what has cvr been doin over the last 3 months", "conversion_rate"],
    ["which way is aov heading since june", "average_order_value"],
    ["where are paid social orders headed?", "orders"],
  ])("%s", (q, metric) => {
    expect(firstCall(q)).toMatchObject({
      name: "query_metrics",
      args: { metrics: [metric], dimensions: ["date"] },
    });
  });
});

describe("email list fatigue", () => {
  it("reads a rate per its own denominator as the rate (no ratio of ratio and sends)", () => {
    expect(firstCall("newsletter unsub rate per send by month")).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["email_unsubscribe_rate", "email_sends"],
        dimensions: ["date"],
        filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
        timeRange: { from: "2025-11-01", to: "2026-10-31" },
        grain: "month",
      },
    });
  });

  it("answers with the open, click and unsubscribe rates by week, the send named", () => {
    const plan = planQuestion("is the weekly newsletter fatiguing people", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["email_open_rate", "email_click_rate", "email_unsubscribe_rate", "email_sends"],
        dimensions: ["date"],
        filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
        timeRange: { from: "2026-08-10", to: "2026-10-31" },
        grain: "week",
      },
    });
  });

  it("keeps ad fatigue on the click-through rate", () => {
    expect(firstCall("any sign of ad fatigue on the retargeting campaign")).toMatchObject({
      args: { metrics: ["ctr", "impressions", "clicks"] },
    });
  });
});

describe("did it stop working", () => {
  it.each([
    "has paid social stopped working",
    "why is tiktok not working anymore",
    "display tanked?",
    "email just isnt converting like it used to",
  ])("asks it: %s", (q) => expect(asksStoppedWorking(q)).toBe(true));

  it.each(["at what spend does paid search stop working", "is the tracking pixel not working anymore"])(
    "not a performance verdict: %s",
    (q) => expect(asksStoppedWorking(q)).toBe(false),
  );

  it("plans the weekly series of what is named", () => {
    expect(firstCall("has paid social stopped working")).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["revenue", "orders", "spend", "roas"],
        dimensions: ["date"],
        filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
        timeRange: { from: "2026-08-10", to: "2026-10-31" },
        grain: "week",
      },
    });
  });

  it("declines a platform the data lacks", () => {
    expect(planQuestion("did pinterest stop working", testContext()).kind).toBe("decline");
  });
});

describe("campaign what-ifs", () => {
  it.each([
    ["what if we doubled the retargeting budget", 100],
    ["cut the retargeting campaign by 25%", -25],
    ["add 30 percent to it", 30],
    ["halve it", -50],
    ["pause it", -100],
  ])("%s", (q, percent) => expect(changeSaid(q)).toBe(percent));

  it("applies the change to the campaign named", () => {
    expect(firstCall("cut brand search budget by 30% - impact on revenue?")).toMatchObject({
      name: "recommend_budget",
      args: { changes: [{ dimension: "campaign", value: 1004, changePercent: -30 }] },
    });
  });

  it("reads a modal and a gerund as a what-if", () => {
    expect(firstCall("would cutting display hurt total revenue")).toMatchObject({
      name: "recommend_budget",
      args: { changes: [{ dimension: "channel", value: "display", changePercent: -100 }] },
    });
  });
});

describe("which campaign is driving it, after a series", () => {
  it("explains the series' change from its first month to its latest full one", () => {
    const plan = lastPlanOfThread("email revenue trend ytd", "wich partner is driving that?");
    expect(plan.kind === "tool_calls" && plan.calls[0]).toEqual({
      name: "explain_change",
      args: {
        metric: "revenue",
        period: { from: "2026-10-01", to: "2026-10-31" },
        compareTo: { from: "2026-01-01", to: "2026-01-31" },
        dimensions: ["campaign"],
        filters: [{ field: "channel", op: "in", values: ["email"] }],
      },
    });
  });

  it("compares full weeks only (the test context has no data end: the week to today is whole)", () => {
    const plan = lastPlanOfThread("paid social orders by week since august", "what campaign's behind that");
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      period: { from: "2026-10-26", to: "2026-11-01" },
      compareTo: { from: "2026-08-03", to: "2026-08-09" },
    });
  });
});
