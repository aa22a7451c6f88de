/**
 * Phrasings for session 26's fixes (fix21f): a direction asked against a named comparison (the two
 * periods compared, traffic as sessions); how a credited metric is computed (its definition, then
 * the default model and lookback); a platform's figure set against the attributed one (the
 * platform gap). Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const ORGANIC = [{ field: "channel", op: "in", values: ["organic_search"] }];
const REVENUE_GAP = [
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];
/** Both sides of the gap, conversions then revenue. */
const GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  ...REVENUE_GAP,
];

export const FIX21F: PhrasingRow[] = [
  [
    "did organic traffic grow q3 vs q2",
    "compare_periods",
    {
      metrics: ["sessions"],
      filters: ORGANIC,
      period: { from: "2026-07-01", to: "2026-09-30" },
      compareTo: { from: "2026-04-01", to: "2026-06-30" },
    },
  ],
  [
    "has direct traffic picked up? last 2 months vs the 2 before",
    "compare_periods",
    {
      metrics: ["sessions"],
      filters: [{ field: "channel", op: "in", values: ["direct"] }],
      period: { from: "2026-09-01", to: "2026-10-31" },
      compareTo: { from: "2026-07-01", to: "2026-08-31" },
    },
  ],
  [
    "is organic traffic growing compared to the prior 3 months",
    "compare_periods",
    {
      metrics: ["sessions"],
      filters: ORGANIC,
      period: { from: "2026-08-01", to: "2026-10-31" },
      compareTo: { from: "2026-05-01", to: "2026-07-31" },
    },
  ],
  [
    "r referral sessions going up vs the previous 90 days",
    "compare_periods",
    { metrics: ["sessions"], period: { from: "2026-08-03", to: "2026-10-31" } },
  ],
  [
    "are tiktok orders declining compared with the previous period",
    "compare_periods",
    { metrics: ["orders"], filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }] },
  ],
  ["organic traffic vs last month", "compare_periods", { metrics: ["sessions"], filters: ORGANIC }],
  ["how do you calculate roas - what model and window?", "describe_metric", { metric: "roas" }],
  ["roas formula? model? window?", "describe_metric", { metric: "roas" }],
  [
    "explain how you work out ROAS, which attribution model, what lookback",
    "describe_metric",
    { metric: "roas" },
  ],
  ["whats the attribution window and model behind the roas figures", "describe_metric", { metric: "roas" }],
  ["how do u compute roas? last click? how many days lookback?", "describe_metric", { metric: "roas" }],
  ["how is roas calculated", "describe_metric", { metric: "roas" }],
  [
    "why does facebook report more revenue than the attributed revenue",
    "query_metrics",
    { metrics: GAP, filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  [
    "whats the diff between google ads reported revenue and our attributed revenue in q3",
    "query_metrics",
    { metrics: GAP, timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "reconcile meta platform revenue with attributed revenue",
    "query_metrics",
    { metrics: GAP, filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  [
    "how come tiktok's conversions are higher than attributed conversions?",
    "query_metrics",
    { metrics: GAP },
  ],
  ["why r meta numbers diffrent from attributed", "query_metrics", { metrics: GAP }],
  [
    "explain the gap between what google ads claims and the attributed numbers for paid search",
    "query_metrics",
    { metrics: [...GAP, "spend", "roas", "platform_roas"] },
  ],
];
