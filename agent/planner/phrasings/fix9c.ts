/**
 * Phrasings for session 14's fix9c kinds (answers routed to a different analysis): rankings of
 * members by how far a metric moved between two periods (not advice, not the top current value),
 * a kind of customer's share of revenue by
 * period, past budget moves read as they ran (not a
 * plan for next year's month), a day left out of a period (said to stay in),
 * and the connected half of a question that also names YouTube. Written by hand as my own wordings
 * of the kinds; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX9C: PhrasingRow[] = [
  // change-ranking.ts: every member compared, ordered by the move when presented.
  [
    "which ad campaign saw its cost per acquisition rise the most from september to october",
    "compare_periods",
    { metrics: ["cpa"], period: OCT, compareTo: SEPT, dimensions: ["campaign"] },
  ],
  [
    "what channel had the sharpest roas decline in september compared with august",
    "compare_periods",
    { metrics: ["roas"], period: SEPT, compareTo: AUG, dimensions: ["channel"] },
  ],
  [
    "largest spend growth by platform, q3 vs q2",
    "compare_periods",
    { metrics: ["spend"], period: Q3, compareTo: Q2, dimensions: ["platform"] },
  ],
  [
    "which campaigns got the biggest jump in cpc oct against sept",
    "compare_periods",
    { metrics: ["cpc"], period: OCT, compareTo: SEPT, dimensions: ["campaign"] },
  ],
  // campaigns-intent.ts: a past budget move named as a thing is read as it ran, never a plan.
  [
    "did upping the affiliate spend in september earn its keep",
    "campaigns",
    { analysis: "change", around: SEPT, channel: "affiliate" },
  ],
  [
    "was our paid social budget boost in june a good call",
    "campaigns",
    { analysis: "change", around: { from: "2026-06-01", to: "2026-06-30" }, channel: "paid_social" },
  ],
  [
    "how did cutting the paid search budget in july work out",
    "campaigns",
    { analysis: "change", around: { from: "2026-07-01", to: "2026-07-31" }, channel: "paid_search" },
  ],
  // paraphrase.ts: a kind of customer's share of revenue is revenue split new vs returning.
  [
    "repeat buyer sales share, month by month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "customer_type"], grain: "month" },
  ],
  [
    "first-time customer revenue percentage per week",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "customer_type"], grain: "week" },
  ],
  [
    "plot revenue % from new customers each month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "customer_type"], grain: "month" },
  ],
  // excluded-day-part.ts: the asked figures over the whole period, with a note that the day stays in.
  [
    "roas per channel for q1, leaving out the outage day",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], timeRange: { from: "2026-01-01", to: "2026-03-31" } },
  ],
  [
    "orders in may not counting may 14",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2026-05-01", to: "2026-05-31" } },
  ],
  [
    "spend by platform in august ignoring the day the landing page broke",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], timeRange: AUG },
  ],
  // scope.ts: YouTube is not connected; the connected half is answered.
  ["youtube and tiktok spend last month", "query_metrics", { metrics: ["spend"], timeRange: OCT }],
];
