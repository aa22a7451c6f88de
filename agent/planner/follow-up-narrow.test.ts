/** fix18a: follow-ups that narrow, split or re-point the previous answer's rows. */
import { describe, expect, it } from "vitest";
import { changeThreshold } from "./change-threshold.ts";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import { callsOf, lastPlanOfThread } from "./testing-thread.ts";
import type { DimensionValue, Plan } from "./types.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

describe("the rows that moved a way", () => {
  it.each([
    ["only the ones that dropped", "down"],
    ["which of those declined?", "down"],
    ["show me just the channels that grew", "up"],
    ["keep only those that increased", "up"],
    ["just the decliners", "down"],
  ])("'%s' reads a move %s of any size", (q, direction) => {
    expect(changeThreshold(q)).toEqual({ kind: "move", direction, absolute: 0, strict: true, any: true });
  });

  it.each(["which went up and which went down", "break it down by campaign", "why did revenue go down"])(
    "'%s' reads no move of the rows",
    (q) => {
      expect(changeThreshold(q)).toBeUndefined();
    },
  );

  it.each(["only the ones that dropped", "filter to the ones that went up", "ok which of them fell"])(
    "'%s' after a comparison by channel keeps the same comparison (the presenter filters)",
    (q) => {
      const first = "compare revenue by channel last month vs the month before";
      expect(callsOf(lastPlanOfThread(first, q))).toEqual(callsOf(lastPlanOfThread(first)));
    },
  );

  it("puts a metric the turn names first, since the presenter filters on the first", () => {
    const plan = lastPlanOfThread(
      "compare october to september for every channel",
      "only the ones where orders dropped",
    );
    expect(callsOf(plan)).toEqual([
      {
        name: "compare_periods",
        args: {
          metrics: ["orders", "revenue", "spend", "roas"],
          dimensions: ["channel"],
          filters: [],
          period: OCT,
          compareTo: SEP,
        },
      },
    ]);
  });

  it("turns one period's breakdown into that period against the one before", () => {
    const plan = lastPlanOfThread("spend by campaign in october", "which ones went down");
    expect(callsOf(plan)).toEqual([
      {
        name: "compare_periods",
        args: { metrics: ["spend"], dimensions: ["campaign"], filters: [], period: OCT, compareTo: SEP },
      },
    ]);
  });
});

describe("journeys kept to a first touch", () => {
  it.each([
    ["just the ones that started with paid social", ["paid_social"]],
    ["filter to customers who first came in through organic search", ["organic_search"]],
    ["what about people who started on facebook", ["meta_ads"]],
    ["same but only first touch tiktok", ["tiktok_ads"]],
  ])("'%s' after top paths keeps the paths that began on %j", (q, firstTouch) => {
    const plan = lastPlanOfThread("most common customer journeys last quarter", q);
    expect(callsOf(plan)).toEqual([
      { name: "journeys", args: { analysis: "top_paths", period: Q3, firstTouch } },
    ]);
  });

  it("leaves a touch anywhere on the path to the journeys reader", () => {
    const plan = lastPlanOfThread("top converting paths last quarter", "only paths that include email");
    expect(callsOf(plan)).not.toEqual([
      { name: "journeys", args: { analysis: "top_paths", period: Q3, firstTouch: ["email"] } },
    ]);
  });
});

describe("a group split into its campaigns", () => {
  it.each([
    ["show the affiliate campaigns individually", "affiliate"],
    ["split paid social into its campaigns", "paid_social"],
  ])("'%s' after spend by channel gives one row per campaign of %s", (q, channel) => {
    const plan = lastPlanOfThread("spend by channel in q3", q);
    expect(callsOf(plan)).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["spend"],
          dimensions: ["campaign"],
          filters: [{ field: "channel", op: "in", values: [channel] }],
          timeRange: Q3,
        },
      },
    ]);
  });

  it.each([
    "break non brand down by campaign",
    "nonbrand split by campaign pls",
    "unbranded ones by campaign",
  ])("'%s' after brand vs non-brand keeps the search campaigns but the brand one", (q) => {
    const plan = lastPlanOfThread("brand vs non brand search cpc in q3", q);
    expect(callsOf(plan)).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["cpc"],
          dimensions: ["campaign"],
          filters: [
            { field: "channel", op: "in", values: ["paid_search"] },
            { field: "campaign", op: "not_in", values: [1004] },
          ],
          timeRange: Q3,
        },
      },
    ]);
  });
});

