/**
 * Phrasings for session 20's fix15b: whole calendar units counted back ("the last three whole
 * months"), LTV:CAC asked by channel (charted as such), a move denied ("which ones didn't grow"),
 * and a short stretch against a "normal" stretch with no figure named. The follow-up kinds (break-
 * even, the other what-if, pausing the rows shown, drilling into the worst row, new customers only,
 * a channel left out of cohorts) need a thread: row-follow-ups.test.ts and evals/cases/fix15b.ts.
 * Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const SEP_OCT = { from: "2026-09-01", to: "2026-10-31" };
const AUG_OCT = { from: "2026-08-01", to: "2026-10-31" };

export const FIX15B: PhrasingRow[] = [
  ["spend by platform over the past 2 complete months", "query_metrics", { timeRange: SEP_OCT }],
  ["orders last three whole months", "query_metrics", { metrics: ["orders"], timeRange: AUG_OCT }],
  ["cpa the previous 2 full months pls", "query_metrics", { timeRange: SEP_OCT }],
  ["roas last 2 full weeks", "query_metrics", { timeRange: { from: "2026-10-12", to: "2026-10-25" } }],
  ["ltv to cac per channel", "cohorts", { groupBy: "first_touch_channel", show: "ltv_to_cac" }],
  ["whats our clv:cac split by first touch channel", "cohorts", { show: "ltv_to_cac" }],
  [
    "campaigns that didnt increase revenue last month",
    "compare_periods",
    { metrics: ["revenue"], dimensions: ["campaign"] },
  ],
  [
    "platforms flat or down on orders q3 vs q2",
    "compare_periods",
    { metrics: ["orders"], dimensions: ["platform"] },
  ],
  [
    "cyber monday vs an ordinary day",
    "compare_periods",
    { period: { from: "2025-12-01", to: "2025-12-01" }, compareTo: { from: "2025-11-24", to: "2025-11-24" } },
  ],
  ["bfcm against typical days", "compare_periods", { metrics: ["revenue", "spend", "roas", "orders"] }],
];
