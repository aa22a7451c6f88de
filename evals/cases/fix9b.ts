/**
 * Cases for session 14's fix9b kinds: another tool's words (GA4's channel grouping and key
 * events, Meta's cost per result, Shopify's sessions converted and returning customer rate) read
 * as the nearest measure or breakdown. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { cmp, P, qm } from "./helpers.ts";

const cohorts = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "cohorts", args }] });

export const FIX9B_CASES: SourceCase[] = [
  {
    id: "fix9b.churn-as-no-return",
    tags: ["cohorts", "vocabulary"],
    questions: ["what's our customer churn rate?", "how many customers churned by first touch channel"],
    expect: cohorts({ period: P.range("2025-11-01", "2026-10-31"), groupBy: "first_touch_channel" }),
  },
  {
    id: "fix9b.returning-share-compare",
    tags: ["comparison", "customers"],
    questions: ["returning customer rate in september against august", "repeat customer % sept vs aug"],
    expect: cmp({ metrics: ["returning_customer_rate"], period: P.sep, compareTo: P.aug }),
  },
  {
    id: "fix9b.returning-share-by-channel",
    tags: ["query", "customers"],
    questions: ["returning customer percentage by channel in q3"],
    expect: qm({ metrics: ["returning_customer_rate"], dimensions: ["channel"], timeRange: P.q3 }),
  },
  {
    id: "fix9b.ga4-grouping-bounces",
    tags: ["query", "vocabulary"],
    questions: [
      "bounce rate per default channel grouping in september",
      "sept bounce rate by session default channel group",
    ],
    expect: qm({ metrics: ["bounce_rate"], dimensions: ["channel"], timeRange: P.sep }),
  },
  {
    id: "fix9b.key-events-by-channel",
    tags: ["query", "vocabulary"],
    questions: ["key events per channel in september"],
    expect: qm({ metrics: ["orders"], dimensions: ["channel"], timeRange: P.sep }),
  },
  {
    id: "fix9b.shopify-sessions-converted",
    tags: ["query", "vocabulary"],
    questions: ["sessions converted % in september", "what percent of sessions converted in sept"],
    expect: qm({ metrics: ["conversion_rate"], timeRange: P.sep }),
  },
];
