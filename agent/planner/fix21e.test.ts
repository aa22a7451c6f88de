/**
 * fix21e: plain words for the core's measures. Money back per ad dollar is ROAS; what marketing
 * brought in against its spend is the ad return (paid attributed revenue, ROAS, MER); "are the
 * ads worth it" judges paid advertising against break-even, and a bare cut after it names the
 * campaigns to cut; whether one email send worked is its rates against the other promos'; "wich"
 * is which, and "sold nothing" / "didn't get any sales" / "despite spend" read the zero result.
 * Own wordings; the blind sets are held out.
 */
import { describe, expect, it } from "vitest";
import { cutAfterVerdict } from "./cut-after-verdict.ts";
import { rewritePerAdDollar } from "./per-ad-dollar.ts";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue, Plan } from "./types.ts";

const plan = (q: string, previous?: Plan) => planQuestion(q, testContext(previous ? { previous } : {}));
const first = (p: Plan) => (p.kind === "tool_calls" ? p.calls[0] : undefined);

describe("rewritePerAdDollar", () => {
  it.each([
    ["how much do we make back for every dollar we put into ads", "return on ad spend"],
    ["simply put what does a dollar in ads earn us", "return on ad spend"],
    ["for every buck we spend on facebook how much do we make", "return on ad spend of facebook"],
    ["how many dollars of revenue per ad dollar this year", "return on ad spend this year"],
    ["roas by channel", "roas by channel"],
  ])("%s -> %s", (q, out) => {
    expect(rewritePerAdDollar(q)).toBe(out);
  });
});

describe("money back per ad dollar is return on ad spend", () => {
  it.each([
    "how much do we get back per dollar of ad spend",
    "for each $1 we spend on ads how much comes back",
    "in simple terms how much revenue does each dollar of advertising bring in",
    "what does a dollar in ads earn us??",
  ])("%s: ROAS and MER, no clarification", (q) => {
    const p = plan(q);
    expect(p.kind).toBe("tool_calls");
    expect(first(p)).toMatchObject({
      name: "query_metrics",
      args: { metrics: ["roas", "mer"], dimensions: [] },
    });
  });

  it("keeps the platform the dollar is spent on", () => {
    expect(first(plan("for every buck we spend on facebook how much do we make"))?.args).toMatchObject({
      metrics: ["roas"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    });
  });
});

describe("what marketing brought in against what it cost", () => {
  it.each([
    ["what did our marketing bring in this year compared to what it cost", "2026-01-01"],
    ["marketing revenue vs spend this yr", "2026-01-01"],
    ["how much in sales did our advertising produce this year against what we spent", "2026-01-01"],
    ["what revenue did the ads drive in october vs spend", "2026-10-01"],
  ])("%s: one total of paid attributed revenue, ROAS, MER and spend", (q, from) => {
    const call = first(plan(q));
    expect(call?.name).toBe("query_metrics");
    expect(call?.args.dimensions).toEqual([]);
    expect([...((call?.args.metrics ?? []) as string[])].sort()).toEqual(
      ["mer", "paid_attributed_revenue", "roas", "spend"].sort(),
    );
    expect((call?.args.timeRange as { from: string } | undefined)?.from).toBe(from);
  });
});

describe("are the ads worth it", () => {
  it.each([
    "is our advertising worth it",
    "r the ads worth the money",
    "is advertising worth the spend for us",
  ])("%s: paid ROAS against the period before and break-even", (q) => {
    const p = plan(q);
    expect(p.kind === "tool_calls" && p.calls.map((c) => c.name)).toEqual([
      "compare_periods",
      "profitability",
    ]);
    expect(first(p)?.args).toMatchObject({
      metrics: ["roas"],
      filters: [{ field: "channel_group", op: "in", values: ["paid"] }],
    });
  });

  it.each(["what should i cut?", "so what do we turn off", "which ones should we pause"])(
    "%s after the verdict: the campaigns to cut",
    (q) => {
      const verdict = plan("is our advertising worth it");
      expect(first(plan(q, verdict))).toEqual({ name: "recommend", args: { focus: "campaigns" } });
    },
  );

  it("leaves a cut with an object, and a cut after another answer, alone", () => {
    const verdict = plan("is our advertising worth it");
    expect(cutAfterVerdict("what should i cut on tiktok", verdict)).toBe("what should i cut on tiktok");
    expect(cutAfterVerdict("what should i cut?", plan("roas by channel last month"))).toBe(
      "what should i cut?",
    );
  });
});

describe("whether one email send worked", () => {
  const send = (label: string): DimensionValue => ({
    dimension: "email_campaign",
    value: label,
    label,
    aliases: [],
  });
  const ctx = () =>
    testContext({
      dimensionValues: [
        ...DEMO_DIMENSION_VALUES,
        ...["Labor Day Sale", "Summer Sale", "New Year Sale"].map(send),
      ],
      dataEnd: "2026-10-31",
    });
  it.each([
    ["was the new year sale email a success", "New Year Sale"],
    ["did the summer sale email perform well?", "Summer Sale"],
    ["how did the labor day sale send do", "Labor Day Sale"],
    ["was the new year sale email effective", "New Year Sale"],
  ])("%s: its counts and rates, then every promo's rates", (q, value) => {
    const p = planQuestion(q, ctx());
    expect(p.kind === "tool_calls" && p.calls.map((c) => c.name)).toEqual(["query_metrics", "query_metrics"]);
    if (p.kind !== "tool_calls") return;
    expect(p.calls[0]!.args).toMatchObject({
      metrics: [
        "email_sends",
        "email_opens",
        "email_clicks",
        "email_open_rate",
        "email_click_rate",
        "email_unsubscribe_rate",
      ],
      filters: [{ field: "email_campaign", op: "in", values: [value] }],
    });
    expect(p.calls[1]!.args).toMatchObject({
      metrics: ["email_open_rate", "email_click_rate", "email_unsubscribe_rate"],
      dimensions: ["email_campaign"],
    });
  });
});

describe("campaigns that spent and sold nothing, typos included", () => {
  const ZERO = [
    { field: "orders", op: "lte", value: 0 },
    { field: "spend", op: "gt", value: 0 },
  ];
  it.each([
    "wich campaigns had spend but no conversions in september",
    "show me camapigns that spent but sold nothing last month",
    "any campaigns with no conversions despite spend this quarter",
    "can u list the campaigns that spent $ but didnt get any sales in october",
  ])("%s: campaign rows with spend and no orders", (q) => {
    const call = first(plan(q));
    expect(call?.name).toBe("query_metrics");
    expect(call?.args.dimensions).toEqual(["campaign"]);
    expect(call?.args.filters).toEqual(expect.arrayContaining(ZERO));
  });
});
