/**
 * Cases for fix12d's kinds (session 17): a choice between named campaigns to scale (their own
 * figures beside break-even, not a channel plan), two kinds of campaign named by a word (one
 * labelled total each), new customers judged against their cost by month, and what a "good" rate
 * is (no benchmark; every channel against the period before). Own wordings; the blind sets are
 * held out.
 */
import type { SourceCase } from "../types.ts";
import { f, notNone, P } from "./helpers.ts";

const LAST_90 = { from: "2026-08-03", to: "2026-10-31" };
const PROSPECTING = [1007, 1009, 1010, 1012, 1016];
const RETARGETING = [1006, 1011];

export const FIX12D_CASES: SourceCase[] = [
  {
    id: "fix12d.campaign-pick",
    tags: ["campaigns", "budget"],
    questions: ["cart abandoners or the lookalike campaign: which one do we give more budget"],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "overspend" } },
        {
          name: "query_metrics",
          args: {
            metrics: ["spend", "revenue", "roas", "orders", "cpa"],
            dimensions: ["campaign"],
            filters: [f("campaign", 1011, 1010), notNone("campaign")],
            timeRange: LAST_90,
            orderBy: [{ field: "roas", direction: "desc" }],
          },
        },
      ],
    },
  },
  {
    id: "fix12d.kinds-by-word",
    tags: ["campaigns", "groups"],
    questions: ["retargeting or prospecting on meta in q3, which gives the better return"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["roas", "cpa"],
            dimensions: ["campaign"],
            filters: [
              f("platform", "meta_ads"),
              f("campaign", ...RETARGETING, ...PROSPECTING),
              notNone("campaign"),
            ],
            timeRange: P.q3,
          },
        },
        {
          name: "query_metrics",
          args: {
            metrics: ["roas", "cpa"],
            dimensions: [],
            filters: [f("platform", "meta_ads"), f("campaign", ...RETARGETING)],
            timeRange: P.q3,
            label: "Retargeting campaigns",
          },
        },
        {
          name: "query_metrics",
          args: {
            metrics: ["roas", "cpa"],
            dimensions: [],
            filters: [f("platform", "meta_ads"), f("campaign", ...PROSPECTING)],
            timeRange: P.q3,
            label: "Prospecting campaigns",
          },
        },
      ],
    },
  },
  {
    id: "fix12d.growth-bought",
    tags: ["customers", "trend"],
    questions: [
      "are we basically paying for growth at this point",
      "is our cac climbing as we add more new customers",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["new_customers", "cac"],
            dimensions: ["date"],
            filters: [],
            timeRange: { from: "2025-11-01", to: "2026-10-31" },
            grain: "month",
          },
        },
      ],
    },
  },
  {
    id: "fix12d.good-rate",
    tags: ["honesty"],
    questions: ["what counts as a healthy cpc on paid search"],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["cpc"],
            period: { from: "2026-10-02", to: "2026-10-31" },
            compareTo: { from: "2026-09-02", to: "2026-10-01" },
            dimensions: ["channel"],
            filters: [],
          },
        },
      ],
    },
  },
];
