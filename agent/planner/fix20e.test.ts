/**
 * fix20e: catalog misses read first as what they name: money lost to returns (untracked, said
 * first), whether a channel did anything (the verdict with its holdout), the tests run with which
 * worked (the list and the holdouts), a name a send and ad campaigns share (both), and campaign
 * words listed without their commas (each its own campaigns).
 */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

const campaign = (value: string, label: string): DimensionValue => ({
  dimension: "campaign",
  value,
  label,
  aliases: [],
});

/** The acme campaigns these asks name (the demo values have other names). */
const ACME_VALUES: DimensionValue[] = [
  ...DEMO_DIMENSION_VALUES.filter((v) => v.dimension !== "campaign" && v.dimension !== "email_campaign"),
  campaign("1008", "Holiday25 - Display - Gift Guide"),
  campaign("1013", "Holiday25 - Gift Guide - Carousel"),
  campaign("1014", "Summer26 - Camping Collection - Video"),
  campaign("1018", "Affiliate - Coupon & Deal Sites"),
  campaign("1019", "Affiliate - Gear Review Publishers"),
  campaign("1020", "Affiliate - Cashback & Loyalty"),
  campaign("1001", "Search - Brand - Exact"),
  { dimension: "email_campaign", value: "Holiday Gift Guide", label: "Holiday Gift Guide", aliases: [] },
  {
    dimension: "email_campaign",
    value: "Fall Camping Collection",
    label: "Fall Camping Collection",
    aliases: [],
  },
];

const plan = (q: string, values?: DimensionValue[]) => {
  const p = planQuestion(q, testContext(values ? { dimensionValues: values } : {}));
  if (p.kind !== "tool_calls") throw new Error(`${q}: ${p.kind}`);
  return p;
};

describe("money lost to returns", () => {
  it.each([
    ["how much revenue did returns eat last month", { from: "2026-10-01", to: "2026-10-31" }],
    ["revenue we lost to returns in q2", { from: "2026-04-01", to: "2026-06-30" }],
    ["what did returns cost us in september", { from: "2026-09-01", to: "2026-09-30" }],
    ["how much did we lose from retuns last month", { from: "2026-10-01", to: "2026-10-31" }],
  ])("%s says returns are not tracked, then orders and revenue", (q, timeRange) => {
    const p = plan(q);
    expect(p.notes?.[0]).toMatch(/^Returns and refunds are not tracked/);
    expect(p.calls).toEqual([
      {
        name: "query_metrics",
        args: { metrics: ["orders", "revenue"], dimensions: [], filters: [], timeRange },
      },
    ]);
  });
  it("leaves the best returns by channel a return on spend", () => {
    expect(plan("best returns by channel last month").notes ?? []).not.toContain(
      expect.stringMatching(/not tracked/),
    );
  });
});

describe("whether a channel did anything", () => {
  const summer = { from: "2026-06-01", to: "2026-08-31" };
  it.each([
    "did display do anything for us this summer",
    "has display moved the needle this summer",
    "did display make a difference this summer",
  ])("%s: the verdict, break-even and the channel's holdout", (q) => {
    expect(plan(q).calls.map((c) => [c.name, c.args.analysis ?? null])).toEqual([
      ["compare_periods", null],
      ["profitability", "break_even"],
      ["campaigns", "holdout"],
    ]);
    expect(plan(q).calls[2]!.args).toEqual({ analysis: "holdout", channel: "display", around: summer });
  });
  it("keeps 'worth it' as it was (no holdout)", () => {
    expect(plan("was display worth it this summer").calls.map((c) => c.name)).toEqual([
      "compare_periods",
      "profitability",
    ]);
  });
  it("reads 'anything unusual' as no verdict", () => {
    expect(plan("did display do anything unusual last week").calls.map((c) => c.name)).not.toContain(
      "campaigns",
    );
  });
});

describe("tests run and which worked", () => {
  const year = { from: "2026-01-01", to: "2026-11-01" };
  it.each([
    "tests we ran this yr - which ones were successful?",
    "what did we test this year and what happened",
    "list this year's experiments with their results",
  ])("%s: the planned changes, then the holdouts", (q) => {
    expect(plan(q).calls).toEqual([
      { name: "campaigns", args: { analysis: "planned", period: year } },
      { name: "campaigns", args: { analysis: "holdout", around: year } },
    ]);
  });
  it("keeps a channel named", () => {
    expect(plan("which paid search tests worked").calls.map((c) => c.args.channel)).toEqual([
      "paid_search",
      "paid_search",
    ]);
  });
  it("leaves the list alone and the results alone as they were", () => {
    expect(plan("what tests have we run this year").calls.map((c) => c.args.analysis)).toEqual(["planned"]);
    expect(plan("did our recent tests work").calls.map((c) => c.args.analysis)).toEqual(["holdout"]);
  });
});

describe("a name a send and ad campaigns share", () => {
  const all = { from: "2025-11-01", to: "2026-10-31" };
  it("answers the ad campaigns, then the send", () => {
    expect(plan("how did all the holiday gift guide stuff do", ACME_VALUES).calls).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["revenue", "spend", "roas", "orders"],
          dimensions: ["campaign"],
          filters: [{ field: "campaign", op: "in", values: [1008, 1013] }],
          timeRange: all,
        },
      },
      {
        name: "query_metrics",
        args: {
          metrics: ["email_sends", "email_opens", "email_clicks", "email_open_rate", "email_click_rate"],
          dimensions: [],
          filters: [{ field: "email_campaign", op: "in", values: ["Holiday Gift Guide"] }],
          timeRange: all,
        },
      },
    ]);
  });
  it("answers the ads alone when ads are said, the send alone when email is", () => {
    expect(
      plan("how did the holiday gift guide ads do", ACME_VALUES).calls.map((c) => c.args.metrics),
    ).toEqual([["revenue", "spend", "roas", "orders"]]);
    // fix21e: a send's results come with the other promos' beside them; no ad campaign is read.
    const sendOnly = (q: string) =>
      plan(q, ACME_VALUES).calls.every((c) => JSON.stringify(c.args.filters).includes("email_campaign"));
    expect(sendOnly("how did the holiday gift guide email do")).toBe(true);
  });
  it("leaves a send whose whole name no ad campaign holds the send", () => {
    expect(
      plan("how did the fall camping collection campaign do", ACME_VALUES).calls.every((c) =>
        JSON.stringify(c.args.filters).includes("email_campaign"),
      ),
    ).toBe(true);
  });
});

describe("campaign words listed without commas", () => {
  it.each([
    "which affiliate is best: coupon sites, review publishers or cashback",
    "compare the coupon, review and cashback partners",
    "which affiliate partner type works best - coupon, review or cashback",
  ])("%s: each word's campaigns, side by side", (q) => {
    const args = plan(q, ACME_VALUES).calls[0]!.args;
    expect(args.dimensions).toEqual(["campaign"]);
    expect(args.filters).toContainEqual({ field: "campaign", op: "in", values: [1018, 1019, 1020] });
  });
});
