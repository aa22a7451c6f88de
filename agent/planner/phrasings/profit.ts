/**
 * Phrasings for profit-aware budget advice (issue #12 item 4): the budget objective (profit unless
 * revenue is asked for), what-ifs, overspending, channel profit after margin and contribution
 * margin after ad spend. Written from marketers' wording; the blind set is held out.
 */
import type { PhrasingRow } from "./index.ts";

// Budget plans on the 1st plan the month starting today (fix6d: budget-period.ts).
const NEXT_MONTH = { from: "2026-11-01", to: "2026-11-30" };
const LAST_MONTH = { from: "2026-10-01", to: "2026-10-31" };

export const PROFIT: PhrasingRow[] = [
  [
    "how do we split $50k across channels next month",
    "recommend_budget",
    { totalBudget: 50000, objective: "profit" },
  ],
  [
    "split $50k next month to maximize revenue",
    "recommend_budget",
    { totalBudget: 50000, objective: "revenue" },
  ],
  [
    "allocate $40k for the most sales possible",
    "recommend_budget",
    { totalBudget: 40000, objective: "revenue" },
  ],
  ["split $30k to get the most revenue", "recommend_budget", { totalBudget: 30000, objective: "revenue" }],
  ["optimize the budget for revenue, ignore margin", "recommend_budget", { objective: "revenue" }],
  [
    "allocate $25k across channels next month",
    "recommend_budget",
    { totalBudget: 25000, objective: "profit", period: NEXT_MONTH },
  ],
  [
    "what if we increase paid social by 20%",
    "recommend_budget",
    { objective: "profit", changes: [{ value: "paid_social", changePercent: 20 }] },
  ],
  [
    "what happens if we cut display by half",
    "recommend_budget",
    { changes: [{ value: "display", changePercent: -50 }] },
  ],
  ["what if we add $5k to email", "recommend_budget", { changes: [{ value: "email", changeAmount: 5000 }] }],
  ["are we overspending on any channel?", "profitability", { analysis: "overspend" }],
  ["are we overspending anywhere", "profitability", { analysis: "overspend" }],
  ["which channels are we spending too much on", "profitability", { analysis: "overspend" }],
  ["is paid social overspent", "profitability", { analysis: "overspend" }],
  ["any channels past break even on spend", "profitability", { analysis: "overspend" }],
  ["which channels have hit diminishing returns", "profitability", { analysis: "overspend" }],
  ["are we over-investing in paid search", "profitability", { analysis: "overspend" }],
  ["do we spend too much on display", "profitability", { analysis: "overspend" }],
  ["which channels are profitable after margin", "profitability", { analysis: "channel_profit" }],
  ["which channels actually make money", "profitability", { analysis: "channel_profit" }],
  ["are any of our channels in the red", "profitability", { analysis: "channel_profit" }],
  ["profit by channel last month", "profitability", { analysis: "channel_profit", period: LAST_MONTH }],
  ["channel profitability", "profitability", { analysis: "channel_profit" }],
  ["gross profit per channel after ad spend", "profitability", { analysis: "channel_profit" }],
  ["what channels are profitable after cogs", "profitability", { analysis: "channel_profit" }],
  [
    "contribution margin after ad spend last month",
    "profitability",
    { analysis: "contribution_margin", period: LAST_MONTH },
  ],
  [
    "what was our contribution margin in october",
    "profitability",
    { analysis: "contribution_margin", period: LAST_MONTH },
  ],
  ["contribution profit this year", "profitability", { analysis: "contribution_margin" }],
  [
    "profit after ad spend last month",
    "profitability",
    { analysis: "contribution_margin", period: LAST_MONTH },
  ],
  [
    "margin minus marketing spend for october",
    "profitability",
    { analysis: "contribution_margin", period: LAST_MONTH },
  ],
];
