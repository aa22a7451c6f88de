/**
 * Phrasings for session 24's fix19c: every named part of the ask kept. A short jump in an ad metric
 * explained by campaign first, a Meta source typed with a slip still split by source, contribution
 * or profit after ad spend asked per channel, and "email or direct" read as two channels (not the
 * email open rate "email OR"). Written by hand; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const day = (d: string) => ({ from: d, to: d });

export const FIX19C: PhrasingRow[] = [
  [
    "what caused the jump in ad spend on june 3",
    "explain_change",
    { metric: "spend", period: day("2026-06-03"), dimensions: ["campaign", "channel"] },
  ],
  [
    "clicks shot up on oct 3 - why",
    "explain_change",
    { metric: "clicks", period: day("2026-10-03"), dimensions: ["campaign", "channel"] },
  ],
  ["why did spend go up in september", "explain_change", { metric: "spend", dimensions: ["channel"] }],
  [
    "compare faceboook and instagram revenue last week",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "source", op: "in", values: ["instagram", "facebook"] }] },
  ],
  [
    "roas instgram vs facebok, september",
    "query_metrics",
    { metrics: ["roas"], filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  ["contribution margin per channel in q3", "profitability", { analysis: "channel_profit", period: Q3 }],
  ["contrib margin by chanel this year", "profitability", { analysis: "channel_profit" }],
  ["gross profit minus spend per channel", "profitability", { analysis: "channel_profit" }],
  [
    "what's each channel's contribution after ad costs, last quarter",
    "profitability",
    { analysis: "channel_profit", period: Q3 },
  ],
  ["contribution margin in october", "profitability", { analysis: "contribution_margin" }],
  [
    "email or direct which converts better",
    "query_metrics",
    {
      metrics: ["conversion_rate"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["email", "direct"] }],
    },
  ],
  [
    "email or organic, which drives more revenue",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "channel", op: "in", values: ["email", "organic_search"] }] },
  ],
  ["email OR last month", "query_metrics", { metrics: ["email_open_rate"] }],
  // Ad sets asked as rows: campaigns, the nearest level, with a note (ad-level-nearest.ts).
  ["top ad sets by cpa", "query_metrics", { metrics: ["cpa"], dimensions: ["campaign"] }],
  [
    "what adgroups convert best on google",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "campaign", op: "neq", value: null },
      ],
    },
  ],
];
