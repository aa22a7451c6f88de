/**
 * Phrasings for session 21's lead fixes: a channel's change said after it in a what-if ("display
 * spend goes up 20%"), and numeric date ranges written with four-digit years. Written by hand; the
 * blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const SEP_1_15 = { from: "2026-09-01", to: "2026-09-15" };

export const LEAD21: PhrasingRow[] = [
  [
    "what if display spend goes up 20%",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "display", changePercent: 20 }] },
  ],
  [
    "what happens if paid social budget rises by 15 percent next month",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "paid_social", changePercent: 15 }] },
  ],
  [
    "if meta spend is cut by 30% what do we lose",
    "recommend_budget",
    { changes: [{ dimension: "platform", value: "meta_ads", changePercent: -30 }] },
  ],
  [
    "what if our tiktok spend doubled",
    "recommend_budget",
    { changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: 100 }] },
  ],
  [
    "scenario: affiliate budget went down 10%",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "affiliate", changePercent: -10 }] },
  ],
  ["revenue 9/1/2026-9/15/2026", "query_metrics", { metrics: ["revenue"], timeRange: SEP_1_15 }],
  ["orders from 9/1/2026 to 9/15/2026", "query_metrics", { metrics: ["orders"], timeRange: SEP_1_15 }],
  [
    "spend by channel 9/1/2026 through 9/15/2026",
    "query_metrics",
    { metrics: ["spend"], timeRange: SEP_1_15 },
  ],
  // para21-phrasings.ts MONEY_IDIOMS: profit at the margin said as an idiom.
  ["is affiliate earning its keep", "profitability", { analysis: "channel_profit" }],
  ["are the paid channels bleeding money", "profitability", { analysis: "channel_profit" }],
  ["is google ads paying for itself", "profitability", { analysis: "channel_profit" }],
  // fix17a: every campaign against break-even, the ones in the red named (campaign-losses).
  [
    "any campaigns in the red last quarter",
    "profitability",
    { analysis: "break_even", period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  // targets-intent.ts: the targets asked for as "what are our targets".
  [
    "what are our targets",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
  ],
  [
    "whats our current goals",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
  ],
];
