/**
 * Phrasings for session 14's fix9a kinds that a single question can show: a table sorted by the
 * metric named after "sorted by" (that metric leads), and a question about customers coming back
 * answered with the repeat rate as the cohort answer's figure (and chart). The follow-up kinds are
 * threads, tested in follow-up-fix9a.test.ts and evals/cases/fix9a.ts. My own wordings; the blind
 * sets are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const YEAR = { from: "2025-11-01", to: "2026-10-31" };

export const FIX9A: PhrasingRow[] = [
  // sort-order.ts: "sorted by", "ranked by", "ordered by ... lowest first".
  [
    "spend and cpa for every campaign in september, sorted by cpa",
    "query_metrics",
    {
      metrics: ["cpa", "spend"],
      dimensions: ["campaign"],
      timeRange: SEPT,
      orderBy: [{ field: "cpa", direction: "desc" }],
    },
  ],
  [
    "revenue and roas per channel in q3 ranked by roas",
    "query_metrics",
    {
      metrics: ["roas", "revenue"],
      dimensions: ["channel"],
      timeRange: Q3,
      orderBy: [{ field: "roas", direction: "desc" }],
    },
  ],
  [
    "clicks and cpc by platform last quarter ordered by cpc, lowest first",
    "query_metrics",
    {
      metrics: ["cpc", "clicks"],
      dimensions: ["platform"],
      timeRange: Q3,
      orderBy: [{ field: "cpc", direction: "asc" }],
    },
  ],
  // cohort-intent.ts: customers coming back, no value word: the repeat rate is the figure charted.
  [
    "how many of our new buyers purchase a second time, by channel",
    "cohorts",
    { period: YEAR, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "repurchase rate per acquisition channel",
    "cohorts",
    { period: YEAR, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "share of first-time customers that came back within 60 days",
    "cohorts",
    { period: YEAR, groupBy: "first_touch_channel", ltvDays: 60, show: "repeat" },
  ],
];
