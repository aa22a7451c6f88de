/**
 * Phrasings for fix12e's kinds (session 17): a product collection or category (not tracked) as
 * the campaigns named after it, said so first; the funnel's drop-off asked as "which step loses
 * people"; a slide or one-pager of a period as that period against the one before. My own
 * wordings (the test context's campaigns); the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const campaigns = (...values: number[]) => [
  { field: "campaign", op: "neq", value: null },
  { field: "campaign", op: "in", values },
];

export const FIX12E: PhrasingRow[] = [
  // untracked-merch.ts: the campaigns named after the collection, every day of data by default.
  [
    "how is the summer collection selling",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: campaigns(1005),
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "revenue from our spring launch product line in q2",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: campaigns(1006),
      timeRange: { from: "2026-04-01", to: "2026-06-30" },
    },
  ],
  // Two categories set side by side on growth: each one's campaigns, the later months against the earlier.
  [
    "spring collection or summer collection: which category is trending up more",
    "compare_periods",
    { dimensions: ["campaign"], filters: campaigns(1006, 1005) },
  ],
  // funnel-intent.ts: the step that loses people, "ppl" read as people.
  ["at which stage do most shoppers give up", "funnel", {}],
  ["which step loses the most visitors", "funnel", {}],
  ["where do ppl bail on the site", "funnel", {}],
  // business-shorthand.ts: a slide or one-pager of a period, against the period before.
  [
    "a quick slide on august by platform for the client",
    "compare_periods",
    {
      dimensions: ["platform"],
      period: { from: "2026-08-01", to: "2026-08-31" },
      compareTo: { from: "2026-07-01", to: "2026-07-31" },
    },
  ],
  [
    "one pager for my boss on last quarter",
    "compare_periods",
    { dimensions: ["channel"], period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "can you make me a slide for last month",
    "compare_periods",
    { period: { from: "2026-10-01", to: "2026-10-31" }, compareTo: { from: "2026-09-01", to: "2026-09-30" } },
  ],
];
