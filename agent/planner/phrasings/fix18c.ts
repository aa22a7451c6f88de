/**
 * Phrasings for session 23's verdict fixes (fix18c): whether one paid channel or platform is worth
 * it, more budget weighed for one campaign, and the one number that matters. Written by hand; the
 * blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_30 = { from: "2026-10-02", to: "2026-10-31" };
const worth = (field: string, value: string) => ({
  metrics: ["roas"],
  period: LAST_30,
  filters: [{ field, op: "in", values: [value] }],
});
const nextDollar = (campaign: number) => ({
  changes: [{ dimension: "campaign", value: campaign, changePercent: 10 }],
});

export const FIX18C: PhrasingRow[] = [
  ["affiliate worth it?", "compare_periods", worth("channel", "affiliate")],
  ["is paid search worth the money", "compare_periods", worth("channel", "paid_search")],
  ["does meta even make us any money", "compare_periods", worth("platform", "meta_ads")],
  ["are we burning cash on tiktok", "compare_periods", worth("platform", "tiktok_ads")],
  ["google ads worth keeping or not", "compare_periods", worth("platform", "google_ads")],
  ["is display wrth it", "compare_periods", worth("channel", "display")],
  [
    "display worth it in q3?",
    "compare_periods",
    { ...worth("channel", "display"), period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  ["should we raise the budget on Brand - Search - Always On", "recommend_budget", nextDollar(1004)],
  ["can we scale up the summer sale prospecting campaign", "recommend_budget", nextDollar(1005)],
  ["shud i put more money into Brand - Search - Always On?", "recommend_budget", nextDollar(1004)],
  ["give Summer Sale - Prospecting more budget?", "recommend_budget", nextDollar(1005)],
  ["whats the one metric we should watch", "compare_periods", { metrics: ["mer"], filters: [] }],
  ["single most important kpi for the business right now", "compare_periods", { metrics: ["mer"] }],
  ["if i could only check one number every week which", "compare_periods", { metrics: ["mer"] }],
];
