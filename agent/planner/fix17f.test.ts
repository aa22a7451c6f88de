/**
 * fix17f: what the spend just shown brought in, a data gap named around a tracking-loss day,
 * influencer asks with an effect verb, short metric words misspelt, rows with spend and no orders,
 * and a platform's conversions said higher than ours.
 */
import { describe, expect, it } from "vitest";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { readZeroResult } from "./metric-floor.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { lastPlanOfThread } from "./testing-thread.ts";
import { trackingLossNote, tracksSite } from "./tracking-loss-note.ts";
import type { Frame, Plan } from "./types.ts";
import { closeInPhrase } from "./typos.ts";

const AD_RETURN = ["spend", "paid_attributed_revenue", "roas", "mer"];
const firstArgs = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0]?.args : plan.kind);
const notesOf = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []) : []);

describe("what the spend just shown brought in", () => {
  it.each([
    ["how much did we spend on advertising in may", "and what did that bring in"],
    ["ad spend in june", "what did it return"],
    ["paid spend last month", "and how much revenue came from that"],
    ["what did we spend on ads q3", "wat did it bring in"],
    ["total ad spend last week", "and the return on that?"],
  ])("'%s' then '%s' is paid attributed revenue, ROAS and MER over the same period", (first, next) => {
    const before = firstArgs(planQuestion(first, testContext())) as { timeRange: unknown };
    expect(firstArgs(lastPlanOfThread(first, next))).toMatchObject({
      metrics: AD_RETURN,
      timeRange: before.timeRange,
    });
  });

  it("keeps a platform's own credit when the spend was one platform's", () => {
    expect(
      firstArgs(lastPlanOfThread("how much did tiktok spend in august", "what did that get us")),
    ).toMatchObject({
      metrics: ["spend", "revenue", "orders", "roas", "cpa"],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
    });
  });

  it("leaves 'what did that bring in' after a revenue answer alone", () => {
    const args = firstArgs(lastPlanOfThread("revenue in september", "what did that bring in")) as {
      metrics: string[];
    };
    expect(args.metrics).not.toContain("paid_attributed_revenue");
  });
});

describe("a stretch holding a tracking-loss day", () => {
  const frame = (over: Partial<Frame>): Frame => ({
    intent: "query",
    metrics: ["revenue"],
    dimensions: [],
    filters: [],
    period: { from: "2026-03-11", to: "2026-03-20", label: "mid march" },
    ...over,
  });
  const days = ["2026-03-17"];

  it("says so for tracked metrics over a short stretch", () => {
    expect(trackingLossNote(frame({}), standardCatalog, days)).toBe(
      "Tracking was lost on March 17, 2026, inside the dates below: sessions and orders that day fell far below normal while ad spend held, so orders, revenue and sessions for the stretch are undercounted. Part of any drop here is missing data, not lost demand.",
    );
  });

  it("says so when the day is in the comparison period", () => {
    const compared = frame({
      intent: "compare",
      period: { from: "2026-04-01", to: "2026-04-30", label: "april" },
      compare: { mode: "explicit", period: { from: "2026-03-01", to: "2026-03-31", label: "march" } },
    });
    expect(trackingLossNote(compared, standardCatalog, days)).toMatch(/^Tracking was lost on March 17, 2026/);
  });

  it("says nothing for ad platform metrics, long stretches or other periods", () => {
    expect(trackingLossNote(frame({ metrics: ["cpc", "spend"] }), standardCatalog, days)).toBeUndefined();
    const year = { from: "2026-01-01", to: "2026-10-31", label: "this year" };
    expect(trackingLossNote(frame({ period: year }), standardCatalog, days)).toBeUndefined();
    const oct = { from: "2026-10-01", to: "2026-10-31", label: "october" };
    expect(trackingLossNote(frame({ period: oct }), standardCatalog, days)).toBeUndefined();
  });

  it("reads tracked metrics through their formulas", () => {
    expect(tracksSite("roas", standardCatalog)).toBe(true);
    expect(tracksSite("bounce_rate", standardCatalog)).toBe(true);
    expect(tracksSite("ctr", standardCatalog)).toBe(false);
  });

  it.each([
    ["why did revenue drop in mid march", "revenue"],
    ["orders were low around march 14-19, why", "orders"],
    ["what happened to sessions in mid-march", "sessions"],
  ])("'%s' scans the days (the lost day found first)", (q, metric) => {
    const plan = planQuestion(q, testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).toBe("detect_anomalies");
    expect((firstArgs(plan) as { metrics: string[] }).metrics[0]).toBe(metric);
  });

  it("puts the note on a plain figure over those days", () => {
    expect(notesOf(planQuestion("orders march 10 to march 20", testContext()))[0]).toMatch(
      /^Tracking was lost on March 17, 2026/,
    );
    expect(notesOf(planQuestion("orders last month", testContext()))).toEqual([]);
  });
});

