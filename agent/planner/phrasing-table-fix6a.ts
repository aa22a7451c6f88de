/**
 * Phrasings for session 11's fixes (fix6a): campaigns as things with attributes (their list,
 * count, daily budget and objective) and spend against the budget each campaign had (pacing,
 * over-budget days). Written by hand as my own wordings of the kinds; the blind sets
 * (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./phrasing-table.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };

export const FIX6A: PhrasingRow[] = [
  // campaigns-intent.ts: the campaign table, not a budget split or a metric by campaign.
  ["show every campaign along with its objective and budget per day", "campaigns", { analysis: "list" }],
  ["table of campaigns and their daily budgets", "campaigns", { analysis: "list" }],
  [
    "what daily budget is set on the brand search always on campaign",
    "campaigns",
    { analysis: "list", campaigns: [1004] },
  ],
  [
    "which of our campaigns have an awareness objective",
    "campaigns",
    { analysis: "list", objective: "awareness" },
  ],
  [
    "how many campaigns are running on tiktok",
    "campaigns",
    { analysis: "list", platform: "tiktok_ads", status: "live" },
  ],
  ["what paid social campaigns do we have", "campaigns", { analysis: "list", channel: "paid_social" }],
  // campaigns-intent.ts: spend against each campaign's budget, with recorded changes applied.
  [
    "were any campaigns above their daily budget last month",
    "campaigns",
    { analysis: "pacing", period: OCT },
  ],
  [
    "did our meta campaigns blow through their budgets in september",
    "campaigns",
    { analysis: "pacing", platform: "meta_ads", period: SEPT },
  ],
  [
    "campaign spend against budget for q3",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
];
