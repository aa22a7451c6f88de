/**
 * Phrasings for session 11's fixes (fix6a): campaigns as things with attributes (their list,
 * count, daily budget and objective) and spend against the budget each campaign had (pacing,
 * over-budget days). Written by hand as my own wordings of the kinds; the blind sets
 * (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

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
  // campaigns-intent.ts: a campaign before and after a change made to it.
  [
    "how did summer sale prospecting do after we doubled its budget in june",
    "campaigns",
    { analysis: "change", campaigns: [1005], around: { from: "2026-06-01", to: "2026-11-01" } },
  ],
  // paraphrase.ts: "spend and return" is spend beside revenue and ROAS; "the return on" is ROAS.
  [
    "spend and return for summer sale prospecting",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"] },
  ],
  ["what was the return on tiktok in september", "query_metrics", { metrics: ["roas"], timeRange: SEPT }],
  // paraphrase.ts: a budget change dates the period ("since we raised the budget in august").
  [
    "orders by month since we raised the budget in august",
    "query_metrics",
    { metrics: ["orders"], grain: "month", timeRange: { from: "2026-08-01", to: "2026-11-01" } },
  ],
  // time-unit-ranking.ts: a metric between the ranking word and the unit.
  [
    "highest spend day in october",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", limit: 1, timeRange: OCT },
  ],
  // campaigns-intent.ts: a channel word inside one named campaign's name filters nothing out;
  // "which one won" names no metric.
  [
    "bf24 retargeting vs spring launch tiktok creators, which one won",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [
        { field: "campaign", op: "in", values: [1002, 1006] },
        { field: "campaign", op: "neq", value: null },
      ],
    },
  ],
];