describe("influencer asks", () => {
  it.each([
    "how much did the influencer program drive in q3",
    "did our influncers help sales in july",
    "what has the creator program brought in this year",
  ])("'%s' gives the no-influencer-data note and the creator campaign", (q) => {
    const plan = planQuestion(q, testContext());
    expect(notesOf(plan)[0]).toMatch(/^There is no influencer data here/);
    expect((firstArgs(plan) as { filters: unknown[] }).filters).toContainEqual({
      field: "campaign",
      op: "in",
      values: [1006],
    });
  });
});

describe("short metric words misspelt", () => {
  it.each([
    ["rte", "rate", true],
    ["rat", "rate", true],
    ["ordr", "order", true],
    ["conv", "conversion", true],
    ["avg", "average", true],
    ["avg", "advertising", false],
    ["but", "budget", false],
    ["purchasers", "purchases", false],
  ])("'%s' may stand for '%s': %s", (typed, word, close) => {
    expect(closeInPhrase(typed, word)).toBe(close);
  });

  it.each([
    ["bounce rat by channel", "bounce_rate"],
    ["conv rte in october", "conversion_rate"],
    ["avg ordr value last month", "average_order_value"],
    ["add to cart rte", "add_to_cart_rate"],
    ["clik thru rate on meta", "ctr"],
  ])("'%s' reads %s", (q, metric) => {
    expect((firstArgs(planQuestion(q, testContext())) as { metrics: string[] }).metrics).toEqual([metric]);
  });
});

describe("rows with spend and no orders", () => {
  it("reads zero orders and spend above zero", () => {
    expect(readZeroResult("campaigns that burned budget with 0 conversions").floors).toEqual([
      { field: "orders", op: "lte", value: 0 },
      { field: "spend", op: "gt", value: 0 },
    ]);
    expect(readZeroResult("which campaigns spent money but got no orders").floors).toHaveLength(2);
    expect(readZeroResult("which campaigns have zero orders").floors).toEqual([]);
  });

  it("is a filtered campaign table, not a budget plan", () => {
    expect(
      firstArgs(planQuestion("campaigns wasting budget with no sales in q3", testContext())),
    ).toMatchObject({
      dimensions: ["campaign"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "orders", op: "lte", value: 0 },
        { field: "spend", op: "gt", value: 0 },
      ],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    });
  });
});

describe("a platform's conversions said higher than ours", () => {
  it.each([
    ["google ads conversions higher than ours in q3", "google_ads"],
    ["google ads conv way above our orders??", "google_ads"],
    ["tiktok claims more sales than shopify shows", "tiktok_ads"],
  ])("'%s' is that platform's claim against our tracking", (q, platform) => {
    const args = firstArgs(planQuestion(q, testContext())) as { metrics: string[]; filters: unknown[] };
    expect(args.metrics.slice(0, 3)).toEqual([
      "platform_conversions",
      "orders",
      "platform_conversions_minus_tracked",
    ]);
    expect(args.filters).toEqual([{ field: "platform", op: "in", values: [platform] }]);
  });
});
