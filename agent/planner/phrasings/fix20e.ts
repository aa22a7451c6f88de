/**
 * Phrasings for fix20e's kinds (session 25): money lost to returns (untracked, said first, then
 * orders and revenue), whether a channel did anything (the verdict with its holdout), the tests
 * run with which of them worked (the list, then the holdouts), and a member's "type" or a verb
 * ("works best") that had gone to the catalog search. Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const YEAR = { from: "2026-01-01", to: "2026-11-01" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };

export const FIX20E: PhrasingRow[] = [
  [
    "how much revenue did returns eat last month",
    "query_metrics",
    { metrics: ["orders", "revenue"], timeRange: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "what did returns cost us in september",
    "query_metrics",
    { metrics: ["orders", "revenue"], timeRange: SEP },
  ],
  ["returns losses ytd", "query_metrics", { metrics: ["orders", "revenue"], timeRange: YEAR }],
  [
    "revenue we lost to returns in q2",
    "query_metrics",
    { metrics: ["orders", "revenue"], timeRange: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  [
    "did paid social make a difference in september",
    "compare_periods",
    { metrics: ["roas"], period: SEP, filters: [{ field: "channel", op: "in", values: ["paid_social"] }] },
  ],
  [
    "did display help at all in june",
    "compare_periods",
    { metrics: ["roas"], filters: [{ field: "channel", op: "in", values: ["display"] }] },
  ],
  [
    "has affiliate moved the needle this summer",
    "compare_periods",
    { metrics: ["roas"], filters: [{ field: "channel", op: "in", values: ["affiliate"] }] },
  ],
  [
    "is display actually doing anything",
    "compare_periods",
    { metrics: ["roas"], filters: [{ field: "channel", op: "in", values: ["display"] }] },
  ],
  ["tests we ran this yr - which ones were successful?", "campaigns", { analysis: "planned", period: YEAR }],
  ["what did we test this year and what happened", "campaigns", { analysis: "planned", period: YEAR }],
  ["which paid search tests worked", "campaigns", { analysis: "planned", channel: "paid_search" }],
  [
    "what experiments did we do in 2026 and did they work?",
    "campaigns",
    { analysis: "planned", period: { from: "2026-01-01", to: "2026-12-31" } },
  ],
  [
    "what type of affiliate partner performs best this year",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [
        { field: "channel", op: "in", values: ["affiliate"] },
        { field: "campaign", op: "neq", value: null },
      ],
      timeRange: YEAR,
    },
  ],
  [
    "which kind of campaign works best for us",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "desc" }] },
  ],
];
