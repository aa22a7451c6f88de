/**
 * Cases for fix19f (session 24): what was made after the ads, email list growth (not in the data:
 * sends and unsubscribes by month), whether to send more emails, the payback on one channel's
 * customers, a bare metric follow-up keeping the previous period and filters, and both ways of a
 * comparison asked at once. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");
const trend = (metrics: string[], timeRange: unknown): Expectation => ({
  calls: [{ name: "query_metrics", args: { metrics, dimensions: ["date"], grain: "month", timeRange } }],
});

export const FIX19F_CASES: SourceCase[] = [
  {
    id: "fix19f.made-after-ads",
    tags: ["profitability"],
    questions: ["what did we bring in after ad costs in q3", "q3 sales minus ad spend?"],
    expect: { calls: [{ name: "profitability", args: { analysis: "contribution_margin", period: P.q3 } }] },
  },
  {
    id: "fix19f.list-growth",
    tags: ["email", "honesty"],
    questions: ["has our newsletter list grown this year", "email subscriber growth ytd"],
    expect: trend(["email_sends", "email_unsubscribes"], P.ytd),
  },
  {
    id: "fix19f.send-more-emails",
    tags: ["email"],
    questions: ["should we be sending more emails", "worth emailing our list more often?"],
    expect: trend(["email_sends", "email_revenue_per_send", "email_unsubscribe_rate", "email_revenue"], YEAR),
  },
  {
    id: "fix19f.channel-customer-payback",
    tags: ["cohorts"],
    questions: ["what's the payback on customers from affiliate"],
    expect: {
      calls: [
        {
          name: "cohorts",
          args: {
            period: P.range("2025-11-01", "2026-10-31"),
            groupBy: "first_touch_channel",
            show: "payback",
          },
        },
      ],
    },
  },
  {
    id: "fix19f.bare-metric-follow-up",
    tags: ["followup"],
    turns: [
      {
        question: "clicks for paid search in september",
        expect: qm({ metrics: ["clicks"], filters: [f("channel", "paid_search")], timeRange: P.sep }),
      },
      {
        question: "cpc?",
        expect: qm({ metrics: ["cpc"], filters: [f("channel", "paid_search")], timeRange: P.sep }),
      },
    ],
  },
  {
    id: "fix19f.both-ways",
    tags: ["followup", "compare"],
    turns: [
      {
        question: "sessions by channel october vs september",
        expect: cmp({ metrics: ["sessions"], dimensions: ["channel"], period: P.oct, compareTo: P.sep }),
      },
      {
        question: "which ones rose and which fell",
        expect: cmp({ metrics: ["sessions"], dimensions: ["channel"], period: P.oct, compareTo: P.sep }),
      },
    ],
  },
];