/** Campaigns named by a promotion's prefix, as the database lists them (aliases from the name). */
const campaign = (id: number, label: string, alias: string): DimensionValue => ({
  dimension: "campaign",
  value: String(id),
  label,
  aliases: [label.toLowerCase(), alias],
});
const VALUES: DimensionValue[] = [
  ...DEMO_DIMENSION_VALUES.filter((v) => v.dimension !== "campaign"),
  campaign(2001, "BF25 - Search - Sitewide Deals", "bf"),
  campaign(2002, "BF25 - Sitewide - Prospecting", "bf"),
  campaign(2003, "Holiday25 - Display - Gift Guide", "holiday"),
  campaign(2004, "Holiday25 - Gift Guide - Carousel", "holiday"),
  campaign(2005, "Summer26 - Camping Collection - Video", "summer"),
  campaign(2006, "Summer26 - TikTok - Festival Camping", "summer"),
];

function threadOf(...questions: string[]): Plan {
  let plan: Plan | undefined;
  let previousQuestion: string | undefined;
  for (const q of questions) {
    plan = planQuestion(q, testContext({ previous: plan, previousQuestion, dimensionValues: VALUES }));
    previousQuestion = q;
  }
  return plan!;
}

const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const METRICS = ["revenue", "spend", "roas", "orders"];
const inCampaigns = (...ids: number[]) => ({ field: "campaign", op: "in", values: ids });

describe("a sibling group of campaigns", () => {
  it.each([
    ["now the holiday ones", [2003, 2004]],
    ["same for the summer ones", [2005, 2006]],
  ])("'%s' after the BF25 campaigns puts that group in their place", (q, ids) => {
    const plan = threadOf("how did the bf25 campaigns do", q);
    expect(callsOf(plan)).toEqual([
      {
        name: "query_metrics",
        args: { metrics: METRICS, dimensions: ["campaign"], filters: [inCampaigns(...ids)], timeRange: YEAR },
      },
    ]);
  });

  it.each(["how does that stack up against the holiday campaigns", "now put the holiday25 ones next to it"])(
    "'%s' sets the two groups side by side, one total each, with their campaigns' rows",
    (q) => {
      const plan = threadOf("how did the bf25 campaigns do", q);
      const total = (label: string, ...ids: number[]) => ({
        name: "query_metrics",
        args: { metrics: METRICS, dimensions: [], filters: [inCampaigns(...ids)], timeRange: YEAR, label },
      });
      expect(callsOf(plan)).toEqual([
        {
          name: "query_metrics",
          args: {
            metrics: METRICS,
            dimensions: ["campaign"],
            filters: [inCampaigns(2001, 2002, 2003, 2004)],
            timeRange: YEAR,
          },
        },
        total("BF25 campaigns", 2001, 2002),
        total("Holiday25 campaigns", 2003, 2004),
      ]);
    },
  );
});

describe("the targets ranked by how far off they are", () => {
  const TARGETS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];
  it.each([
    "which one are we furthest from",
    "where's the biggest gap",
    "which goal is most behind",
    "wich target are we missing by the most",
    "what are we closest to hitting",
  ])("'%s' after a targets question is the targets again, over every headline metric", (q) => {
    const plan = lastPlanOfThread("are we hitting our targets", q);
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls).toHaveLength(1);
    expect(plan.calls[0]).toMatchObject({
      name: "query_metrics",
      args: { metrics: TARGETS, dimensions: [], filters: [] },
    });
    expect(plan.calls[0]?.args.orderBy).toBeUndefined();
  });
});
