/**
 * Phrasings for session 20's fix15f (judgements and money questions): a quoted value judged
 * against break-even (metric-verdict-intent.ts), an amount per week in a budget move
 * (budget-per-day.ts), a list of asks behind dashes on one line (multi-part.ts) and a spend
 * comparison asked whether it paid off (payoff-compare.ts). "This november vs last november" needs
 * the data's last day, so it is tested in fix15f.test.ts and the eval cases. Written by hand; the
 * blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const move = (from: string, to: string, amount: number) => ({
  changes: [
    { dimension: "channel", value: from, changeAmount: -amount },
    { dimension: "channel", value: to, changeAmount: amount },
  ],
});

export const FIX15F: PhrasingRow[] = [
  ["would a roas of 3 be decent?", "compare_periods", { metrics: ["roas"] }],
  ["is $45 cac ok for a shop like ours", "compare_periods", { metrics: ["cac"] }],
  ["our blended mer is 2.5x, is that healthy?", "compare_periods", { metrics: ["mer"] }],
  ["is 1.2 roas terrible", "compare_periods", { metrics: ["roas"] }],
  [
    "shift 500 bucks a week from affiliate into paid social?",
    "recommend_budget",
    move("affiliate", "paid_social", 2142.86),
  ],
  [
    "reallocate 2k weekly from display to affiliate, good idea?",
    "recommend_budget",
    move("display", "affiliate", 8571.43),
  ],
  [
    "what if we move $300 per wk from display to paid serach",
    "recommend_budget",
    move("display", "paid_search", 1285.71),
  ],
  [
    "for the monday sync: - ad spend last month - roas by channel last month - anything weird last month",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "spend jan vs dec, did the increase pay off?",
    "compare_periods",
    { metrics: ["spend", "revenue", "roas", "mer"] },
  ],
  [
    "we upped ad spend in september vs august — was it worth it",
    "compare_periods",
    { metrics: ["spend", "revenue", "roas", "mer"] },
  ],
  [
    "spend went up in march compared to feb... did that pay off or nah",
    "compare_periods",
    { metrics: ["spend", "revenue", "roas", "mer"] },
  ],
];
