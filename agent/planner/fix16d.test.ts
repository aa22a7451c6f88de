/** fix16d: follow-ups that keep the previous subject and change only what they name (own wordings). */
import { describe, expect, it } from "vitest";
import { correctedPart } from "./correction-turns.ts";
import { lastPlanOfThread as last } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const args = (plan: Plan, i = 0) => (plan.kind === "tool_calls" ? plan.calls[i]?.args : plan.kind);
const names = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls.map((c) => c.name) : plan.kind);

describe("an apology before the new part (fix16d)", () => {
  it("reads the part after the cue as what was meant", () => {
    expect(correctedPart("oops, display")).toBe("display");
    expect(correctedPart("my bad - organic search")).toBe("organic search");
    expect(correctedPart("no wait, affiliate")).toBe("affiliate");
    expect(correctedPart("sry google")).toBe("google");
    expect(correctedPart("sorry, thanks")).toBeUndefined();
    expect(correctedPart("sorry, what is roas?")).toBeUndefined();
  });
  it("keeps the metric and period, swapping the member", () => {
    expect(args(last("roas for paid social in august", "oops, display"))).toEqual({
      metrics: ["roas"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["display"] }],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    });
    expect(args(last("cpc on google last month", "sry tiktok"))).toMatchObject({
      metrics: ["cpc"],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    });
  });
});

describe("a figure asked of the rows shown (fix16d)", () => {
  it("keeps the ranking, its filter, period and cut, and adds the figure", () => {
    expect(
      args(
        last("the 2 display campaigns that spent the most in q2", "which one of the two drove more revenue"),
      ),
    ).toEqual({
      metrics: ["spend", "revenue"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["display"] }],
      timeRange: { from: "2026-04-01", to: "2026-06-30" },
      orderBy: [{ field: "spend", direction: "desc" }],
      limit: 2,
    });
    expect(args(last("top 5 campaigns by revenue this year", "whats their roas"))).toMatchObject({
      metrics: ["revenue", "roas"],
      limit: 5,
    });
  });
  it("a singular pointer after a full ranking keeps its top row; an email's clicks are email clicks", () => {
    expect(
      args(last("which email got the most opens last month", "and how many clicks did that one get")),
    ).toEqual({
      metrics: ["email_opens", "email_clicks"],
      dimensions: ["email_campaign"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      orderBy: [{ field: "email_opens", direction: "desc" }],
      limit: 1,
    });
    expect(args(last("which channel had the best roas in q3", "what was its spend"))).toMatchObject({
      metrics: ["roas", "spend"],
      dimensions: ["channel"],
      limit: 1,
    });
  });
});

describe("a per-day average of the rows shown (fix16d)", () => {
  it("keeps the weekday rows, each over its own count of days", () => {
    expect(args(last("which weekday has the most orders", "avg per day"))).toMatchObject({
      metrics: ["orders"],
      dimensions: ["day_of_week"],
      average: "per_day",
    });
    expect(args(last("spend by weekday in q3", "on average per day?"))).toMatchObject({
      dimensions: ["day_of_week"],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      average: "per_day",
    });
  });
  it("a breakdown or a monthly series keeps its rows, each with its average per day", () => {
    expect(args(last("spend by channel last month", "daily avg?"))).toMatchObject({
      dimensions: ["channel"],
      average: "per_day",
    });
    expect(args(last("revenue by month this year", "per day avg"))).toMatchObject({
      dimensions: ["date"],
      grain: "month",
      average: "per_day",
    });
  });
});

describe("another member after a share question (fix16d)", () => {
  it("keeps the whole breakdown, not the member filtered to 100%", () => {
    expect(args(last("what % of orders came from affiliate last month", "what about direct"))).toEqual({
      metrics: ["orders"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    });
  });
  it("a restriction still narrows", () => {
    expect(args(last("email share of revenue q3", "now only paid channels"))).toMatchObject({
      filters: [{ field: "channel_group", op: "in", values: ["paid"] }],
    });
  });
});

describe("a breakdown after a run-rate estimate (fix16d)", () => {
  it("projects each member the same way", () => {
    const plan = last("projected orders for november", "per platform");
    expect(names(plan)).toEqual(Array(4).fill("project_run_rate"));
    expect(args(plan)).toMatchObject({
      metric: "orders",
      period: { from: "2026-11-01", to: "2026-11-30" },
      pace: { from: "2026-10-01", to: "2026-10-31" },
      filters: [{ field: "platform", op: "in" }],
    });
  });
});

describe("a split by first-touch channel after journey lengths (fix16d)", () => {
  it("splits the same journeys by the channel each one started on, four channels a call", () => {
    const plan = last(
      "how many touchpoints before buying on average last quarter",
      "split by first touch channel pls",
    );
    expect(names(plan)).toEqual(["journeys", "journeys"]);
    expect(args(plan)).toMatchObject({
      analysis: "path_length",
      period: { from: "2026-07-01", to: "2026-09-30" },
      firstTouch: ["paid_search", "paid_social", "display", "email"],
    });
  });
});
