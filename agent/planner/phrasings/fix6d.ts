/**
 * Phrasings for session 11's budget fixes (fix6d): what-ifs written loosely, moves between two
 * channels with or without an amount, plans on the 1st of a month, a channel's figures beside a
 * what-if, a target asked to be stored, a metric limit on a plan. My own wordings of the kinds; the
 * blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const NOV = { from: "2026-11-01", to: "2026-11-30" };
const ch = (value: string, change: Record<string, unknown>) => ({ dimension: "channel", value, ...change });
const pf = (value: string, change: Record<string, unknown>) => ({ dimension: "platform", value, ...change });

export const FIX6D: PhrasingRow[] = [
  // budget-loose.ts: a signed change or money on top of one channel is a what-if on it.
  [
    "+15% on affiliate, what comes back?",
    "recommend_budget",
    { changes: [ch("affiliate", { changePercent: 15 })] },
  ],
  [
    "-20% on display, how much revenue do we lose",
    "recommend_budget",
    { changes: [ch("display", { changePercent: -20 })], period: NOV },
  ],
  [
    "+$2k on google ads, worth it?",
    "recommend_budget",
    { changes: [pf("google_ads", { changeAmount: 2000 })] },
  ],
  [
    "what would an extra 3k on paid social get us",
    "recommend_budget",
    { changes: [ch("paid_social", { changeAmount: 3000 })] },
  ],
  // budget-loose.ts: a change being weighed for a coming month is a what-if, not a forecast.
  [
    "we're planning to cut display in half in november, what happens to profit",
    "recommend_budget",
    { changes: [ch("display", { changePercent: -50 })], period: NOV },
  ],
  [
    "considering tripling tiktok next month, what would that do",
    "recommend_budget",
    { changes: [pf("tiktok_ads", { changePercent: 200 })], period: NOV },
  ],
  // budget-move.ts: a move with no amount takes a fifth of the source; a share is read as asked.
  [
    "is it worth shifting budget from affiliate to paid social",
    "recommend_budget",
    { changes: [ch("affiliate", { changePercent: -20 }), ch("paid_social", { receives: true })] },
  ],
  [
    "move 25% from display into paid search?",
    "recommend_budget",
    { changes: [ch("display", { changePercent: -25 }), ch("paid_search", { receives: true })] },
  ],
  // budget-period.ts: on the 1st, "next month" plans the month starting today.
  [
    "we have 25k to spend on ads next month, how do we divide it",
    "recommend_budget",
    { totalBudget: 25000, period: NOV },
  ],
  // intent.ts: "best spent" is money yet to spend.
  ["where's the next $4k best spent", "recommend_budget", { extraBudget: 4000, period: NOV }],
  // report-and-what-if-intent.ts: the figures first (the what-if follows as a second call).
  [
    "pull up paid search spend and roas for q3 and what 15% more would bring",
    "query_metrics",
    {
      metrics: ["spend", "roas"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "google ads cpa by month this year, and what would an extra 10% do?",
    "query_metrics",
    { metrics: ["cpa"], grain: "month", timeRange: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  // set-target-intent.ts: nothing stored, last month's figure held against the value.
  [
    "create a roas target of 3 for google ads",
    "query_metrics",
    {
      metrics: ["roas"],
      filters: [{ field: "platform", op: "in", values: ["google_ads"] }],
      statedTargets: [{ metric: "roas", target: 3 }],
    },
  ],
  // budget-metric-cap.ts: a limit on a metric is never the budget.
  ["how should I split 30k if I want cpa below $50", "recommend_budget", { totalBudget: 30000, period: NOV }],
  ["budget for next month with cac kept under $55", "recommend_budget", { period: NOV, changes: [] }],
  // profitability-intent.ts: profit "after ads" with words between.
  [
    "how much profit was left in september after advertising costs",
    "profitability",
    { analysis: "contribution_margin", period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  // paraphrase.ts: money paid out to a channel or partner is its spend.
  [
    "what did we pay out to affiliate in august",
    "query_metrics",
    { metrics: ["spend"], filters: [{ field: "channel", op: "in", values: ["affiliate"] }] },
  ],
  // pause-threshold-intent.ts: advice with its own rule gives the rule's rows first.
  [
    "what campaigns should we pause, the ones with roas below 0.8 last month",
    "query_metrics",
    { metrics: ["roas", "spend"], dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "asc" }] },
  ],
];
