/**
 * Cases for fix20d's kinds (session 25): a why asked of one point of a series (its peak, or a month
 * named), a bare why after a platform's claim beside ours, the profit the ads made, the weekly
 * meeting's numbers, a paragraph about how email did, and a bid strategy (not in the data, the
 * nearest offered). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, notNone, P, qm, why } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");
const GAP_METRICS = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];
const metaGap = qm({
  metrics: GAP_METRICS,
  dimensions: ["campaign"],
  filters: [f("platform", "meta_ads"), notNone("campaign")],
  timeRange: P.oct,
  orderBy: [{ field: "platform_conversions_minus_tracked", direction: "desc" }],
});
const aovSeries = qm({
  metrics: ["average_order_value"],
  dimensions: ["date"],
  grain: "month",
  timeRange: YEAR,
});

export const FIX20D_CASES: SourceCase[] = [
  {
    id: "fix20d.series-peak-why",
    tags: ["conversation", "explain"],
    turns: [
      { question: "monthly aov", expect: aovSeries },
      {
        question: "what drove the peak?",
        expect: {
          calls: [
            {
              name: "query_metrics",
              args: {
                metrics: ["average_order_value"],
                dimensions: ["date"],
                filters: [],
                grain: "month",
                timeRange: YEAR,
                orderBy: [{ field: "average_order_value", direction: "desc" }],
                limit: 1,
              },
            },
            {
              name: "explain_change",
              args: {
                metric: "average_order_value",
                period: P.range("2026-01-01", "2026-01-31"),
                compareTo: "previous_period",
                dimensions: ["channel", "campaign"],
                filters: [],
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix20d.series-named-month-why",
    tags: ["conversation", "explain"],
    turns: [
      {
        question: "orders by month",
        expect: qm({ metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: YEAR }),
      },
      {
        question: "how come it dipped in march?",
        expect: why({
          metric: "orders",
          period: P.range("2026-03-01", "2026-03-31"),
          compareTo: P.range("2026-02-01", "2026-02-28"),
          dimensions: ["channel", "campaign"],
          filters: [],
        }),
      },
    ],
  },
  {
    id: "fix20d.platform-gap-bare-why",
    tags: ["conversation", "platforms"],
    turns: [
      { question: "meta reported conversions vs our orders by campaign last month", expect: metaGap },
      { question: "why would that be?", expect: metaGap },
    ],
  },
  {
    id: "fix20d.ads-profit",
    tags: ["profitability"],
    questions: ["what did our ads make us in profit last month"],
    expect: { calls: [{ name: "profitability", args: { analysis: "channel_profit", period: P.oct } }] },
  },
  {
    id: "fix20d.weekly-meeting-numbers",
    tags: ["comparison", "time"],
    questions: ["numbers for the monday standup", "prep me for tomorrow's team meeting"],
    expect: cmp({
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["channel"],
      period: P.lastWeek,
      compareTo: P.weekBefore,
    }),
  },
  {
    id: "fix20d.email-paragraph",
    tags: ["email"],
    questions: [
      "draft a short paragraph on how email went last month",
      "write up a quick blurb on email for october",
    ],
    expect: qm({
      metrics: [
        "email_sends",
        "email_opens",
        "email_open_rate",
        "email_clicks",
        "email_click_rate",
        "email_revenue",
      ],
      timeRange: P.oct,
    }),
  },
  {
    id: "fix20d.bid-strategy-nearest",
    tags: ["honesty"],
    questions: ["is smart bidding working", "did switching to target roas bidding help?"],
    expect: qm({
      metrics: ["roas", "cpc"],
      dimensions: ["date"],
      grain: "month",
      filters: [f("channel", "paid_search")],
      timeRange: YEAR,
    }),
  },
];
