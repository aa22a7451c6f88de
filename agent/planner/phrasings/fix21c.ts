/**
 * Phrasings for session 26's planning and budget-cut fixes (fix21c): a saving asked of the whole
 * budget, a planning aside beside a results question, a budget to match last season's revenue.
 * Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const NOV = { from: "2026-11-01", to: "2026-11-30" };
const BF25 = { from: "2025-11-17", to: "2025-12-07" };

export const FIX21C: PhrasingRow[] = [
  [
    "finance wants us to free up 8k per month from ads, what should go?",
    "recommend_budget",
    { extraBudget: -8000, objective: "revenue", period: NOV },
  ],
  [
    "trim 3k off the monthly budget",
    "recommend_budget",
    { extraBudget: -3000, objective: "revenue", period: NOV },
  ],
  [
    "need to cut costs by 4 grand monthly, whats the least painful place",
    "recommend_budget",
    { extraBudget: -4000, objective: "revenue", period: NOV },
  ],
  [
    "how would you take 15% out of our ad spend",
    "recommend_budget",
    { totalBudgetChangePercent: -15, objective: "revenue", period: NOV },
  ],
  [
    "savings of 3k a month on paid - where?",
    "recommend_budget",
    { extraBudget: -3000, objective: "revenue", period: NOV },
  ],
  [
    "top campaigns over bf25 by revenue? prepping next years calendar",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["campaign"], timeRange: BF25 },
  ],
  [
    "how much should we spend on bf26 to match bf25 revenue",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas", "mer"], timeRange: BF25 },
  ],
  [
    "how much to set aside for cyber monday so sales match last years",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas", "mer"], timeRange: { from: "2025-12-01", to: "2025-12-01" } },
  ],
];
