/**
 * Phrasings for fix12d's kinds (session 17): judgement asks and named groups compared. A choice
 * between named campaigns to scale (their own figures, not a channel plan), two kinds of campaign
 * named by a word (one total each), new customers judged against their cost, and what a "good"
 * rate is (no benchmark; every channel's rate against the period before). My own wordings; the
 * blind sets (evals/blind/) are held out. Demo campaigns: testing.ts (1001 BF24 prospecting, 1002
 * BF24 retargeting, 1005 summer sale prospecting, 1004 brand search).
 */
import type { PhrasingRow } from "./index.ts";

const GROWTH = { metrics: ["new_customers", "cac"], dimensions: ["date"], grain: "month" };

export const FIX12D: PhrasingRow[] = [
  // campaign-pick-intent.ts: break-even first, then the campaigns' own rows.
  [
    "do we put the extra money behind summer sale prospecting or bf24 retargeting",
    "profitability",
    { analysis: "overspend" },
  ],
  [
    "bf24 prospecting vs the brand search campaign: which deserves more budget",
    "profitability",
    { analysis: "overspend" },
  ],
  [
    "which one should we lean into, brand search or summer sale prospecting",
    "profitability",
    { analysis: "overspend" },
  ],
  // word-side-groups.ts: the campaigns' rows, then one labelled total per kind.
  [
    "prospecting or retargeting: which one gives us better returns this year",
    "query_metrics",
    { metrics: ["roas", "cpa"], dimensions: ["campaign"] },
  ],
  ["retargeting vs prospecting roas in q3", "query_metrics", { metrics: ["roas"], dimensions: ["campaign"] }],
  [
    "retargeting or prospecting cpa last quarter, which is cheaper",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["campaign"] },
  ],
  // growth-cost-judged.ts: both series by month, with the verdict's placeholder.
  ["are we basically paying for growth at this point", "query_metrics", GROWTH],
  [
    "is our cac climbing as we add more new customers",
    "query_metrics",
    { metrics: ["cac", "new_customers"], dimensions: ["date"], grain: "month" },
  ],
  [
    "new customers and cac by month this year, are we growing efficiently",
    "query_metrics",
    { metrics: ["new_customers", "cac"], dimensions: ["date"] },
  ],
  // good-value-nearest.ts: no benchmark; every channel's rate against the period before.
  [
    "what counts as a healthy cpc on paid search",
    "compare_periods",
    { metrics: ["cpc"], dimensions: ["channel"], filters: [] },
  ],
  [
    "is a 2% click-through rate decent for meta",
    "compare_periods",
    { metrics: ["ctr"], dimensions: ["channel"], filters: [] },
  ],
  [
    "what cpc should we expect on meta",
    "compare_periods",
    { metrics: ["cpc"], dimensions: ["channel"], filters: [] },
  ],
];
