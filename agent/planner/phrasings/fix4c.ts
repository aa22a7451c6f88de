/**
 * Phrasings for session 9's fix4c work: a threshold on the rows stated in a ranking ("campaigns
 * that spent over $800"), a target stated in the question ("we aim for a ROAS of 3"), two
 * campaigns named side by side, and questions asking in part for data that does not exist
 * (influencers, ad reach, a named company's figures). Written by hand as my own wordings; the
 * blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const FIX4C: PhrasingRow[] = [
  [
    "best roas by campaign in september among campaigns that spent over $800",
    "query_metrics",
    {
      metrics: ["roas", "spend"],
      dimensions: ["campaign"],
      filters: [
        {
          field: "campaign",
          op: "neq",
          value: null,
        },
        {
          field: "spend",
          op: "gt",
          value: 800,
        },
      ],
      timeRange: {
        from: "2026-09-01",
        to: "2026-09-30",
      },
      orderBy: [
        {
          field: "roas",
          direction: "desc",
        },
      ],
    },
  ],
  [
    "rank channels by cpa last quarter, only channels with at least 2k in spend",
    "query_metrics",
    {
      metrics: ["cpa", "spend"],
      dimensions: ["channel"],
      filters: [
        {
          field: "spend",
          op: "gte",
          value: 2000,
        },
      ],
      timeRange: {
        from: "2026-07-01",
        to: "2026-09-30",
      },
    },
  ],
  [
    "which platforms spending more than 5000 dollars had the lowest cpa in august",
    "query_metrics",
    {
      metrics: ["cpa", "spend"],
      dimensions: ["platform"],
      filters: [
        {
          field: "spend",
          op: "gt",
          value: 5000,
        },
      ],
      timeRange: {
        from: "2026-08-01",
        to: "2026-08-31",
      },
      orderBy: [
        {
          field: "cpa",
          direction: "asc",
        },
      ],
    },
  ],
  [
    "roas by platform in september, we aim for a roas of 3",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["platform"],
      filters: [],
      timeRange: {
        from: "2026-09-01",
        to: "2026-09-30",
      },
      statedTargets: [
        {
          metric: "roas",
          target: 3,
        },
      ],
    },
  ],
  [
    "cac by channel last month against a $55 cac target",
    "query_metrics",
    {
      metrics: ["cac"],
      dimensions: ["channel"],
      filters: [],
      timeRange: {
        from: "2026-10-01",
        to: "2026-10-31",
      },
      statedTargets: [
        {
          metric: "cac",
          target: 55,
        },
      ],
    },
  ],
  [
    "cpa per campaign in q3 where our goal cpa is $60",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["campaign"],
      filters: [
        {
          field: "campaign",
          op: "neq",
          value: null,
        },
      ],
      timeRange: {
        from: "2026-07-01",
        to: "2026-09-30",
      },
      statedTargets: [
        {
          metric: "cpa",
          target: 60,
        },
      ],
    },
  ],
  [
    "how do brand search and summer sale compare on roas in september",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [
        {
          field: "campaign",
          op: "in",
          values: [1004, 1005],
        },
        {
          field: "campaign",
          op: "neq",
          value: null,
        },
      ],
      timeRange: {
        from: "2026-09-01",
        to: "2026-09-30",
      },
    },
  ],
  [
    "summer sale versus bf24 retargeting spend and cpa in q3",
    "query_metrics",
    {
      metrics: ["spend", "cpa"],
      dimensions: ["campaign"],
      filters: [
        {
          field: "campaign",
          op: "in",
          values: [1005, 1002],
        },
        {
          field: "campaign",
          op: "neq",
          value: null,
        },
      ],
      timeRange: {
        from: "2026-07-01",
        to: "2026-09-30",
      },
    },
  ],
  [
    "any benchmark for how our cpc compares to Nike's?",
    "query_metrics",
    {
      metrics: ["cpc"],
      dimensions: [],
      filters: [],
      timeRange: {
        from: "2026-10-02",
        to: "2026-10-31",
      },
    },
  ],
  [
    "which content creators brought in the most orders in september",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["campaign"],
      // fix7s: limited to the campaigns named for creators (unavailable-market.ts).
      filters: [
        {
          field: "campaign",
          op: "neq",
          value: null,
        },
        { field: "campaign", op: "in", values: [1006] },
      ],
      timeRange: {
        from: "2026-09-01",
        to: "2026-09-30",
      },
      orderBy: [
        {
          field: "orders",
          direction: "desc",
        },
      ],
    },
  ],
  [
    "how many unique people did our tiktok ads reach in october",
    "query_metrics",
    {
      metrics: ["impressions"],
      dimensions: [],
      filters: [
        {
          field: "platform",
          op: "in",
          values: ["tiktok_ads"],
        },
      ],
      timeRange: {
        from: "2026-10-01",
        to: "2026-10-31",
      },
    },
  ],
  [
    "what was our ad frequency on meta last month",
    "query_metrics",
    {
      // fix18f: frequency's nearest is impressions, clicks and CTR (reach is missing).
      metrics: ["impressions", "clicks", "ctr"],
      dimensions: [],
      filters: [
        {
          field: "platform",
          op: "in",
          values: ["meta_ads"],
        },
      ],
      timeRange: {
        from: "2026-10-01",
        to: "2026-10-31",
      },
    },
  ],
];
